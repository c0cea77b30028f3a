// layout: tables. A doc::Table becomes a grid: column widths from the cells' content (the
// minimum and maximum content widths of each column, distributed over the measure as LaTeX's
// tabulary and Typst's auto columns do), cells set as ragged paragraphs in their
// column's width and alignment, header rows bold, booktabs-style rules (a heavier rule above and
// below the table, a light one under the header, none between columns). Each row is a flow block
// that is never split; body rows carry the header rows, which the page builder repeats at the top
// of every page the table continues on.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "doc/Document.hpp"
#include "layout/ParagraphBuilder.hpp"
#include "layout/SetLine.hpp"
#include "layout/StyledText.hpp"
#include "style/StyleSheet.hpp"

namespace galley::layout {

/// The width of each column from its minimum (widest word) and maximum (unwrapped) content
/// widths: the maximums when they all fit `available`; else, as LaTeX's tabulary and Typst's auto
/// columns do, columns whose content fits an equal share of the room keep their maximum (short
/// columns of numbers are not wrapped), and the wide columns share the rest in proportion to
/// their maximums, never below their minimums; when even the minimums do not fit, the minimums
/// scaled down to `available`. `min` and `max` have one entry per column (a max below its min
/// counts as the min).
std::vector<double> distribute_columns(const std::vector<double>& min,
                                       const std::vector<double>& max, double available);

/// The widest word (run of characters between spaces or line breaks) of `text` set as `spec`
/// says (its bold, italic and code spans in their own faces): a column's minimum content width.
double widest_word(const StyledText& text, const ParagraphSpec& spec, WordCache& words);

/// How a table is set.
struct TableSpec {
    double measure = 300;           ///< the width the table may take
    double cell_padding = 6;        ///< room on either side of a cell's text between two columns
    double row_spacing = 2;         ///< extra space between two rows
    double rule_width = 0.8;        ///< the rules above and below the table
    double head_rule_width = 0.5;   ///< the rule under the header rows
    double font_size = 9;           ///< the cells' font size (the rules' spacing follows it)
    double leading = 11;            ///< baseline to baseline inside a row
    std::string color = "#000000";  ///< colour of the rules
    bool rtl = false;               ///< columns run right to left
    int source_line = 0;            ///< the table's input line, for warnings
};

/// Sets tables: the caller sets each cell's text (its styles, links, notes and structure) and
/// names structure elements; the setter measures, places and rules.
class TableSetter {
  public:
    /// Sets `text` in `align` at `measure` (hyphenating when `hyphenate`), its glyph runs
    /// belonging to structure element `structure` (-1: none, for measuring).
    using SetText = std::function<std::vector<SetLine>(
        const StyledText& text, style::Align align, double measure, bool hyphenate, int structure)>;
    /// Adds a structure element of `role` under `parent`; returns its index.
    using AddStructure = std::function<int(const std::string& role, int parent)>;
    /// Measures a cell's widest word (see widest_word()).
    using MinWidth = std::function<double(const StyledText& text)>;

    /// A setter using the three callbacks.
    TableSetter(TableSpec spec, SetText set_text, MinWidth min_width, AddStructure add_structure);

    /// The table's rows as flow blocks, top to bottom: the header rows (one block, kept with the
    /// first body row), then one unsplittable block per body row, each carrying the header rows
    /// (as artifacts: untagged, without links or notes) in FlowBlock::repeat. Structure: a
    /// "Table" element under `parent`, a "TR" per row, a "TH" (header rows) or "TD" per cell.
    std::vector<FlowBlock> set(const doc::Table& table, int parent);

    /// The column widths chosen by the last set() (content widths, padding not included).
    const std::vector<double>& columns() const { return widths_; }

  private:
    /// Row `row`'s cells set and merged into lines across the columns.
    std::vector<SetLine> set_row(const doc::TableRow& row, bool header,
                                 const std::vector<style::Align>& aligns, int row_structure);

    TableSpec spec_;
    SetText set_text_;
    MinWidth min_width_;
    AddStructure add_structure_;
    std::vector<double> widths_;   // content width of each column
    std::vector<double> offsets_;  // left edge of each column's text
    std::vector<bool> squeezed_;   // the column is narrower than its widest word
    double total_ = 0;             // the table's width
};

}  // namespace galley::layout
