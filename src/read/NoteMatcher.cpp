#include "read/NoteMatcher.hpp"

#include <array>
#include <string_view>
#include <vector>

namespace galley::read {

namespace {

constexpr std::array<std::string_view, 3> kMarks = {"*", "\u2020", "\u2021"};

/// The mark `s` starts with, or empty.
std::string_view mark_at(std::string_view s) {
    for (std::string_view m : kMarks)
        if (s.substr(0, m.size()) == m) return m;
    return {};
}

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n';
}

/// A reference or a note, in document order.
struct Event {
    bool note = false;        ///< a note paragraph (else a reference)
    std::size_t block = 0;    ///< top-level block index
    std::size_t inline_ = 0;  ///< reference: index of its Text in the paragraph
    std::size_t offset = 0;   ///< reference: byte offset of the mark in that Text
    std::string_view mark;    ///< the mark
};

/// True when block `b` is a note paragraph: its first inline a Text starting with a mark
/// directly followed by a character that is neither a space nor a mark.
bool is_note_paragraph(const doc::Block& b, std::string_view& mark) {
    const auto* p = std::get_if<doc::Paragraph>(&b.value);
    if (p == nullptr || p->content.empty()) return false;
    const auto* t = std::get_if<doc::Text>(&p->content.front().value);
    if (t == nullptr) return false;
    std::string_view s = t->text;
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    mark = mark_at(s);
    if (mark.empty() || s.size() <= mark.size()) return false;
    const std::string_view rest = s.substr(mark.size());
    return !is_space(rest.front()) && mark_at(rest).empty();
}

/// Collects the marks in `inlines` (block `block`); false when one is not a clean reference
/// (a mark after a space, doubled, or inside emphasis, links or other nesting).
bool collect_refs(const doc::Inlines& inlines, std::size_t block, std::vector<Event>& out) {
    for (std::size_t i = 0; i < inlines.size(); ++i) {
        const auto* t = std::get_if<doc::Text>(&inlines[i].value);
        if (t == nullptr) {
            // Marks inside nested inlines cannot be told apart from emphasis markup: give up
            // if there are any.
            const std::string plain = doc::plain_text({inlines[i]});
            for (std::string_view m : kMarks)
                if (plain.find(m) != std::string::npos) return false;
            continue;
        }
        const std::string& s = t->text;
        for (std::size_t at = 0; at < s.size(); ++at) {
            const std::string_view m = mark_at(std::string_view(s).substr(at));
            if (m.empty()) continue;
            const bool after_word = at > 0 && !is_space(s[at - 1]);
            const std::size_t end = at + m.size();
            const bool clean_end =
                end >= s.size() || mark_at(std::string_view(s).substr(end)).empty();
            const bool doubled = at > 0 && !mark_at(std::string_view(s).substr(at - 1)).empty();
            if (!after_word || !clean_end || doubled) return false;
            out.push_back({false, block, i, at, m});
            at = end - 1;
        }
    }
    return true;
}

/// True when `blocks` (not paragraphs) hold a mark anywhere.
bool has_mark(const doc::Block& b) {
    std::string text;
    if (const auto* h = std::get_if<doc::Heading>(&b.value)) text = doc::plain_text(h->content);
    if (const auto* q = std::get_if<doc::BlockQuote>(&b.value))
        for (const doc::Block& c : q->content) {
            if (const auto* p = std::get_if<doc::Paragraph>(&c.value))
                text += doc::plain_text(p->content);
            else if (has_mark(c))
                return true;
        }
    if (const auto* l = std::get_if<doc::List>(&b.value))
        for (const doc::Blocks& item : l->items)
            for (const doc::Block& c : item) {
                if (const auto* p = std::get_if<doc::Paragraph>(&c.value))
                    text += doc::plain_text(p->content);
                else if (has_mark(c))
                    return true;
            }
    for (std::string_view m : kMarks)
        if (text.find(m) != std::string::npos) return true;
    return false;
}

}  // namespace

int match_asterisk_notes(doc::Document& document, const std::string& file,
                         Diagnostics& diagnostics) {
    if (!document.notes.empty()) return 0;
    doc::Blocks& blocks = document.blocks;
    std::vector<Event> events;
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        std::string_view mark;
        if (is_note_paragraph(blocks[b], mark)) {
            events.push_back({true, b, 0, 0, mark});
            continue;
        }
        if (const auto* p = std::get_if<doc::Paragraph>(&blocks[b].value)) {
            if (!collect_refs(p->content, b, events)) return 0;
        } else if (has_mark(blocks[b])) {
            return 0;
        }
    }
    if (events.empty()) return 0;
    // One to one: reference, note, reference, note…, each note with its reference's mark.
    bool paired = events.size() % 2 == 0;
    for (std::size_t i = 0; paired && i < events.size(); i += 2)
        paired = !events[i].note && events[i + 1].note && events[i].mark == events[i + 1].mark &&
                 events[i].block < events[i + 1].block;
    if (!paired) {
        std::size_t refs = 0, notes = 0;
        for (const Event& e : events) (e.note ? notes : refs) += 1;
        if (notes > 0)
            diagnostics.warn(file, blocks[events.front().block].line,
                             std::to_string(refs) + " note mark(s) and " + std::to_string(notes) +
                                 " note paragraph(s) do not pair one to one: left as text");
        return 0;
    }
    // Split each reference's Text around its mark (from the last, so indices stay valid), then
    // move the note paragraphs out.
    const std::size_t count = events.size() / 2;
    for (std::size_t k = count; k-- > 0;) {
        const Event& ref = events[2 * k];
        auto& content = std::get<doc::Paragraph>(blocks[ref.block].value).content;
        const std::string text = std::get<doc::Text>(content[ref.inline_].value).text;
        doc::Inlines parts;
        if (ref.offset > 0) parts.push_back({doc::Text{text.substr(0, ref.offset)}});
        parts.push_back({doc::NoteRef{k}});
        const std::size_t after = ref.offset + ref.mark.size();
        if (after < text.size()) parts.push_back({doc::Text{text.substr(after)}});
        content.erase(content.begin() + static_cast<std::ptrdiff_t>(ref.inline_));
        content.insert(content.begin() + static_cast<std::ptrdiff_t>(ref.inline_), parts.begin(),
                       parts.end());
    }
    document.notes.resize(count);
    for (std::size_t k = count; k-- > 0;) {
        const Event& note = events[2 * k + 1];
        doc::Block block = std::move(blocks[note.block]);
        auto& content = std::get<doc::Paragraph>(block.value).content;
        auto& first = std::get<doc::Text>(content.front().value).text;
        std::size_t start = 0;
        while (start < first.size() && is_space(first[start])) ++start;
        first.erase(0, start + note.mark.size());
        document.notes[k].line = block.line;
        document.notes[k].content.push_back(std::move(block));
        blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(note.block));
    }
    return static_cast<int>(count);
}

}  // namespace galley::read
