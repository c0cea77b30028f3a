#include "epub/Page.hpp"

#include "epub/Roles.hpp"
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
    // A cover is an image (doc-cover is allowed on img only): its epub:type goes on the image.
    if (std::string_view(section_type) == "cover") {
        image_type_ = section_type;
        return;
    }
    section_->SetAttribute("epub:type", section_type);
    if (const char* role = aria_role(section_type, "section"); *role)
        section_->SetAttribute("role", role);
}

void Page::line(const char* name, const char* cls, const std::string& text,
                const style::TextStyle& ts) {
    std::string t = one_line(text);
    if (t.empty()) return;
    tinyxml2::XMLElement* e = add_element(section_, name);
    if (*cls) e->SetAttribute("class", cls);
    builder_.text(e, t, {&ts, ts.bold, ts.italic});
}

void Page::image(const std::string& src, const std::string& alt, int width, int height) {
    tinyxml2::XMLElement* img = add_element(section_, "img");
    img->SetAttribute("src", src.c_str());
    img->SetAttribute("alt", one_line(alt).c_str());
    if (!image_type_.empty()) {
        img->SetAttribute("epub:type", image_type_.c_str());
        img->SetAttribute("role", aria_role(image_type_, "img"));
    }
    img->SetAttribute("width", width);
    img->SetAttribute("height", height);
    img->SetAttribute("style",
                      "display:block;margin:0 auto;width:auto;height:auto;max-width:100%;"
                      "max-height:100vh");
}

ContentDocument Page::finish(const std::string& id, const std::string& href) const {
    return {id, href, print_xml(xml_)};
}

}  // namespace galley::epub
