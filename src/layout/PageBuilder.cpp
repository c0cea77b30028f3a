#include "layout/PageBuilder.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <utility>

namespace galley::layout {

PageBuilder::PageBuilder(const style::PageStyle& page) : page_(page) {}

double PageBuilder::measure() const {
    return page_.width.value - page_.margin_inner.value - page_.margin_outer.value;
}

double PageBuilder::column_left(std::size_t index) const {
    // Page index 0 is page 1, a right-hand (recto) page: its inner margin is on the left.
    if (page_.two_sided && index % 2 == 1) return page_.margin_outer.value;
    return page_.margin_inner.value;
}

void PageBuilder::add(FlowBlock block) {
    if (block.lines.empty()) return;
    blocks_.push_back(std::move(block));
    if (!out_) return;
    if (started_) {
        rebroken_.push_back(false);
        run(false);
        return;
    }
    const FlowBlock& added = blocks_.back();
    if (!added.keep_together && !added.keep_with_next && added.lines.size() >= 2)
        queued_lines_ += added.lines.size();
    // The grid is the commonest leading of the first kGridLines lines of paragraphs (of all of
    // them in a shorter document): placing starts once they are queued.
    if (queued_lines_ >= kGridLines) {
        start(*outline_);
        run(false);
    }
}

void PageBuilder::stream_to(std::function<void(Page&&)> out, std::vector<OutlineEntry>& outline) {
    out_ = std::move(out);
    outline_ = &outline;
}

void PageBuilder::set_notes(std::vector<std::vector<SetLine>> notes, const style::TextStyle& note) {
    // The rule: TeX's plain and LaTeX's 2 in, never longer than a third of the measure.
    notes_.configure(note.space_before.value, note.space_after.value,
                     std::min(144.0, measure() / 3));
    notes_.set_notes(std::move(notes));
}

double PageBuilder::text_bottom() const {
    return page_.height.value - page_.margin_bottom.value - notes_.height() - dry_notes_;
}

void PageBuilder::finish_page() {
    if (pages_.empty()) return;
    notes_.flush(pages_.back(), static_cast<int>(page_index()), column_left(page_index()),
                 page_.height.value - page_.margin_bottom.value);
}

void PageBuilder::new_page() {
    finish_page();
    Page page;
    page.width = page_.width.value;
    page.height = page_.height.value;
    page.label = std::to_string(emitted_ + pages_.size() + 1);
    pages_.push_back(std::move(page));
    last_baseline_ = page_.margin_top.value;
    page_empty_ = true;
    page_has_text_ = false;
    gaps_ = 0;
    page_gaps_.clear();
    // Notes carried over from the page before may take up to half of this one.
    const double text_height =
        page_.height.value - page_.margin_bottom.value - page_.margin_top.value;
    notes_.start_page(text_height * 0.5);
    place_floats();
}

void PageBuilder::place_floats() {
    double after = 0;
    while (!deferred_.empty()) {
        FlowBlock& block = blocks_[deferred_.front()];
        const double gap = page_empty_ ? 0 : std::max(after, block.space_before);
        if (!page_empty_ &&
            lines_fitting(block, 0, gap, last_baseline_, false) < block.lines.size())
            break;
        for (std::size_t k = 0; k < block.lines.size(); ++k) {
            // Out of the text's order: where the page's text starts is told by the text below.
            block.lines[k].source.reset();
            place(block.lines[k], k == 0 ? gap : 0);
        }
        after = block.space_after;
        deferred_.erase(deferred_.begin());
    }
    // The text that goes on below keeps the floats' space after them (fill()).
    if (!page_empty_) previous_after_ = after;
}

double PageBuilder::baseline_for(const SetLine& line, double gap) const {
    if (page_empty_) return page_.margin_top.value + gap + line.ascent;
    return last_baseline_ + gap + line.leading;
}

void PageBuilder::place(SetLine& line, double gap) {
    const double baseline = baseline_for(line, gap);
    if (!page_empty_ && gap > 0) {
        gaps_ += gap;
        if (!dry_)
            page_gaps_.push_back({pages_.back().lines.size(), pages_.back().items.size(), gap,
                                  baseline - line.ascent});
    }
    if (dry_) {
        // Notes are committed only for real: a dry run reserves what lines_fitting() asks.
        if (!line.notes.empty() && !notes_.none()) dry_notes_ += notes_.room_for(line, dry_seen_);
        last_baseline_ = baseline;
        page_empty_ = false;
        return;
    }
    const double left = column_left(page_index());
    Page& page = pages_.back();
    if (!page.start && line.source) page.start = line.source;
    move_onto(page, line.items, left, baseline);
    line.info.y = baseline;
    page.lines.push_back(line.info);
    last_baseline_ = baseline;
    page_empty_ = false;
    if (!line.notes.empty())
        notes_.commit(line, static_cast<int>(page_index()), baseline - line.ascent,
                      page_.height.value - page_.margin_bottom.value - baseline);
}

void PageBuilder::place_repeat(const FlowBlock& block, double gap) {
    if (!block.repeat) return;
    bool first = true;
    for (SetLine line : *block.repeat) {
        line.source.reset();  // a repeated header does not say where the page's text starts
        place(line, first ? gap : 0);
        first = false;
    }
}

std::size_t PageBuilder::lines_fitting(const FlowBlock& block, std::size_t first, double gap,
                                       double baseline, bool empty) const {
    // Lines marking notes need room for (the start of) their notes below them as well.
    double bottom = fit_bottom();
    std::vector<std::size_t> seen;
    std::size_t count = 0;
    for (std::size_t k = first; k < block.lines.size(); ++k) {
        const SetLine& line = block.lines[k];
        const double above = k == first ? gap : 0;
        const bool at_top = empty;
        baseline =
            empty ? page_.margin_top.value + above + line.ascent : baseline + above + line.leading;
        empty = false;
        const double room = notes_.none() ? 0 : notes_.room_for(line, seen);
        bottom -= room;
        if (baseline > bottom && !(at_top && room > 0 && baseline <= bottom + room)) break;
        ++count;
    }
    return count;
}

std::size_t PageBuilder::lines_to_take(const FlowBlock& block, std::size_t first, std::size_t fit,
                                       bool empty) {
    const std::size_t left = block.lines.size() - first;
    std::size_t take = fit;
    if (fit < left) {
        auto orphans = static_cast<std::size_t>(std::max(1, block.orphans));
        auto widows = static_cast<std::size_t>(std::max(1, block.widows));
        if (left - take < widows) take = left > widows ? left - widows : 0;
        // TeX's \brokenpenalty: a word is not split across pages if one line fewer can stay
        // (the reader's text would lose the word otherwise). When the orphans rule forbids
        // that, the paragraph starts a new page.
        while (take > 0 && block.lines[first + take - 1].hyphenated) {
            take = (take > 1 && (first > 0 || take - 1 >= orphans)) ? take - 1 : 0;
        }
        if (first == 0 && take < orphans) take = 0;
        if (take == 0 && empty) take = std::max<std::size_t>(1, fit);
    }
    return std::min(take, left);
}

bool PageBuilder::chain_fits(std::size_t index, double gap, bool fresh) const {
    // The block and, while blocks keep with their successor, the successors, then the lines of
    // the block they keep with that finish() would place on this page (widows and orphans
    // counted): at least one, else the chain would end the page with nothing after it.
    const double bottom = fresh ? page_.height.value - page_.margin_bottom.value : fit_bottom();
    double baseline = fresh ? page_.margin_top.value : last_baseline_;
    bool empty = fresh || page_empty_;
    for (std::size_t b = index; b < blocks_.size(); ++b) {
        const FlowBlock& block = blocks_[b];
        if (b > index) gap = std::max(blocks_[b - 1].space_after, block.space_before);
        if (b > index && !block.keep_with_next) return text_follows(b, gap, baseline, empty);
        for (std::size_t k = 0; k < block.lines.size(); ++k) {
            const SetLine& line = block.lines[k];
            const double above = k == 0 ? gap : 0;
            baseline = empty ? page_.margin_top.value + above + line.ascent
                             : baseline + above + line.leading;
            empty = false;
            if (baseline > bottom) return false;
        }
        if (!block.keep_with_next) break;
    }
    return true;
}

bool PageBuilder::text_follows(std::size_t index, double gap, double baseline, bool empty) const {
    // Short blocks (a one-line paragraph, list items) count together: the heading needs as many
    // lines after it as a paragraph's orphans, unless its section ends before.
    const auto wanted = static_cast<std::size_t>(std::max(2, blocks_[index].orphans));
    std::size_t placed = 0;
    for (std::size_t b = index; b < blocks_.size(); ++b) {
        const FlowBlock& block = blocks_[b];
        if (block.keep_with_next) return true;  // the next heading: the section ended here
        if (b > index) gap = std::max(blocks_[b - 1].space_after, block.space_before);
        const std::size_t fit = lines_fitting(block, 0, gap, baseline, empty);
        const std::size_t take = block.keep_together ? (fit == block.lines.size() ? fit : 0)
                                                     : lines_to_take(block, 0, fit, empty);
        if (take == 0) return false;
        placed += take;
        if (placed >= wanted || take < block.lines.size()) return true;
        for (std::size_t k = 0; k < take; ++k) {
            const SetLine& line = block.lines[k];
            const double above = k == 0 ? gap : 0;
            baseline = empty ? page_.margin_top.value + above + line.ascent
                             : baseline + above + line.leading;
            empty = false;
        }
    }
    return true;
}

namespace {

/// Each space between blocks may grow by this share of itself to bring a page to full depth
/// (LaTeX's heading skips stretch by about a third; the page's last baseline matters more).
constexpr double kGapStretch = 0.5;
/// ... or shrink by this share of itself to bring a page that ends below the grid up to it.
constexpr double kGapShrink = 0.5;
/// Paragraph variants tried per short page (each a re-break and a trial fill).
constexpr int kMaxTrials = 12;
/// Weight of the page being filled against the next one in a trial's cost.
constexpr double kThisPage = 4;
/// Extra demerits of a paragraph setting that end the search once it fills the pages.
constexpr double kGoodEnough = 20000;
/// Streaming: the queue reaches this many page heights (of lines, by leading) past the place
/// being filled. A trial fills two pages, and a page takes at most one and a half of its
/// height in lines (its gaps may shrink by half), so the queue never runs dry before the end.
constexpr double kLookAhead = 5;
/// Streaming: blocks placed (and released) are dropped from the queue in batches of this many.
constexpr std::size_t kDropBatch = 64;

}  // namespace

PageBuilder::State PageBuilder::save() const {
    return {last_baseline_, previous_after_, gaps_, page_empty_, page_has_text_, deferred_};
}

void PageBuilder::restore(const State& state) {
    last_baseline_ = state.last_baseline;
    previous_after_ = state.previous_after;
    gaps_ = state.gaps;
    page_empty_ = state.page_empty;
    page_has_text_ = state.page_has_text;
    deferred_ = state.deferred;
    dry_notes_ = 0;
    dry_seen_.clear();
}

void PageBuilder::find_grid() {
    // The commonest leading among lines of paragraphs (blocks that may split), weighted by lines.
    std::vector<std::pair<double, std::size_t>> counts;
    grid_leading_ = grid_ascent_ = 0;
    std::size_t best = 0;
    for (const FlowBlock& block : blocks_) {
        if (block.keep_together || block.keep_with_next || block.lines.size() < 2) continue;
        const SetLine& line = block.lines[1];
        auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& c) {
            return std::abs(c.first - line.leading) < 0.01;
        });
        if (it == counts.end()) it = counts.insert(counts.end(), {line.leading, 0});
        it->second += block.lines.size();
        if (it->second > best) {
            best = it->second;
            grid_leading_ = line.leading;
            grid_ascent_ = line.ascent;
        }
    }
}

