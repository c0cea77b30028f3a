#include "layout/TableSetter.hpp"

#include <algorithm>
#include <numeric>

namespace galley::layout {

namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/// Shifts every item of `lines` by `dx` points.
void shift(std::vector<SetLine>& lines, double dx) {
    if (dx == 0) return;
    for (SetLine& line : lines)
        for (FrameItem& item : line.items) std::visit([&](auto& thing) { thing.x += dx; }, item);
}

/// A copy of `lines` to repeat on a later page: drawn alike, but a pagination artifact (no
/// structure element, no link, no note marks to place a second time).
std::vector<SetLine> artifact_copy(const std::vector<SetLine>& lines) {
    std::vector<SetLine> out = lines;
    for (SetLine& line : out) {
        line.notes.clear();
        std::erase_if(line.items,
                      [](const FrameItem& item) { return std::holds_alternative<LinkArea>(item); });
        for (FrameItem& item : line.items)
            if (auto* run = std::get_if<GlyphRun>(&item)) run->structure = -1;
    }
    return out;
}

style::Align align_of(doc::ColumnAlign a) {
    switch (a) {
        case doc::ColumnAlign::Center:
            return style::Align::Center;
        case doc::ColumnAlign::Right:
            return style::Align::Right;
        default:
            return style::Align::Left;
    }
}

}  // namespace

std::vector<double> distribute_columns(const std::vector<double>& min,
                                       const std::vector<double>& max, double available) {
    const std::size_t n = min.size();
    std::vector<double> lo(n), hi(n);
    for (std::size_t c = 0; c < n; ++c) {
        lo[c] = std::max(0.0, min[c]);
        hi[c] = std::max(lo[c], c < max.size() ? max[c] : 0.0);
    }
    available = std::max(0.0, available);
    const double sum_lo = std::accumulate(lo.begin(), lo.end(), 0.0);
    const double sum_hi = std::accumulate(hi.begin(), hi.end(), 0.0);
    if (sum_hi <= available) return hi;
    std::vector<double> out(n, 0);
    if (sum_lo >= available) {
        const double scale = sum_lo > 0 ? available / sum_lo : 0;
        for (std::size_t c = 0; c < n; ++c) out[c] = lo[c] * scale;
        return out;
    }
    // Columns whose whole content fits an equal share of the room left keep it unwrapped; then
    // columns that the proportional share would make narrower than their widest word get that
    // word's width; each time the rest is shared again. The wide columns left share the rest.
    std::vector<bool> fixed(n, false);
    for (;;) {
        double room = available;
        double flex_hi = 0;
        std::size_t flex = 0;
        for (std::size_t c = 0; c < n; ++c) {
            if (fixed[c]) {
                room -= out[c];
            } else {
                flex_hi += hi[c];
                ++flex;
            }
        }
        if (flex == 0) break;
        const double fair = room / static_cast<double>(flex);
        bool changed = false;
        for (std::size_t c = 0; c < n; ++c) {
            if (!fixed[c] && hi[c] <= fair) {
                out[c] = hi[c];
                fixed[c] = changed = true;
            }
        }
        if (changed) continue;
        for (std::size_t c = 0; c < n; ++c) {
            if (!fixed[c] && room * hi[c] / flex_hi < lo[c]) {
                out[c] = lo[c];
                fixed[c] = changed = true;
            }
        }
        if (changed) continue;
        for (std::size_t c = 0; c < n; ++c)
            if (!fixed[c]) out[c] = room * hi[c] / flex_hi;
        break;
    }
    return out;
}

double widest_word(const StyledText& text, const ParagraphSpec& spec, WordCache& words) {
    double widest = 0, word = 0;
    for (const StyledSpan& span : text.spans) {
        const int id = words.style_id(spec.font_for(span.bold, span.italic, span.code));
        std::size_t at = span.start;
        while (at < span.end) {
            if (is_space(text.text[at])) {
                widest = std::max(widest, word);
                word = 0;
                ++at;
                continue;
            }
            std::size_t end = at;
            while (end < span.end && !is_space(text.text[end])) ++end;
            word += words.shape(id, std::string_view(text.text).substr(at, end - at)).width;
            at = end;
        }
    }
    return std::max(widest, word);
}

TableSetter::TableSetter(TableSpec spec, SetText set_text, MinWidth min_width,
                         AddStructure add_structure)
    : spec_(std::move(spec)),
      set_text_(std::move(set_text)),
      min_width_(std::move(min_width)),
      add_structure_(std::move(add_structure)) {}

std::vector<SetLine> TableSetter::set_row(const doc::TableRow& row, bool header,
                                          const std::vector<style::Align>& aligns,
                                          int row_structure) {
    const std::size_t n = widths_.size();
    const double total = total_;
    std::vector<std::vector<SetLine>> cells(n);
    std::size_t count = 1;
    static const doc::Inlines kEmpty;
    for (std::size_t c = 0; c < n; ++c) {
        const doc::Inlines& content = c < row.cells.size() ? row.cells[c].content : kEmpty;
        const int cell = add_structure_(header ? "TH" : "TD", row_structure);
        cells[c] = set_text_(StyledText::collect(content, header, false), aligns[c], widths_[c],
                             squeezed_[c], cell);
        shift(cells[c], offsets_[c]);
        count = std::max(count, cells[c].size());
    }
    std::vector<SetLine> lines(count);
    for (std::size_t k = 0; k < count; ++k) {
        SetLine& line = lines[k];
        line.leading = spec_.leading;
        line.ascent = spec_.font_size * 0.8;
        line.descent = spec_.font_size * 0.25;
        line.info.measure = total;
        line.info.width = total;
        for (std::size_t c = 0; c < n; ++c) {
            if (k >= cells[c].size()) continue;
            SetLine& part = cells[c][k];
            line.ascent = std::max(line.ascent, part.ascent);
            line.descent = std::max(line.descent, part.descent);
            for (FrameItem& item : part.items) line.items.push_back(std::move(item));
            for (std::size_t note : part.notes) line.notes.push_back(note);
        }
    }
    return lines;
}

