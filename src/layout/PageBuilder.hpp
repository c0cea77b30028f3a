#pragma once

#include <vector>

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
    /// Places every queued block; outline entries of placed blocks are appended to `outline`.
    std::vector<Page> finish(std::vector<OutlineEntry>& outline);

    /// Left edge of the text column on page `index` (0-based; inner/outer mirrored).
    double column_left(std::size_t index) const;

  private:
    void new_page();
    double baseline_for(const SetLine& line, double gap) const;
    void place(SetLine& line, double gap);
    std::size_t lines_fitting(const FlowBlock& block, std::size_t first, double gap) const;
    bool chain_fits(std::size_t block, double gap) const;

    style::PageStyle page_;
    std::vector<FlowBlock> blocks_;
    std::vector<Page> pages_;
    double last_baseline_ = 0;
    bool page_empty_ = true;
};

}  // namespace galley::layout
