#include "epub/PackageWriter.hpp"

#include "base/File.hpp"
#include "epub/Accessibility.hpp"
#include "epub/Xml.hpp"

namespace galley::epub {

using tinyxml2::XMLDocument;
using tinyxml2::XMLElement;

std::string write_package(const Package& p) {
    const doc::Metadata& m = p.meta;
    XMLDocument xml;
    xml.InsertEndChild(xml.NewDeclaration());
    XMLElement* package = add_element(&xml, "package");
    package->SetAttribute("xmlns", "http://www.idpf.org/2007/opf");
    package->SetAttribute("version", "3.0");
    package->SetAttribute("unique-identifier", "pub-id");
    package->SetAttribute("xml:lang", m.language.c_str());
    package->SetAttribute("dir", doc::direction_of(m.language).c_str());

    XMLElement* metadata = add_element(package, "metadata");
    metadata->SetAttribute("xmlns:dc", "http://purl.org/dc/elements/1.1/");
    add_text_element(metadata, "dc:identifier", p.identifier)->SetAttribute("id", "pub-id");
    add_text_element(metadata, "dc:title", p.title)->SetAttribute("id", "pub-title");
    add_text_element(metadata, "dc:language", m.language);
    auto meta = [&](const char* property, const std::string& value) {
        XMLElement* e = add_text_element(metadata, "meta", value);
        e->SetAttribute("property", property);
        return e;
    };
    // A creator or contributor with its MARC relator role.
    auto person = [&](const char* element, const std::string& id, const std::string& name,
                      const std::string& relator) {
        add_text_element(metadata, element, name)->SetAttribute("id", id.c_str());
        XMLElement* role = meta("role", relator);
        role->SetAttribute("refines", ("#" + id).c_str());
        role->SetAttribute("scheme", "marc:relators");
    };
    int n = 0;
    for (const std::string& author : m.authors)
        if (!author.empty()) person("dc:creator", "creator-" + std::to_string(++n), author, "aut");
    // Without an author, the editors are the book's creators (role edt): reading systems and
    // converters that show only dc:creator (Calibre, Kindle) then name them, not "Unknown".
    const bool editors_create = n == 0;
    if (editors_create)
        for (const auto& [name, relator] : p.contributors)
            if (!name.empty() && relator == "edt")
                person("dc:creator", "creator-" + std::to_string(++n), name, relator);
    n = 0;
    for (const auto& [name, relator] : p.contributors)
        if (!name.empty() && !(editors_create && relator == "edt"))
            person("dc:contributor", "contributor-" + std::to_string(++n), name, relator);
    if (is_w3c_date(m.date)) add_text_element(metadata, "dc:date", m.date);
    if (!m.description.empty()) add_text_element(metadata, "dc:description", m.description);
    for (const std::string& keyword : m.keywords) add_text_element(metadata, "dc:subject", keyword);
    if (!m.publisher.empty()) add_text_element(metadata, "dc:publisher", m.publisher);
    if (!m.rights.empty()) add_text_element(metadata, "dc:rights", m.rights);
    meta("dcterms:modified", format_utc(p.modified));
    if (!p.cover_id.empty()) {  // for EPUB 2 reading systems
        XMLElement* cover = add_element(metadata, "meta");
        cover->SetAttribute("name", "cover");
        cover->SetAttribute("content", p.cover_id.c_str());
    }

    bool figures = false;  // images besides the cover: figures (epub/FigureWriter)
    for (const ManifestItem& item : p.items)
        figures = figures || (item.media_type.rfind("image/", 0) == 0 && item.id != p.cover_id);
    for (const auto& [property, value] : accessibility_metadata(!p.cover_id.empty(), figures))
        meta(property.c_str(), value);
    if (!p.page_source.empty()) {  // print page numbers: the markers, the page-list, their source
        meta("schema:accessibilityFeature", "pageBreakMarkers");
        meta("schema:accessibilityFeature", "pageNavigation");
        // The EPUB 3.2 form (dc:source refined by source-of "pagination"): EPUB 3.3's successor,
        // the pageBreakSource property, is still incubating and Debian 12's epubcheck (4.2.6)
        // rejects it, with or without the a11y: prefix.
        add_text_element(metadata, "dc:source", p.page_source)->SetAttribute("id", "page-source");
        meta("source-of", "pagination")->SetAttribute("refines", "#page-source");
    }

    XMLElement* manifest = add_element(package, "manifest");
    bool has_ncx = false;
    for (const ManifestItem& item : p.items) {
        XMLElement* e = add_element(manifest, "item");
        e->SetAttribute("id", item.id.c_str());
        e->SetAttribute("href", item.href.c_str());
        e->SetAttribute("media-type", item.media_type.c_str());
        if (!item.properties.empty()) e->SetAttribute("properties", item.properties.c_str());
        if (item.media_type == "application/x-dtbncx+xml") has_ncx = true;
    }
    XMLElement* spine = add_element(package, "spine");
    if (doc::direction_of(m.language) == "rtl")
        spine->SetAttribute("page-progression-direction", "rtl");
    for (const ManifestItem& item : p.items) {
        if (item.media_type == "application/x-dtbncx+xml" && has_ncx)
            spine->SetAttribute("toc", item.id.c_str());
        if (item.in_spine) add_element(spine, "itemref")->SetAttribute("idref", item.id.c_str());
    }
    return print_xml(xml);
}

}  // namespace galley::epub