double PageBuilder::full_depth() const {
    const double top = page_.margin_top.value + grid_ascent_;
    const double room = text_bottom() - top;
    if (grid_leading_ <= 0 || room < 0) return text_bottom();
    return top + std::floor(room / grid_leading_ + 1e-6) * grid_leading_;
}

double PageBuilder::fit_bottom() const {
    // The gaps on the page may close up (flush_bottom) to make room for one more line.
    if (gaps_ <= 0 || grid_leading_ <= 0) return text_bottom();
    return std::max(text_bottom(), full_depth() + gaps_ * kGapShrink);
}

double PageBuilder::shortfall() const {
    if (grid_leading_ <= 0 || page_empty_) return 0;
    return std::max(0.0, full_depth() - last_baseline_ - gaps_ * kGapStretch);
}

void PageBuilder::improve(Cursor at) {
    if (grid_leading_ <= 0) return;
    // Settings of paragraphs already placed are of no more use.
    variants_.erase(variants_.begin(), variants_.lower_bound({at.block, -1}));
    const State start = save();
    dry_ = true;
    // A trial fills this page and the next (a change here can make room there); what this page
    // lacks weighs more, as the next page gets its own turn.
    Cursor end, next_end;
    auto trial = [&] {
        end = fill(at, nullptr);
        next_end = end;
        double cost = 0;
        if (end.block < blocks_.size()) {
            cost = kThisPage * shortfall();
            // The next page: empty but for the floats still waiting, placed at its top.
            State next = save();
            next.last_baseline = page_.margin_top.value;
            next.gaps = 0;
            next.page_empty = true;
            next.page_has_text = false;
            restore(next);
            place_floats();
            next_end = fill(end, nullptr);
            if (next_end.block < blocks_.size()) cost += shortfall();
        }
        restore(start);
        return cost;
    };
    double now = trial();
    const double enough = 0.25 * grid_leading_;
    for (int round = 0; round < 3 && now > enough; ++round) {
        // Paragraphs that start on these pages, the longest first (they take a line more or
        // less most easily), +1 first where the last line is full, -1 where it is short.
        const std::size_t first = at.line > 0 ? at.block + 1 : at.block;
        const std::size_t last = std::min(next_end.block, blocks_.size() - 1);
        struct Option {
            std::size_t block;
            int looseness;
            double priority;
        };
        std::vector<Option> options;
        for (std::size_t b = first; b <= last; ++b) {
            const FlowBlock& block = blocks_[b];
            if (!block.rebreak || rebroken_[b]) continue;
            const LineInfo& tail = block.lines.back().info;
            const double fill = tail.measure > 0 ? tail.width / tail.measure : 0.5;
            const auto n = static_cast<double>(block.lines.size());
            options.push_back({b, +1, n + 2 * fill});
            options.push_back({b, -1, n + 2 * (1 - fill)});
        }
        std::sort(options.begin(), options.end(),
                  [](const Option& x, const Option& y) { return x.priority > y.priority; });
        if (options.size() > static_cast<std::size_t>(kMaxTrials)) options.resize(kMaxTrials);
        double best = now - enough;  // a change must gain a quarter of a line at least
        double best_demerits = 0;
        std::optional<Option> chosen;
        for (const Option& option : options) {
            auto cached = variants_.find({option.block, option.looseness});
            if (cached == variants_.end())
                cached = variants_
                             .emplace(std::make_pair(option.block, option.looseness),
                                      blocks_[option.block].rebreak(option.looseness))
                             .first;
            Rebreak& variant = cached->second;
            if (variant.lines.empty()) continue;
            std::swap(blocks_[option.block].lines, variant.lines);
            const double cost = trial();
            std::swap(blocks_[option.block].lines, variant.lines);
            if (cost < best - 1e-6 ||
                (chosen && cost <= best + 1e-6 && variant.demerits < best_demerits)) {
                best = cost;
                best_demerits = variant.demerits;
                chosen = option;
            }
            // Options come likeliest first: full pages at an ordinary cost end the search.
            if (chosen && best <= 1e-6 && best_demerits < kGoodEnough) break;
        }
        if (!chosen) break;
        // Trials measured sketches of the lines: the chosen setting is set in full.
        Rebreak& variant = variants_[{chosen->block, chosen->looseness}];
        blocks_[chosen->block].lines = variant.set ? variant.set() : std::move(variant.lines);
        rebroken_[chosen->block] = true;
        now = trial();
    }
    dry_ = false;
}

