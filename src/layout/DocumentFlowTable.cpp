// DocumentFlow's tables: the glue between the document flow (text styles, structure, notes) and
// the TableSetter, which measures, places and rules the cells.
#include <algorithm>

#include "layout/DocumentFlow.hpp"
#include "layout/TableSetter.hpp"

namespace galley::layout {

void DocumentFlow::add_table(const doc::Table& table, int line, const Context& context) {
    const style::TextStyle& ts = style_.table;
    TableSpec spec;
    spec.measure = std::max(ts.font_size.value * 4, measure_ - context.left - context.right);
    spec.cell_padding = style_.table_cell_padding.value;
    spec.row_spacing = style_.table_row_spacing.value;
    spec.rule_width = style_.table_rule_width.value;
    spec.head_rule_width = style_.table_head_rule_width.value;
    spec.font_size = ts.font_size.value;
    spec.leading = ts.leading.value;
    spec.color = ts.color;
    spec.rtl = rtl_;
    spec.source_line = line;

    // The cells' faces, for their widest words (as set() would set them).
    ParagraphSpec cell = spec_for(ts, document_.meta.language, style::Align::Left, 1e6);
    cell.code_family = style_.code.family;
    cell.code_scale = style_.code.font_size.value / style_.body.font_size.value;
    TableSetter setter(
        spec,
        [&](const StyledText& text, style::Align align, double measure, bool hyphenate,
            int structure) {
            Context inner;
            inner.text = &ts;
            inner.measure = std::max(measure, 1.0);
            return set(text, ts, align, inner, 0, hyphenate, structure, line);
        },
        [&](const StyledText& text) { return widest_word(text, cell, builder_.words()); },
        [&](const std::string& role, int parent) { return add_structure(role, parent); });
    std::vector<FlowBlock> rows = setter.set(table, context.parent);
    if (rows.empty()) return;
    for (FlowBlock& row : rows) {
        for (SetLine& set_line : row.lines)
            for (FrameItem& item : set_line.items)
                std::visit([&](auto& thing) { thing.x += context.left; }, item);
    }
    // The repeated header rows move with the table (one copy shared by its rows).
    const auto old = rows.back().repeat;
    if (old && context.left != 0) {
        auto moved = std::make_shared<std::vector<SetLine>>(*old);
        for (SetLine& set_line : *moved)
            for (FrameItem& item : set_line.items)
                std::visit([&](auto& thing) { thing.x += context.left; }, item);
        std::shared_ptr<const std::vector<SetLine>> shared = std::move(moved);
        for (FlowBlock& row : rows)
            if (row.repeat == old) row.repeat = shared;
    }
    rows.front().space_before = ts.space_before.value;
    rows.back().space_after = ts.space_after.value;
    for (FlowBlock& row : rows) blocks_.push_back(std::move(row));
}

}  // namespace galley::layout
