// Issue 3's whole-corpus layout check: every article of ../shared/corpus (en/, intl/,
// anthology/; see its SOURCES.md) read with the real reader and laid out in the default style
// with one shared font catalog has no set line wider than its measure by more than 0.5 pt, no glyph
// outside its text column (but for punctuation hanging into the margin by its protrusion), and no
// .notdef glyph (gid 0) unless the shaper reported that character as covered by no font. Registered
// only when the corpus exists (label "corpus").
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <variant>
#include <vector>

#include "app/Converter.hpp"
#include "base/Utf8.hpp"
#include "layout/Layout.hpp"
#include "layout/Protrusion.hpp"
#include "read/Reader.hpp"
#include "style/StyleSheet.hpp"

namespace fs = std::filesystem;
using namespace galley;

namespace {

/// The .txt files of one corpus folder, sorted.
std::vector<fs::path> articles(const std::string& folder) {
    std::vector<fs::path> out;
    for (const auto& entry : fs::directory_iterator(fs::path(GALLEY_CORPUS) / folder))
        if (entry.path().extension() == ".txt") out.push_back(entry.path());
    std::sort(out.begin(), out.end());
    return out;
}

/// "U+0041" for the first code point of `text` (its glyph's characters), "" when empty.
std::string first_code_point(const std::string& text) {
    if (text.empty()) return "";
    auto b = static_cast<unsigned char>(text[0]);
    int extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : 0;
    char32_t c = extra == 0 ? b : b & (0x3F >> extra);
    for (int i = 1; i <= extra && i < static_cast<int>(text.size()); ++i)
        c = (c << 6) | (static_cast<unsigned char>(text[static_cast<std::size_t>(i)]) & 0x3F);
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
    return buf;
}

/// Whether the shaper warned that no font covers `code_point` ("U+0041").
bool reported_uncovered(const Diagnostics& diagnostics, const std::string& code_point) {
    if (code_point.empty()) return false;
    return std::any_of(
        diagnostics.warnings().begin(), diagnostics.warnings().end(), [&](const Diagnostic& d) {
            return d.message.find("no font covers " + code_point) != std::string::npos;
        });
}

/// Lays out every article of `folder` and returns one line per defect, naming the article, the
/// page (1-based) and the line or glyph.
std::vector<std::string> defects_in(const std::string& folder, std::size_t& count) {
    const style::StyleSheet style = style::load_style("");
    auto fonts = app::fonts_for(style);
    std::vector<std::string> defects;
    const std::vector<fs::path> files = articles(folder);
    count = files.size();
    for (const fs::path& path : files) {
        Diagnostics diagnostics;
        doc::Document document = read::read_article(path, {}, diagnostics);
        layout::PagedDocument paged = layout::layout_document(document, style, *fonts, diagnostics);
        const std::string name = folder + "/" + path.filename().string();
        if (paged.pages.empty()) defects.push_back(name + ": no pages");
        for (std::size_t p = 0; p < paged.pages.size(); ++p) {
            const layout::Page& page = paged.pages[p];
            const std::string where = name + " page " + std::to_string(p + 1);
            for (std::size_t l = 0; l < page.lines.size(); ++l) {
                const layout::LineInfo& line = page.lines[l];
                if (line.width > line.measure + 0.5)
                    defects.push_back(where + " line " + std::to_string(l + 1) + " (y " +
                                      std::to_string(line.y) + "): width " +
                                      std::to_string(line.width) + " > measure " +
                                      std::to_string(line.measure));
            }
            // Glyphs stay on the paper between the side margins (either page parity).
            const double margin =
                std::min(style.page.margin_inner.value, style.page.margin_outer.value);
            for (const layout::FrameItem& item : page.items) {
                const auto* run = std::get_if<layout::GlyphRun>(&item);
                if (run == nullptr) continue;
                // Punctuation hangs into the margin by its protrusion (the margins are wider
                // than that), and so may the glyph kerned against it ("r," or "r.").
                auto hang_of = [&](std::size_t i) {
                    const std::string text(run->text_of(run->glyphs[i]));
                    const double advance = run->glyphs[i].advance * run->hscale;
                    for (char32_t c : std::u32string(
                             U".,:;!?()-\u2010\u2013\u2014'"
                             U"\u2018\u2019\"\u201C\u201D\u060C\u061B\u061F\u00AD\u2011")) {
                        if (text != to_utf8(std::u32string(1, c))) continue;
                        const layout::ProtrusionFactors f = layout::protrusion_factors(c);
                        // Either side: right-to-left lines start at the right.
                        const double most = std::max(f.start, f.end) * advance;
                        return std::pair{most, most};
                    }
                    return std::pair{0.0, 0.0};
                };
                for (std::size_t i = 0; i < run->glyphs.size(); ++i) {
                    const layout::PlacedGlyph& g = run->glyphs[i];
                    const std::string text(run->text_of(g));
                    const double left = run->x + g.x, right = left + g.advance * run->hscale;
                    auto [start, end] = hang_of(i);
                    if (i + 1 < run->glyphs.size()) end = std::max(end, hang_of(i + 1).second);
                    if (i > 0) start = std::max(start, hang_of(i - 1).first);
                    if (left < margin - 0.5 - start || right > page.width - margin + 0.5 + end)
                        defects.push_back(where + ": glyph '" + text + "' (gid " +
                                          std::to_string(g.gid) + ") at x " + std::to_string(left) +
                                          " outside the text column");
                    if (g.gid != 0) continue;
                    const std::string code_point = first_code_point(text);
                    if (!reported_uncovered(diagnostics, code_point))
                        defects.push_back(where + " y " + std::to_string(run->y) +
                                          ": .notdef for '" + text + "' " + code_point + " in " +
                                          paged.fonts[run->font].name +
                                          " (not reported as uncovered)");
                }
            }
        }
    }
    return defects;
}

/// Runs the check on one folder and reports the first defects.
void check_folder(const std::string& folder, std::size_t minimum) {
    std::size_t count = 0;
    const std::vector<std::string> defects = defects_in(folder, count);
    CHECK(count >= minimum);
    for (std::size_t i = 0; i < defects.size() && i < 30; ++i) UNSCOPED_INFO(defects[i]);
    INFO(defects.size() << " defects in " << count << " articles of " << folder);
    CHECK(defects.empty());
}

}  // namespace

TEST_CASE("corpus en/: lines within the measure, no .notdef", "[corpus]") {
    check_folder("en", 30);
}

TEST_CASE("corpus intl/: lines within the measure, no .notdef", "[corpus]") {
    check_folder("intl", 20);
}

TEST_CASE("corpus anthology/: lines within the measure, no .notdef", "[corpus]") {
    check_folder("anthology", 250);
}
