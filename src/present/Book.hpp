// present: what an anthology says about itself, for both outputs.
//   BookInfo + BookParts (from book/'s manifest) → book_front_matter(), book_identifier()
// The EPUB book (epub::write_book_epub) and the PDF book (layout::layout_book) take the same
// BookInfo and parts and read their title page, colophon, labels and identifier from here.
#pragma once

#include <string>
#include <vector>

#include "doc/Document.hpp"
#include "present/CoverImage.hpp"
#include "present/Labels.hpp"
#include "present/TitleBlock.hpp"

namespace galley::present {

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
/// ContentDigest of the title, the part titles and every article (the same book always gets the
/// same identifier).
std::string book_identifier(const BookInfo& info, const std::vector<BookPart>& parts);

/// What the book's own pages say: its title page and colophon, in the book's language.
struct BookFrontMatter {
    Labels labels;                      ///< the fixed words, in the book's language
    std::string title;                  ///< the book's title (half-title, heads, navigation)
    std::string identifier;             ///< book_identifier()
    TitleBlock title_page;              ///< title, subtitle, byline, editors, publisher
    std::vector<std::string> colophon;  ///< the colophon's lines, in order
};

/// The front matter of the book of `info` and `parts`.
BookFrontMatter book_front_matter(const BookInfo& info, const std::vector<BookPart>& parts);

}  // namespace galley::present
