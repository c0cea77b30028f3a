#include "epub/Page.hpp"

#include "epub/Xml.hpp"

namespace galley::epub {

Page::Page(const std::string& language, const std::string& title, const char* body_type,
           const char* section_type, const char* section_class, const style::StyleSheet& style,
           const TextObserver& observer)
    : builder_(style, observer) {
    tinyxml2::XMLElement* body = new_xhtml(xml_, language, title, kStylesheetHref);
    body->SetAttribute("epub:type", body_type);
    section_ = add_element(body, "section");
    section_->SetAttribute("class", section_class);
    section_->SetAttribute("epub:type", section_type);
}

void Page::line(const char* name, const char* cls, const std::string& text,
                const style::TextStyle& ts) {
    std::string t = one_line(text);
    if (t.empty()) return;
    tinyxml2::XMLElement* e = add_element(section_, name);
    if (*cls) e->SetAttribute("class", cls);
    builder_.text(e, t, {&ts, ts.bold, ts.italic});
}

ContentDocument Page::finish(const std::string& id, const std::string& href) const {
    return {id, href, print_xml(xml_)};
}

}  // namespace galley::epub
