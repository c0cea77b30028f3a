// layout, books: an anthology as one paged document (the PDF book of issue 5).
//   BookContent (book metadata + parts of read articles) + StyleSheet + FontCatalog → layout_book()
//   → PagedDocument → pdf::write_pdf().
// An optional cover page (label "Cover") comes first, then front matter (half-title, title page,
// colophon, contents) with roman page labels; the body is
// numbered from 1. Each part and each article opens a new page (a right-hand one in two-sided
// styles, a blank left-hand page filling in); running heads carry the book title on left pages
// and the article title on right pages (on every page in one-sided styles); the outline nests
// articles under their parts.
#pragma once

#include <string>
#include <vector>

#include "base/Diagnostics.hpp"
#include "doc/Document.hpp"
#include "layout/PagedDocument.hpp"
#include "style/StyleSheet.hpp"
#include "text/FontCatalog.hpp"

namespace galley::layout {

/// A group of articles; an empty title means no part page and no part level in the outline.
struct BookSection {
    std::string title;                           ///< the part's title
    std::vector<const doc::Document*> articles;  ///< in reading order (not owned)
};

/// What the PDF book is made of.
struct BookContent {
    doc::Metadata meta;                ///< title, subtitle, authors, language, publisher, rights
    std::vector<std::string> editors;  ///< "Edited by" on the title page
    std::string edition;               ///< in the colophon, may be empty
    std::string isbn;                  ///< in the colophon, may be empty
    std::vector<BookSection> parts;    ///< in order
    std::string contents_label = "Contents";  ///< heading of the contents, in the book's language
    std::string cover;  ///< a PNG or JPEG cover image filling the first page; empty = none
};

/// Lays the whole book out. Warnings (uncovered characters, overfull lines) go to `diagnostics`
/// under each article's source name; throws Error(InputInvalid) when the book has no article.
PagedDocument layout_book(const BookContent& book, const style::StyleSheet& style,
                          const text::FontCatalog& fonts, Diagnostics& diagnostics);

/// Lower-case roman numeral of `n` (1 → "i", 14 → "xiv"); empty for n < 1.
std::string roman(int n);

}  // namespace galley::layout
