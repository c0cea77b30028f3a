#include "read/NoteMatcher.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <set>
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

/// Names of a closing notes section, lowercase ("Notes", "Anmerkungen", "注釈"…).
constexpr std::array<std::string_view, 34> kNoteSections = {"notes",
                                                            "footnotes",
                                                            "endnotes",
                                                            "references",
                                                            "notes and references",
                                                            "anmerkungen",
                                                            "fußnoten",
                                                            "einzelnachweise",
                                                            "belege",
                                                            "notes et références",
                                                            "références",
                                                            "notes de bas de page",
                                                            "notas",
                                                            "referencias",
                                                            "notas y referencias",
                                                            "referências",
                                                            "notas e referências",
                                                            "note",
                                                            "riferimenti",
                                                            "note e riferimenti",
                                                            "примечания",
                                                            "сноски",
                                                            "ссылки",
                                                            "注釈",
                                                            "脚注",
                                                            "注",
                                                            "参考文献",
                                                            "出典",
                                                            "注释",
                                                            "参考资料",
                                                            "ملاحظات",
                                                            "مراجع",
                                                            "الهوامش",
                                                            "hivatkozások"};

std::string lower_ascii(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

/// True when block `b` is a notes section's title.
bool is_notes_title(const doc::Block& b) {
    const doc::Inlines* content = nullptr;
    if (const auto* h = std::get_if<doc::Heading>(&b.value)) content = &h->content;
    if (const auto* p = std::get_if<doc::Paragraph>(&b.value)) content = &p->content;
    // A title is one short text: no need to flatten long paragraphs.
    if (content == nullptr || content->size() != 1) return false;
    const auto* text = std::get_if<doc::Text>(&content->front().value);
    if (text == nullptr || text->text.size() > 64) return false;
    std::string t = text->text;
    while (!t.empty() && (is_space(t.back()) || t.back() == ':')) t.pop_back();
    while (!t.empty() && is_space(t.front())) t.erase(0, 1);
    // Matched in lowercase ASCII ("NOTES"), or with any capital of the same size first
    // ("Примечания", "Références").
    const std::string lower = lower_ascii(t);
    for (std::string_view name : kNoteSections) {
        if (lower == name) return true;
        const auto lead = static_cast<unsigned char>(name[0]);
        const std::size_t first = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        if (t.size() == name.size() && std::string_view(t).substr(first) == name.substr(first))
            return true;
    }
    return false;
}

/// Strips "^ " (Wikipedia's back-link caret) from the start of `inlines`' first text.
void drop_caret(doc::Inlines& inlines) {
    if (inlines.empty()) return;
    auto* t = std::get_if<doc::Text>(&inlines.front().value);
    if (t == nullptr || t->text.rfind("^ ", 0) != 0) return;
    t->text.erase(0, 2);
}

/// The number a note entry paragraph starts with ("[12] ", "12. ", "12) "), its prefix cut from
/// the text; 0 when it has none.
int take_entry_number(doc::Inlines& inlines) {
    if (inlines.empty()) return 0;
    auto* t = std::get_if<doc::Text>(&inlines.front().value);
    if (t == nullptr) return 0;
    const std::string& s = t->text;
    std::size_t i = s.size() > 0 && s[0] == '[' ? 1 : 0;
    std::size_t d = i;
    while (d < s.size() && d - i < 4 && s[d] >= '0' && s[d] <= '9') ++d;
    if (d == i || d >= s.size()) return 0;
    const bool closed = i == 1 ? s[d] == ']' : (s[d] == '.' || s[d] == ')');
    if (!closed || d + 1 >= s.size() || s[d + 1] != ' ') return 0;
    const int n = std::stoi(s.substr(i, d - i));
    t->text.erase(0, d + 2);
    drop_caret(inlines);
    return n;
}

/// One "[k]" reference in a Text inline.
struct Ref {
    doc::Text* text = nullptr;
    std::size_t offset = 0, size = 0;
    int number = 0;
};

/// Finds the "[k]" references in the texts of `inlines` (nested ones too).
void find_refs(doc::Inlines& inlines, std::vector<Ref>& out) {
    for (doc::Inline& in : inlines) {
        if (auto* t = std::get_if<doc::Text>(&in.value)) {
            const std::string& s = t->text;
            for (std::size_t at = s.find('['); at != std::string::npos; at = s.find('[', at + 1)) {
                std::size_t d = at + 1;
                while (d < s.size() && d - at <= 3 && s[d] >= '0' && s[d] <= '9') ++d;
                if (d == at + 1 || d >= s.size() || s[d] != ']') continue;
                out.push_back({t, at, d + 1 - at, std::stoi(s.substr(at + 1, d - at - 1))});
            }
        } else if (auto* e = std::get_if<doc::Emphasis>(&in.value)) {
            find_refs(e->content, out);
        } else if (auto* g = std::get_if<doc::Strong>(&in.value)) {
            find_refs(g->content, out);
        }
    }
}

void find_refs(doc::Blocks& blocks, std::vector<Ref>& out) {
    for (doc::Block& b : blocks) {
        if (auto* p = std::get_if<doc::Paragraph>(&b.value))
            find_refs(p->content, out);
        else if (auto* q = std::get_if<doc::BlockQuote>(&b.value))
            find_refs(q->content, out);
        else if (auto* l = std::get_if<doc::List>(&b.value))
            for (doc::Blocks& item : l->items) find_refs(item, out);
    }
}

/// Replaces the references (all in `refs`, grouped by text, in order) by NoteRefs.
void replace_refs(doc::Inlines& inlines, const std::vector<Ref>& refs) {
    for (std::size_t i = 0; i < inlines.size(); ++i) {
        if (auto* e = std::get_if<doc::Emphasis>(&inlines[i].value)) {
            replace_refs(e->content, refs);
            continue;
        }
        if (auto* g = std::get_if<doc::Strong>(&inlines[i].value)) {
            replace_refs(g->content, refs);
            continue;
        }
        auto* t = std::get_if<doc::Text>(&inlines[i].value);
        if (t == nullptr) continue;
        doc::Inlines parts;
        std::size_t copied = 0;
        for (const Ref& r : refs) {
            if (r.text != t) continue;
            if (r.offset > copied)
                parts.push_back({doc::Text{t->text.substr(copied, r.offset - copied)}});
            parts.push_back({doc::NoteRef{static_cast<std::size_t>(r.number - 1)}});
            copied = r.offset + r.size;
        }
        if (parts.empty()) continue;
        if (copied < t->text.size()) parts.push_back({doc::Text{t->text.substr(copied)}});
        inlines.erase(inlines.begin() + static_cast<std::ptrdiff_t>(i));
        inlines.insert(inlines.begin() + static_cast<std::ptrdiff_t>(i), parts.begin(),
                       parts.end());
        i += parts.size() - 1;
    }
}

void replace_refs(doc::Blocks& blocks, const std::vector<Ref>& refs) {
    for (doc::Block& b : blocks) {
        if (auto* p = std::get_if<doc::Paragraph>(&b.value))
            replace_refs(p->content, refs);
        else if (auto* q = std::get_if<doc::BlockQuote>(&b.value))
            replace_refs(q->content, refs);
        else if (auto* l = std::get_if<doc::List>(&b.value))
            for (doc::Blocks& item : l->items) replace_refs(item, refs);
    }
}

/// A group reference ("[n 3]", "[note 3]", "[nb 3]", "[c]") in a Text inline.
struct GroupRef {
    doc::Text* text = nullptr;
    std::size_t offset = 0, size = 0;
    std::string group;  ///< "n", "note", "nb", or "" for a letter
    int number = 0;     ///< 1-based ("[c]" is 3)
};

constexpr std::array<std::string_view, 3> kGroups = {"n", "nb", "note"};

/// The group reference starting at `at` (a '[') in `s`, if any: after a word or punctuation
/// (not a space), and not followed by a letter or digit ("[a]nd" is an editor's bracket).
std::optional<GroupRef> group_ref_at(const std::string& s, std::size_t at) {
    if (at == 0 || is_space(s[at - 1]) || s[at - 1] == '[') return std::nullopt;
    const std::size_t close = s.find(']', at + 1);
    if (close == std::string::npos || close - at > 10) return std::nullopt;
    if (close + 1 < s.size() && std::isalnum(static_cast<unsigned char>(s[close + 1])))
        return std::nullopt;
    const std::string inner = s.substr(at + 1, close - at - 1);
    GroupRef r;
    r.offset = at;
    r.size = close + 1 - at;
    if (inner.size() == 1 && inner[0] >= 'a' && inner[0] <= 'z') {
        r.number = inner[0] - 'a' + 1;
        return r;
    }
    const std::size_t space = inner.find(' ');
    if (space == std::string::npos || space + 1 >= inner.size() || inner.size() - space > 4)
        return std::nullopt;
    const std::string group = lower_ascii(inner.substr(0, space));
    if (std::find(kGroups.begin(), kGroups.end(), group) == kGroups.end()) return std::nullopt;
    for (std::size_t i = space + 1; i < inner.size(); ++i)
        if (inner[i] < '0' || inner[i] > '9') return std::nullopt;
    r.group = group;
    r.number = std::stoi(inner.substr(space + 1));
    return r;
}

void find_group_refs(doc::Inlines& inlines, std::vector<GroupRef>& out) {
    for (doc::Inline& in : inlines) {
        if (auto* t = std::get_if<doc::Text>(&in.value)) {
            for (std::size_t at = t->text.find('['); at != std::string::npos;
                 at = t->text.find('[', at + 1))
                if (auto r = group_ref_at(t->text, at)) {
                    r->text = t;
                    out.push_back(*r);
                }
        } else if (auto* e = std::get_if<doc::Emphasis>(&in.value)) {
            find_group_refs(e->content, out);
        } else if (auto* g = std::get_if<doc::Strong>(&in.value)) {
            find_group_refs(g->content, out);
        }
    }
}

void find_group_refs(doc::Blocks& blocks, std::vector<GroupRef>& out) {
    for (doc::Block& b : blocks) {
        if (auto* p = std::get_if<doc::Paragraph>(&b.value))
            find_group_refs(p->content, out);
        else if (auto* q = std::get_if<doc::BlockQuote>(&b.value))
            find_group_refs(q->content, out);
        else if (auto* l = std::get_if<doc::List>(&b.value))
            for (doc::Blocks& item : l->items) find_group_refs(item, out);
    }
}

/// How many group references the whole of `text` holds (blocks of every kind included), to
/// make sure that none sits where the references above are not looked for.
std::size_t count_group_refs(const std::string& text) {
    std::size_t n = 0;
    for (std::size_t at = text.find('['); at != std::string::npos; at = text.find('[', at + 1))
        n += group_ref_at(text, at).has_value();
    return n;
}

/// The letter an entry paragraph starts with ("a. ", "b) ") as a number, its prefix cut; 0 when
/// it has none.
int take_entry_letter(doc::Inlines& inlines) {
    if (inlines.empty()) return 0;
    auto* t = std::get_if<doc::Text>(&inlines.front().value);
    if (t == nullptr || t->text.size() < 4) return 0;
    const std::string& s = t->text;
    if (s[0] < 'a' || s[0] > 'z' || (s[1] != '.' && s[1] != ')') || s[2] != ' ') return 0;
    const int n = s[0] - 'a' + 1;
    t->text.erase(0, 3);
    drop_caret(inlines);
    return n;
}

/// Drops Wikipedia's back-link letters "a b " (one per reference, `refs` of them, at least two)
/// from the start of a note's first text, where "^ " was.
void drop_backlinks(doc::Inlines& inlines, int refs) {
    if (inlines.empty() || refs < 2 || refs > 26) return;
    auto* t = std::get_if<doc::Text>(&inlines.front().value);
    if (t == nullptr) return;
    std::string want;
    for (int i = 0; i < refs; ++i) (want += static_cast<char>('a' + i)) += ' ';
    if (t->text.size() > want.size() && t->text.compare(0, want.size(), want) == 0)
        t->text.erase(0, want.size());
}

/// The entries after the notes title at `title`: the note texts (first entry numbered 1),
/// and how many blocks they take; empty when the blocks there are not such entries.
std::vector<doc::Note> section_entries(const doc::Blocks& blocks, std::size_t title,
                                       std::size_t& taken) {
    std::vector<doc::Note> notes;
    taken = 0;
    std::size_t b = title + 1;
    if (b < blocks.size())
        if (const auto* l = std::get_if<doc::List>(&blocks[b].value)) {
            if (!l->ordered || l->start != 1) return {};
            for (const doc::Blocks& item : l->items) {
                doc::Blocks content = item;
                if (!content.empty())
                    if (auto* p = std::get_if<doc::Paragraph>(&content.front().value))
                        drop_caret(p->content);
                notes.push_back({std::move(content), blocks[b].line});
            }
            taken = 1;
            return notes;
        }
    for (; b < blocks.size(); ++b) {
        const auto* p = std::get_if<doc::Paragraph>(&blocks[b].value);
        if (p == nullptr) break;
        doc::Block copy = blocks[b];
        auto& content = std::get<doc::Paragraph>(copy.value).content;
        const int next = static_cast<int>(notes.size()) + 1;
        if (take_entry_number(content) != next) {
            content = p->content;
            if (take_entry_letter(content) != next) break;
        }
        notes.push_back({{copy}, copy.line});
    }
    taken = notes.size();
    return notes;
}

}  // namespace

