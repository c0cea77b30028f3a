#include "layout/StyledText.hpp"

#include <algorithm>

#include "layout/FootnoteArea.hpp"

namespace galley::layout {
namespace {

/// `digits` in Unicode superscript digits (other characters as they are).
std::string superscript(const std::string& digits) {
    static constexpr const char* kSup[] = {"\u2070", "\u00b9", "\u00b2", "\u00b3", "\u2074",
                                           "\u2075", "\u2076", "\u2077", "\u2078", "\u2079"};
    std::string out;
    for (char c : digits) {
        if (c >= '0' && c <= '9')
            out += kSup[c - '0'];
        else
            out += c;
    }
    return out;
}

struct Collector {
    StyledText& out;

    bool code = false;    // inside inline code
    bool strike = false;  // inside struck-through text

    void add(const std::string& text, bool bold, bool italic, int link) {
        if (text.empty()) return;
        std::size_t start = out.text.size();
        out.text += text;
        if (!out.spans.empty()) {
            StyledSpan& last = out.spans.back();
            if (last.bold == bold && last.italic == italic && last.link == link &&
                last.code == code && last.strike == strike && last.end == start) {
                last.end = out.text.size();
                return;
            }
        }
        out.spans.push_back({start, out.text.size(), bold, italic, link, code, strike});
    }

    void walk(const doc::Inlines& inlines, bool bold, bool italic, int link) {
        for (const doc::Inline& in : inlines) {
            if (const auto* t = std::get_if<doc::Text>(&in.value)) {
                add(t->text, bold, italic, link);
            } else if (const auto* e = std::get_if<doc::Emphasis>(&in.value)) {
                walk(e->content, bold, !italic, link);
            } else if (const auto* s = std::get_if<doc::Strong>(&in.value)) {
                walk(s->content, true, italic, link);
            } else if (const auto* l = std::get_if<doc::Link>(&in.value)) {
                int index = static_cast<int>(out.links.size());
                out.links.push_back(l->url);
                if (l->content.empty()) {
                    add(l->url, bold, italic, index);
                } else {
                    walk(l->content, bold, italic, index);
                }
            } else if (const auto* c = std::get_if<doc::Code>(&in.value)) {
                // Code is upright whatever surrounds it (as the EPUB's CSS sets it).
                code = true;
                add(c->text, bold, false, link);
                code = false;
            } else if (const auto* k = std::get_if<doc::Strikethrough>(&in.value)) {
                const bool outer = strike;
                strike = true;
                walk(k->content, bold, italic, link);
                strike = outer;
            } else if (const auto* n = std::get_if<doc::NoteRef>(&in.value)) {
                // The mark: the label in superscript digits, a link to the note (resolved by
                // the page builder); inside another link it is a mark alone.
                int index = link;
                if (link < 0) {
                    index = static_cast<int>(out.links.size());
                    out.links.push_back(kNoteLinkPrefix + std::to_string(n->note));
                }
                add(superscript(doc::note_label(n->note)), bold, italic, index);
            } else {
                add("\n", bold, italic, -1);
            }
        }
    }
};

}  // namespace

StyledText StyledText::collect(const doc::Inlines& inlines, bool bold, bool italic) {
    StyledText out;
    Collector{out, false, false}.walk(inlines, bold, italic, -1);
    return out;
}

StyledText StyledText::plain(std::string text, bool bold, bool italic) {
    StyledText out;
    out.text = std::move(text);
    if (!out.text.empty())
        out.spans.push_back({0, out.text.size(), bold, italic, -1, false, false});
    return out;
}

const StyledSpan& StyledText::span_at(std::size_t offset) const {
    auto it = std::upper_bound(spans.begin(), spans.end(), offset,
                               [](std::size_t o, const StyledSpan& s) { return o < s.end; });
    if (it == spans.end()) return spans.back();
    return *it;
}

}  // namespace galley::layout
