#include "layout/CodeBlockSetter.hpp"

#include <algorithm>
#include <string_view>

namespace galley::layout {

namespace {

/// One cluster of a shaped line: the characters [start, end) and the glyphs drawing them.
struct Cell {
    std::size_t start = 0, end = 0;        ///< byte range in the source line
    double width = 0;                      ///< advance in points
    const text::ShapedRun* run = nullptr;  ///< the run the glyphs come from
    std::size_t first = 0, count = 0;      ///< glyphs [first, first + count) of the run
};

/// The clusters of `word` in logical order.
std::vector<Cell> cells_of(const ShapedWord& word, double size) {
    std::vector<Cell> cells;
    for (std::size_t r = 0; r < word.runs->size(); ++r) {
        const text::ShapedRun& run = (*word.runs)[r];
        const double scale = size / run.face->units_per_em();
        const std::size_t base = word.run_offsets[r];
        std::vector<Cell> here;
        for (std::size_t g = 0; g < run.glyphs.size(); ++g) {
            const text::ShapedGlyph& glyph = run.glyphs[g];
            if (here.empty() || here.back().start != base + glyph.cluster) {
                Cell cell;
                cell.start = base + glyph.cluster;
                cell.run = &run;
                cell.first = g;
                here.push_back(cell);
            }
            here.back().count += 1;
            here.back().width += glyph.x_advance * scale;
        }
        if (run.rtl) std::reverse(here.begin(), here.end());  // visual → logical
        for (std::size_t i = 0; i < here.size(); ++i)
            here[i].end = i + 1 < here.size() ? here[i + 1].start : base + run.text.size();
        cells.insert(cells.end(), here.begin(), here.end());
    }
    return cells;
}

SetLine empty_line(const style::TextStyle& ts, double measure) {
    SetLine line;
    line.leading = ts.leading.value;
    line.ascent = ts.font_size.value * 0.8;
    line.descent = ts.font_size.value * 0.25;
    line.info.measure = measure;
    return line;
}

/// A set line drawing cells [from, to) of `line_text` from x = `indent`.
SetLine draw(const std::vector<Cell>& cells, std::size_t from, std::size_t to,
             std::string_view line_text, double indent, double size, const style::TextStyle& ts,
             double measure, int structure, ParagraphBuilder& builder) {
    SetLine line = empty_line(ts, measure);
    double pen = indent;
    GlyphRun* current = nullptr;
    for (std::size_t c = from; c < to; ++c) {
        const Cell& cell = cells[c];
        const text::ShapedRun& run = *cell.run;
        const page::FontRef font = builder.font_ref(run.face);
        if (current == nullptr || current->font != font || run.rtl) {
            GlyphRun glyphs;
            glyphs.font = font;
            glyphs.size = size;
            glyphs.x = pen;
            glyphs.color = ts.color;
            glyphs.structure = structure;
            if (run.rtl)
                glyphs.actual_text =
                    std::string(line_text.substr(cell.start, cell.end - cell.start));
            line.items.emplace_back(std::move(glyphs));
            current = &std::get<GlyphRun>(line.items.back());
        }
        const double scale = size / run.face->units_per_em();
        for (std::size_t g = cell.first; g < cell.first + cell.count; ++g) {
            const text::ShapedGlyph& glyph = run.glyphs[g];
            PlacedGlyph placed;
            placed.gid = static_cast<std::uint16_t>(glyph.gid);
            placed.x = pen - current->x + glyph.x_offset * scale;
            placed.y = static_cast<float>(-glyph.y_offset * scale);
            placed.advance = static_cast<float>(run.face->advance(glyph.gid) * scale);
            current->add(placed, g == cell.first && !run.rtl
                                     ? line_text.substr(cell.start, cell.end - cell.start)
                                     : std::string_view());
            pen += glyph.x_advance * scale;
        }
    }
    line.info.width = pen;
    return line;
}

}  // namespace

std::vector<SetLine> set_code_lines(const doc::CodeBlock& code, const style::TextStyle& ts,
                                    const std::string& language, ParagraphBuilder& builder,
                                    double measure, int structure) {
    FontStyle font;
    font.family = ts.family;
    font.size = ts.font_size.value;
    font.language = language.empty() ? "en" : language;
    WordCache& words = builder.words();
    const int id = words.style_id(font);
    const double indent = kCodeContinuationIndent * words.space_width(id);

    std::vector<SetLine> lines;
    std::string_view text = code.text;
    for (std::size_t start = 0; start <= text.size();) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        const std::string_view line_text = text.substr(start, end - start);
        start = end + 1;
        if (line_text.find_first_not_of(' ') == std::string_view::npos) {
            lines.push_back(empty_line(ts, measure));
            continue;
        }
        const std::vector<Cell> cells = cells_of(words.shape(id, line_text), font.size);
        std::size_t from = 0;
        double x0 = 0;
        while (from < cells.size()) {
            // The cells that fit; then back to just after the last space among them.
            std::size_t to = from;
            double width = x0;
            while (to < cells.size() && (to == from || width + cells[to].width <= measure))
                width += cells[to++].width;
            if (to < cells.size()) {
                for (std::size_t k = to; k > from + 1; --k)
                    if (line_text[cells[k - 1].start] == ' ') {
                        to = k;
                        break;
                    }
            }
            lines.push_back(
                draw(cells, from, to, line_text, x0, font.size, ts, measure, structure, builder));
            from = to;
            x0 = indent;
        }
    }
    return lines;
}

}  // namespace galley::layout
