#include "epub/BodyBuilder.hpp"

#include <array>
#include <optional>
#include <string_view>

#include "epub/Xml.hpp"

namespace galley::epub {

using tinyxml2::XMLElement;
using tinyxml2::XMLNode;

namespace {

template <class... Fs>
struct Overloaded : Fs... {
    using Fs::operator()...;
};
// C++20 deduces this from the lambdas by itself (GCC 12 does); clang 14 still needs the guide.
template <class... Fs>
Overloaded(Fs...) -> Overloaded<Fs...>;

/// Latin letters with diacritics (U+00C0..U+017F) folded to their ASCII base letter, lowercase;
/// '-' for the two signs among them (U+00D7, U+00F7).
constexpr std::string_view kLatinFold =
    "aaaaaaaceeeeiiiidnooooo-ouuuuytsaaaaaaaceeeeiiiidnooooo-ouuuuyty"
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssss"
    "ssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

/// The next code point of UTF-8 `s` from `i` (advanced); U+FFFD for a malformed byte.
char32_t next_code_point(const std::string& s, std::size_t& i) {
    unsigned char c = static_cast<unsigned char>(s[i++]);
    int n = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
    if (n < 0) return 0xFFFD;
    char32_t cp = n == 0 ? c : c & (0x3F >> n);
    for (int k = 0; k < n; ++k) {
        if (i >= s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) return 0xFFFD;
        cp = (cp << 6) | (static_cast<unsigned char>(s[i++]) & 0x3F);
    }
    return cp;
}

/// Russian-style romanisation of the Cyrillic letters U+0430..U+044F (capitals U+0410..U+042F).
constexpr std::array<std::string_view, 32> kCyrillic = {
    "a", "b", "v", "g", "d", "e",  "zh", "z",  "i",  "y",    "k", "l", "m", "n", "o",  "p",
    "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "",  "y", "",  "e", "yu", "ya"};

/// Romanisation of the Greek letters U+03B1..U+03C9 (capitals U+0391..U+03A9).
constexpr std::array<std::string_view, 25> kGreek = {"a", "v", "g", "d", "e",  "z",  "i", "th", "i",
                                                     "k", "l", "m", "n", "x",  "o",  "p", "r",  "s",
                                                     "s", "t", "y", "f", "ch", "ps", "o"};

/// Letters outside those tables, or written with two ASCII letters.
struct Special {
    char32_t letter;         ///< the code point
    std::string_view ascii;  ///< how an id writes it
};
constexpr Special kSpecial[] = {{0xC6, "ae"},
                                {0xE6, "ae"},
                                {0xDF, "ss"},
                                {0xDE, "th"},
                                {0xFE, "th"},
                                {0x132, "ij"},
                                {0x133, "ij"},
                                {0x152, "oe"},
                                {0x153, "oe"},
                                // Cyrillic beyond the Russian alphabet's 32: Ё ё Є є І і Ї ї Ґ ґ
                                {0x401, "e"},
                                {0x451, "e"},
                                {0x404, "ye"},
                                {0x454, "ye"},
                                {0x406, "i"},
                                {0x456, "i"},
                                {0x407, "yi"},
                                {0x457, "yi"},
                                {0x490, "g"},
                                {0x491, "g"},
                                // Greek with tonos or dialytika
                                {0x386, "a"},
                                {0x3AC, "a"},
                                {0x388, "e"},
                                {0x3AD, "e"},
                                {0x389, "i"},
                                {0x3AE, "i"},
                                {0x38A, "i"},
                                {0x3AF, "i"},
                                {0x3CA, "i"},
                                {0x390, "i"},
                                {0x38C, "o"},
                                {0x3CC, "o"},
                                {0x38F, "o"},
                                {0x3CE, "o"},
                                {0x38E, "y"},
                                {0x3CD, "y"},
                                {0x3CB, "y"},
                                {0x3B0, "y"}};

/// The ASCII letters or digits `c` is written with in an id; nullopt for a separator (spaces,
/// punctuation, scripts without a cheap romanisation: those headings keep their number alone).
/// Accented Latin letters fold to their base letter, Cyrillic and Greek letters are romanised
/// by a table (no ICU transliterator: it costs far more than the whole EPUB).
std::optional<std::string_view> ascii_of(char32_t c) {
    static constexpr std::string_view kKept =
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_.";
    if (c < 0x80)
        if (std::size_t at = kKept.find(static_cast<char>(c)); at != std::string_view::npos)
            return kKept.substr(at, 1);
    for (const auto& [letter, ascii] : kSpecial)
        if (letter == c) return ascii;
    if (c >= 0xC0 && c <= 0x17F && kLatinFold[c - 0xC0] != '-')
        return kLatinFold.substr(c - 0xC0, 1);
    if (c >= 0x410 && c <= 0x44F) return kCyrillic[(c - 0x410) % 32];
    if (c >= 0x391 && c <= 0x3A9 && c != 0x3A2) return kGreek[c - 0x391];
    if (c >= 0x3B1 && c <= 0x3C9) return kGreek[c - 0x3B1];
    return std::nullopt;
}

/// A readable ASCII XML ID (an NCName) from `id`: every character written with ascii_of(),
/// each run of the others one '-', no '-' at either end; "h-" before one not starting with a
/// letter. So the reader's "h-1-مقدمة" gives "h-1", "h-2-café-2020" "h-2-cafe-2020" and
/// "h-3-глава-1" "h-3-glava-1": the heading's number keeps the id unique and stable.
std::string sanitize_id(const std::string& id) {
    std::string out;
    bool dash = false;
    for (std::size_t i = 0; i < id.size();) {
        std::optional<std::string_view> piece = ascii_of(next_code_point(id, i));
        if (!piece) {
            dash = true;
            continue;
        }
        if (piece->empty()) continue;  // ъ, ь: no letter of their own
        if (dash && !out.empty()) out += '-';
        dash = false;
        out += *piece;
    }
    if (out.empty() || !((out[0] >= 'a' && out[0] <= 'z') || (out[0] >= 'A' && out[0] <= 'Z')))
        out = out.empty() ? "h" : "h-" + out;
    return out;
}

/// A code block's language as a class name part: letters, digits, '-', '_', '+', '#', '.'
/// ("c++", "c#", "objective-c"); empty when it has anything else.
std::string language_class(const std::string& language) {
    for (char c : language) {
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                  c == '-' || c == '_' || c == '+' || c == '#' || c == '.';
        if (!ok) return "";
    }
    return language;
}

}  // namespace

void BodyBuilder::block(XMLNode* parent, const doc::Block& b, const style::TextStyle& para_style,
                        bool& fresh, std::vector<TocEntry>& headings) {
    // The element this block writes, recorded before its children's (pre-order).
    const bool record = recorded_ != nullptr && !in_notes_;
    const std::size_t slot = record ? recorded_->size() : 0;
    if (record) recorded_->push_back(nullptr);
    XMLNode* const before = parent->LastChild();
    std::visit(
        Overloaded{
            [&](const doc::Paragraph& p) {
                if (p.content.empty()) return;
                XMLElement* e = add_element(parent, "p");
                if (fresh) e->SetAttribute("class", "noindent");
                fresh = false;
                inlines(e, p.content, {&para_style, para_style.bold, para_style.italic});
            },
            [&](const doc::Heading& h) {
                int level = h.level < 1 ? 1 : h.level > 3 ? 3 : h.level;
                const style::TextStyle& hs = style_.headings[level - 1];
                static constexpr const char* names[] = {"h2", "h3", "h4"};
                XMLElement* e = add_element(parent, names[level - 1]);
                std::string id = unique_id(h.id.empty() ? "h" : h.id);
                e->SetAttribute("id", id.c_str());
                inlines(e, h.content, {&hs, hs.bold, hs.italic});
                headings.push_back({level, one_line(doc::plain_text(h.content)), id});
                fresh = true;
            },
            [&](const doc::BlockQuote& q) {
                XMLElement* e = add_element(parent, "blockquote");
                bool inner = true;
                for (const doc::Block& child : q.content)
                    block(e, child, style_.quote, inner, headings);
                fresh = false;
            },
            [&](const doc::List& l) {
                XMLElement* e = add_element(parent, l.ordered ? "ol" : "ul");
                if (l.ordered && l.start != 1) e->SetAttribute("start", l.start);
                for (const doc::Blocks& item : l.items) {
                    XMLElement* li = add_element(e, "li");
                    if (item.size() == 1 && std::holds_alternative<doc::Paragraph>(item[0].value)) {
                        if (recorded_ != nullptr && !in_notes_) recorded_->push_back(li);
                        const style::TextStyle& ls = style_.list;
                        inlines(li, std::get<doc::Paragraph>(item[0].value).content,
                                {&ls, ls.bold, ls.italic});
                        continue;
                    }
                    bool inner = true;
                    for (const doc::Block& child : item)
                        block(li, child, style_.list, inner, headings);
                }
                fresh = false;
            },
            [&](const doc::SceneBreak&) {
                add_element(parent, "hr")->SetAttribute("class", "scene-break");
                fresh = true;
            },
            [&](const doc::Table& t) {
                static constexpr const char* aligns[] = {nullptr, "align-left", "align-center",
                                                         "align-right"};
                XMLElement* table = add_element(parent, "table");
                auto rows = [&](XMLElement* group, const std::vector<doc::TableRow>& rs,
                                bool header) {
                    for (const doc::TableRow& r : rs) {
                        XMLElement* tr = add_element(group, "tr");
                        for (std::size_t i = 0; i < r.cells.size(); ++i) {
                            XMLElement* cell = add_element(tr, header ? "th" : "td");
                            if (header) cell->SetAttribute("scope", "col");
                            const auto a =
                                i < t.columns.size() ? t.columns[i] : doc::ColumnAlign::Default;
                            if (const char* name = aligns[static_cast<int>(a)])
                                cell->SetAttribute("class", name);
                            inlines(cell, r.cells[i].content,
                                    {&para_style, header || para_style.bold, para_style.italic});
                        }
                    }
                };
                if (!t.head.empty()) rows(add_element(table, "thead"), t.head, true);
                if (!t.body.empty()) rows(add_element(table, "tbody"), t.body, false);
                fresh = true;
            },
            [&](const doc::CodeBlock& c) {
                XMLElement* code = add_element(add_element(parent, "pre"), "code");
                const std::string language = language_class(c.language);
                if (!language.empty())
                    code->SetAttribute("class", ("language-" + language).c_str());
                text(code, c.text, {&style_.code, false, false});
                fresh = true;
            },
            [&](const doc::Figure& f) {
                figure(parent, f);
                fresh = true;
            },
        },
        b.value);
    if (record && parent->LastChild() != before && parent->LastChild() != nullptr)
        (*recorded_)[slot] = parent->LastChild()->ToElement();
}

void BodyBuilder::inlines(XMLElement* parent, const doc::Inlines& content, Context ctx) {
    for (const doc::Inline& in : content) {
        std::visit(Overloaded{
                       [&](const doc::Text& t) { text(parent, t.text, ctx); },
                       [&](const doc::Emphasis& e) {
                           inlines(add_element(parent, "em"), e.content,
                                   {ctx.style, ctx.bold, true, ctx.in_link});
                       },
                       [&](const doc::Strong& s) {
                           inlines(add_element(parent, "strong"), s.content,
                                   {ctx.style, true, ctx.italic, ctx.in_link});
                       },
                       [&](const doc::Link& l) {
                           bool empty = doc::plain_text(l.content).empty();
                           if (ctx.in_link) {  // keep the words, drop the inner link
                               if (empty)
                                   text(parent, l.url, ctx);
                               else
                                   inlines(parent, l.content, ctx);
                               return;
                           }
                           XMLElement* a = add_element(parent, "a");
                           a->SetAttribute("href", uri_escape(l.url).c_str());
                           Context inner{ctx.style, ctx.bold, ctx.italic, true};
                           if (empty)
                               text(a, l.url, inner);
                           else
                               inlines(a, l.content, inner);
                       },
                       [&](const doc::LineBreak&) { add_element(parent, "br"); },
                       [&](const doc::Code& c) {
                           text(add_element(parent, "code"), c.text,
                                {&style_.code, ctx.bold, false, ctx.in_link});
                       },
                       [&](const doc::Strikethrough& k) {
                           inlines(add_element(parent, "del"), k.content, ctx);
                       },
                       [&](const doc::NoteRef& n) { note_ref(parent, n.note, ctx); },
                   },
                   in.value);
    }
}

void BodyBuilder::note_ref(XMLElement* parent, std::size_t index, Context ctx) {
    if (notes_ == nullptr || index >= notes_->size()) return;
    const std::string label = doc::note_label(index);
    if (note_ids_.size() < notes_->size()) {
        note_ids_.resize(notes_->size());
        note_ref_ids_.resize(notes_->size());
        note_ref_count_.resize(notes_->size());
    }
    if (note_ids_[index].empty()) {
        note_ids_[index] = unique_id("fn" + label);
        note_queue_.push_back(index);  // its aside is written after this block
    }
    // The n-th mark of a note is "fnref1-n": named directly, so many marks stay linear.
    const std::size_t nth = ++note_ref_count_[index];
    const std::string ref_id =
        unique_id("fnref" + label + (nth > 1 ? "-" + std::to_string(nth) : std::string()));
    if (note_ref_ids_[index].empty()) note_ref_ids_[index] = ref_id;
    if (ctx.in_link) {  // HTML forbids a link in a link: the mark alone, raised
        XMLElement* sup = add_element(parent, "sup");
        sup->SetAttribute("id", ref_id.c_str());
        text(sup, label, ctx);
        return;
    }
    XMLElement* a = add_element(parent, "a");
    a->SetAttribute("epub:type", "noteref");
    a->SetAttribute("role", "doc-noteref");
    a->SetAttribute("class", "noteref");
    a->SetAttribute("href", ("#" + note_ids_[index]).c_str());
    a->SetAttribute("id", ref_id.c_str());
    text(a, label, {ctx.style, ctx.bold, ctx.italic, true});
}

void BodyBuilder::pending_notes(XMLNode* parent, std::vector<TocEntry>& headings) {
    if (notes_ == nullptr) return;
    const style::TextStyle& ns = style_.note;
    in_notes_ = true;
    // Notes referenced inside a note join the queue and follow it (linear: each note once).
    for (std::size_t q = 0; q < note_queue_.size(); ++q) {
        const std::size_t i = note_queue_[q];
        XMLElement* aside = add_element(parent, "aside");
        aside->SetAttribute("epub:type", "footnote");
        aside->SetAttribute("role", "doc-footnote");
        aside->SetAttribute("class", "footnote");
        aside->SetAttribute("id", note_ids_[i].c_str());
        const doc::Blocks& content = (*notes_)[i].content;
        XMLElement* first = nullptr;
        if (!content.empty() && std::holds_alternative<doc::Paragraph>(content.front().value)) {
            first = add_element(aside, "p");
            first->SetAttribute("class", "noindent");
        } else {
            first = add_element(aside, "p");
            first->SetAttribute("class", "noindent note-label");
        }
        XMLElement* back = add_element(first, "a");
        back->SetAttribute("role", "doc-backlink");
        back->SetAttribute("href", ("#" + note_ref_ids_[i]).c_str());
        text(back, doc::note_label(i) + ".", {&ns, ns.bold, ns.italic, true});
        std::size_t from = 0;
        if (first->Attribute("class", "noindent")) {
            first->InsertEndChild(parent->GetDocument()->NewText(" "));
            inlines(first, std::get<doc::Paragraph>(content.front().value).content,
                    {&ns, ns.bold, ns.italic});
            from = 1;
        }
        bool fresh = true;
        for (std::size_t k = from; k < content.size(); ++k)
            block(aside, content[k], ns, fresh, headings);
    }
    note_queue_.clear();
    in_notes_ = false;
}

void BodyBuilder::text(XMLNode* parent, std::string_view t, Context ctx) {
    if (t.empty()) return;
    std::string clean = xml_clean(t, &removed_);
    parent->InsertEndChild(parent->GetDocument()->NewText(clean.c_str()));
    if (observer_ && !t.empty()) observer_(t, *ctx.style, ctx.bold, ctx.italic);
}

std::string BodyBuilder::unique_id(const std::string& wanted) {
    std::string base = sanitize_id(wanted), id = base;
    for (int n = 2; used_ids_.count(id); ++n) id = base + "-" + std::to_string(n);
    used_ids_.insert(id);
    return id;
}

}  // namespace galley::epub
