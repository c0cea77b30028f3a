// Letter spacing of loose justified lines must never eat the spaces between words: a run that
// takes no letter spacing (here Vietnamese, whose letters stack marks) stays as wide as measured.
#include <catch2/catch.hpp>

#include <sstream>

#include "LayoutTestSupport.hpp"

using namespace galley;
using namespace galley::layout;
using namespace galley::layout::testing;

namespace {

/// Vietnamese Wikipedia, article 1415 of the corpus's anthology (wp-vi-1415.txt, lines 49-51;
/// CC BY-SA 3.0): a line of it needs letter spacing to fill a justified measure.
const char* kParagraph =
    "Phần tử không rỗng phải có một thẻ đóng. HTML chấp nhận cách viết dưới:<p>This is a "
    "paragraph <p>This is another paragraphXHTML đòi hỏi phải viết lại phần trên "
    "thành:<p>This is a paragraph</p> <p>This is another paragraph</p>";

/// The words of the page as the glyph positions show them: a gap wider than a fifth of an em
/// between one glyph's end and the next glyph separates words; lines separate words too.
std::vector<std::string> visible_words(const Page& page) {
    std::vector<std::string> words;
    for (const TextLine& line : text_lines(page)) {
        std::string word;
        double end = -1e9;
        for (const GlyphRun* run : line.runs) {
            for (const PlacedGlyph& g : run->glyphs) {
                const double x = run->x + g.x;
                // A word space (the glyph of " ") ends a word as a gap does.
                if ((x - end > 0.2 * run->size || run->text_of(g) == " ") && !word.empty()) {
                    words.push_back(word);
                    word.clear();
                }
                if (run->text_of(g) != " ") word += run->text_of(g);
                end = std::max(end, x + g.advance);
            }
        }
        if (!word.empty()) words.push_back(word);
    }
    return words;
}

}  // namespace

TEST_CASE("letter-spaced justified lines keep every interword space") {
    doc::Document d;
    d.meta.title = "t";
    d.meta.language = "vi";
    d.blocks.push_back(para(kParagraph));
    style::StyleSheet style = justified_style();
    PagedDocument paged = lay_out(d, style);
    REQUIRE(!paged.pages.empty());
    std::vector<std::string> expected;
    std::istringstream in(kParagraph);
    for (std::string w; in >> w;) expected.push_back(w);
    std::vector<std::string> got = visible_words(paged.pages[0]);
    REQUIRE(got.size() > expected.size());  // the title comes first
    got.erase(got.begin(), got.end() - static_cast<long>(expected.size()));
    CHECK(got == expected);
}

namespace {

/// Justified lines of `paged` that fill their measure with stretched spaces.
std::vector<LineInfo> stretched_lines(const PagedDocument& paged) {
    std::vector<LineInfo> out;
    for (const Page& page : paged.pages) {
        for (const LineInfo& line : page.lines) {
            if (line.ratio > 0 && std::abs(line.width - line.measure) < 0.01) out.push_back(line);
        }
    }
    return out;
}

/// The widest gap between two glyphs of one word on the page, in ems (kerning included).
double widest_letter_gap(const Page& page) {
    double widest = 0;
    for (const FrameItem& item : page.items) {
        const auto* run = std::get_if<GlyphRun>(&item);
        if (run == nullptr || run->structure < 0) continue;
        for (std::size_t i = 1; i < run->glyphs.size(); ++i) {
            const PlacedGlyph& a = run->glyphs[i - 1];
            const PlacedGlyph& b = run->glyphs[i];
            if (run->text_of(a) == " " || run->text_of(b) == " " || a.advance == 0) continue;
            const double gap = (b.x - (a.x + a.advance)) / run->size;
            // Wider than an eighth of an em: two words of one run (a space has no glyph; fully
            // shrunk it is still 0.17 em).
            if (gap < 0.125) widest = std::max(widest, gap);
        }
    }
    return widest;
}

}  // namespace

TEST_CASE("justified lines share their slack between word spaces and letters") {
    // The default measure (333 pt, about 60 characters) and narrower ones down to about 40.
    for (double margin = 50; margin <= 100; margin += 10) {
        INFO("margins " << margin);
        style::StyleSheet style = justified_style();
        style.expansion = 0;  // letters and word spaces alone (font expansion takes slack first)
        style.page.margin_inner = Pt{margin};
        style.page.margin_outer = Pt{margin};
        const PagedDocument shared = lay_out(chapter_one(), style);
        style.letter_spacing = Pt{0};
        const PagedDocument spaces_only = lay_out(chapter_one(), style);

        // Word spaces stop at 0.9 of their stretch (1.45 × the natural space) and letters take
        // the rest, until letter spacing reaches its own limit (hard paragraphs in narrow
        // measures). Because the breaker sees the letters' stretch, fewer lines reach the word
        // spaces' limit than when the word spaces do all the work.
        auto count = [](const std::vector<LineInfo>& lines, double above) {
            std::size_t n = 0;
            for (const LineInfo& line : lines) n += line.ratio > above;
            return n;
        };
        const auto with_letters = stretched_lines(shared);
        const auto without = stretched_lines(spaces_only);
        REQUIRE(with_letters.size() > 100);
        CHECK(count(with_letters, 0.9 - 1e-9) < count(without, 0.9 - 1e-9));
        // At the default measure no line passes it (but for the rounding of letter spacing
        // to thousandths of a point, which the word spaces take).
        if (margin == 50) CHECK(count(with_letters, 0.91) == 0);

        // Letter spacing stays slight: at most 0.04 em (plus the font's own kerning gaps).
        double widest = 0;
        for (const Page& page : shared.pages) widest = std::max(widest, widest_letter_gap(page));
        CHECK(widest > 0.001);  // letters did take some of the slack
        CHECK(widest <= 0.04 + 0.05);
    }
}
