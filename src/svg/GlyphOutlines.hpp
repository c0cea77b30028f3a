// svg (internal): glyph outlines as SVG path data, read with FreeType from the font files a
// page model's FontTable names. One per SVG document; not thread-safe.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <utility>

#include "page/FontTable.hpp"

namespace galley::svg {

/// Outlines of the glyphs of a FontTable's fonts, in font units (y up).
class GlyphOutlines {
  public:
    GlyphOutlines();
    ~GlyphOutlines();
    GlyphOutlines(const GlyphOutlines&) = delete;
    GlyphOutlines& operator=(const GlyphOutlines&) = delete;

    /// Units per em of `font` (loading it on first use). Throws Error(Font).
    unsigned units_per_em(const page::Font& font, int index);
    /// SVG path data ("M0 0L10 0...Z") of glyph `gid` of `font` (table index `index`), in font
    /// units with y up; "" for a glyph without outline (a space). Throws Error(Font).
    std::string path(const page::Font& font, int index, unsigned gid);

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace galley::svg