void PageBuilder::flush_bottom(std::vector<OutlineEntry>& outline, bool last) {
    if (grid_leading_ <= 0 || page_gaps_.empty() || page_empty_) return;
    const double full = full_depth();
    // A page that ends below the grid (a heading's space is rarely a whole number of lines)
    // closes its gaps up instead.
    const double missing = full - last_baseline_;
    if (std::abs(missing) <= 0.01 || (last && missing > 0)) return;
    double total = 0;
    for (const Gap& gap : page_gaps_) total += gap.size;
    if (total <= 0) return;
    const double share = std::clamp(missing / total, -kGapShrink, kGapStretch);
    Page& page = pages_.back();
    const int index = static_cast<int>(page_index());
    // Each gap grows by `share` of itself; everything below it moves down by what the gaps
    // above it grew together.
    double shift = 0;
    for (std::size_t g = 0; g < page_gaps_.size(); ++g) {
        shift += page_gaps_[g].size * share;
        const std::size_t line_end =
            g + 1 < page_gaps_.size() ? page_gaps_[g + 1].line : page.lines.size();
        const std::size_t item_end =
            g + 1 < page_gaps_.size() ? page_gaps_[g + 1].item : page.items.size();
        for (std::size_t i = page_gaps_[g].line; i < line_end; ++i) page.lines[i].y += shift;
        for (std::size_t i = page_gaps_[g].item; i < item_end; ++i)
            std::visit([&](auto& thing) { thing.y += shift; }, page.items[i]);
        const double below = page_gaps_[g].top - 0.01;
        const double above = g + 1 < page_gaps_.size() ? page_gaps_[g + 1].top - 0.01 : 1e300;
        for (OutlineEntry& entry : outline)
            if (entry.page == index && entry.y >= below && entry.y < above) entry.y += shift;
    }
    last_baseline_ += shift;
}

