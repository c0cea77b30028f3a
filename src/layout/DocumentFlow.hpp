#pragma once

#include <functional>
#include <string>
#include <vector>

#include "base/Diagnostics.hpp"
#include "doc/Document.hpp"
#include "layout/PageBuilder.hpp"
#include "layout/ParagraphBuilder.hpp"
#include "layout/SetLine.hpp"
#include "style/StyleSheet.hpp"

namespace galley::layout {

/// Turns a document's blocks into flow blocks: picks each block's text style, measure, indents,
/// spacing, keep rules and structure element, and sets its text with a ParagraphBuilder.
class DocumentFlow {
  public:
    /// A flow for `document` in `style`; structure elements are appended to `structure`.
    DocumentFlow(const doc::Document& document, const style::StyleSheet& style,
                 ParagraphBuilder& builder, double measure,
                 std::vector<StructureElement>& structure);

    /// The title block (present::title_block: title, subtitle, byline, publisher, dateline,
    /// date) as flow blocks for page 1.
    void add_title_block();
    /// Every body block, in order. With `out`, the flow blocks made so far (final once a block of
    /// the body's top level is done) go to `out` after each such block, so that a caller can
    /// place them while the rest is being set.
    void add_body(const std::function<void(std::vector<FlowBlock>&&)>& out = {});
    /// The set lines of each note of the document (after add_body(): their structure elements
    /// follow the body's), the label hung before the first line and linking back to the mark.
    std::vector<std::vector<SetLine>> notes();
    /// The flow blocks made so far (moved out).
    std::vector<FlowBlock> take() { return std::move(blocks_); }

  private:
    /// Where blocks are being added: indents, text style and structure parent.
    struct Context {
        double left = 0, right = 0;              ///< indents from the column edges
        const style::TextStyle* text = nullptr;  ///< style of paragraphs here
        int parent = -1;                         ///< structure parent
        double measure = 0;  ///< > 0: the line width (a table cell), else the column less indents
    };

    void add_blocks(const doc::Blocks& blocks, const Context& context);
    /// Adds `block`, its lines stamped with where they start in the document (running text).
    void add_block(const doc::Block& block, const Context& context);
    void add_block_content(const doc::Block& block, const Context& context);
    void add_list(const doc::List& list, int line, const Context& context);
    /// A figure as one float block: its picture and caption (layout/FigureFlow.cpp).
    void add_figure(const doc::Figure& figure, int line, const Context& context);
    /// A table as a grid (TableSetter; defined in DocumentFlowTable.cpp).
    void add_table(const doc::Table& table, int line, const Context& context);
    std::vector<SetLine> set(const StyledText& text, const style::TextStyle& text_style,
                             style::Align align, const Context& context, double first_indent,
                             bool hyphenate, int structure, int line, Rebreaker* rebreak = nullptr,
                             bool balance = false);
    int add_structure(const std::string& role, int parent);

    const doc::Document& document_;
    const style::StyleSheet& style_;
    ParagraphBuilder& builder_;
    double measure_;
    std::vector<StructureElement>& structure_;
    std::vector<FlowBlock> blocks_;
    bool rtl_ = false;
    bool indent_next_ = false;
    bool in_body_ = false;  // adding the body's blocks (not the title block, not notes)
    int next_block_ = 0;    // pre-order index of the next body block
    int word_block_ = -1;   // >= 0: set() stamps lines with their word in this block
    int figures_ = 0;       // captioned figures numbered so far (present::figure_label)
};

}  // namespace galley::layout
