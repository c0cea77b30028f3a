#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "text/FontCatalog.hpp"
#include "text/GlyphUse.hpp"

namespace galley::text {

/// One positioned glyph; all numbers in font units of its run's face.
struct ShapedGlyph {
    std::uint32_t gid = 0;       ///< glyph id in the face
    std::int32_t x_advance = 0;  ///< pen advance after this glyph
    std::int32_t x_offset = 0;   ///< horizontal displacement from the pen (marks, kerning)
    std::int32_t y_offset = 0;   ///< vertical displacement (marks)
    std::uint32_t cluster = 0;   ///< byte offset of the glyph's cluster in the run's text
};

/// A run of text in one face, one script and one direction, shaped by HarfBuzz.
/// Glyphs are in visual order (left to right) as HarfBuzz returns them.
struct ShapedRun {
    const FontFace* face = nullptr;   ///< the face shaped with (never null)
    std::string text;                 ///< the run's UTF-8 text (clusters index into it)
    bool rtl = false;                 ///< right-to-left run
    std::uint8_t level = 0;           ///< bidi embedding level (odd = rtl), for visual reordering
    std::vector<ShapedGlyph> glyphs;  ///< positioned glyphs
    /// Total advance in font units.
    std::int64_t advance() const;
};

/// What to shape with: family and face style, BCP 47 language (for locl forms and shaping).
struct ShapeRequest {
    std::string family = "serif";  ///< family resolved by FontCatalog
    bool bold = false;             ///< bold face
    bool italic = false;           ///< italic face
    std::string language = "en";   ///< BCP 47 language
};

/// Shapes a piece of text (one word or a whole line) into runs: split by script, bidi level and
/// covering face, each run shaped by HarfBuzz with kerning and ligatures. Runs come in logical
/// order (reorder them per line by `level`, UAX #9 rule L2). A character no font covers is
/// recorded in the output's GlyphUse (with `file`) and drawn with .notdef of the primary face.
/// Results are cached per (text, request) — a pure function of both, as the catalog's fallback
/// is — so shaping the same word twice costs one hash lookup. Not thread-safe: one Shaper per
/// output (the catalog behind it is shared).
class Shaper {
  public:
    /// A shaper drawing from `fonts`, recording missing characters in `use` (both borrowed; they
    /// must outlive the shaper).
    Shaper(const FontCatalog& fonts, GlyphUse& use);
    /// Releases the cache (every ShapedRun returned so far).
    ~Shaper();
    /// Shapes `text` met in `file`; the returned reference stays valid for the shaper's lifetime.
    const std::vector<ShapedRun>& shape(std::string_view text, const ShapeRequest& request,
                                        const std::string& file = {});

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace galley::text
