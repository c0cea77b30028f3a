// layout, books: an anthology as one paged document (the PDF book of issue 5).
//   present::BookInfo + present::BookParts + StyleSheet + FontCatalog → layout_book()
//   → PagedDocument → pdf::write_pdf(). What the book's own pages say (title page, colophon,
//   labels) is present::book_front_matter(), as in the EPUB book.
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
#include "present/Book.hpp"
#include "style/StyleSheet.hpp"
#include "text/FontCatalog.hpp"

namespace galley::layout {

/// Lays the whole book out. Warnings (uncovered characters, overfull lines) go to `diagnostics`
/// under each article's source name; throws Error(InputInvalid) when the book has no article.
PagedDocument layout_book(const present::BookInfo& info,
                          const std::vector<present::BookPart>& parts,
                          const style::StyleSheet& style, const text::FontCatalog& fonts,
                          Diagnostics& diagnostics);

/// Lower-case roman numeral of `n` (1 → "i", 14 → "xiv"); empty for n < 1.
std::string roman(int n);

}  // namespace galley::layout
