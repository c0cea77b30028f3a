#include "layout/DocumentFlow.hpp"

#include <algorithm>

#include "layout/CodeBlockSetter.hpp"
#include "present/TitleBlock.hpp"

namespace galley::layout {

DocumentFlow::DocumentFlow(const doc::Document& document, const style::StyleSheet& style,
                           ParagraphBuilder& builder, double measure,
                           std::vector<StructureElement>& structure)
    : document_(document),
      style_(style),
      builder_(builder),
      measure_(measure),
      structure_(structure),
      rtl_(doc::direction_of(document.meta.language) == "rtl") {}

int DocumentFlow::add_structure(const std::string& role, int parent) {
    structure_.push_back({role, parent, {}});
    return static_cast<int>(structure_.size() - 1);
}

std::vector<SetLine> DocumentFlow::set(const StyledText& text, const style::TextStyle& text_style,
                                       style::Align align, const Context& context,
                                       double first_indent, bool hyphenate, int structure,
                                       int line) {
    ParagraphSpec spec =
        spec_for(text_style, document_.meta.language, align,
                 std::max(text_style.font_size.value * 4, measure_ - context.left - context.right));
    spec.first_indent = first_indent;
    spec.letter_stretch = style_.letter_spacing.value / style_.body.font_size.value;
    spec.hyphenate = hyphenate && style_.hyphenation.enabled;
    spec.hyphenation = style_.hyphenation;
    spec.structure = structure;
    // Each link of a tagged paragraph is a "Link" element holding its text and its annotation.
    if (structure >= 0) {
        for (std::size_t i = 0; i < text.links.size(); ++i)
            spec.link_structures.push_back(add_structure("Link", structure));
    }
    spec.link_color = style_.link_color;
    spec.source_line = line;
    std::vector<SetLine> lines = builder_.build(text, spec);
    if (context.left != 0) {
        for (SetLine& set_line : lines) {
            for (FrameItem& item : set_line.items) {
                std::visit([&](auto& thing) { thing.x += context.left; }, item);
            }
        }
    }
    return lines;
}

void DocumentFlow::add_title_block() {
    Context context;
    for (const present::TitleLine& line : present::title_block(document_.meta).lines) {
        const style::TextStyle& ts = present::text_style(line.field, style_);
        const bool heading = line.field == present::Field::Title;
        int structure = add_structure(heading ? "H1" : "P", -1);
        style::Align align = ts.align == style::Align::Justify ? style::Align::Left : ts.align;
        FlowBlock block;
        block.lines = set(StyledText::plain(line.text, ts.bold, ts.italic), ts, align, context, 0,
                          false, structure, 0);
        block.space_before = ts.space_before.value;
        block.space_after = ts.space_after.value;
        block.keep_together = true;
        if (heading) {
            block.outline_level = 0;
            block.outline_title = line.text;
        }
        blocks_.push_back(std::move(block));
    }
    if (!blocks_.empty()) {
        blocks_.back().space_after =
            std::max(blocks_.back().space_after, style_.title_block_space.value);
    }
    indent_next_ = false;
}

void DocumentFlow::add_body() {
    Context context;
    context.text = &style_.body;
    add_blocks(document_.blocks, context);
}

void DocumentFlow::add_blocks(const doc::Blocks& blocks, const Context& context) {
    for (const doc::Block& block : blocks) add_block(block, context);
}

void DocumentFlow::add_block(const doc::Block& block, const Context& context) {
    const style::TextStyle& body = *context.text;
    if (const auto* paragraph = std::get_if<doc::Paragraph>(&block.value)) {
        int structure = add_structure("P", context.parent);
        FlowBlock flow;
        double indent = indent_next_ ? style_.paragraph_indent.value : 0;
        flow.lines = set(StyledText::collect(paragraph->content, body.bold, body.italic), body,
                         body.align, context, indent, true, structure, block.line);
        flow.space_before = std::max(body.space_before.value, style_.paragraph_spacing.value);
        flow.space_after = body.space_after.value;
        flow.widows = style_.widows;
        flow.orphans = style_.orphans;
        if (!flow.lines.empty()) indent_next_ = true;
        blocks_.push_back(std::move(flow));
    } else if (const auto* heading = std::get_if<doc::Heading>(&block.value)) {
        int level = std::clamp(heading->level, 1, 3);
        const style::TextStyle& ts = style_.headings[level - 1];
        int structure = add_structure("H" + std::to_string(level + 1), context.parent);
        style::Align align = ts.align == style::Align::Justify ? style::Align::Left : ts.align;
        FlowBlock flow;
        flow.lines = set(StyledText::collect(heading->content, ts.bold, ts.italic), ts, align,
                         context, 0, false, structure, block.line);
        flow.space_before = ts.space_before.value;
        flow.space_after = ts.space_after.value;
        flow.keep_with_next = true;
        flow.outline_level = level;
        flow.outline_title = doc::plain_text(heading->content);
        blocks_.push_back(std::move(flow));
        indent_next_ = false;
    } else if (const auto* quote = std::get_if<doc::BlockQuote>(&block.value)) {
        Context inner = context;
        inner.left += style_.quote_indent.value;
        inner.right += style_.quote_indent.value;
        inner.text = &style_.quote;
        inner.parent = add_structure("BlockQuote", context.parent);
        std::size_t first = blocks_.size();
        indent_next_ = false;
        add_blocks(quote->content, inner);
        if (blocks_.size() > first) {
            blocks_[first].space_before =
                std::max(blocks_[first].space_before, style_.quote.space_before.value);
            blocks_.back().space_after =
                std::max(blocks_.back().space_after, style_.quote.space_after.value);
        }
        indent_next_ = false;
    } else if (const auto* list = std::get_if<doc::List>(&block.value)) {
        add_list(*list, block.line, context);
        indent_next_ = false;
    } else if (const auto* code = std::get_if<doc::CodeBlock>(&block.value)) {
        int structure = add_structure("Code", context.parent);
        FlowBlock flow;
        flow.lines = set_code_lines(
            *code, style_.code, document_.meta.language, builder_,
            std::max(style_.code.font_size.value * 4, measure_ - context.left - context.right),
            structure);
        for (SetLine& line : flow.lines)
            for (FrameItem& item : line.items)
                std::visit([&](auto& thing) { thing.x += context.left; }, item);
        flow.space_before = style_.code.space_before.value;
        flow.space_after = style_.code.space_after.value;
        flow.widows = style_.widows;
        flow.orphans = style_.orphans;
        blocks_.push_back(std::move(flow));
        indent_next_ = false;
    } else if (const auto* table = std::get_if<doc::Table>(&block.value)) {
        // Until tables are laid out as grids: one ragged line group per row, the cells apart by
        // " | ", header rows bold, the whole kept together when short.
        const int parent = add_structure("Div", context.parent);
        std::size_t first = blocks_.size();
        for (const auto* rows : {&table->head, &table->body}) {
            const bool header = rows == &table->head;
            for (const doc::TableRow& row : *rows) {
                doc::Inlines line;
                for (std::size_t i = 0; i < row.cells.size(); ++i) {
                    if (i > 0) line.push_back({doc::Text{" | "}});
                    for (const doc::Inline& in : row.cells[i].content) line.push_back(in);
                }
                FlowBlock flow;
                flow.lines = set(StyledText::collect(line, header || body.bold, body.italic), body,
                                 style::Align::Left, context, 0, false, add_structure("P", parent),
                                 block.line);
                flow.keep_with_next = header;
                blocks_.push_back(std::move(flow));
            }
        }
        if (blocks_.size() > first) {
            blocks_[first].space_before = body.leading.value * 0.5;
            blocks_.back().space_after = body.leading.value * 0.5;
        }
        indent_next_ = false;
    } else {
        int structure = add_structure("Div", context.parent);
        FlowBlock flow;
        flow.lines = set(StyledText::plain("* * *", false, false), style_.body,
                         style::Align::Center, context, 0, false, structure, block.line);
        flow.space_before = style_.body.leading.value * 0.5;
        flow.space_after = style_.body.leading.value * 0.5;
        flow.keep_together = true;
        blocks_.push_back(std::move(flow));
        indent_next_ = false;
    }
}

void DocumentFlow::add_list(const doc::List& list, int line, const Context& context) {
    const style::TextStyle& ts = style_.list;
    auto label_of = [&](std::size_t i) {
        return list.ordered ? std::to_string(list.start + static_cast<int>(i)) + "."
                            : std::string("\u2022");
    };
    // The labels hang in the indent, half an em before the items' text; a list whose widest
    // label ("100.") does not fit the style's indent gets a wider one rather than labels that
    // stick out into the margin.
    double indent = style_.list_indent.value;
    for (std::size_t i = 0; list.ordered && i < list.items.size(); ++i) {
        std::vector<SetLine> probe = set(StyledText::plain(label_of(i), ts.bold, ts.italic), ts,
                                         style::Align::Left, context, 0, false, -1, line);
        if (!probe.empty())
            indent = std::max(indent, probe.front().info.width + 0.5 * ts.font_size.value);
    }
    Context inner = context;
    inner.left += indent;
    inner.text = &style_.list;
    const int list_structure = add_structure("L", context.parent);
    std::size_t first_block = blocks_.size();
    for (std::size_t i = 0; i < list.items.size(); ++i) {
        int item = add_structure("LI", list_structure);
        int label_structure = add_structure("Lbl", item);
        inner.parent = add_structure("LBody", item);
        std::size_t first = blocks_.size();
        indent_next_ = false;
        add_blocks(list.items[i], inner);
        if (blocks_.size() == first) continue;
        std::string label = label_of(i);
        Context label_context = context;
        std::vector<SetLine> label_lines =
            set(StyledText::plain(label, ts.bold, ts.italic), ts, style::Align::Left, label_context,
                0, false, label_structure, line);
        if (label_lines.empty()) continue;
        SetLine& label_line = label_lines.front();
        // Hang the label in the indent: its right edge half an em before the item's text.
        double shift = indent - label_line.info.width - 0.5 * ts.font_size.value;
        if (rtl_) shift = -shift;
        SetLine& target = blocks_[first].lines.front();
        for (FrameItem& item_frame : label_line.items) {
            std::visit([&](auto& thing) { thing.x += shift; }, item_frame);
            target.items.push_back(std::move(item_frame));
        }
    }
    if (blocks_.size() > first_block) {
        blocks_[first_block].space_before =
            std::max(blocks_[first_block].space_before, ts.space_before.value);
        blocks_.back().space_after = std::max(blocks_.back().space_after, ts.space_after.value);
    }
}

}  // namespace galley::layout
