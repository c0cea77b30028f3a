#include "epub/NavWriter.hpp"

#include "epub/Xml.hpp"

namespace galley::epub {

using tinyxml2::XMLDocument;
using tinyxml2::XMLElement;

TocNode toc_tree(const Navigation& nav) {
    TocNode root{nav.title, nav.title_href, {}, ""};
    // Stack of (level, node) from the root to the last node added; the root has level 0.
    std::vector<std::pair<int, TocNode*>> stack = {{0, &root}};
    for (const TocEntry& h : nav.headings) {
        if (h.label.empty()) continue;
        while (stack.back().first >= h.level) stack.pop_back();
        TocNode* parent = stack.back().second;
        parent->children.push_back({h.label, h.href, {}, ""});
        stack.emplace_back(h.level, &parent->children.back());
    }
    return root;
}

std::vector<TocNode> toc_roots(const Navigation& nav) {
    if (!nav.entries.empty()) return nav.entries;
    return {toc_tree(nav)};
}

namespace {

void set_lang(XMLElement* e, const Navigation& nav) {
    if (nav.labels.language == nav.language) return;
    e->SetAttribute("lang", nav.labels.language.c_str());
    e->SetAttribute("xml:lang", nav.labels.language.c_str());
    std::string dir = doc::direction_of(nav.labels.language);
    if (dir != doc::direction_of(nav.language)) e->SetAttribute("dir", dir.c_str());
}

void nav_list(XMLElement* parent, const std::vector<TocNode>& nodes, const Navigation& nav,
              const style::StyleSheet& style, const TextObserver& observer) {
    if (nodes.empty()) return;
    XMLElement* ol = add_element(parent, "ol");
    for (const TocNode& node : nodes) {
        XMLElement* li = add_element(ol, "li");
        if (!node.language.empty() && node.language != nav.language) {
            // An entry in another language (with its sub-entries): its own lang and direction.
            li->SetAttribute("lang", node.language.c_str());
            li->SetAttribute("xml:lang", node.language.c_str());
            std::string dir = doc::direction_of(node.language);
            if (dir != doc::direction_of(nav.language)) li->SetAttribute("dir", dir.c_str());
        }
        XMLElement* a = add_text_element(li, "a", node.label);
        a->SetAttribute("href", node.href.c_str());
        if (observer) observer(node.label, style.body, style.body.bold, style.body.italic);
        nav_list(li, node.children, nav, style, observer);
    }
}

int depth(const TocNode& node) {
    int d = 0;
    for (const TocNode& child : node.children) d = std::max(d, depth(child));
    return d + 1;
}

void ncx_points(XMLElement* parent, const std::vector<TocNode>& nodes, int& order) {
    for (const TocNode& node : nodes) {
        XMLElement* point = add_element(parent, "navPoint");
        point->SetAttribute("id", ("navpoint-" + std::to_string(order)).c_str());
        point->SetAttribute("playOrder", order);
        ++order;
        add_text_element(add_element(point, "navLabel"), "text", node.label);
        add_element(point, "content")->SetAttribute("src", node.href.c_str());
        ncx_points(point, node.children, order);
    }
}

}  // namespace

std::string write_nav(const Navigation& nav, const style::StyleSheet& style,
                      const TextObserver& observer) {
    XMLDocument xml;
    XMLElement* body = new_xhtml(xml, nav.language, nav.title, kStylesheetHref);

    XMLElement* toc = add_element(body, "nav");
    toc->SetAttribute("epub:type", "toc");
    toc->SetAttribute("id", "toc");
    toc->SetAttribute("role", "doc-toc");
    set_lang(add_text_element(toc, "h1", nav.labels.contents), nav);
    // Reading systems show an unstyled h1 in bold.
    if (observer) observer(nav.labels.contents, style.body, true, style.body.italic);
    nav_list(toc, toc_roots(nav), nav, style, observer);

    XMLElement* landmarks = add_element(body, "nav");
    landmarks->SetAttribute("epub:type", "landmarks");
    landmarks->SetAttribute("id", "landmarks");
    landmarks->SetAttribute("hidden", "hidden");
    set_lang(add_text_element(landmarks, "h2", nav.labels.landmarks), nav);
    XMLElement* ol = add_element(landmarks, "ol");
    auto landmark = [&](const char* type, const std::string& href, const std::string& label) {
        XMLElement* a = add_text_element(add_element(ol, "li"), "a", label);
        a->SetAttribute("epub:type", type);
        a->SetAttribute("href", href.c_str());
        set_lang(a, nav);
    };
    if (!nav.cover_href.empty()) landmark("cover", nav.cover_href, nav.labels.cover);
    landmark("titlepage", nav.title_href, nav.labels.title_page);
    landmark("bodymatter", nav.start_href, nav.labels.start);
    if (!nav.page_list.empty()) write_page_list(body, nav.page_list, nav.language);
    return print_xml(xml);
}

std::string write_ncx(const Navigation& nav) {
    XMLDocument xml;
    xml.InsertEndChild(xml.NewDeclaration());
    XMLElement* ncx = add_element(&xml, "ncx");
    ncx->SetAttribute("xmlns", "http://www.daisy.org/z3986/2005/ncx/");
    ncx->SetAttribute("version", "2005-1");
    ncx->SetAttribute("xml:lang", nav.language.c_str());
    std::vector<TocNode> roots = toc_roots(nav);
    int max_depth = 0;
    for (const TocNode& root : roots) max_depth = std::max(max_depth, depth(root));
    XMLElement* head = add_element(ncx, "head");
    auto meta = [&](const char* name, const std::string& content) {
        XMLElement* m = add_element(head, "meta");
        m->SetAttribute("name", name);
        m->SetAttribute("content", content.c_str());
    };
    meta("dtb:uid", nav.identifier);
    meta("dtb:depth", std::to_string(max_depth));
    meta("dtb:totalPageCount", std::to_string(nav.page_list.size()));
    meta("dtb:maxPageNumber", std::to_string(max_page_number(nav.page_list)));
    add_text_element(add_element(ncx, "docTitle"), "text", nav.title);
    for (const std::string& author : nav.authors)
        if (!author.empty()) add_text_element(add_element(ncx, "docAuthor"), "text", author);
    int order = 1;
    ncx_points(add_element(ncx, "navMap"), roots, order);
    if (!nav.page_list.empty()) write_ncx_page_list(ncx, nav.page_list, nav.language, order);
    return print_xml(xml);
}

}  // namespace galley::epub
