// page: the hand-over of pages to a backend one at a time, so that a backend can write each
// page and free it before the next one exists (issue 14, "streaming").
#pragma once

#include "page/Document.hpp"

namespace galley::page {

/// A consumer of pages in document order. Pages come first, one call each; finish() follows the
/// last. A sink may keep a page it cannot finish yet, but should release what it has written.
class PageSink {
  public:
    virtual ~PageSink() = default;
    /// Takes the next page. `context` holds what pages refer to by index (fonts, structure
    /// elements, images): every entry this page or an earlier one refers to is already there,
    /// and entries never change (later pages may add more). Its `pages` are not read.
    virtual void page(Page&& page, const Document& context) = 0;
    /// After the last page: `document` holds every font, structure element, image and the
    /// outline (outline entries and internal links may point at any page). Its `pages` are not
    /// read.
    virtual void finish(const Document& document) = 0;
};

/// Hands `document`'s pages to `sink` in order, each released from `document` once taken, then
/// calls finish(); `document.pages` is left empty.
void send(Document&& document, PageSink& sink);

/// Hands copies of `document`'s pages to `sink` in order (one copy alive at a time), then
/// calls finish().
void send(const Document& document, PageSink& sink);

}  // namespace galley::page
