#include "layout/PageBuilder.hpp"

#include <algorithm>
#include <string>

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
}

void PageBuilder::set_notes(std::vector<std::vector<SetLine>> notes, const style::TextStyle& note) {
    // The rule: TeX's plain and LaTeX's 2 in, never longer than a third of the measure.
    notes_.configure(note.space_before.value, note.space_after.value,
                     std::min(144.0, measure() / 3));
    notes_.set_notes(std::move(notes));
}

double PageBuilder::text_bottom() const {
    return page_.height.value - page_.margin_bottom.value - notes_.height();
}

void PageBuilder::finish_page() {
    if (pages_.empty()) return;
    notes_.flush(pages_.back(), static_cast<int>(pages_.size() - 1), column_left(pages_.size() - 1),
                 page_.height.value - page_.margin_bottom.value);
}

void PageBuilder::new_page() {
    finish_page();
    Page page;
    page.width = page_.width.value;
    page.height = page_.height.value;
    page.label = std::to_string(pages_.size() + 1);
    pages_.push_back(std::move(page));
    last_baseline_ = page_.margin_top.value;
    page_empty_ = true;
    page_has_text_ = false;
    // Notes carried over from the page before may take up to half of this one.
    const double text_height =
        page_.height.value - page_.margin_bottom.value - page_.margin_top.value;
    notes_.start_page(text_height * 0.5);
}

double PageBuilder::baseline_for(const SetLine& line, double gap) const {
    if (page_empty_) return page_.margin_top.value + gap + line.ascent;
    return last_baseline_ + gap + line.leading;
}

void PageBuilder::place(SetLine& line, double gap) {
    const double baseline = baseline_for(line, gap);
    const double left = column_left(pages_.size() - 1);
    Page& page = pages_.back();
    move_onto(page, line.items, left, baseline);
    line.info.y = baseline;
    page.lines.push_back(line.info);
    last_baseline_ = baseline;
    page_empty_ = false;
    if (!line.notes.empty())
        notes_.commit(line, static_cast<int>(pages_.size() - 1), baseline - line.ascent,
                      page_.height.value - page_.margin_bottom.value - baseline);
}

void PageBuilder::place_repeat(const FlowBlock& block) {
    if (!block.repeat) return;
    for (SetLine line : *block.repeat) place(line, 0);
}

std::size_t PageBuilder::lines_fitting(const FlowBlock& block, std::size_t first, double gap,
                                       double baseline, bool empty) const {
    // Lines marking notes need room for (the start of) their notes below them as well.
    double bottom = text_bottom();
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
    const double bottom = fresh ? page_.height.value - page_.margin_bottom.value : text_bottom();
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

std::vector<Page> PageBuilder::finish(std::vector<OutlineEntry>& outline) {
    pages_.clear();
    new_page();
    double previous_after = 0;
    for (std::size_t b = 0; b < blocks_.size(); ++b) {
        FlowBlock& block = blocks_[b];
        // Space above a block is dropped at the top of a page, except above the first block
        // of the document (the title keeps its sink).
        double gap = page_empty_ ? (b == 0 ? block.space_before : 0)
                                 : std::max(previous_after, block.space_before);
        auto note_outline = [&] {
            if (block.outline_level < 0) return;
            const SetLine& first = block.lines.front();
            outline.push_back({block.outline_title, block.outline_level,
                               static_cast<int>(pages_.size() - 1),
                               std::max(0.0, first.info.y - first.ascent)});
        };
        if (block.keep_together || block.keep_with_next) {
            // A heading goes over with what it keeps with. A run of headings longer than a page
            // cannot: it fills pages of headings alone rather than taking a page per heading.
            if (!page_empty_ && !chain_fits(b, gap, false) &&
                (page_has_text_ || chain_fits(b, 0, true))) {
                new_page();
                place_repeat(block);
                gap = 0;
            }
            for (std::size_t k = 0; k < block.lines.size(); ++k) {
                if (!page_empty_ &&
                    lines_fitting(block, k, k == 0 ? gap : 0, last_baseline_, false) == 0) {
                    new_page();
                    if (k == 0) place_repeat(block);
                }
                place(block.lines[k], k == 0 ? gap : 0);
                if (k == 0) note_outline();
            }
        } else {
            std::size_t first = 0;
            const std::size_t total = block.lines.size();
            while (first < total) {
                const std::size_t fit =
                    lines_fitting(block, first, gap, last_baseline_, page_empty_);
                const std::size_t take = lines_to_take(block, first, fit, page_empty_);
                for (std::size_t k = 0; k < take; ++k) {
                    place(block.lines[first + k], k == 0 ? gap : 0);
                    if (first + k == 0) note_outline();
                }
                first += take;
                if (first < total) {
                    new_page();
                    gap = 0;
                }
            }
        }
        if (!block.keep_with_next && !block.keep_together) page_has_text_ = true;
        previous_after = block.space_after;
    }
    // Notes still waiting for room get pages of their own.
    if (!notes_.none()) notes_.commit_remaining(static_cast<int>(pages_.size() - 1), 0);
    while (notes_.carrying()) new_page();
    finish_page();
    if (!notes_.none()) notes_.resolve_links(pages_);
    blocks_.clear();
    return std::move(pages_);
}

}  // namespace galley::layout
