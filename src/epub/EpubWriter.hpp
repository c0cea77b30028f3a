// epub: the e-book backend; sees the document model, never the layout.
//   doc::Document + style::StyleSheet + text::FontCatalog → write_epub() → EPUB 3 bytes
//   (XHTML chapter, nav.xhtml, toc.ncx, OPF, CSS from the style, subset fonts, libzip OCF).
// Inside: XhtmlWriter + BodyBuilder (title page and article XHTML, split past ~250 KB at
// headings), NavWriter (nav.xhtml, toc.ncx), PackageWriter (package.opf), FontEmbedder (the
// faces text::FontCatalog picks for each character, subset), Accessibility (what may be claimed),
// OcfZip (the container). What the book says about the article (title block, identifier,
// localised labels) comes from present/, which the PDF reads too.
// Layout: mimetype, META-INF/container.xml, EPUB/{package.opf, nav.xhtml, toc.ncx, title.xhtml,
// article[-N].xhtml, styles/styles.css, fonts/*}.
#pragma once

#include <string>

#include "base/Diagnostics.hpp"
#include "doc/Document.hpp"
#include "present/CoverImage.hpp"
#include "present/PageList.hpp"
#include "style/StyleSheet.hpp"
#include "text/FontCatalog.hpp"

namespace galley::epub {

/// Options that make output explicit and reproducible.
struct EpubOptions {
    long long timestamp = 0;  ///< dcterms:modified and zip entry times, seconds since the epoch
    /// The print pages to mark (page-break markers, a page-list, the pagination source), or null.
    const present::PageList* page_list = nullptr;
    /// The cover image (a cover-image item on a cover page first in reading order), or null.
    const present::CoverImage* cover = nullptr;
    /// The cover's text alternative ("" = the title).
    std::string cover_alt;
    /// The publication identifier ("" = present::publication_identifier of the document alone);
    /// a job passes the one its PDF states too.
    std::string identifier;
};

/// True when `tag` has the shape of a BCP 47 language tag ("en", "zh-Hans", "de-CH-1996").
bool is_language_tag(const std::string& tag);

/// Builds the EPUB for one article and returns the zip's bytes. Throws Error on failure.
std::string write_epub(const doc::Document& document, const style::StyleSheet& style,
                       const text::FontCatalog& fonts, const EpubOptions& options,
                       Diagnostics& diagnostics);

}  // namespace galley::epub
