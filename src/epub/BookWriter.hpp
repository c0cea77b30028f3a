// epub, books: an anthology of articles as one EPUB (issue 5). Reuses the single-article code
// (XhtmlWriter, NavWriter, PackageWriter, FontEmbedder, Assembly) and adds the book's own pages:
// a title page, a page per titled part and a colophon, each saying what present::book_front_matter
// says (the PDF book says the same). Knows nothing of manifests (src/book).
// Layout: EPUB/{package.opf, nav.xhtml, toc.ncx, cover.xhtml (with a cover), title.xhtml,
// part-N.xhtml, aNNN[-K].xhtml (one or more files per article), colophon.xhtml, styles/, fonts/,
// images/cover.png|jpg}. Every article file has its own article's lang/xml:lang and dir.
#pragma once

#include <string>
#include <vector>

#include "base/Diagnostics.hpp"
#include "doc/Document.hpp"
#include "epub/EpubWriter.hpp"
#include "present/Book.hpp"
#include "style/StyleSheet.hpp"
#include "text/FontCatalog.hpp"

namespace galley::epub {

/// Builds the EPUB of a whole book and returns the zip's bytes; throws Error on failure
/// (Error(InputInvalid) when the book has no article).
std::string write_book_epub(const present::BookInfo& info,
                            const std::vector<present::BookPart>& parts,
                            const style::StyleSheet& style, const text::FontCatalog& fonts,
                            const EpubOptions& options, Diagnostics& diagnostics);

}  // namespace galley::epub
