#include "epub/Assembly.hpp"

#include "epub/OcfZip.hpp"
#include "style/Css.hpp"

namespace galley::epub {

namespace {

/// Folder of the publication inside the container; every href below is relative to it.
constexpr const char* kRoot = "EPUB/";

}  // namespace

std::string checked_language(const std::string& language, const std::string& source,
                             Diagnostics& diagnostics) {
    if (is_language_tag(language)) return language;
    if (!language.empty())
        diagnostics.warn(source, 0,
                         "language \"" + language +
                             "\" is not a BCP 47 tag; the EPUB says \"und\" (undetermined)");
    return "und";
}

std::string assemble(Publication& publication, FontEmbedder& embedder,
                     const style::StyleSheet& style, const EpubOptions& options,
                     Diagnostics& diagnostics) {
    Package& package = publication.package;
    const doc::Metadata& meta = package.meta;
    EmbeddedFonts embedded = embedder.finish("../", diagnostics);
    std::string css = style::generate_css(style, embedded.css_fonts, embedded.stacks);

    package.modified = options.timestamp;
    if (!meta.date.empty() && !is_w3c_date(meta.date))
        diagnostics.warn(meta.source, 0,
                         "date \"" + meta.date + "\" is not CCYY[-MM[-DD]]; left out of the EPUB");

    for (const ContentDocument& file : publication.spine)
        package.items.push_back({file.id, file.href, "application/xhtml+xml", "", true});
    package.items.push_back({"nav", "nav.xhtml", "application/xhtml+xml", "nav", false});
    package.items.push_back({"ncx", "toc.ncx", "application/x-dtbncx+xml", "", false});
    package.items.push_back({"css", kStylesheetHref, "text/css", "", false});
    for (std::size_t i = 0; i < embedded.files.size(); ++i)
        package.items.push_back({"font-" + std::to_string(i + 1), embedded.files[i].href,
                                 embedded.files[i].media_type, "", false});
    for (const Resource& resource : publication.resources) package.items.push_back(resource.item);

    std::vector<ZipEntry> entries;
    const std::string opf_path = std::string(kRoot) + "package.opf";
    entries.push_back({opf_path, write_package(package)});
    entries.push_back({kRoot + std::string("nav.xhtml"), std::move(publication.nav_xhtml)});
    entries.push_back({kRoot + std::string("toc.ncx"), std::move(publication.ncx)});
    for (ContentDocument& file : publication.spine)
        entries.push_back({kRoot + file.href, std::move(file.xhtml)});
    entries.push_back({kRoot + std::string(kStylesheetHref), std::move(css)});
    for (EmbeddedFont& font : embedded.files)
        entries.push_back({kRoot + font.href, std::move(font.bytes)});
    for (Resource& resource : publication.resources)
        entries.push_back({kRoot + resource.item.href, std::move(resource.bytes)});
    return write_ocf(opf_path, entries, options.timestamp);
}

}  // namespace galley::epub
