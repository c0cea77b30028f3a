// page: the finished, closed result of laying a document out — pages plus what they refer to by
// index (fonts, structure elements, images) and the outline. Written by layout/, read by the page
// backends (pdf/, later previews); see page/PageModel.hpp.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "page/FontTable.hpp"
#include "page/Page.hpp"

namespace galley::page {

/// An outline (bookmark) entry.
struct OutlineEntry {
    std::string title;  ///< text shown in the viewer's outline
    int level = 0;      ///< 0 = top (article title), 1 = heading level 1, ...
    int page = 0;       ///< 0-based page index
    double y = 0;       ///< top of the target on the page (points from the top)
};

/// A structure element for tagged PDF ("H1", "P", "L", "LI", "BlockQuote"...).
struct StructureElement {
    /// An element of `role` under `parent`, in language `lang` ("" = the document's), with the
    /// alternate description `alt` (figures). A constructor, so `{role, parent, lang}` stays valid.
    StructureElement(std::string role = {}, int parent = -1, std::string lang = {},
                     std::string alt = {})
        : role(std::move(role)), parent(parent), lang(std::move(lang)), alt(std::move(alt)) {}

    std::string role;  ///< standard structure type
    int parent = -1;   ///< index of the parent element, -1 = the document root
    std::string lang;  ///< BCP 47 language when it differs from the document's, else empty
    std::string alt;   ///< alternate description (/Alt) of a "Figure", else empty
};

/// The laid-out document. Pages refer to `fonts`, `structure` and `images` by index; those lists
/// only grow, so pages can be handed to a PageSink one by one while the rest is still filled in.
struct Document {
    std::vector<Page> pages;                  ///< in order
    FontTable fonts;                          ///< the faces glyph runs draw with
    std::vector<OutlineEntry> outline;        ///< in document order
    std::vector<StructureElement> structure;  ///< in document order
    std::vector<std::string> images;          ///< PNG or JPEG files that pictures draw
};

/// A readable text dump of the pages for golden tests: per page its size and label, per run the
/// face, size, origin, glyph ids and x positions, per line its adjustment ratio.
std::string dump(const Document& paged);

/// Appends `part`'s pages, outline, structure, images and fonts to `whole`: its structure, image
/// and font indices are shifted onto `whole`'s (a font both use keeps `whole`'s entry), its
/// top-level elements hang under `parent` (-1 = the root), its outline levels are raised by
/// `outline_shift` and its outline pages shifted past `whole`'s.
void append(Document& whole, Document&& part, int parent, int outline_shift);

}  // namespace galley::page
