// api: a book job's anthology assembled from its manifest, between the manifest (Manifest.hpp)
// and the book writers (epub::write_book_epub, the PDF book). Every article is read in its own
// language (the manifest entry's `lang`, else what the article states, else the reader's detection)
// with its own metadata overrides; the manifest's `language` is the book's (dc:language, title
// page, colophon). A book is all or nothing.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "api/Manifest.hpp"
#include "base/Diagnostics.hpp"
#include "present/Book.hpp"

namespace galley::api {

/// A book ready to be written: its metadata and its parts of read articles.
struct Book {
    present::BookInfo info;                ///< title, authors, editors, rights, edition, ISBN...
    std::vector<present::BookPart> parts;  ///< the introduction (if any) first, untitled

    /// Every article in reading order (the introduction first). Each one's meta.language is
    /// its own language: the manifest entry's `lang`, else the article's sidecar or header,
    /// else detected from its text; info.meta.language is the book's.
    std::vector<const doc::Document*> articles() const;

    /// Number of articles in all parts.
    std::size_t article_count() const;
};

/// The manifest's cover image (bytes, media type, pixel size); none when it names no cover.
/// Throws Error naming the manifest and its line when the file is unreadable or not a PNG or
/// JPEG image.
present::CoverImage load_cover(const Manifest& manifest);

/// The book metadata the manifest states, with its cover image (no article is read); the
/// language is "en" when the manifest does not state one (assemble_book does better).
present::BookInfo book_info(const Manifest& manifest);

/// Reads every article of `manifest` (and its introduction); a book whose manifest states no
/// language is in the language most of its articles are in. An article that cannot be read
/// throws Error with the article's code, naming the manifest, the line that lists the article,
/// and the reason; warnings go to `diagnostics`.
/// Straight quotes become the marks of `quotes` (a style's [quotes]; empty: galley's own).
Book assemble_book(const Manifest& manifest, Diagnostics& diagnostics,
                   const std::map<std::string, std::u32string>& quotes = {});

}  // namespace galley::api
