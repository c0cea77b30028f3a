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
// C++20 deduces this from the lambdas by itself (GCC 12 does); clang 14 still needs the guide.
template <class... Fs>
Overloaded(Fs...) -> Overloaded<Fs...>;

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
