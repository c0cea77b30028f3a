#include "epub/XhtmlWriter.hpp"

#include <filesystem>
#include <memory>
#include <set>

#include "epub/Xml.hpp"

namespace galley::epub {

using tinyxml2::XMLDocument;
using tinyxml2::XMLElement;
using tinyxml2::XMLNode;

namespace {

template <class... Fs>
struct Overloaded : Fs... {
    using Fs::operator()...;
};

/// The style an inline run is shown in.
struct Context {
    const style::TextStyle* style;  ///< the block's text style
    bool bold;                      ///< bold (block style or inside strong)
    bool italic;                    ///< italic (block style or inside em)
    bool in_link = false;           ///< inside an <a>: HTML forbids nesting another
};

/// Heading text as one line: line breaks and runs of white space become one space.
std::string one_line(const std::string& text) {
    std::string out;
    bool space = false;
    for (char c : text) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

/// An XML ID made of ASCII letters, digits, '-', '_' and '.', starting with a letter.
std::string sanitize_id(const std::string& id) {
    std::string out;
    for (char c : id) {
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                  c == '-' || c == '_' || c == '.';
        out += ok ? c : '-';
    }
    if (out.empty() || !((out[0] >= 'a' && out[0] <= 'z') || (out[0] >= 'A' && out[0] <= 'Z')))
        out = "h-" + out;
    return out;
}

/// Builds the XHTML of body blocks, tracking the paragraph indent state and heading ids.
class BodyBuilder {
  public:
    BodyBuilder(const style::StyleSheet& style, const TextObserver& observer)
        : style_(style), observer_(observer) {}

    /// Appends `block` (top-level or nested) to `parent`; `fresh` is true when the next
    /// paragraph follows a start, heading or scene break (it gets class "noindent").
    void block(XMLNode* parent, const doc::Block& b, const style::TextStyle& para_style,
               bool& fresh, std::vector<TocEntry>* heading_ids) {
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
                    if (heading_ids)
                        heading_ids->push_back({level, one_line(doc::plain_text(h.content)), id});
                    fresh = true;
                },
                [&](const doc::BlockQuote& q) {
                    XMLElement* e = add_element(parent, "blockquote");
                    bool inner = true;
                    for (const doc::Block& child : q.content)
                        block(e, child, style_.quote, inner, heading_ids);
                    fresh = false;
                },
                [&](const doc::List& l) {
                    XMLElement* e = add_element(parent, l.ordered ? "ol" : "ul");
                    if (l.ordered && l.start != 1) e->SetAttribute("start", l.start);
                    for (const doc::Blocks& item : l.items) {
                        XMLElement* li = add_element(e, "li");
                        if (item.size() == 1 &&
                            std::holds_alternative<doc::Paragraph>(item[0].value)) {
                            const style::TextStyle& ls = style_.list;
                            inlines(li, std::get<doc::Paragraph>(item[0].value).content,
                                    {&ls, ls.bold, ls.italic});
                            continue;
                        }
                        bool inner = true;
                        for (const doc::Block& child : item)
                            block(li, child, style_.list, inner, heading_ids);
                    }
                    fresh = false;
                },
                [&](const doc::SceneBreak&) {
                    add_element(parent, "hr")->SetAttribute("class", "scene-break");
                    fresh = true;
                },
            },
            b.value);
    }

    /// Appends `content` to `parent` in context `ctx`.
    void inlines(XMLElement* parent, const doc::Inlines& content, Context ctx) {
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
                       },
                       in.value);
        }
    }

    /// Appends a text node, reporting it to the observer.
    void text(XMLNode* parent, std::string_view t, Context ctx) {
        if (t.empty()) return;
        std::string clean = xml_clean(t, &removed_);
        parent->InsertEndChild(parent->GetDocument()->NewText(clean.c_str()));
        if (observer_ && !t.empty()) observer_(t, *ctx.style, ctx.bold, ctx.italic);
    }

    /// `wanted` made a valid XML ID not used before in the book.
    std::string unique_id(const std::string& wanted) {
        std::string base = sanitize_id(wanted), id = base;
        for (int n = 2; used_ids_.count(id); ++n) id = base + "-" + std::to_string(n);
        used_ids_.insert(id);
        return id;
    }

  private:
    const style::StyleSheet& style_;
    const TextObserver& observer_;
    std::set<std::string> used_ids_;

  public:
    int removed_ = 0;  ///< characters dropped or replaced because XML does not allow them
};

/// One top-level block rendered on its own, with its size and the headings it holds.
struct RenderedBlock {
    std::unique_ptr<XMLDocument> xml;   ///< holds the block's nodes
    std::size_t bytes = 0;              ///< serialised size
    bool heading = false;               ///< starts with a heading
    std::vector<TocEntry> heading_ids;  ///< its headings, href holding only the id
};