std::vector<FlowBlock> TableSetter::set(const doc::Table& table, int parent) {
    std::size_t n = table.columns.size();
    for (const auto* rows : {&table.head, &table.body})
        for (const doc::TableRow& row : *rows) n = std::max(n, row.cells.size());
    std::vector<FlowBlock> blocks;
    widths_.clear();
    offsets_.clear();
    squeezed_.clear();
    if (n == 0 || (table.head.empty() && table.body.empty())) return blocks;
    std::vector<style::Align> aligns(n, style::Align::Left);
    for (std::size_t c = 0; c < table.columns.size(); ++c) aligns[c] = align_of(table.columns[c]);

    // Content widths: the widest word and the whole text of every cell of each column.
    std::vector<double> min(n, 0), max(n, 0);
    for (const auto* rows : {&table.head, &table.body}) {
        const bool header = rows == &table.head;
        for (const doc::TableRow& row : *rows) {
            for (std::size_t c = 0; c < row.cells.size(); ++c) {
                const StyledText text = StyledText::collect(row.cells[c].content, header, false);
                min[c] = std::max(min[c], min_width_(text));
                for (const SetLine& line : set_text_(text, style::Align::Left, 1e6, false, -1))
                    max[c] = std::max(max[c], line.info.width);
            }
        }
    }
    const double gutter = 2 * spec_.cell_padding;
    const double available = spec_.measure - gutter * static_cast<double>(n - 1);
    widths_ = distribute_columns(min, max, available);
    double total = gutter * static_cast<double>(n - 1);
    for (std::size_t c = 0; c < n; ++c) {
        squeezed_.push_back(widths_[c] + 0.01 < min[c]);
        total += widths_[c];
    }
    double x = spec_.rtl ? total : 0;
    for (std::size_t c = 0; c < n; ++c) {
        if (spec_.rtl) {
            offsets_.push_back(x - widths_[c]);
            x -= widths_[c] + gutter;
        } else {
            offsets_.push_back(x);
            x += widths_[c] + gutter;
        }
    }
    total_ = total;

    // booktabs' spacing: a little room below a rule (\belowrulesep, 0.65ex) and above one
    // (\aboverulesep, 0.4ex), in the cells' font size.
    const double below = 0.3 * spec_.font_size;
    const double above = 0.2 * spec_.font_size;
    const double ascent = 0.8 * spec_.font_size;
    const double descent = 0.25 * spec_.font_size;
    auto rule = [&](double y, double height) { return Rule{0, y, total, height, spec_.color}; };

    const int table_structure = add_structure_("Table", parent);
    FlowBlock head;
    for (const doc::TableRow& row : table.head) {
        std::vector<SetLine> lines =
            set_row(row, true, aligns, add_structure_("TR", table_structure));
        if (!head.lines.empty()) lines.front().leading += spec_.row_spacing;
        for (SetLine& line : lines) head.lines.push_back(std::move(line));
    }
    for (const doc::TableRow& row : table.body) {
        FlowBlock block;
        block.lines = set_row(row, false, aligns, add_structure_("TR", table_structure));
        block.lines.front().leading += spec_.row_spacing;
        block.keep_together = true;
        blocks.push_back(std::move(block));
    }

    // The top rule, over the first row.
    SetLine& first = head.lines.empty() ? blocks.front().lines.front() : head.lines.front();
    first.items.push_back(rule(-(first.ascent + below + spec_.rule_width), spec_.rule_width));
    first.ascent += below + spec_.rule_width;
    first.leading += below + spec_.rule_width;
    if (head.lines.empty()) {
        first.leading -= spec_.row_spacing;
    } else {
        // Under the header: a line holding the rule (the bottom rule when there is no body),
        // spaced so that the next row's first baseline (a row's leading plus the row spacing
        // below it) falls a row's ascent below the room under the rule.
        const double width = blocks.empty() ? spec_.rule_width : spec_.head_rule_width;
        SetLine spacer;
        spacer.ascent = 0;
        spacer.descent = 0;
        spacer.leading = std::max(
            0.0, descent + above + width + below + ascent - (spec_.leading + spec_.row_spacing));
        spacer.info.measure = total;
        spacer.items.push_back(rule(descent + above - spacer.leading, width));
        head.lines.push_back(std::move(spacer));
        head.keep_together = true;
        head.keep_with_next = !blocks.empty();
        auto repeat = std::make_shared<const std::vector<SetLine>>(artifact_copy(head.lines));
        for (FlowBlock& block : blocks) block.repeat = repeat;
        blocks.insert(blocks.begin(), std::move(head));
    }
    // The bottom rule, under the last body row.
    if (!table.body.empty()) {
        SetLine& last = blocks.back().lines.back();
        last.items.push_back(rule(last.descent + above, spec_.rule_width));
    }
    return blocks;
}

}  // namespace galley::layout
