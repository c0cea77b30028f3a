// Helpers for the layout tests: documents built by hand with doc:: types, fixture texts, and
// readers of a PagedDocument (lines of text per page, glyph texts, structure roles).
#pragma once

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "base/File.hpp"
#include "doc/Document.hpp"
#include "layout/Layout.hpp"
#include "style/StyleSheet.hpp"
#include "text/FontCatalog.hpp"

namespace galley::layout::testing {

/// The bundled fonts, loaded once for all tests.
inline const text::FontCatalog& fonts() {
    static text::FontCatalog set(data_dir() / "fonts");
    return set;
}

/// A fixture text from tests/layout/data.
inline std::string fixture(const std::string& name) {
    return read_file(std::string(GALLEY_SOURCE_DATA_DIR) + "/tests/layout/data/" + name);
}

/// The paragraphs of a corpus-shaped text ("title, blank line, paragraphs"), title first.
inline std::vector<std::string> paragraphs(const std::string& text) {
    std::vector<std::string> out;
    std::size_t position = 0;
    while (position < text.size()) {
        std::size_t end = text.find("\n\n", position);
        if (end == std::string::npos) end = text.size();
        std::string p = text.substr(position, end - position);
        for (char& c : p) {
            if (c == '\n') c = ' ';
        }
        while (!p.empty() && p.back() == ' ') p.pop_back();
        if (!p.empty()) out.push_back(p);
        position = end + 2;
    }
    return out;
}

/// A paragraph block of plain text.
inline doc::Block para(const std::string& text) {
    doc::Block b;
    b.value = doc::Paragraph{{doc::Inline{doc::Text{text}}}};
    return b;
}

/// A paragraph of `lines` forced lines ("line 1", "line 2"...): a known line count.
inline doc::Block forced_lines(int lines, const std::string& word = "line") {
    doc::Paragraph p;
    for (int i = 0; i < lines; ++i) {
        if (i > 0) p.content.push_back(doc::Inline{doc::LineBreak{}});
        p.content.push_back(doc::Inline{doc::Text{word + " " + std::to_string(i + 1)}});
    }
    doc::Block b;
    b.value = p;
    return b;
}

/// A heading block.
inline doc::Block heading(const std::string& text, int level = 1) {
    doc::Block b;
    b.value = doc::Heading{level, {doc::Inline{doc::Text{text}}}, "h"};
    return b;
}

/// Moby-Dick's first chapter (fixture) as a document: title, author, English paragraphs.
inline doc::Document chapter_one() {
    auto texts = paragraphs(fixture("moby-dick-chapter-1.txt"));
    doc::Document d;
    d.meta.title = texts[0];
    d.meta.authors = {"Herman Melville"};
    d.meta.language = "en";
    for (std::size_t i = 1; i < texts.size(); ++i) d.blocks.push_back(para(texts[i]));
    return d;
}

/// The classic defaults with justified body text.
inline style::StyleSheet justified_style() {
    style::StyleSheet s;
    s.body.align = style::Align::Justify;
    return s;
}

/// Lays `document` out with `style`.
inline PagedDocument lay_out(const doc::Document& document, const style::StyleSheet& style,
                             Diagnostics* diagnostics = nullptr) {
    Diagnostics local;
    return layout_document(document, style, fonts(), diagnostics ? *diagnostics : local);
}

/// The glyph texts of one run joined.
inline std::string run_text(const GlyphRun& run) {
    std::string out;
    for (const PlacedGlyph& g : run.glyphs) out += run.text_of(g);
    return out;
}

/// One visual line: its baseline and runs (left to right).
struct TextLine {
    double y = 0;                       ///< baseline
    std::vector<const GlyphRun*> runs;  ///< runs on it, by x
    /// The glyph texts of the line, runs by x, without the word space that ends a line broken
    /// at a space.
    std::string text() const {
        std::string out;
        for (const GlyphRun* r : runs) out += run_text(*r);
        if (!out.empty() && out.back() == ' ') out.pop_back();
        return out;
    }
    /// The glyph texts of the line, runs by x, as drawn (with a line-ending word space).
    std::string raw_text() const {
        std::string out;
        for (const GlyphRun* r : runs) out += run_text(*r);
        return out;
    }
};

/// The lines of content (structure >= 0 unless `artifacts`) on a page, top to bottom.
inline std::vector<TextLine> text_lines(const Page& page, bool artifacts = false) {
    std::map<long, TextLine> by_y;
    for (const FrameItem& item : page.items) {
        const auto* run = std::get_if<GlyphRun>(&item);
        if (run == nullptr || (run->structure < 0) != artifacts) continue;
        long key = static_cast<long>(run->y * 100 + 0.5);
        TextLine& line = by_y[key];
        line.y = run->y;
        line.runs.push_back(run);
    }
    std::vector<TextLine> out;
    for (auto& [key, line] : by_y) {
        std::sort(line.runs.begin(), line.runs.end(),
                  [](const GlyphRun* a, const GlyphRun* b) { return a->x < b->x; });
        out.push_back(line);
    }
    return out;
}

/// The structure role of a run ("" for artifacts).
inline std::string role_of(const PagedDocument& paged, const GlyphRun& run) {
    if (run.structure < 0) return "";
    return paged.structure[static_cast<std::size_t>(run.structure)].role;
}

/// `text` without spaces.
inline std::string squeeze(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c != ' ') out += c;
    }
    return out;
}

/// True when the line texts, read in order with line-end hyphens joined as a text checker
/// joins them, spell `expected` (spaces ignored).
/// With `keep_hyphen` (one flag per line), a flagged line's final hyphen must be the text's own.
inline bool spells(const std::vector<std::string>& lines, const std::string& expected_text,
                   const std::vector<bool>& keep_hyphen = {}) {
    std::string expected = squeeze(expected_text);
    std::size_t at = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        std::string text = squeeze(lines[i]);
        const bool keep = i < keep_hyphen.size() && keep_hyphen[i];
        if (!keep && !text.empty() && text.back() == '-' &&
            expected.compare(at, text.size(), text) != 0) {
            text.pop_back();  // a hyphen added at a break
        }
        if (expected.compare(at, text.size(), text) != 0) return false;
        at += text.size();
    }
    return at == expected.size();
}

}  // namespace galley::layout::testing