PageBuilder::Cursor PageBuilder::fill(Cursor at, std::vector<OutlineEntry>* outline) {
    for (std::size_t b = at.block; b < blocks_.size(); ++b) {
        FlowBlock& block = blocks_[b];
        const std::size_t start = b == at.block ? at.line : 0;
        // Space above a block is dropped at the top of a page, except above the first block
        // of the document (the title keeps its sink); below floats placed at the top of the
        // page, a block (or the rest of one) keeps the floats' space after them.
        double gap = page_empty_ ? (base_ + b == 0 && start == 0 ? block.space_before : 0)
                     : start > 0 ? previous_after_
                                 : std::max(previous_after_, block.space_before);
        if (block.floats) {
            // A float goes over (and the text on) when it does not fit here, or when an earlier
            // one waits: floats keep their order.
            if (!deferred_.empty() || (!page_empty_ && lines_fitting(block, 0, gap, last_baseline_,
                                                                     false) < block.lines.size())) {
                deferred_.push_back(b);
                continue;
            }
        }
        // A block that starts a page (below any floats at its top) may bring lines to repeat
        // above it (a table's header); they take the space above the block.
        if (b == at.block && start == 0 && block.repeat) {
            place_repeat(block, gap);
            gap = 0;
        }
        auto note_outline = [&] {
            if (outline == nullptr || block.outline_level < 0) return;
            const SetLine& first = block.lines.front();
            outline->push_back({block.outline_title, block.outline_level,
                                static_cast<int>(page_index()),
                                std::max(0.0, first.info.y - first.ascent)});
        };
        if (block.keep_together || block.keep_with_next) {
            // A heading goes over with what it keeps with. A run of headings longer than a page
            // cannot: it fills pages of headings alone rather than taking a page per heading.
            if (start == 0 && !page_empty_ && !chain_fits(b, gap, false) &&
                (page_has_text_ || chain_fits(b, 0, true)))
                return {b, 0};
            for (std::size_t k = start; k < block.lines.size(); ++k) {
                const double above = k == start ? gap : 0;
                if (!page_empty_ && lines_fitting(block, k, above, last_baseline_, false) == 0)
                    return {b, k};
                place(block.lines[k], above);
                if (k == 0) note_outline();
            }
        } else {
            const std::size_t total = block.lines.size();
            const std::size_t fit = lines_fitting(block, start, gap, last_baseline_, page_empty_);
            const std::size_t take = lines_to_take(block, start, fit, page_empty_);
            for (std::size_t k = 0; k < take; ++k) {
                place(block.lines[start + k], k == 0 ? gap : 0);
                if (start + k == 0) note_outline();
            }
            if (start + take < total) return {b, start + take};
        }
        if (!block.keep_with_next && !block.keep_together) page_has_text_ = true;
        previous_after_ = block.space_after;
    }
    return {blocks_.size(), 0};
}

