#pragma once

#include <functional>
#include <map>
#include <utility>
#include <vector>

#include "layout/FootnoteArea.hpp"
#include "layout/PagedDocument.hpp"
#include "layout/SetLine.hpp"
#include "style/StyleSheet.hpp"

namespace galley::layout {

/// Flows blocks of set lines into pages: space between blocks (dropped at a page top), headings
/// kept with the first lines of what follows, paragraphs split so that at least `orphans` lines
/// stay at a page's foot and `widows` lines go to the next page, no page ending in a hyphen.
/// Pages end on one baseline: a page that these rules would leave short is first tried with its
/// paragraphs set a line longer or shorter (FlowBlock::rebreak, TeX's \looseness), and what is
/// left of the shortfall is spread over the space between its blocks (LaTeX's \flushbottom).
class PageBuilder {
  public:
    /// A builder for pages of `page` (size, margins, two-sided mirroring).
    explicit PageBuilder(const style::PageStyle& page);

    /// Streaming: lines of paragraphs queued before placing starts, the line grid found from
    /// them (see find_grid).
    static constexpr std::size_t kGridLines = 4000;

    /// Width of the text column.
    double measure() const;
    /// Queues a block; nothing is placed before finish(), unless stream_to() was called.
    void add(FlowBlock block);
    /// Streams: from now on add() places queued blocks once enough follow them for page breaking
    /// (a bounded look-ahead: a few pages), handing each finished page to `out` and releasing the
    /// blocks placed; finish() hands over the rest. Outline entries go to `outline`. Not with
    /// notes (set_notes), whose links are resolved when the last page is known.
    void stream_to(std::function<void(Page&&)> out, std::vector<OutlineEntry>& outline);
    /// Footnotes: each note's set lines (index = SetLine::notes entries), spaced as `note`
    /// says (space_before above a page's first note, space_after between notes). A note goes
    /// at the foot of the page where the line marking it is placed, continuing on the next
    /// page when it does not fit.
    void set_notes(std::vector<std::vector<SetLine>> notes, const style::TextStyle& note);
    /// Places every queued block; outline entries of placed blocks are appended to `outline`.
    /// Returns the pages not streamed (none after stream_to()).
    std::vector<Page> finish(std::vector<OutlineEntry>& outline);

    /// Left edge of the text column on page `index` (0-based; inner/outer mirrored).
    double column_left(std::size_t index) const;

  private:
    /// Where the flow stands: the next line to place.
    struct Cursor {
        std::size_t block = 0;  ///< index into blocks_
        std::size_t line = 0;   ///< line of that block
    };
    /// What a dry run of fill() changes, saved and restored around it.
    struct State {
        double last_baseline = 0, previous_after = 0, gaps = 0;
        bool page_empty = true, page_has_text = false;
        std::vector<std::size_t> deferred;  ///< the floats waiting for a page
    };
    /// A space between blocks on the current page: where the lines after it begin.
    struct Gap {
        std::size_t line = 0, item = 0;  ///< first page line and item after the space
        double size = 0;                 ///< the space
        double top = 0;                  ///< top of the first line after it
    };

    /// Places blocks on the current page from `at` until the page is full; returns where the
    /// next page begins (blocks_.size() at the end). With dry_ set, only measures.
    Cursor fill(Cursor at, std::vector<OutlineEntry>* outline);
    State save() const;
    void restore(const State& state);
    /// How far the current page's last baseline stands above the page's full depth (the lowest
    /// baseline of the body's line grid that fits), less what its gaps may stretch; 0 = full.
    double shortfall() const;
    /// Before filling a page from `at`: when it or the next page would come out short, sets
    /// paragraphs that start on them a line longer or shorter, choosing what fills them best at
    /// the fewest demerits.
    void improve(Cursor at);
    /// Stretches (or shrinks) the gaps of the finished current page so its last baseline stands
    /// at full depth; the `last` page of the flow only shrinks them, where lines went below it.
    void flush_bottom(std::vector<OutlineEntry>& outline, bool last);
    /// The lowest baseline of the body's line grid above the page's text bottom.
    double full_depth() const;
    /// Where lines may reach while filling: the text bottom, or below it by what the page's
    /// gaps may shrink (flush_bottom then brings the last line up to full depth).
    double fit_bottom() const;
    /// The body's line grid (commonest leading and ascent of paragraph lines) from blocks_.
    void find_grid();
    /// Starts placing: the first page, the grid from the blocks queued so far.
    void start(std::vector<OutlineEntry>& outline);
    /// Fills pages from at_ while the queued blocks allow (all of them when `last`).
    void run(bool last);
    /// Streaming: whether enough is queued after at_ that filling this page and the next (as
    /// improve() tries) cannot reach the end of the queue.
    bool enough_ahead() const;
    /// Streaming: hands the finished pages (all but the current one) to out_ and drops the
    /// blocks placed before at_ that no float waits on.
    void release();
    /// 0-based index in the document of the current page (the last of pages_).
    std::size_t page_index() const { return emitted_ + pages_.size() - 1; }

    /// Bottom of the page's text area: the margin, less the notes placed on the page.
    double text_bottom() const;
    void finish_page();
    void new_page();
    /// Places the floats waiting for a page at the top of the new one, in order, as many as fit
    /// (the first always: a float never waits for a page it cannot fit).
    void place_floats();
    double baseline_for(const SetLine& line, double gap) const;
    void place(SetLine& line, double gap);
    /// Places the lines `block` repeats at the top of a page (FlowBlock::repeat), if any, the
    /// first `gap` below what is above.
    void place_repeat(const FlowBlock& block, double gap);
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
    std::vector<std::size_t> deferred_;  // floats (indices into blocks_) waiting for a page
    std::vector<Page> pages_;
    double last_baseline_ = 0;
    bool page_empty_ = true;
    bool page_has_text_ = false;  // running text (not a heading, title or ornament) is on the page
    double previous_after_ = 0;   // space below the last block placed
    bool dry_ = false;            // fill() measures only
    double dry_notes_ = 0;        // room a dry run keeps for notes of lines it placed
    std::vector<std::size_t> dry_seen_;  // those notes
    double gaps_ = 0;                    // space between blocks on the current page
    std::vector<Gap> page_gaps_;         // those spaces (when not dry)
    std::vector<bool> rebroken_;         // blocks set at another looseness already
    std::map<std::pair<std::size_t, int>, Rebreak> variants_;  // (block, looseness) tried
    double grid_leading_ = 0, grid_ascent_ = 0;                // the body's line grid (0: none)
    // Streaming (stream_to): where pages go, where placing stands, what was released.
    std::function<void(Page&&)> out_;
    std::vector<OutlineEntry>* outline_ = nullptr;
    bool started_ = false;          // start() done: the grid is fixed
    Cursor at_;                     // the next line to place
    std::size_t base_ = 0;          // document index of blocks_[0] (blocks before it are released)
    std::size_t emitted_ = 0;       // pages handed to out_ (pages_ holds those after them)
    std::size_t queued_lines_ = 0;  // lines queued before start()
};

}  // namespace galley::layout
