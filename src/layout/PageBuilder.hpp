#pragma once

#include <vector>

#include "layout/FootnoteArea.hpp"
#include "layout/PagedDocument.hpp"
#include "layout/SetLine.hpp"
#include "style/StyleSheet.hpp"

namespace galley::layout {

/// Flows blocks of set lines into pages: space between blocks (dropped at a page top), headings
/// kept with the first lines of what follows, paragraphs split so that at least `orphans` lines
/// stay at a page's foot and `widows` lines go to the next page (a page may run short for it).
class PageBuilder {
  public:
    /// A builder for pages of `page` (size, margins, two-sided mirroring).
    explicit PageBuilder(const style::PageStyle& page);

    /// Width of the text column.
    double measure() const;
    /// Queues a block; nothing is placed before finish().
    void add(FlowBlock block);
    /// Footnotes: each note's set lines (index = SetLine::notes entries), spaced as `note`
    /// says (space_before above a page's first note, space_after between notes). A note goes
    /// at the foot of the page where the line marking it is placed, continuing on the next
    /// page when it does not fit.
    void set_notes(std::vector<std::vector<SetLine>> notes, const style::TextStyle& note);
    /// Places every queued block; outline entries of placed blocks are appended to `outline`.
    std::vector<Page> finish(std::vector<OutlineEntry>& outline);

    /// Left edge of the text column on page `index` (0-based; inner/outer mirrored).
    double column_left(std::size_t index) const;

  private:
    /// Bottom of the page's text area: the margin, less the notes placed on the page.
    double text_bottom() const;
    void finish_page();
    void new_page();
    double baseline_for(const SetLine& line, double gap) const;
    void place(SetLine& line, double gap);
    /// Places the lines `block` repeats at the top of a page (FlowBlock::repeat), if any.
    void place_repeat(const FlowBlock& block);
    /// Lines of `block` from `first` that fit below `baseline` (`empty`: at a page top).
    std::size_t lines_fitting(const FlowBlock& block, std::size_t first, double gap,
                              double baseline, bool empty) const;
    /// Of `fit` fitting lines from `first`, how many to place (widows, orphans, no hyphen at
    /// the page's foot); 0 = the block goes over.
    static std::size_t lines_to_take(const FlowBlock& block, std::size_t first, std::size_t fit,
                                     bool empty);
    /// Whether block `block`, the blocks it keeps with and the first lines of the block they
    /// keep with fit on this page (`fresh`: on an empty page).
    bool chain_fits(std::size_t block, double gap, bool fresh) const;
    /// Whether enough text from block `index` on (lines of one or more blocks up to the next
    /// heading) stays on the page below `baseline` to keep a heading company.
    bool text_follows(std::size_t index, double gap, double baseline, bool empty) const;

    style::PageStyle page_;
    FootnoteArea notes_;
    std::vector<FlowBlock> blocks_;
    std::vector<Page> pages_;
    double last_baseline_ = 0;
    bool page_empty_ = true;
    bool page_has_text_ = false;  // running text (not a heading, title or ornament) is on the page
};

}  // namespace galley::layout
