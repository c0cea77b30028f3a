// book: the last step of `galley book`: an assembled book (Book.hpp) into its outputs, the EPUB
// through epub::write_book_epub, the PDF through layout::layout_book and pdf::write_pdf; both
// take the same present::BookInfo and parts.
#pragma once

#include <filesystem>
#include <vector>

#include "base/Diagnostics.hpp"
#include "book/Book.hpp"
#include "book/Manifest.hpp"
#include "layout/BookLayout.hpp"
#include "style/StyleSheet.hpp"
#include "text/FontCatalog.hpp"

namespace galley::book {

/// Makes the book of `manifest` into every output (.epub or .pdf, by extension), all or nothing:
/// each is built in memory, then all are written atomically; on failure none of them exists
/// afterwards. An output that is one of the book's inputs (manifest, article, sidecar, cover,
/// introduction) is refused first, touching nothing (Error(Usage)). Returns the number of
/// articles. Throws Error naming the manifest. The EPUB marks the print pages (issue 15) of
/// the PDF made beside it, else of `page_source` when set: the style's own name for `style`
/// itself, another name or file for that style (laid out for the EPUB alone).
std::size_t make_book(const Manifest& manifest, const std::vector<std::filesystem::path>& outputs,
                      const style::StyleSheet& style, const text::FontCatalog& fonts,
                      Diagnostics& diagnostics, const std::string& page_source = "");

}  // namespace galley::book
