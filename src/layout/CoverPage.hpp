// layout: an article's cover page, put before its first page: a cover image filling the page,
// or a typographic cover (the title and the authors set large in the style's own title and
// byline fonts between two rules). Decoration only (artifacts): the title page says it in text.
#pragma once

#include <string>

#include "doc/Document.hpp"
#include "layout/PagedDocument.hpp"
#include "layout/ParagraphBuilder.hpp"
#include "present/PageList.hpp"
#include "style/StyleSheet.hpp"

namespace galley::layout {

/// Label of the cover page (and of its blank back), as a book labels its cover.
inline constexpr const char* kCoverLabel = "Cover";

/// SourcePosition::block of the cover's pages (before the title block's -1).
inline constexpr int kCoverBlock = present::kCoverBlock;

/// The typographic cover of `meta` on a page of `style`'s size, set with `builder`: a document of
/// that one page and the fonts its runs draw with.
PagedDocument typographic_cover(const doc::Metadata& meta, const style::StyleSheet& style,
                                ParagraphBuilder& builder);

/// The cover image `image` (PNG or JPEG bytes, `width` x `height` pixels) filling a page of
/// `style`'s size (cropped by the page's edges when the shapes differ); `image_index` is the
/// index the picture draws in its document's images.
Page image_cover(int width, int height, int image_index, const style::StyleSheet& style);

/// Puts the one page of `cover` (and, two-sided, a blank back so that pages keep their sides)
/// before the pages of `paged`, with the fonts and images it refers to.
void add_cover(PagedDocument& paged, PagedDocument cover, const style::PageStyle& page);

}  // namespace galley::layout
