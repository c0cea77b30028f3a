#pragma once

#include <string>
#include <utility>
#include <vector>

#include "doc/Document.hpp"
#include "present/TitleBlock.hpp"

namespace galley::epub {

/// One file of the book as the manifest lists it.
struct ManifestItem {
    std::string id;          ///< manifest id
    std::string href;        ///< path relative to the OPF
    std::string media_type;  ///< "application/xhtml+xml", "font/ttf"...
    std::string properties;  ///< "nav" or empty
    bool in_spine = false;   ///< a content document read in order
};

/// Everything the package document states.
struct Package {
    std::string identifier;           ///< dc:identifier, the unique identifier
    std::string title;                ///< dc:title
    doc::Metadata meta;               ///< authors, date, language, description, publisher, rights
    long long modified = 0;           ///< dcterms:modified, seconds since the epoch
    std::vector<ManifestItem> items;  ///< manifest in order; spine = items with in_spine, in order
    std::string cover_id;  ///< manifest id of the cover image (EPUB 2 meta name="cover"), or ""
    /// dc:contributor entries (name, MARC relator: "aut" for a book's article authors, "edt");
    /// when meta.authors names nobody, the "edt" ones are written as dc:creator instead
    std::vector<std::pair<std::string, std::string>> contributors;
    /// The paginated edition its page-break markers come from (dc:source, source-of pagination),
    /// "" = none
    std::string page_source;
};

using present::is_w3c_date;

/// The EPUB 3 package document (package.opf): metadata (Dublin Core, dcterms:modified,
/// schema.org accessibility), manifest and spine (toc="ncx" when an NCX is listed;
/// page-progression-direction="rtl" when the language is written right to left).
std::string write_package(const Package& package);

}  // namespace galley::epub
