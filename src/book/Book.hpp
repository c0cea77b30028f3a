// book: an anthology assembled from its manifest, between the manifest (Manifest.hpp) and the
// book writers (epub::write_book_epub; the PDF book is not implemented yet). Every article is
// read with the manifest's language and its own metadata overrides; a book is all or nothing.
#pragma once

#include <vector>

#include "base/Diagnostics.hpp"
#include "book/Manifest.hpp"
#include "epub/BookWriter.hpp"

namespace galley::book {

/// A book ready to be written: its metadata and its parts of read articles.
struct Book {
    epub::BookInfo info;                ///< title, authors, editors, rights, edition, ISBN...
    std::vector<epub::BookPart> parts;  ///< the introduction (if any) first, untitled

    /// Number of articles in all parts.
    std::size_t article_count() const;
};

/// The book metadata the manifest states (no article is read).
epub::BookInfo book_info(const Manifest& manifest);

/// Reads every article of `manifest` (and its introduction). An article that cannot be read
/// throws Error with the article's code, naming the manifest, the line that lists the article,
/// and the reason; warnings go to `diagnostics`.
Book assemble_book(const Manifest& manifest, Diagnostics& diagnostics);

}  // namespace galley::book