void PageBuilder::start(std::vector<OutlineEntry>& outline) {
    outline_ = &outline;
    pages_.clear();
    new_page();
    previous_after_ = 0;
    find_grid();
    rebroken_.assign(blocks_.size(), false);
    variants_.clear();
    at_ = {};
    started_ = true;
}

void PageBuilder::run(bool last) {
    while (at_.block < blocks_.size()) {
        if (!last && !enough_ahead()) return;
        improve(at_);
        at_ = fill(at_, outline_);
        if (at_.block >= blocks_.size()) {
            flush_bottom(*outline_, true);
            break;
        }
        flush_bottom(*outline_, false);
        new_page();
        if (out_) release();
    }
}

bool PageBuilder::enough_ahead() const {
    // Floats are left out: they never take the place of text they are not counted for.
    const double need = kLookAhead * page_.height.value;
    double ahead = 0;
    for (std::size_t b = at_.block; b < blocks_.size(); ++b) {
        const FlowBlock& block = blocks_[b];
        if (block.floats) continue;
        for (std::size_t k = b == at_.block ? at_.line : 0; k < block.lines.size(); ++k)
            ahead += block.lines[k].leading;
        if (ahead >= need) return true;
    }
    return false;
}

void PageBuilder::release() {
    while (pages_.size() > 1) {
        out_(std::move(pages_.front()));
        pages_.erase(pages_.begin());
        ++emitted_;
    }
    std::size_t drop = at_.block;
    for (std::size_t d : deferred_) drop = std::min(drop, d);
    if (drop < kDropBatch) return;
    blocks_.erase(blocks_.begin(), blocks_.begin() + static_cast<std::ptrdiff_t>(drop));
    rebroken_.erase(rebroken_.begin(), rebroken_.begin() + static_cast<std::ptrdiff_t>(drop));
    base_ += drop;
    at_.block -= drop;
    for (std::size_t& d : deferred_) d -= drop;
    std::map<std::pair<std::size_t, int>, Rebreak> kept;
    for (auto& [key, variant] : variants_)
        if (key.first >= drop)
            kept.emplace(std::make_pair(key.first - drop, key.second), std::move(variant));
    variants_ = std::move(kept);
}

std::vector<Page> PageBuilder::finish(std::vector<OutlineEntry>& outline) {
    if (!started_) start(outline);
    run(true);
    while (!deferred_.empty()) new_page();  // floats still waiting: pages of their own
    // Notes still waiting for room get pages of their own.
    if (!notes_.none()) notes_.commit_remaining(static_cast<int>(page_index()), 0);
    while (notes_.carrying()) new_page();
    finish_page();
    if (!notes_.none()) notes_.resolve_links(pages_);
    blocks_.clear();
    if (out_) {
        for (Page& page : pages_) out_(std::move(page));
        emitted_ += pages_.size();
        pages_.clear();
        return {};
    }
    return std::move(pages_);
}

}  // namespace galley::layout
