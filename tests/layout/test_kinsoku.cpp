// Strict kinsoku in Japanese text (JIS X 4051, W3C JLREQ): no line starts with a closing
// bracket, stop, comma, small kana or ー, none ends with an opening bracket, and no paragraph
// ends in a line of one character; measured on the Japanese UDHR and a Japanese Wikipedia
// article at several measures, justified and ragged.
#include <catch2/catch.hpp>

#include "LayoutTestSupport.hpp"
#include "layout/ParagraphBuilder.hpp"

using namespace galley;
using namespace galley::layout;
using namespace galley::layout::testing;

namespace {

/// `text` decoded from UTF-8 (the fixtures are valid UTF-8).
std::u32string decode(const std::string& text) {
    std::u32string out;
    for (std::size_t i = 0; i < text.size();) {
        const auto b = static_cast<unsigned char>(text[i]);
        const int n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        char32_t c = n == 1 ? b : b & (0x7F >> n);
        for (int k = 1; k < n && i + static_cast<std::size_t>(k) < text.size(); ++k)
            c = (c << 6) |
                (static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]) & 0x3F);
        out.push_back(c);
        i += static_cast<std::size_t>(n);
    }
    return out;
}

/// `text` without spaces, decoded.
std::u32string letters(const std::string& text) {
    std::u32string out;
    for (char32_t c : decode(text)) {
        if (c != U' ') out.push_back(c);
    }
    return out;
}

struct Measured {
    std::size_t lines = 0, paragraph_ends = 0;
};

/// Lays `texts` out as one paragraph each at `margin` with `align` and checks every line.
Measured check_lines(const std::vector<std::string>& texts, double margin, style::Align align) {
    doc::Document d;
    d.meta.language = "ja";
    std::vector<std::size_t> ends;  // where each paragraph ends in the joined letters
    std::u32string expected;
    for (const std::string& text : texts) {
        d.blocks.push_back(para(text));
        expected += letters(text);
        ends.push_back(expected.size());
    }
    style::StyleSheet style = justified_style();
    style.body.align = align;
    style.page.margin_inner = Pt{margin};
    style.page.margin_outer = Pt{margin};
    const PagedDocument paged = lay_out(d, style);
    Measured m;
    std::u32string joined;
    std::size_t line_start = 0;
    for (const Page& page : paged.pages) {
        for (const TextLine& line : text_lines(page)) {
            const std::u32string text = letters(line.text());
            if (text.empty()) continue;
            ++m.lines;
            line_start = joined.size();
            joined += text;
            INFO("margin " << margin << ", line: " << line.text());
            // A line starting a paragraph may open with anything; the others are checked.
            const bool starts_paragraph =
                line_start == 0 || std::find(ends.begin(), ends.end(), line_start) != ends.end();
            if (!starts_paragraph) CHECK_FALSE(is_line_start_prohibited(text.front()));
            CHECK_FALSE(is_line_end_prohibited(text.back()));
            // A paragraph's last line of a paragraph longer than ten characters holds more
            // than one character besides its closing punctuation.
            const auto end = std::find(ends.begin(), ends.end(), joined.size());
            if (end != ends.end()) {
                const std::size_t begin = end == ends.begin() ? 0 : *(end - 1);
                if (*end - begin > 10) {
                    ++m.paragraph_ends;
                    std::size_t characters = 0;
                    for (char32_t c : text) characters += is_line_start_prohibited(c) ? 0 : 1;
                    CHECK(characters > 1);
                }
            }
        }
    }
    // No character lost or moved.
    CHECK(joined == expected);
    return m;
}

}  // namespace

TEST_CASE("the kinsoku character tables follow JLREQ") {
    for (char32_t c : std::u32string(U"、。，．・：；？！」』）〕】〉》ーぁぃぅぇぉっゃゅょゎァィゥ"
                                     U"ェォッャュョヮヵヶ々ゝゞヽヾ"))
        CHECK(is_line_start_prohibited(c));
    for (char32_t c : std::u32string(U"「『（〔【〈《“‘")) CHECK(is_line_end_prohibited(c));
    for (char32_t c : std::u32string(U"人あアカ漢「『（")) CHECK_FALSE(is_line_start_prohibited(c));
    for (char32_t c : std::u32string(U"人あア」』）。、")) CHECK_FALSE(is_line_end_prohibited(c));
}

TEST_CASE("Japanese lines never start with a kinsoku character nor end with an opening bracket") {
    const auto udhr = paragraphs(fixture("udhr-jpn-opening.txt"));
    const auto wiki = paragraphs(fixture("wikipedia-ja-limewire.txt"));
    Measured total;
    for (double margin = 30; margin <= 100; margin += 7) {
        for (const style::Align align : {style::Align::Justify, style::Align::Left}) {
            for (const auto* texts : {&udhr, &wiki}) {
                const Measured m = check_lines(*texts, margin, align);
                total.lines += m.lines;
                total.paragraph_ends += m.paragraph_ends;
            }
        }
    }
    // The checks saw many lines and paragraph ends (the fixtures are real text).
    CHECK(total.lines > 1000);
    CHECK(total.paragraph_ends > 300);
}
