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
                if (x - end > 0.2 * run->size && !word.empty()) {
                    words.push_back(word);
                    word.clear();
                }
                word += run->text_of(g);
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
