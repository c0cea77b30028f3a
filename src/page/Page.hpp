// page: one laid-out page and the things on it. Coordinates are in points, origin at the page's
// top-left, y downwards; a glyph run's (x, y) is the pen position on its baseline at the run's
// left edge. Fonts, structure elements and images are indices into the page's Document.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "page/FontTable.hpp"

namespace galley::page {

/// One glyph placed relative to its run's origin (points, y downwards). 24 bytes: a long
/// document holds millions.
struct PlacedGlyph {
    double x = 0;                  ///< offset from the run's origin along the baseline
    float y = 0;                   ///< vertical offset from the baseline (positive = down)
    float advance = 0;             ///< nominal advance (points), for the PDF /W array check
    std::uint32_t text_begin = 0;  ///< the Unicode text this glyph stands for: a slice of its
    std::uint16_t text_size = 0;   ///< run's text ("" for marks and the later glyphs of a
                                   ///< cluster; "ffl" for a ligature); see GlyphRun::text_of
    std::uint16_t gid = 0;         ///< glyph id in the run's face
};

/// A run of glyphs in one face and size on one baseline.
struct GlyphRun {
    FontRef font;                     ///< the face: an entry of the document's FontTable
    double size = 10;                 ///< font size in points
    double x = 0, y = 0;              ///< origin: left end of the run on its baseline
    std::string color = "#000000";    ///< fill colour #rrggbb
    std::vector<PlacedGlyph> glyphs;  ///< in visual order
    std::string text;                 ///< the texts the glyphs stand for, sliced by them
    int structure = -1;               ///< index into Document::structure, -1 = artifact
    std::string actual_text;          ///< when set, the exact text of the whole run
                                      ///< (needed where glyph texts cannot say it, RTL)
    double tracking = 0;  ///< letter spacing after most advancing glyphs (points): the glyphs'
                          ///< x already include it; PDF writes it as Tc to keep TJ arrays short
    double hscale = 1;    ///< horizontal scale of the glyphs (font expansion, 1 = none): their
                          ///< x already include it; PDF writes it as Tz, SVG in each glyph's matrix

    /// The Unicode text glyph `g` (of this run) stands for.
    std::string_view text_of(const PlacedGlyph& g) const {
        return std::string_view(text).substr(g.text_begin, g.text_size);
    }
    /// Appends `g` standing for `glyph_text` (empty for marks and later glyphs of a cluster).
    void add(PlacedGlyph g, std::string_view glyph_text);
};

/// A filled rectangle (rules, scene-break ornaments, list bullets drawn as shapes).
struct Rule {
    double x = 0, y = 0, width = 0, height = 0;  ///< top-left corner and size
    std::string color = "#000000";               ///< fill colour
};

/// An immutable string whose copies share one buffer: a URL is stored once however many lines
/// (and link areas) it spans.
class SharedString {
  public:
    /// The empty string.
    SharedString() = default;
    /// Holds `text`.
    SharedString(std::string text)  // NOLINT: implicit, as a std::string is
        : text_(std::make_shared<const std::string>(std::move(text))) {}
    /// Holds `text`.
    SharedString(const char* text) : SharedString(std::string(text)) {}  // NOLINT
    /// The text.
    const std::string& str() const { return text_ ? *text_ : empty(); }
    /// The text.
    operator const std::string&() const { return str(); }  // NOLINT
    /// True when both hold the same buffer (a cheap identity, not equality).
    bool same(const SharedString& other) const { return text_ == other.text_; }
    /// Equal texts.
    friend bool operator==(const SharedString& a, std::string_view b) { return a.str() == b; }

  private:
    static const std::string& empty() {
        static const std::string none;
        return none;
    }
    std::shared_ptr<const std::string> text_;
};

/// A clickable area pointing at a URL or at a place in the document.
struct LinkArea {
    double x = 0, y = 0, width = 0, height = 0;  ///< top-left corner and size
    SharedString url;                            ///< external target (used when page < 0)
    int page = -1;                               ///< internal target: 0-based page index
    double target_y = 0;                         ///< internal target: y on that page (from top)
    int structure = -1;  ///< the "Link" structure element it belongs to, -1 = untagged
};

/// An image drawn into a rectangle (stretched to it: callers keep the aspect ratio).
struct Picture {
    double x = 0, y = 0, width = 0, height = 0;  ///< top-left corner and size
    int image = 0;                               ///< index into Document::images
    int structure = -1;  ///< the "Figure" structure element it belongs to, -1 = artifact
};

/// One thing on a page.
using FrameItem = std::variant<GlyphRun, Rule, LinkArea, Picture>;

/// Debug facts about one set line (not drawn): for the layout dump and quality checks.
struct LineInfo {
    double y = 0;        ///< baseline position on the page
    double width = 0;    ///< natural width of the line's content after adjustment
    double measure = 0;  ///< the width the line was set to
    double ratio = 0;    ///< Knuth–Plass adjustment ratio (0 = natural, >0 stretched)
};

/// Where a line of running text starts in the document: what an EPUB's page-break marker needs to
/// find the place a printed page starts.
struct SourcePosition {
    int block = -1;  ///< pre-order index of the block in doc::Document::blocks (containers count,
                     ///< notes do not); -1 = the title block, -2 = the cover
    std::uint32_t word = 0;    ///< words (runs of non-space characters) of the block's text before
    std::uint32_t offset = 0;  ///< characters (code points) into that word
    int article = 0;           ///< in a book: the article (0-based); -1 = the front matter
};

/// One page of the output.
struct Page {
    double width = 0, height = 0;         ///< paper size in points
    std::string label;                    ///< page label ("1", "iv"): the PDF's /PageLabels
    std::vector<FrameItem> items;         ///< in drawing order
    std::vector<LineInfo> lines;          ///< set lines of running text, top to bottom
    std::optional<SourcePosition> start;  ///< where its first line of running text comes from
};

/// Moves `items` onto `page`, shifted by (dx, dy) points; `items` is left empty.
void move_onto(Page& page, std::vector<FrameItem>& items, double dx, double dy);

}  // namespace galley::page
