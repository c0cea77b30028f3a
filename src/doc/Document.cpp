#include "doc/Document.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace galley::doc {

namespace {

template <class... Fs>
struct Overloaded : Fs... {
    using Fs::operator()...;
};
// C++20 deduces this from the lambdas by itself (GCC 12 does); clang 14 still needs the guide.
template <class... Fs>
Overloaded(Fs...) -> Overloaded<Fs...>;

void dump_inlines(const Inlines& inlines, std::string& out);

void dump_inline(const Inline& in, std::string& out) {
    std::visit(Overloaded{
                   [&](const Text& t) { out += t.text; },
                   [&](const Emphasis& e) {
                       out += "_{";
                       dump_inlines(e.content, out);
                       out += "}";
                   },
                   [&](const Strong& s) {
                       out += "*{";
                       dump_inlines(s.content, out);
                       out += "}";
                   },
                   [&](const Link& l) {
                       out += "<" + l.url + "|";
                       dump_inlines(l.content, out);
                       out += ">";
                   },
                   [&](const LineBreak&) { out += "\\n"; },
                   [&](const Code& c) { out += "`{" + c.text + "}"; },
                   [&](const Strikethrough& s) {
                       out += "~{";
                       dump_inlines(s.content, out);
                       out += "}";
                   },
                   [&](const NoteRef& n) { out += "^{" + note_label(n.note) + "}"; },
               },
               in.value);
}

void dump_inlines(const Inlines& inlines, std::string& out) {
    for (const Inline& in : inlines) dump_inline(in, out);
}

void dump_blocks(const Blocks& blocks, const std::string& indent, std::string& out) {
    for (const Block& b : blocks) {
        std::visit(
            Overloaded{
                [&](const Paragraph& p) {
                    out += indent + "para: ";
                    dump_inlines(p.content, out);
                    out += "\n";
                },
                [&](const Heading& h) {
                    out += indent + "heading " + std::to_string(h.level) + " #" + h.id + ": ";
                    dump_inlines(h.content, out);
                    out += "\n";
                },
                [&](const BlockQuote& q) {
                    out += indent + "quote:\n";
                    dump_blocks(q.content, indent + "  ", out);
                },
                [&](const List& l) {
                    out +=
                        indent + (l.ordered ? "olist " + std::to_string(l.start) : "ulist") + ":\n";
                    for (const Blocks& item : l.items) {
                        out += indent + "  item:\n";
                        dump_blocks(item, indent + "    ", out);
                    }
                },
                [&](const SceneBreak&) { out += indent + "scene-break\n"; },
                [&](const Table& t) {
                    static constexpr const char* names[] = {"default", "left", "center", "right"};
                    out += indent + "table:";
                    for (ColumnAlign a : t.columns)
                        out += std::string(" ") + names[static_cast<int>(a)];
                    out += "\n";
                    auto rows = [&](const std::vector<TableRow>& rs, const char* kind) {
                        for (const TableRow& r : rs) {
                            out += indent + "  " + kind + ":";
                            for (std::size_t i = 0; i < r.cells.size(); ++i) {
                                out += i == 0 ? " " : " | ";
                                dump_inlines(r.cells[i].content, out);
                            }
                            out += "\n";
                        }
                    };
                    rows(t.head, "head");
                    rows(t.body, "row");
                },
                [&](const Figure& f) {
                    out += indent + "figure #" + std::to_string(f.image + 1) + " alt=\"" + f.alt +
                           "\"";
                    if (!f.credit.empty()) out += " credit=\"" + f.credit + "\"";
                    out += ": ";
                    dump_inlines(f.caption, out);
                    out += "\n";
                },
                [&](const CodeBlock& c) {
                    out += indent + "code" + (c.language.empty() ? "" : " " + c.language) + ":\n";
                    std::size_t start = 0;
                    while (start <= c.text.size()) {
                        const std::size_t end = std::min(c.text.find('\n', start), c.text.size());
                        out += indent + "  | " + c.text.substr(start, end - start) + "\n";
                        start = end + 1;
                    }
                },
            },
            b.value);
    }
}

void plain_inlines(const Inlines& inlines, std::string& out) {
    for (const Inline& in : inlines) {
        std::visit(Overloaded{
                       [&](const Text& t) { out += t.text; },
                       [&](const Emphasis& e) { plain_inlines(e.content, out); },
                       [&](const Strong& s) { plain_inlines(s.content, out); },
                       [&](const Link& l) { plain_inlines(l.content, out); },
                       [&](const LineBreak&) { out += '\n'; },
                       [&](const Code& c) { out += c.text; },
                       [&](const Strikethrough& s) { plain_inlines(s.content, out); },
                       [&](const NoteRef&) {},
                   },
                   in.value);
    }
}

}  // namespace

std::string direction_of(const std::string& language) {
    static constexpr std::array<std::string_view, 10> rtl = {"ar", "he", "fa", "ur", "yi",
                                                             "ps", "sd", "ug", "dv", "ckb"};
    std::string_view primary = language;
    if (auto dash = primary.find_first_of("-_"); dash != std::string_view::npos)
        primary = primary.substr(0, dash);
    for (std::string_view r : rtl)
        if (primary == r) return "rtl";
    return "ltr";
}

std::string note_label(std::size_t index) {
    return std::to_string(index + 1);
}

std::string plain_text(const Inlines& inlines) {
    std::string out;
    plain_inlines(inlines, out);
    return out;
}

std::string dump(const Document& d) {
    std::string out;
    const Metadata& m = d.meta;
    auto field = [&](std::string_view name, const std::string& value) {
        if (!value.empty()) out += "meta " + std::string(name) + ": " + value + "\n";
    };
    field("title", m.title);
    field("subtitle", m.subtitle);
    for (const std::string& a : m.authors) field("author", a);
    field("date", m.date);
    field("date-text", m.date_text);
    field("dateline", m.dateline);
    if (m.date_first) field("order", "date before byline");
    field("language", m.language);
    field("identifier", m.identifier);
    field("description", m.description);
    field("publisher", m.publisher);
    field("rights", m.rights);
    dump_blocks(d.blocks, "", out);
    for (std::size_t i = 0; i < d.images.size(); ++i) {
        const Image& im = d.images[i];
        out += "image #" + std::to_string(i + 1) + ": " + im.format + " " +
               std::to_string(im.width) + "x" + std::to_string(im.height) + "\n";
    }
    for (std::size_t i = 0; i < d.notes.size(); ++i) {
        out += "note " + note_label(i) + ":\n";
        dump_blocks(d.notes[i].content, "  ", out);
    }
    return out;
}

}  // namespace galley::doc
