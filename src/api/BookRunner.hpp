// api: a book job's work (galley::api::make_book, `galley book`): an assembled book (Book.hpp)
// into its outputs, the EPUB through epub::write_book_epub, the PDF through layout::layout_book
// and pdf::write_pdf; both take the same present::BookInfo and parts.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "api/Book.hpp"
#include "api/Manifest.hpp"
#include "base/Diagnostics.hpp"
#include "layout/BookLayout.hpp"
#include "style/StyleSheet.hpp"
#include "text/FontCatalog.hpp"

namespace galley::api {

/// Makes the book of `manifest` into every output (.epub or .pdf, by extension), all or nothing:
/// each is built in memory, then all are written atomically; on failure none of them exists
/// afterwards. An output that is one of the book's inputs (manifest, article, sidecar, cover,
/// introduction) is refused first, touching nothing (Error(Usage)). Returns the number of
/// articles. Throws Error naming the manifest. The EPUB marks the print pages (issue 15) of
/// the PDF made beside it, else of `page_source` when set: the style's own name for `style`
/// itself, another name or file for that style (laid out for the EPUB alone).
/// `timestamp` (unset: output_timestamp of the manifest's date) dates every output.
std::size_t run_book(const Manifest& manifest, const std::vector<std::filesystem::path>& outputs,
                     const style::StyleSheet& style, const text::FontCatalog& fonts,
                     Diagnostics& diagnostics, const std::string& page_source = "",
                     std::optional<std::int64_t> timestamp = std::nullopt);

/// The style a book job names: `job_style` when set, else the manifest's `style` (a file
/// relative to the manifest when one exists there, else a built-in name; "" when it names none).
/// Throws Error(InputInvalid) naming the manifest when that file lies outside the manifest's
/// folder and `allow_outside` is false.
std::string book_style_ref(const Manifest& manifest, const std::string& job_style,
                           bool allow_outside);

}  // namespace galley::api
