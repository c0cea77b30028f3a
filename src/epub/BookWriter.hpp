// epub, books: an anthology of articles as one EPUB (issue 5). Reuses the single-article code
// (XhtmlWriter, NavWriter, PackageWriter, FontEmbedder, Assembly) and adds the book's own pages:
// a title page, a page per titled part and a colophon. Knows nothing of manifests (src/book).
// Layout: EPUB/{package.opf, nav.xhtml, toc.ncx, cover.xhtml (with a cover), title.xhtml,
// part-N.xhtml, aNNN[-K].xhtml (one or more files per article), colophon.xhtml, styles/, fonts/,
// images/cover.png|jpg}. Every article file has its own article's lang/xml:lang and dir.
#pragma once

#include <string>
#include <vector>

#include "base/Diagnostics.hpp"
#include "doc/Document.hpp"
#include "epub/CoverImage.hpp"
#include "epub/EpubWriter.hpp"
#include "style/StyleSheet.hpp"
#include "text/FontCatalog.hpp"

namespace galley::epub {

/// What a book states about itself beyond doc::Metadata.
struct BookInfo {
    doc::Metadata meta;                ///< title, subtitle, authors, language, date, publisher...
    std::vector<std::string> editors;  ///< shown on the title page; dc:contributor (edt)
    std::string edition;               ///< shown in the colophon, may be empty
    std::string isbn;                  ///< shown in the colophon; the identifier when none is given
    CoverImage cover;                  ///< the cover image; none when !cover.present()
};

/// A group of articles; an empty title means no part page and no part level in the contents.
struct BookPart {
    std::string title;                    ///< the part's title
    std::vector<doc::Document> articles;  ///< in reading order
};

/// The identifier of the book: meta.identifier, else "urn:isbn:" + isbn, else a UUID v5 of the
/// title and every article's content (the same book always gets the same identifier).
std::string book_identifier(const BookInfo& info, const std::vector<BookPart>& parts);

/// Builds the EPUB of a whole book and returns the zip's bytes; throws Error on failure
/// (Error(InputInvalid) when the book has no article).
std::string write_book_epub(const BookInfo& info, const std::vector<BookPart>& parts,
                            const style::StyleSheet& style, const text::FontCatalog& fonts,
                            const EpubOptions& options, Diagnostics& diagnostics);

}  // namespace galley::epub
