// Texture of justified text (issue 12 point 2): punctuation hangs into the margins by
// microtype's default amounts (protrusion), and glyphs widen or narrow within ±2 % (font
// expansion), which the breaker counts so that fewer lines need cramped or stretched spaces.
#include <catch2/catch.hpp>

#include <cmath>

#include "LayoutTestSupport.hpp"
#include "layout/ParagraphBuilder.hpp"
#include "layout/Protrusion.hpp"

using namespace galley;
using namespace galley::layout;
using namespace galley::layout::testing;

namespace {

constexpr double kMeasure = 300;

ParagraphSpec texture_spec(bool protrusion, double expansion) {
    style::StyleSheet style;
    ParagraphSpec spec = spec_for(style.body, "en", style::Align::Justify, kMeasure);
    spec.hyphenate = true;
    spec.hyphenation = style.hyphenation;
    spec.letter_stretch = style.letter_spacing.value / style.body.font_size.value;
    spec.protrusion = protrusion;
    spec.expansion = expansion;
    return spec;
}

/// Moby-Dick's first chapter (fixture) set paragraph by paragraph; each paragraph's last line is
/// left out unless `all`.
std::vector<SetLine> chapter_lines(ParagraphBuilder& builder, const ParagraphSpec& spec,
                                   bool all = false) {
    std::vector<SetLine> out;
    auto texts = paragraphs(fixture("moby-dick-chapter-1.txt"));
    for (std::size_t i = 1; i < texts.size(); ++i) {
        std::vector<SetLine> lines = builder.build(StyledText::plain(texts[i], false, false), spec);
        if (!lines.empty() && !all) lines.pop_back();
        for (SetLine& line : lines) out.push_back(std::move(line));
    }
    return out;
}

/// The last visible glyph of a line (its right end, its text and advance).
struct LineEnd {
    double right = 0;
    std::string text;
    double advance = 0;
};

LineEnd line_end(const SetLine& line) {
    LineEnd end{-1e9, "", 0};
    for (const FrameItem& item : line.items) {
        const auto* run = std::get_if<GlyphRun>(&item);
        if (run == nullptr) continue;
        for (const PlacedGlyph& g : run->glyphs) {
            if (run->text_of(g) == " " || g.advance == 0) continue;
            const double right = run->x + g.x + g.advance * run->hscale;
            if (right > end.right) end = {right, std::string(run->text_of(g)), g.advance};
        }
    }
    return end;
}

double line_start(const SetLine& line) {
    double left = 1e9;
    for (const FrameItem& item : line.items) {
        if (const auto* run = std::get_if<GlyphRun>(&item); run && !run->glyphs.empty())
            left = std::min(left, run->x + run->glyphs.front().x);
    }
    return left;
}

/// All glyph texts of the lines, word spaces and hyphens left out (lines break elsewhere).
std::string glyph_text(const std::vector<SetLine>& lines) {
    std::string out;
    for (const SetLine& line : lines) {
        for (const FrameItem& item : line.items) {
            if (const auto* run = std::get_if<GlyphRun>(&item)) {
                for (const PlacedGlyph& g : run->glyphs)
                    for (char c : run->text_of(g))
                        if (c != ' ' && c != '-') out += c;
            }
        }
    }
    return out;
}

}  // namespace

TEST_CASE("protrusion factors are microtype's default set") {
    CHECK(protrusion_factors(U'.').end == Approx(0.7));
    CHECK(protrusion_factors(U'.').start == 0);
    CHECK(protrusion_factors(U',').end == Approx(0.5));
    CHECK(protrusion_factors(U';').end == Approx(0.3));
    CHECK(protrusion_factors(U'-').start == Approx(0.5));
    CHECK(protrusion_factors(U'-').end == Approx(0.5));
    CHECK(protrusion_factors(U'\u2014').end == Approx(0.15));
    CHECK(protrusion_factors(U'\u201C').start == Approx(0.3));
    CHECK(protrusion_factors(U'\u2019').end == Approx(0.4));
    CHECK(protrusion_factors(U'a').start == 0);
    CHECK(protrusion_factors(U'a').end == 0);
    CHECK(protrusion_factors(U'7').end == 0);
}

