#include "read/MarkdownReader.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <type_traits>

#include "base/Error.hpp"
#include "read/ArticleParser.hpp"
#include "read/BlockParser.hpp"
#include "read/FigureImages.hpp"
#include "read/FrontMatter.hpp"
#include "read/InlineParser.hpp"
#include "read/Language.hpp"
#include "read/Shortcodes.hpp"
#include "read/SmartPunctuation.hpp"
#include "read/TextUtil.hpp"

namespace galley::read {

namespace {

/// Longest excerpt of dropped markup quoted in a warning, in bytes.
constexpr std::size_t kExcerpt = 50;

std::string excerpt(std::string_view s) {
    std::string one;
    for (char c : trim(s)) one += c == '\n' ? ' ' : c;
    if (one.size() <= kExcerpt) return one;
    std::size_t cut = kExcerpt - 3;
    while (cut > 0 && (static_cast<unsigned char>(one[cut]) & 0xC0) == 0x80) --cut;
    return one.substr(0, cut) + "…";
}

std::string lower_ascii(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

const char* literal(cmark_node* node) {
    const char* s = cmark_node_get_literal(node);
    return s != nullptr ? s : "";
}

/// A node's type by name, for the extensions' nodes ("strikethrough", "table", "table_row").
std::string_view type_name(cmark_node* node) {
    const char* s = cmark_node_get_type_string(node);
    return s != nullptr ? std::string_view(s) : std::string_view();
}

/// True for a URL a reader can follow from the book: http, https, ftp or mailto.
bool is_web_address(const std::string& url) {
    const std::string lower = lower_ascii(url.substr(0, 8));
    for (std::string_view scheme : {"http://", "https://", "ftp://", "mailto:"})
        if (lower.rfind(scheme, 0) == 0 && url.size() > scheme.size()) return true;
    return false;
}

/// True for a list item of the task-list extension ("- [ ]", "- [x]").
bool is_task_item(cmark_node* item) {
    cmark_syntax_extension* ext = cmark_node_get_syntax_extension(item);
    return ext != nullptr && type_name(item) == "tasklist";
}

struct ParserDeleter {
    void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};
struct NodeDeleter {
    void operator()(cmark_node* n) const { cmark_node_free(n); }
};

/// Walks the cmark-gfm tree and builds blocks with text as written; smart punctuation comes
/// after, once the language is known.
class TreeMapper {
  public:
    TreeMapper(const std::string& file, FigureImages& figures, std::vector<doc::Image>& images,
               Diagnostics& diagnostics)
        : file_(file), figures_(figures), images_(images), diagnostics_(diagnostics) {}

    /// The document's blocks.
    doc::Blocks blocks(cmark_node* document) {
        doc::Blocks out;
        for (cmark_node* n = cmark_node_first_child(document); n; n = cmark_node_next(n)) {
            if (cmark_node_get_type(n) == CMARK_NODE_FOOTNOTE_DEFINITION) {
                notes_.push_back(n);
                continue;
            }
            add_block(n, out);
        }
        return out;
    }

    /// The footnotes (after blocks()), in the order of their first reference (a note's own
    /// references number after it). cmark-gfm gives a definition no label to read back: it
    /// moves the referenced definitions to the end of the document in the order of their first
    /// reference and drops the others, so the k-th definition is the k-th label referenced.
    std::vector<doc::Note> notes() {
        std::vector<doc::Note> out;
        for (std::size_t i = 0; i < notes_.size(); ++i) {  // may grow: notes marking notes
            doc::Note note;
            note.line = line_of(notes_[i]);
            for (cmark_node* c = cmark_node_first_child(notes_[i]); c; c = cmark_node_next(c))
                add_block(c, note.content);
            out.push_back(std::move(note));
        }
        if (out.size() != note_order_.size())
            diagnostics_.warn(file_, notes_.empty() ? 0 : line_of(notes_.front()),
                              std::to_string(note_order_.size()) + " footnote label(s) but " +
                                  std::to_string(out.size()) + " footnote(s) found");
        out.resize(note_order_.size());
        return out;
    }

    /// The source lines where the footnote definitions the parser kept start.
    std::vector<int> note_lines() const {
        std::vector<int> out;
        for (cmark_node* def : notes_) out.push_back(line_of(def));
        return out;
    }

  private:
    static int line_of(cmark_node* n) {
        for (; n != nullptr; n = cmark_node_parent(n)) {
            const int line = cmark_node_get_start_line(n);
            if (line > 0) return line;
        }
        return 0;
    }

    void add_block(cmark_node* n, doc::Blocks& out) {
        const int line = line_of(n);
        switch (cmark_node_get_type(n)) {
            case CMARK_NODE_PARAGRAPH: {
                if (add_figure(n, out)) return;
                doc::Paragraph p;
                add_inlines(n, p.content);
                if (!p.content.empty()) out.push_back({std::move(p), line});
                return;
            }
            case CMARK_NODE_HEADING: {
                doc::Heading h;
                h.level = cmark_node_get_heading_level(n);
                add_inlines(n, h.content);
                if (!h.content.empty()) out.push_back({std::move(h), line});
                return;
            }
            case CMARK_NODE_BLOCK_QUOTE: {
                doc::BlockQuote q;
                for (cmark_node* c = cmark_node_first_child(n); c; c = cmark_node_next(c))
                    add_block(c, q.content);
                if (!q.content.empty()) out.push_back({std::move(q), line});
                return;
            }
            case CMARK_NODE_LIST: {
                doc::List l;
                l.ordered = cmark_node_get_list_type(n) == CMARK_ORDERED_LIST;
                l.start = l.ordered ? cmark_node_get_list_start(n) : 1;
                for (cmark_node* item = cmark_node_first_child(n); item;
                     item = cmark_node_next(item)) {
                    doc::Blocks blocks;
                    for (cmark_node* c = cmark_node_first_child(item); c; c = cmark_node_next(c))
                        add_block(c, blocks);
                    if (is_task_item(item)) mark_task(item, blocks);
                    l.items.push_back(std::move(blocks));
                }
                if (!l.items.empty()) out.push_back({std::move(l), line});
                return;
            }
            case CMARK_NODE_CODE_BLOCK: {
                doc::CodeBlock c;
                std::string info = cmark_node_get_fence_info(n) ? cmark_node_get_fence_info(n) : "";
                c.language = std::string(trim(info.substr(0, info.find_first_of(" \t{"))));
                c.text = literal(n);
                if (!c.text.empty() && c.text.back() == '\n') c.text.pop_back();
                out.push_back({std::move(c), line});
                return;
            }
            case CMARK_NODE_THEMATIC_BREAK:
                out.push_back({doc::SceneBreak{}, line});
                return;
            case CMARK_NODE_HTML_BLOCK:
                drop_html(n);
                return;
            case CMARK_NODE_FOOTNOTE_DEFINITION:
                notes_.push_back(n);
                return;
            default:
                break;
        }
        if (type_name(n) == "table") {
            add_table(n, out);
            return;
        }
        // Any other block: keep its words as a paragraph.
        doc::Paragraph p;
        add_inlines(n, p.content);
        if (!p.content.empty()) out.push_back({std::move(p), line});
    }

    /// A GFM table: its first row is the header; cells keep their inlines.
    void add_table(cmark_node* node, doc::Blocks& out) {
        doc::Table table;
        const uint16_t columns = cmark_gfm_extensions_get_table_columns(node);
        const uint8_t* aligns = cmark_gfm_extensions_get_table_alignments(node);
        for (uint16_t c = 0; c < columns; ++c) {
            const char a = aligns != nullptr ? static_cast<char>(aligns[c]) : 0;
            table.columns.push_back(a == 'l'   ? doc::ColumnAlign::Left
                                    : a == 'c' ? doc::ColumnAlign::Center
                                    : a == 'r' ? doc::ColumnAlign::Right
                                               : doc::ColumnAlign::Default);
        }
        for (cmark_node* row = cmark_node_first_child(node); row; row = cmark_node_next(row)) {
            doc::TableRow r;
            for (cmark_node* cell = cmark_node_first_child(row); cell;
                 cell = cmark_node_next(cell)) {
                doc::TableCell c;
                add_inlines(cell, c.content);
                r.cells.push_back(std::move(c));
            }
            r.cells.resize(std::max<std::size_t>(r.cells.size(), columns));
            (cmark_gfm_extensions_get_table_row_is_header(row) ? table.head : table.body)
                .push_back(std::move(r));
        }
        out.push_back({std::move(table), line_of(node)});
    }

    /// A task item starts with a ballot box, checked or not.
    void mark_task(cmark_node* item, doc::Blocks& blocks) const {
        const std::string box =
            cmark_gfm_extensions_get_tasklist_item_checked(item) ? "\u2611 " : "\u2610 ";
        if (!blocks.empty())
            if (auto* p = std::get_if<doc::Paragraph>(&blocks.front().value)) {
                p->content.insert(p->content.begin(), doc::Inline{doc::Text{box}});
                return;
            }
        blocks.insert(blocks.begin(),
                      doc::Block{doc::Paragraph{{doc::Inline{doc::Text{box}}}}, line_of(item)});
    }

    void drop_html(cmark_node* n) {
        const std::string html = excerpt(literal(n));
        if (!html.empty()) diagnostics_.warn(file_, line_of(n), "dropped raw HTML '" + html + "'");
    }

    void add_inlines(cmark_node* parent, doc::Inlines& out) {
        for (cmark_node* n = cmark_node_first_child(parent); n; n = cmark_node_next(n))
            add_inline(n, out);
    }

    void add_inline(cmark_node* n, doc::Inlines& out) {
        switch (cmark_node_get_type(n)) {
            case CMARK_NODE_TEXT:
                append_text(out, literal(n));
                return;
            case CMARK_NODE_SOFTBREAK:
                append_text(out, " ");
                return;
            case CMARK_NODE_LINEBREAK:
                out.push_back({doc::LineBreak{}});
                return;
            case CMARK_NODE_CODE:
                out.push_back({doc::Code{literal(n)}});
                return;
            case CMARK_NODE_HTML_INLINE:
                drop_html(n);
                return;
            case CMARK_NODE_EMPH: {
                doc::Emphasis e;
                add_inlines(n, e.content);
                if (!e.content.empty()) out.push_back({std::move(e)});
                return;
            }
            case CMARK_NODE_STRONG: {
                doc::Strong s;
                add_inlines(n, s.content);
                if (!s.content.empty()) out.push_back({std::move(s)});
                return;
            }
            case CMARK_NODE_LINK: {
                doc::Link l;
                l.url = cmark_node_get_url(n) ? cmark_node_get_url(n) : "";
                add_inlines(n, l.content);
                if (!is_web_address(l.url)) {
                    // A link inside the article ("#part") or to a file beside it has no target
                    // in the book: its words stay, as text.
                    if (!l.url.empty() && l.url[0] != '#')
                        diagnostics_.warn(
                            file_, line_of(n),
                            "link to '" + excerpt(l.url) + "' kept as text (not a web address)");
                    for (doc::Inline& in : l.content) out.push_back(std::move(in));
                    return;
                }
                out.push_back({std::move(l)});
                return;
            }
            case CMARK_NODE_IMAGE:
                add_image(n, out);
                return;
            case CMARK_NODE_FOOTNOTE_REFERENCE: {
                const std::string label = literal(n);
                auto [it, added] = note_numbers_.emplace(label, note_order_.size());
                if (added) note_order_.push_back(label);
                out.push_back({doc::NoteRef{it->second}});
                return;
            }
            default:
                break;
        }
        if (type_name(n) == "strikethrough") {
            doc::Strikethrough s;
            add_inlines(n, s.content);
            if (!s.content.empty()) out.push_back({std::move(s)});
            return;
        }
        add_inlines(n, out);  // unknown inline: keep its words
    }

    /// The image that is a paragraph's only content (spaces and line ends aside), or nullptr.
    static cmark_node* lone_image(cmark_node* paragraph) {
        cmark_node* image = nullptr;
        for (cmark_node* c = cmark_node_first_child(paragraph); c; c = cmark_node_next(c)) {
            const cmark_node_type type = cmark_node_get_type(c);
            if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) continue;
            if (type == CMARK_NODE_TEXT && trim(literal(c)).empty()) continue;
            if (type != CMARK_NODE_IMAGE || image != nullptr) return nullptr;
            image = c;
        }
        return image;
    }

    /// A paragraph holding one image and nothing else is a figure: the image's alt text is its
    /// text alternative and its title ("![alt](file.png "Title")") its caption. False (the
    /// paragraph is read as text) when it is not; an image that cannot be used (the reason is
    /// reported) leaves its alt text as a paragraph.
    bool add_figure(cmark_node* paragraph, doc::Blocks& out) {
        cmark_node* image = lone_image(paragraph);
        if (image == nullptr) return false;
        const std::string url = cmark_node_get_url(image) ? cmark_node_get_url(image) : "";
        const std::optional<std::size_t> index = figures_.load(url, line_of(image), images_);
        doc::Inlines alt;
        add_inlines(image, alt);
        if (!index) {  // the reason was reported: the alt text stands in, as a paragraph
            doc::Paragraph p;
            for (doc::Inline& in : alt) {
                if (auto* t = std::get_if<doc::Text>(&in.value))
                    append_text(p.content, t->text);
                else
                    p.content.push_back(std::move(in));
            }
            if (!p.content.empty()) out.push_back({std::move(p), line_of(paragraph)});
            return true;
        }
        doc::Figure figure;
        figure.image = *index;
        figure.alt = std::string(trim(doc::plain_text(alt)));
        const char* title = cmark_node_get_title(image);
        if (title != nullptr && !trim(title).empty())
            append_text(figure.caption, std::string(trim(title)));
        if (figure.alt.empty())
            diagnostics_.warn(file_, line_of(image),
                              "image '" + excerpt(url) +
                                  "' has no alt text: readers who cannot see it learn nothing");
        out.push_back({std::move(figure), line_of(paragraph)});
        return true;
    }

    /// An image inside running text: its alt text stands in, and the reason is reported (a
    /// figure is an image in a paragraph of its own).
    void add_image(cmark_node* n, doc::Inlines& out) {
        const std::string url = cmark_node_get_url(n) ? cmark_node_get_url(n) : "";
        doc::Inlines alt;
        add_inlines(n, alt);
        diagnostics_.warn(file_, line_of(n),
                          "image '" + excerpt(url) +
                              "' inside running text is shown as its alt text" +
                              (alt.empty() ? std::string(" (it has none)") : std::string()) +
                              "; put it in a paragraph of its own to make a figure");
        for (doc::Inline& in : alt) {
            if (auto* t = std::get_if<doc::Text>(&in.value))
                append_text(out, t->text);
            else
                out.push_back(std::move(in));
        }
    }

    const std::string& file_;
    FigureImages& figures_;
    std::vector<doc::Image>& images_;
    Diagnostics& diagnostics_;
    std::vector<cmark_node*> notes_;
    std::map<std::string, std::size_t> note_numbers_;  // label → index into note_order_
    std::vector<std::string> note_order_;              // labels in first-reference order
};

/// A run of a block's characters in reading order: a text to punctuate, or characters that stay
/// as written (code, a URL shown as itself, a line break) but are the texts' neighbours.
struct Segment {
    doc::Text* text = nullptr;  ///< the text to punctuate; nullptr = kept as written
    std::string_view chars;     ///< the characters as written
};

/// True when a link shows its own URL (an autolink): its text is a URL, not prose.
bool shows_url(const doc::Link& link) {
    const std::string shown = doc::plain_text(link.content);
    return shown == link.url || "mailto:" + shown == link.url || "http://" + shown == link.url;
}

void collect_segments(doc::Inlines& inlines, bool verbatim, std::vector<Segment>& out) {
    for (doc::Inline& in : inlines) {
        std::visit(
            [&](auto& x) {
                using T = std::decay_t<decltype(x)>;
                if constexpr (std::is_same_v<T, doc::Text>) {
                    out.push_back({verbatim ? nullptr : &x, x.text});
                } else if constexpr (std::is_same_v<T, doc::Code>) {
                    out.push_back({nullptr, x.text});
                } else if constexpr (std::is_same_v<T, doc::LineBreak>) {
                    out.push_back({nullptr, "\n"});
                } else if constexpr (std::is_same_v<T, doc::NoteRef>) {
                    // a raised mark, not a character of the text around it
                } else if constexpr (std::is_same_v<T, doc::Link>) {
                    collect_segments(x.content, verbatim || shows_url(x), out);
                } else {
                    collect_segments(x.content, verbatim, out);
                }
            },
            in.value);
    }
}

/// Smart punctuation over one block's inlines: each text sees the characters around it, so a
/// quote just before emphasis or code still opens.
void punctuate(doc::Inlines& inlines, const QuoteMarks& marks) {
    std::vector<Segment> segments;
    collect_segments(inlines, false, segments);
    std::vector<std::pair<char32_t, char32_t>> around(segments.size(), {0, 0});
    for (std::size_t i = 0; i < segments.size(); ++i) {
        for (std::size_t j = i; j-- > 0;)
            if (!segments[j].chars.empty()) {
                std::size_t end = segments[j].chars.size();
                around[i].first = prev_code_point(segments[j].chars, end);
                break;
            }
        for (std::size_t j = i + 1; j < segments.size(); ++j)
            if (!segments[j].chars.empty()) {
                std::size_t start = 0;
                around[i].second = next_code_point(segments[j].chars, start);
                break;
            }
    }
    std::vector<std::string> done(segments.size());
    for (std::size_t i = 0; i < segments.size(); ++i)
        if (segments[i].text != nullptr)
            done[i] = smart_punctuate(segments[i].chars, marks, around[i].first, around[i].second);
    for (std::size_t i = 0; i < segments.size(); ++i)
        if (segments[i].text != nullptr) segments[i].text->text = std::move(done[i]);
}

void punctuate(doc::Blocks& blocks, const QuoteMarks& marks) {
    for (doc::Block& b : blocks) {
        if (auto* p = std::get_if<doc::Paragraph>(&b.value))
            punctuate(p->content, marks);
        else if (auto* h = std::get_if<doc::Heading>(&b.value))
            punctuate(h->content, marks);
        else if (auto* q = std::get_if<doc::BlockQuote>(&b.value))
            punctuate(q->content, marks);
        else if (auto* l = std::get_if<doc::List>(&b.value))
            for (doc::Blocks& item : l->items) punctuate(item, marks);
        else if (auto* t = std::get_if<doc::Table>(&b.value))
            for (auto* rows : {&t->head, &t->body})
                for (doc::TableRow& row : *rows)
                    for (doc::TableCell& cell : row.cells) punctuate(cell.content, marks);
        else if (auto* f = std::get_if<doc::Figure>(&b.value))
            punctuate(f->caption, marks);
    }
}

/// The prose of the blocks (no code, no URLs), for language detection.
void prose(const doc::Inlines& inlines, std::string& out) {
    for (const doc::Inline& in : inlines) {
        if (const auto* t = std::get_if<doc::Text>(&in.value))
            out += t->text;
        else if (const auto* e = std::get_if<doc::Emphasis>(&in.value))
            prose(e->content, out);
        else if (const auto* s = std::get_if<doc::Strong>(&in.value))
            prose(s->content, out);
        else if (const auto* k = std::get_if<doc::Strikethrough>(&in.value))
            prose(k->content, out);
        else if (const auto* l = std::get_if<doc::Link>(&in.value); l && !shows_url(*l))
            prose(l->content, out);
        else
            out += ' ';
    }
}

void prose(const doc::Blocks& blocks, std::string& out) {
    for (const doc::Block& b : blocks) {
        if (const auto* p = std::get_if<doc::Paragraph>(&b.value))
            prose(p->content, out);
        else if (const auto* h = std::get_if<doc::Heading>(&b.value))
            prose(h->content, out);
        else if (const auto* q = std::get_if<doc::BlockQuote>(&b.value))
            prose(q->content, out);
        else if (const auto* l = std::get_if<doc::List>(&b.value))
            for (const doc::Blocks& item : l->items) prose(item, out);
        else if (const auto* t = std::get_if<doc::Table>(&b.value))
            for (const auto* rows : {&t->head, &t->body})
                for (const doc::TableRow& row : *rows)
                    for (const doc::TableCell& cell : row.cells) {
                        prose(cell.content, out);
                        out += ' ';
                    }
        else if (const auto* f = std::get_if<doc::Figure>(&b.value))
            prose(f->caption, out);
        out += '\n';
    }
}

/// The smallest heading level in `blocks` (nested ones too), 7 when there is none.
int top_heading_level(const doc::Blocks& blocks) {
    int top = 7;
    for (const doc::Block& b : blocks) {
        if (const auto* h = std::get_if<doc::Heading>(&b.value))
            top = std::min(top, h->level);
        else if (const auto* q = std::get_if<doc::BlockQuote>(&b.value))
            top = std::min(top, top_heading_level(q->content));
        else if (const auto* l = std::get_if<doc::List>(&b.value))
            for (const doc::Blocks& item : l->items) top = std::min(top, top_heading_level(item));
    }
    return top;
}

/// Shifts heading levels so the highest in the body is level 1; levels past 3 are 3.
void shift_headings(doc::Blocks& blocks, int top) {
    for (doc::Block& b : blocks) {
        if (auto* h = std::get_if<doc::Heading>(&b.value))
            h->level = std::clamp(h->level - top + 1, 1, 3);
        else if (auto* q = std::get_if<doc::BlockQuote>(&b.value))
            shift_headings(q->content, top);
        else if (auto* l = std::get_if<doc::List>(&b.value))
            for (doc::Blocks& item : l->items) shift_headings(item, top);
    }
}

/// "my-first_post" → "my first post": a file name as the title of last resort.
std::string name_in_words(const std::string& file) {
    std::string out;
    for (char c : std::filesystem::path(file).stem().string()) {
        const char w = (c == '-' || c == '_' || c == '.') ? ' ' : c;
        if (w == ' ' && (out.empty() || out.back() == ' ')) continue;
        out += w;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out.empty() ? std::filesystem::path(file).stem().string() : out;
}

/// Warns about footnote definitions ("[^label]: …" outside fenced code) the parser did not
/// keep (`kept`: lines of those it kept): cmark-gfm drops a definition nothing references, so
/// its words would vanish without a word.
void warn_unreferenced_notes(std::string_view text, const std::vector<int>& kept,
                             const std::string& file, Diagnostics& diagnostics) {
    std::string_view fence;
    int line = 0;
    for (std::size_t start = 0; start < text.size();) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        std::string_view l = text.substr(start, end - start);
        start = end + 1;
        ++line;
        std::size_t indent = 0;
        while (indent < l.size() && indent < 4 && l[indent] == ' ') ++indent;
        if (indent > 3) continue;
        l.remove_prefix(indent);
        for (std::string_view mark : {"```", "~~~"})
            if (l.substr(0, 3) == mark) {
                if (fence.empty())
                    fence = mark;
                else if (fence == mark)
                    fence = {};
            }
        if (!fence.empty() || l.substr(0, 2) != "[^") continue;
        const std::size_t close = l.find("]:");
        if (close == std::string_view::npos || close < 3) continue;
        const std::string label(l.substr(2, close - 2));
        if (std::find(kept.begin(), kept.end(), line) != kept.end()) continue;
        diagnostics.warn(file, line,
                         "footnote '" + excerpt(label) +
                             "' is never referenced: the Markdown parser drops its text");
    }
}

/// cmark-gfm's extension registry is global: registered once, before any thread parses.
void register_extensions() {
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

}  // namespace

bool is_markdown_path(const std::filesystem::path& path) {
    const std::string ext = lower_ascii(path.extension().string());
    return ext == ".md" || ext == ".markdown";
}

doc::Document parse_markdown(std::string_view utf8, const std::string& file,
                             const ReadOptions& options, Diagnostics& diagnostics) {
    // Front matter is the article's own metadata; it and shortcodes never reach the body.
    const FrontMatter front = read_front_matter(utf8, file);
    std::string own;
    utf8 = article_body(utf8, front, file, diagnostics, own);

    register_extensions();
    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(CMARK_OPT_FOOTNOTES));
    for (const char* name : {"table", "strikethrough", "autolink", "tasklist"})
        if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), ext);
    cmark_parser_feed(parser.get(), utf8.data(), utf8.size());
    std::unique_ptr<cmark_node, NodeDeleter> root(cmark_parser_finish(parser.get()));
    if (!root) throw Error(ErrorCode::InputInvalid, file, "the Markdown parser failed");

    doc::Document d;
    doc::Metadata& meta = d.meta;
    meta.source = file;
    FigureImages figures(file, options.resource_paths, options.images_beside_article, diagnostics);
    TreeMapper mapper(file, figures, d.images, diagnostics);
    d.blocks = mapper.blocks(root.get());
    apply_meta(meta, front.values, front.lists);

    // The title: given metadata, else a level-1 heading that opens the text (a heading that
    // repeats the given title is dropped as well).
    std::string given_title = meta.title;
    if (auto it = options.meta.find("title"); it != options.meta.end()) given_title = it->second;
    if (!d.blocks.empty())
        if (const auto* h = std::get_if<doc::Heading>(&d.blocks.front().value);
            h && h->level == 1) {
            const std::string text(trim(doc::plain_text(h->content)));
            if (given_title.empty() || text == trim(given_title)) {
                if (meta.title.empty()) meta.title = text;
                d.blocks.erase(d.blocks.begin());
            }
        }
    if (const int top = top_heading_level(d.blocks); top <= 6) shift_headings(d.blocks, top);
    d.notes = mapper.notes();
    warn_unreferenced_notes(utf8, mapper.note_lines(), file, diagnostics);

    // Language: --lang, then metadata (command line / sidecar / front matter), then detection.
    std::string language = normalize_language_tag(options.language);
    for (const char* key : {"lang", "language"})
        if (auto it = options.meta.find(key); language.empty() && it != options.meta.end())
            language = normalize_language_tag(it->second);
    if (language.empty()) language = meta.language;
    if (language.empty()) {
        std::string text = meta.title + "\n";
        prose(d.blocks, text);
        for (const doc::Note& note : d.notes) prose(note.content, text);
        language = detect_language(text);
    }
    meta.language = language;
    const QuoteMarks marks = quote_marks(language, options.quotes);
    punctuate(d.blocks, marks);
    for (doc::Note& note : d.notes) punctuate(note.content, marks);
    meta.title = smart_punctuate(meta.title, marks);
    meta.subtitle = smart_punctuate(meta.subtitle, marks);
    assign_heading_ids(d.blocks);

    // Overrides from the command line and the sidecar, then the fallbacks.
    apply_overrides(meta, options, file, diagnostics);
    if (!normalize_language_tag(options.language).empty()) meta.language = language;
    if (meta.title.empty()) meta.title = name_in_words(file);
    if (meta.language.empty()) meta.language = "en";
    return d;
}

}  // namespace galley::read