int match_group_notes(doc::Document& document, const std::string& file, Diagnostics& diagnostics) {
    (void)file;  // a text without a matching section is simply left as written
    (void)diagnostics;
    if (!document.notes.empty()) return 0;
    doc::Blocks& blocks = document.blocks;
    for (std::size_t title = 0; title < blocks.size(); ++title) {
        if (!is_notes_title(blocks[title])) continue;
        std::size_t taken = 0;
        std::vector<doc::Note> notes = section_entries(blocks, title, taken);
        if (notes.empty()) continue;
        // The references outside the section: one group, naming exactly 1..N first met in
        // order; none inside the entries, none in blocks the search does not reach.
        doc::Blocks rest;
        for (std::size_t b = 0; b < blocks.size(); ++b)
            if (b < title || b > title + taken) rest.push_back(blocks[b]);
        std::vector<GroupRef> refs, in_notes;
        find_group_refs(rest, refs);
        for (doc::Note& n : notes) find_group_refs(n.content, in_notes);
        if (refs.empty() || !in_notes.empty()) continue;
        doc::Document whole;
        whole.blocks = blocks;
        if (count_group_refs(doc::dump(whole)) != refs.size()) continue;
        bool ok = true;
        int next = 1;
        std::vector<int> uses(notes.size() + 1, 0);
        for (const GroupRef& r : refs) {
            ok = ok && r.group == refs.front().group && r.number >= 1 && r.number <= next &&
                 r.number <= static_cast<int>(notes.size());
            if (!ok) break;
            if (r.number == next) ++next;
            ++uses[static_cast<std::size_t>(r.number)];
        }
        if (!ok || next != static_cast<int>(notes.size()) + 1) continue;
        // Made: references become NoteRefs in the copy, which replaces the body.
        std::vector<Ref> plain;
        for (const GroupRef& r : refs) plain.push_back({r.text, r.offset, r.size, r.number});
        replace_refs(rest, plain);
        for (std::size_t k = 0; k < notes.size(); ++k)
            if (!notes[k].content.empty())
                if (auto* p = std::get_if<doc::Paragraph>(&notes[k].content.front().value))
                    drop_backlinks(p->content, uses[k + 1]);
        blocks = std::move(rest);
        document.notes = std::move(notes);
        return static_cast<int>(document.notes.size());
    }
    return 0;
}