TEST_CASE("a line-final comma or hyphen hangs into the margin by its table amount") {
    Diagnostics diagnostics;
    ParagraphBuilder builder(fonts(), diagnostics, "texture.txt");
    const std::vector<SetLine> hanging = chapter_lines(builder, texture_spec(true, 0));
    int commas = 0, hyphens = 0, flush = 0, opening = 0;
    for (const SetLine& line : hanging) {
        const LineEnd end = line_end(line);
        INFO("line ending in " << end.text << " at " << end.right);
        if (end.text == "," || end.text == "-" || end.text == ".") {
            const double factor = protrusion_factors(static_cast<char32_t>(end.text[0])).end;
            CHECK(end.right == Approx(kMeasure + factor * end.advance).margin(0.01));
            (end.text == "," ? commas : end.text == "-" ? hyphens : flush) += end.text != ".";
        } else if (end.text.size() == 1 && std::isalpha(static_cast<unsigned char>(end.text[0]))) {
            CHECK(end.right == Approx(kMeasure).margin(0.05));
            ++flush;
        }
        // A line starting with an opening quote hangs it into the left margin.
        if (line_start(line) < -0.01) ++opening;
        CHECK(line_start(line) > -0.5 * 10.5);
    }
    CHECK(commas > 5);
    CHECK(hyphens > 2);
    CHECK(flush > 50);
    CHECK(opening >= 0);

    // Without protrusion the same punctuation stays inside the measure.
    const std::vector<SetLine> inside = chapter_lines(builder, texture_spec(false, 0));
    for (const SetLine& line : inside) {
        const LineEnd end = line_end(line);
        CHECK(end.right <= kMeasure + 0.05);
        CHECK(line_start(line) >= -0.01);
    }
    // The text is the same either way.
    CHECK(glyph_text(chapter_lines(builder, texture_spec(true, 0), true)) ==
          glyph_text(chapter_lines(builder, texture_spec(false, 0), true)));
}

TEST_CASE("font expansion stays within its bounds and changes no text") {
    Diagnostics diagnostics;
    ParagraphBuilder builder(fonts(), diagnostics, "texture.txt");
    const std::vector<SetLine> expanded = chapter_lines(builder, texture_spec(true, 0.02));
    int scaled = 0;
    for (const SetLine& line : expanded) {
        for (const FrameItem& item : line.items) {
            if (const auto* run = std::get_if<GlyphRun>(&item)) {
                CHECK(run->hscale >= 0.98 - 1e-9);
                CHECK(run->hscale <= 1.02 + 1e-9);
                scaled += run->hscale != 1;
            }
        }
    }
    CHECK(scaled > 20);
    const std::vector<SetLine> plain = chapter_lines(builder, texture_spec(true, 0));
    for (const SetLine& line : plain) {
        for (const FrameItem& item : line.items) {
            if (const auto* run = std::get_if<GlyphRun>(&item)) CHECK(run->hscale == 1);
        }
    }
    CHECK(glyph_text(chapter_lines(builder, texture_spec(true, 0.02), true)) ==
          glyph_text(chapter_lines(builder, texture_spec(true, 0), true)));
}

TEST_CASE("the breaker with font expansion leaves fewer lines with cramped or wide spaces") {
    // A line's spaces are visibly cramped below 0.7 of their natural width (ratio -0.9 of
    // their shrink, a third of a space) and visibly wide above 1.5 (ratio 1 of their stretch,
    // half a space): typo-metrics' tight and loose lines.
    Diagnostics diagnostics;
    ParagraphBuilder builder(fonts(), diagnostics, "texture.txt");
    auto count = [&](double expansion) {
        std::pair<int, int> tight_loose{0, 0};
        for (const SetLine& line : chapter_lines(builder, texture_spec(true, expansion))) {
            tight_loose.first += line.info.ratio < -0.9;
            tight_loose.second += line.info.ratio > 1;
        }
        return tight_loose;
    };
    const auto without = count(0);
    const auto with = count(0.02);
    INFO("tight/loose without expansion " << without.first << "/" << without.second << ", with "
                                          << with.first << "/" << with.second);
    CHECK(without.first > 0);
    CHECK(with.first < without.first);
    CHECK(with.second <= without.second);
}
