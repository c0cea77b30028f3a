// raster: a laid-out page drawn as pixels, for what wants a picture of a page rather than its
// vectors (an article's generated cover, as the EPUB's cover image). FreeType rasterises the
// glyphs (anti-aliased, unhinted, at their exact positions), rules are filled with their
// coverage, libpng writes the result. Reads only the page model (page/), as pdf/ and svg/ do;
// faces are opened from the files its font table names.
#pragma once

#include <string>

#include "page/PageModel.hpp"

namespace galley::raster {

/// `page`'s glyph runs (in the faces `fonts`, its document's table, names) and rules drawn on white
/// at `width` pixels across (the height in the page's proportion), as an 8-bit RGB PNG with no time
/// or text chunks: the same page gives the same bytes. Pictures and link areas are not drawn.
/// Throws Error(Internal) when FreeType or libpng fails.
std::string render_png(const page::Page& page, const page::FontTable& fonts, int width);

}  // namespace galley::raster
