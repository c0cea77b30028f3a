// layout: the typesetter, between the document model and the PDF writer.
//   doc::Document + style::StyleSheet + text::FontCatalog → layout_document() → PagedDocument.
// Paragraphs go through four stages (StyledText: collect; ParagraphBuilder: prepare with shaped
// words and Knuth–Plass items, break with break_lines; LineSetter: finalize), DocumentFlow picks
// each block's style and structure, PageBuilder flows lines into pages, RunningHead adds heads.
#pragma once

#include "base/Diagnostics.hpp"
#include "doc/Document.hpp"
#include "layout/PagedDocument.hpp"
#include "layout/ParagraphBuilder.hpp"
#include "page/PageSink.hpp"
#include "style/StyleSheet.hpp"
#include "text/FontCatalog.hpp"

namespace galley::layout {

/// Lays a whole article out into pages: title block on page 1, paragraphs set with Knuth–Plass,
/// headings kept with what follows, widows/orphans avoided, running heads and folios.
/// Warnings (uncovered characters, overfull lines) go to `diagnostics`.
PagedDocument layout_document(const doc::Document& document, const style::StyleSheet& style,
                              const text::FontCatalog& fonts, Diagnostics& diagnostics);

/// Lays the article out as above, handing each page (heads and folios on it) to `sink` as soon as
/// nothing later can change it, then calls sink.finish(): pages are placed while paragraphs are
/// still being set, with a look-ahead of a few pages, so memory does not grow with the article.
/// An article with notes (set after the body, their links resolved at the end) is laid out
/// whole, then handed over.
void layout_document(const doc::Document& document, const style::StyleSheet& style,
                     const text::FontCatalog& fonts, Diagnostics& diagnostics,
                     page::PageSink& sink);

/// The pages of one article without running heads or folios (labels "1", "2"...), set by
/// `builder`: what layout_document and layout_book share. Page 1 is a right-hand page; its
/// first block starts `sink` points lower than the title's own space above it.
PagedDocument layout_article(const doc::Document& document, const style::StyleSheet& style,
                             ParagraphBuilder& builder, double sink = 0);

}  // namespace galley::layout
