#include "epub/BodyBuilder.hpp"

#include "epub/Xml.hpp"

namespace galley::epub {

using tinyxml2::XMLElement;
using tinyxml2::XMLNode;

namespace {

template <class... Fs>
struct Overloaded : Fs... {
    using Fs::operator()...;
};

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
        },
        b.value);
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
                   },
                   in.value);
    }
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
