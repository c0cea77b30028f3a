#include "epub/EpubWriter.hpp"

#include <regex>

#include "epub/Accessibility.hpp"
#include "epub/FontEmbedder.hpp"
#include "epub/Identifier.hpp"
#include "epub/Labels.hpp"
#include "epub/NavWriter.hpp"
#include "epub/OcfZip.hpp"
#include "epub/PackageWriter.hpp"
#include "epub/XhtmlWriter.hpp"
#include "style/Css.hpp"

namespace galley::epub {

namespace {

/// Folder of the publication inside the container; every href below is relative to it.
constexpr const char* kRoot = "EPUB/";

/// True unless the stylesheet takes away the underline reading systems give links by default
/// (an `a` rule with text-decoration: none).
bool css_underlines_links(const std::string& css) {
    static const std::regex rule(
        R"re((^|[},\s])a\s*(,[^{]*)?\{[^}]*text-decoration(-line)?\s*:\s*none)re");
    return !std::regex_search(css, rule);
}

}  // namespace

bool is_language_tag(const std::string& tag) {
    static const std::regex syntax("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");
    return std::regex_match(tag, syntax);
}

std::string write_epub(const doc::Document& input, const style::StyleSheet& style,
                       text::FontSet& fonts, const EpubOptions& options, Diagnostics& diagnostics) {
    // Every content document needs a well-formed language tag; the reader always sets one,
    // but a tag from the command line may be malformed.
    doc::Document fallback;
    const doc::Document* document = &input;
    if (!is_language_tag(input.meta.language)) {
        if (!input.meta.language.empty())
            diagnostics.warn(input.meta.source, 0,
                             "language \"" + input.meta.language +
                                 "\" is not a BCP 47 tag; the EPUB says \"und\" (undetermined)");
        fallback = input;
        fallback.meta.language = "und";
        document = &fallback;
    }
    const doc::Metadata& meta = document->meta;
    std::string identifier = publication_identifier(*document);
    Labels labels = labels_for(meta.language);

    FontEmbedder embedder(fonts);
    TextObserver observer = [&](std::string_view text, const style::TextStyle& ts, bool bold,
                                bool italic) { embedder.add(text, ts, bold, italic); };

    XhtmlWriter xhtml(*document, style, observer, diagnostics);
    ContentDocument title_page = xhtml.title_page(labels);
    std::vector<TocEntry> headings;
    std::vector<ContentDocument> article = xhtml.article(headings);

    Navigation nav{identifier,      display_title(meta),  meta.authors, meta.language,
                   title_page.href, article.front().href, headings,     labels};
    std::string nav_xhtml = write_nav(nav, style, observer);
    std::string ncx = write_ncx(nav);

    EmbeddedFonts embedded = embedder.finish("../", diagnostics, meta.source);
    std::string css = style::generate_css(style, embedded.css_fonts, embedded.stacks);

    Package package;
    package.identifier = identifier;
    package.title = nav.title;
    package.meta = meta;
    package.modified = options.timestamp;
    package.conforms_to = conformance_claim(style, css_underlines_links(css));
    if (!meta.date.empty() && !is_w3c_date(meta.date))
        diagnostics.warn(meta.source, 0,
                         "date \"" + meta.date + "\" is not CCYY[-MM[-DD]]; left out of the EPUB");

    std::vector<ZipEntry> entries;
    package.items.push_back({title_page.id, title_page.href, "application/xhtml+xml", "", true});
    for (const ContentDocument& file : article)
        package.items.push_back({file.id, file.href, "application/xhtml+xml", "", true});
    package.items.push_back({"nav", "nav.xhtml", "application/xhtml+xml", "nav", false});
    package.items.push_back({"ncx", "toc.ncx", "application/x-dtbncx+xml", "", false});
    package.items.push_back({"css", kStylesheetHref, "text/css", "", false});
    for (std::size_t i = 0; i < embedded.files.size(); ++i)
        package.items.push_back({"font-" + std::to_string(i + 1), embedded.files[i].href,
                                 embedded.files[i].media_type, "", false});

    const std::string opf_path = std::string(kRoot) + "package.opf";
    entries.push_back({opf_path, write_package(package)});
    entries.push_back({kRoot + std::string("nav.xhtml"), std::move(nav_xhtml)});
    entries.push_back({kRoot + std::string("toc.ncx"), std::move(ncx)});
    entries.push_back({kRoot + title_page.href, std::move(title_page.xhtml)});
    for (ContentDocument& file : article)
        entries.push_back({kRoot + file.href, std::move(file.xhtml)});
    entries.push_back({kRoot + std::string(kStylesheetHref), std::move(css)});
    for (EmbeddedFont& font : embedded.files)
        entries.push_back({kRoot + font.href, std::move(font.bytes)});
    return write_ocf(opf_path, entries, options.timestamp);
}

}  // namespace galley::epub