int match_numbered_notes(doc::Document& document, const std::string& file,
                         Diagnostics& diagnostics) {
    if (!document.notes.empty()) return 0;
    if (const int made = match_group_notes(document, file, diagnostics)) return made;
    doc::Blocks& blocks = document.blocks;
    std::size_t title = blocks.size();
    for (std::size_t b = blocks.size(); b-- > 0;)
        if (is_notes_title(blocks[b])) {
            title = b;
            break;
        }
    if (title + 1 >= blocks.size()) return 0;
    // Every block after the title is an entry, numbered 1, 2... in order.
    doc::Blocks tail(blocks.begin() + static_cast<std::ptrdiff_t>(title + 1), blocks.end());
    std::vector<doc::Note> notes;
    for (doc::Block& b : tail) {
        // A short entry may have been read as a heading: it is an entry all the same.
        if (auto* h = std::get_if<doc::Heading>(&b.value))
            b.value = doc::Paragraph{std::move(h->content)};
        if (auto* p = std::get_if<doc::Paragraph>(&b.value)) {
            if (take_entry_number(p->content) != static_cast<int>(notes.size()) + 1) return 0;
            notes.push_back({{std::move(b)}, b.line});
        } else if (auto* l = std::get_if<doc::List>(&b.value)) {
            if (!l->ordered || l->start != static_cast<int>(notes.size()) + 1) return 0;
            for (doc::Blocks& item : l->items) {
                if (!item.empty())
                    if (auto* ip = std::get_if<doc::Paragraph>(&item.front().value))
                        drop_caret(ip->content);
                notes.push_back({std::move(item), b.line});
            }
        } else {
            return 0;
        }
    }
    // The references: exactly 1..N, first met in order, none inside the notes.
    doc::Blocks body(std::make_move_iterator(blocks.begin()),
                     std::make_move_iterator(blocks.begin() + static_cast<std::ptrdiff_t>(title)));
    std::vector<Ref> refs, in_notes;
    find_refs(body, refs);
    for (doc::Note& n : notes) find_refs(n.content, in_notes);
    int next = 1;
    bool ok = !refs.empty() && in_notes.empty();
    for (const Ref& r : refs) {
        if (r.number == next)
            ++next;
        else if (r.number < 1 || r.number >= next)
            ok = false;
    }
    ok = ok && next == static_cast<int>(notes.size()) + 1;
    if (!ok) {
        // Give the body back as it was.
        for (std::size_t i = 0; i < title; ++i) blocks[i] = std::move(body[i]);
        if (!refs.empty())
            diagnostics.warn(file, blocks[title].line,
                             "the notes section does not match the text's [n] references one "
                             "to one: left as text");
        return 0;
    }
    replace_refs(body, refs);
    for (std::size_t i = 0; i < title; ++i) blocks[i] = std::move(body[i]);
    blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(title), blocks.end());
    document.notes = std::move(notes);
    return static_cast<int>(document.notes.size());
}

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
