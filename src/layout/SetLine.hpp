// layout (internal): the hand-over between paragraph building and page building.
//   ParagraphBuilder → SetLine (glyph runs relative to the column and the baseline)
//   → FlowBlock (lines plus spacing and keep rules) → PageBuilder → Page.
#pragma once

#include <memory>
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
    std::vector<std::size_t> notes;  ///< notes (doc::Document::notes indices) marked in it
};

/// A block of lines as the page builder sees it: how it may be split and what it keeps with.
struct FlowBlock {
    std::vector<SetLine> lines;   ///< the block's lines, top to bottom
    double space_before = 0;      ///< vertical space above (dropped at the top of a page)
    double space_after = 0;       ///< vertical space below
    bool keep_with_next = false;  ///< stay on the page of the next block's first lines (headings)
    bool keep_together = false;   ///< never split (title block parts, scene breaks)
    int orphans = 2;              ///< min lines left at the bottom of a page when split
    int widows = 2;               ///< min lines carried to the top of the next page when split
    int outline_level = -1;       ///< >= 0: add an outline entry at the block's first line
    std::string outline_title;    ///< its text
    /// Lines placed above the block's first line when it starts a page (a table's header rows,
    /// repeated on each page the table continues on); null = none.
    std::shared_ptr<const std::vector<SetLine>> repeat;
};

}  // namespace galley::layout