/// Splits [0, sizes.size()) into ranges of about `max_bytes`, preferring to start a range at a
/// heading. Returns the first block of each range.
std::vector<std::size_t> split_points(const std::vector<RenderedBlock>& blocks,
                                      std::size_t max_bytes) {
    std::vector<std::size_t> starts = {0};
    std::size_t size = 0;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        if (i > starts.back() && size + blocks[i].bytes > max_bytes) {
            std::size_t cut = i;
            for (std::size_t j = i - 1; j > starts.back(); --j)
                if (blocks[j].heading) {
                    cut = j;
                    break;
                }
            starts.push_back(cut);
            size = 0;
            for (std::size_t j = cut; j < i; ++j) size += blocks[j].bytes;
        }
        size += blocks[i].bytes;
    }
    return starts;
}

}  // namespace

std::string display_title(const doc::Metadata& meta) {
    std::string title = one_line(meta.title);
    if (title.empty() && !meta.source.empty())
        title = one_line(std::filesystem::path(meta.source).stem().string());
    return title.empty() ? "Untitled" : title;
}

XhtmlWriter::XhtmlWriter(const doc::Document& document, const style::StyleSheet& style,
                         TextObserver observer, Diagnostics& diagnostics)
    : document_(document),
      style_(style),
      observer_(std::move(observer)),
      diagnostics_(diagnostics) {}

ContentDocument XhtmlWriter::title_page(const Labels& labels) {
    const doc::Metadata& m = document_.meta;
    std::string title = display_title(m);
    XMLDocument xml;
    XMLElement* body = new_xhtml(xml, m.language, title, kStylesheetHref);
    body->SetAttribute("epub:type", "frontmatter");
    XMLElement* section = add_element(body, "section");
    section->SetAttribute("class", "titlepage");
    section->SetAttribute("epub:type", "titlepage");
    BodyBuilder builder(style_, observer_);
    auto line = [&](const char* name, const char* cls, const std::string& text,
                    const style::TextStyle& ts) {
        if (text.empty()) return;
        XMLElement* e = add_element(section, name);
        e->SetAttribute("class", cls);
        builder.text(e, text, {&ts, ts.bold, ts.italic});
    };
    line("h1", "title", title, style_.title);
    line("p", "subtitle", one_line(m.subtitle), style_.subtitle);
    std::string authors;
    for (const std::string& a : m.authors) {
        std::string name = one_line(a);
        if (name.empty()) continue;
        authors += (authors.empty() ? "" : ", ") + name;
    }
    if (!authors.empty() && !labels.by.empty()) authors = labels.by + " " + authors;
    line("p", "byline", authors, style_.byline);
    line("p", "dateline", one_line(m.dateline), style_.dateline);
    line("p", "date", one_line(m.date_text.empty() ? m.date : m.date_text), style_.dateline);
    return {"title-page", "title.xhtml", print_xml(xml)};
}

std::vector<ContentDocument> XhtmlWriter::article(std::vector<TocEntry>& headings,
                                                  std::size_t max_bytes) {
    BodyBuilder builder(style_, observer_);
    std::vector<RenderedBlock> blocks;
    bool fresh = true;
    for (const doc::Block& b : document_.blocks) {
        RenderedBlock r;
        r.xml = std::make_unique<XMLDocument>();
        r.heading = std::holds_alternative<doc::Heading>(b.value);
        int removed = builder.removed_;
        builder.block(r.xml.get(), b, style_.body, fresh, &r.heading_ids);
        if (builder.removed_ != removed)
            diagnostics_.warn(document_.meta.source, b.line,
                              "removed " + std::to_string(builder.removed_ - removed) +
                                  " character(s) that XML does not allow");
        r.bytes = print_xml(*r.xml).size();
        blocks.push_back(std::move(r));
    }

    std::vector<std::size_t> starts = split_points(blocks, max_bytes);
    std::vector<ContentDocument> files;
    std::string title = display_title(document_.meta);
    for (std::size_t k = 0; k < starts.size(); ++k) {
        std::size_t end = k + 1 < starts.size() ? starts[k + 1] : blocks.size();
        ContentDocument file;
        file.id = k == 0 ? "article" : "article-" + std::to_string(k + 1);
        file.href = file.id + ".xhtml";
        XMLDocument xml;
        XMLElement* body = new_xhtml(xml, document_.meta.language, title, kStylesheetHref);
        body->SetAttribute("epub:type", "bodymatter");
        XMLElement* section = add_element(body, "section");
        section->SetAttribute("epub:type", "chapter");
        for (std::size_t i = starts[k]; i < end; ++i) {
            for (const XMLNode* n = blocks[i].xml->FirstChild(); n; n = n->NextSibling())
                section->InsertEndChild(n->DeepClone(&xml));
            for (const TocEntry& h : blocks[i].heading_ids)
                headings.push_back({h.level, h.label, file.href + "#" + h.href});
        }
        file.xhtml = print_xml(xml);
        files.push_back(std::move(file));
    }
    return files;
}

}  // namespace galley::epub
