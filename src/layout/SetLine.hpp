// layout (internal): the hand-over between paragraph building and page building.
//   ParagraphBuilder → SetLine (glyph runs relative to the column and the baseline)
//   → FlowBlock (lines plus spacing and keep rules) → PageBuilder → Page.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "layout/PagedDocument.hpp"

namespace galley::layout {

/// One set line, not yet on a page: item x is measured from the column's left edge, item y from
/// the line's baseline (so a GlyphRun sits at y = 0 and a LinkArea starts above it).
struct SetLine {
    std::vector<FrameItem> items;  ///< glyph runs and link areas, relative to (column, baseline)
    LineInfo info;                 ///< width, measure and ratio (y is filled in when placed)
    double leading = 14;           ///< distance from the previous baseline
    double ascent = 10;            ///< height above the baseline (first line on a page)
    double descent = 3;            ///< depth below the baseline
    bool hyphenated = false;  ///< ends in a hyphen, added or a compound's (no page break after)
    std::vector<std::size_t> notes;        ///< notes (doc::Document::notes indices) marked in it
    std::size_t text_start = 0;            ///< byte offset in its paragraph's text where it starts
    std::optional<SourcePosition> source;  ///< where it starts in the document (running text)
};

/// A paragraph set again with `looseness` lines more (>0) or fewer (<0) than its best breaking
/// (TeX's \looseness): the lines, empty when impossible within the tolerance, and `demerits`, what
/// that costs over the best breaking (Knuth–Plass demerits).
struct Rebreak {
    std::vector<SetLine> lines;  ///< the paragraph's lines in the new breaking
    double demerits = 0;         ///< extra demerits against the paragraph's best breaking
    /// When set, `lines` are sketches (metrics, no glyphs: enough to measure a page) and this
    /// sets them in full; it holds the paragraph's prepared items, shared by its breakings.
    std::function<std::vector<SetLine>()> set;
};

/// Sets a paragraph again at a looseness (see Rebreak); called by the page builder only for
/// paragraphs on a page that would come out short.
using Rebreaker = std::function<Rebreak(int looseness)>;

/// A block of lines as the page builder sees it: how it may be split and what it keeps with.
struct FlowBlock {
    std::vector<SetLine> lines;   ///< the block's lines, top to bottom
    double space_before = 0;      ///< vertical space above (dropped at the top of a page)
    double space_after = 0;       ///< vertical space below
    bool keep_with_next = false;  ///< stay on the page of the next block's first lines (headings)
    bool keep_together = false;   ///< never split (title block parts, scene breaks)
    /// A float (a figure; keep_together too): placed where it comes when it fits there and no
    /// earlier float is waiting, else at the top of the next page while the text flows on.
    bool floats = false;
    int orphans = 2;            ///< min lines left at the bottom of a page when split
    int widows = 2;             ///< min lines carried to the top of the next page when split
    int outline_level = -1;     ///< >= 0: add an outline entry at the block's first line
    std::string outline_title;  ///< its text
    /// Lines placed above the block's first line when it starts a page (a table's header rows,
    /// repeated on each page the table continues on); null = none.
    std::shared_ptr<const std::vector<SetLine>> repeat;
    Rebreaker rebreak;  ///< a paragraph's other breakings (empty: lines are fixed)
};

}  // namespace galley::layout
