#include "layout/RunningHead.hpp"

#include <algorithm>
#include <string>

#include "present/Names.hpp"

namespace galley::layout {

RunningHead::RunningHead(const style::StyleSheet& style, ParagraphBuilder& builder,
                         const PageBuilder& pages)
    : style_(style), builder_(builder), pages_(pages) {}

namespace {

/// Characters that only separate a head's parts: left dangling when a part is empty.
bool is_separator_at(const std::string& s, std::size_t i, std::size_t& length) {
    static const char* const kSeparators[] = {" ",
                                              "\t",
                                              "-",
                                              "|",
                                              "/",
                                              ":",
                                              ",",
                                              ";",
                                              "\xC2\xB7",
                                              "\xE2\x80\x94",
                                              "\xE2\x80\x93",
                                              "\xE2\x80\xA2"};
    for (const char* sep : kSeparators) {
        const std::size_t n = std::char_traits<char>::length(sep);
        if (s.compare(i, n, sep) == 0) {
            length = n;
            return true;
        }
    }
    return false;
}

/// `s` without separators at either end ("{title} · " with an empty part → "{title}").
std::string trim_separators(const std::string& s) {
    std::size_t begin = 0, length = 0;
    while (begin < s.size() && is_separator_at(s, begin, length)) begin += length;
    std::size_t end = s.size();
    for (bool trimmed = true; trimmed && end > begin;) {
        trimmed = false;
        for (std::size_t n = 1; n <= 3 && n <= end - begin; ++n) {
            if (is_separator_at(s, end - n, length) && length == n) {
                end -= n;
                trimmed = true;
                break;
            }
        }
    }
    return s.substr(begin, end - begin);
}

}  // namespace

std::string RunningHead::fill(const std::string& pattern, const std::string& title,
                              const std::string& author) {
    // An article without an author: a head of the author alone falls back to the title (a
    // blank verso head reads as a mistake); beside the title the empty part just goes.
    const bool has_title = pattern.find("{title}") != std::string::npos;
    const std::string& by = author.empty() && !has_title ? title : author;
    std::string out;
    bool emptied = false;
    for (std::size_t i = 0; i < pattern.size();) {
        if (pattern.compare(i, 7, "{title}") == 0) {
            out += title;
            emptied = emptied || title.empty();
            i += 7;
        } else if (pattern.compare(i, 8, "{author}") == 0) {
            out += by;
            emptied = emptied || by.empty();
            i += 8;
        } else {
            out += pattern[i++];
        }
    }
    return emptied ? trim_separators(out) : out;
}

void RunningHead::add_line(Page& page, std::size_t index, const std::string& text,
                           const std::string& language, style::Align align, double baseline) {
    if (text.empty()) return;
    const style::TextStyle& ts = style_.running_head.text;
    ParagraphSpec spec = spec_for(ts, language, align, pages_.measure());
    spec.structure = -1;
    std::vector<SetLine> lines = builder_.build(StyledText::plain(text, ts.bold, ts.italic), spec);
    if (lines.empty()) return;
    // A head too long for one line keeps its first line only: it is decoration, not text.
    const double left = pages_.column_left(index);
    move_onto(page, lines.front().items, left, baseline);
}

void RunningHead::decorate(Page& page, std::size_t index, bool verso, const std::string& text,
                           const std::string& language, bool folio) {
    const auto& head = style_.running_head;
    const double top = style_.page.margin_top.value;
    const double head_baseline =
        std::max(head.text.font_size.value, top - std::max(head.text.leading.value, 12.0));
    const double foot_baseline = style_.page.height.value - style_.page.margin_bottom.value * 0.5 +
                                 head.text.font_size.value * 0.3;
    const style::Align outer =
        verso && style_.page.two_sided ? style::Align::Left : style::Align::Right;
    if (head.enabled) add_line(page, index, text, language, style::Align::Center, head_baseline);
    if (!folio) return;
    switch (head.folio) {
        case style::FolioPosition::None:
            break;
        case style::FolioPosition::BottomCenter:
            add_line(page, index, page.label, language, style::Align::Center, foot_baseline);
            break;
        case style::FolioPosition::BottomOuter:
            add_line(page, index, page.label, language, outer, foot_baseline);
            break;
        case style::FolioPosition::TopOuter:
            add_line(page, index, page.label, language, outer, head_baseline);
            break;
    }
}

void RunningHead::apply(std::vector<Page>& pages, const doc::Metadata& meta) {
    for (std::size_t index = 1; index < pages.size(); ++index) apply(pages[index], index, meta);
}

void RunningHead::apply(Page& page, std::size_t index, const doc::Metadata& meta) {
    if (index == 0) return;
    const auto& head = style_.running_head;
    const std::string author =
        present::join_names(meta.authors, present::labels_for(meta.language));
    // Even page numbers are left-hand pages; one-sided pages all take the right template.
    const bool verso = style_.page.two_sided && (index + 1) % 2 == 0;
    std::string text = fill(verso ? head.left : head.right, meta.title, author);
    decorate(page, index, verso, text, meta.language, true);
}

}  // namespace galley::layout
