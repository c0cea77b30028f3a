#include "epub/FigureWriter.hpp"

#include "epub/BodyBuilder.hpp"
#include "epub/Xml.hpp"
#include "present/Labels.hpp"

namespace galley::epub {

using tinyxml2::XMLElement;
using tinyxml2::XMLNode;

std::string figure_image_href(const std::string& name, std::size_t index, const doc::Image& image) {
    return "images/" + name + "-fig-" + std::to_string(index + 1) +
           (image.format == "png" ? ".png" : ".jpg");
}

std::vector<Resource> figure_resources(const doc::Document& document, const std::string& name) {
    std::vector<Resource> out;
    for (std::size_t i = 0; i < document.images.size(); ++i) {
        const doc::Image& image = document.images[i];
        ManifestItem item;
        item.id = name + "-fig-" + std::to_string(i + 1);
        item.href = figure_image_href(name, i, image);
        item.media_type = image.format == "png" ? "image/png" : "image/jpeg";
        out.push_back({std::move(item), image.bytes});
    }
    return out;
}

void BodyBuilder::figure(XMLNode* parent, const doc::Figure& f) {
    if (images_ == nullptr || f.image >= images_->size()) return;
    const doc::Image& image = (*images_)[f.image];
    XMLElement* figure = add_element(parent, "figure");
    figure->SetAttribute("class", "figure");
    XMLElement* img = add_element(figure, "img");
    img->SetAttribute("src", figure_image_href(image_name_, f.image, image).c_str());
    img->SetAttribute("alt", xml_clean(f.alt, &removed_).c_str());
    img->SetAttribute("width", image.width);
    img->SetAttribute("height", image.height);
    if (f.caption.empty() && f.credit.empty()) return;
    const style::TextStyle& fs = style_.figure;
    XMLElement* caption = add_element(figure, "figcaption");
    if (!f.caption.empty() && style_.figure_numbered) {  // present::figure_label's rule
        XMLElement* label = add_element(caption, "span");
        label->SetAttribute("class", "figure-label");
        text(label, present::figure_label(present::labels_for(figure_language_), ++figures_),
             {&fs, fs.bold, fs.italic});
    }
    inlines(caption, f.caption, {&fs, fs.bold, fs.italic});
    if (!f.credit.empty()) {
        if (!f.caption.empty()) add_element(caption, "br");  // the credit on a line of its own
        XMLElement* credit = add_element(caption, "span");
        credit->SetAttribute("class", "credit");
        text(credit, f.credit, {&fs, fs.bold, false});
    }
}

}  // namespace galley::epub
