// Hostile sizes: a word or a URL far wider than the measure is broken by the emergency rule at
// grapheme boundaries with work linear in its length (counted, not timed), and a long URL is
// stored once however many lines and link areas it spans.
#include <catch2/catch.hpp>

#include <string>

#include "LayoutTestSupport.hpp"
#include "layout/ParagraphBuilder.hpp"

using namespace galley;
using namespace galley::layout;
using namespace galley::layout::testing;

namespace {

/// `n` pseudo-random lowercase letters: no ligature or hyphenation pattern repeats regularly.
std::string letters(std::size_t n) {
    std::string out;
    unsigned state = 12345;
    for (std::size_t i = 0; i < n; ++i) {
        state = state * 1103515245u + 12345u;
        out += static_cast<char>('a' + (state >> 16) % 26);
    }
    return out;
}

/// The texts of the glyphs of `lines` joined.
std::string text_of(const std::vector<SetLine>& lines) {
    std::string out;
    for (const SetLine& line : lines) {
        for (const FrameItem& item : line.items) {
            if (const auto* run = std::get_if<GlyphRun>(&item)) out += run_text(*run);
        }
    }
    return out;
}

ParagraphSpec body_spec(style::Align align) {
    style::StyleSheet style;
    ParagraphSpec spec = spec_for(style.body, "en", align, 300);
    spec.hyphenate = true;
    spec.hyphenation = style.hyphenation;
    return spec;
}

}  // namespace

TEST_CASE("an unbreakable word is split at graphemes with linear work, shaped about once") {
    for (style::Align align : {style::Align::Justify, style::Align::Left}) {
        Diagnostics diagnostics;
        ParagraphBuilder builder(fonts(), diagnostics, "word.txt");
        const std::string word = letters(20000);
        const std::string text = "Before " + word + " after.";
        std::vector<SetLine> lines =
            builder.build(StyledText::plain(text, false, false), body_spec(align));
        // Every character comes back, in order, on lines within the measure.
        std::string expected;
        for (char c : text) {
            if (c != ' ') expected += c;
        }
        std::string got;
        for (char c : text_of(lines)) {
            if (c != ' ') got += c;
        }
        CHECK(got == expected);
        CHECK(lines.size() > 100);
        for (const SetLine& line : lines) CHECK(line.info.width <= line.info.measure + 0.5);
        // The word is shaped whole once and each line's fragment once more; its split points
        // are measured in one pass over its glyphs (a pass per split point was quadratic:
        // 20,000 × 20,000 glyphs).
        const WordCache::Work& work = builder.words().work();
        CHECK(work.shaped_bytes < 3 * text.size());
        CHECK(work.measured_glyphs < 3 * text.size());
    }
}

TEST_CASE("the emergency rule never splits a grapheme (a letter and its combining mark)") {
    Diagnostics diagnostics;
    ParagraphBuilder builder(fonts(), diagnostics, "marks.txt");
    std::string word;
    for (int i = 0; i < 400; ++i) word += i % 3 == 0 ? "e\xCC\x81" : "o\xCC\x88n";  // é, ö + n
    std::vector<SetLine> lines =
        builder.build(StyledText::plain(word, false, false), body_spec(style::Align::Justify));
    REQUIRE(lines.size() > 3);
    CHECK(text_of(lines) == word);
    for (std::size_t i = 1; i < lines.size(); ++i) {
        std::string text = text_of({lines[i]});
        REQUIRE(text.size() >= 2);
        // A line never starts with U+0301 or U+0308 (both CC 81 / CC 88 in UTF-8).
        CHECK(static_cast<unsigned char>(text[0]) != 0xCC);
    }
}

TEST_CASE("prefix_widths agrees with prefix_width at every offset") {
    Diagnostics diagnostics;
    ParagraphBuilder builder(fonts(), diagnostics, "widths.txt");
    WordCache& words = builder.words();
    FontStyle latin;
    FontStyle arabic;
    arabic.language = "ar";
    for (auto [font, word] : {std::pair{latin, std::string("official-affluent\xC3\xA9\xCC\x81x")},
                              std::pair{arabic, std::string("\xD8\xA7\xD9\x84\xD8\xA5\xD8\xB9\xD9"
                                                            "\x84\xD8\xA7\xD9\x86")}}) {
        const int id = words.style_id(font);
        const ShapedWord& shaped = words.shape(id, word);
        std::vector<std::size_t> offsets;
        for (std::size_t i = 0; i <= word.size(); ++i) offsets.push_back(i);
        std::vector<double> widths;
        words.prefix_widths(id, shaped, offsets, widths);
        REQUIRE(widths.size() == offsets.size());
        int boundaries = 0;
        for (std::size_t i = 0; i < offsets.size(); ++i) {
            auto one = words.prefix_width(id, shaped, offsets[i]);
            CHECK(one.has_value() == !std::isnan(widths[i]));
            if (one) {
                CHECK(*one == Approx(widths[i]).margin(1e-9));
                ++boundaries;
            }
        }
        CHECK(boundaries > 3);
    }
}

TEST_CASE("a long URL is stored once, however many link areas it spans") {
    Diagnostics diagnostics;
    ParagraphBuilder builder(fonts(), diagnostics, "url.txt");
    const std::string url = "https://example.com/" + letters(20000);
    doc::Inlines inlines{doc::Inline{doc::Text{"See "}},
                         doc::Inline{doc::Link{url, {doc::Inline{doc::Text{url}}}}},
                         doc::Inline{doc::Text{" for more."}}};
    std::vector<SetLine> lines =
        builder.build(StyledText::collect(inlines, false, false), body_spec(style::Align::Justify));
    std::size_t areas = 0;
    const LinkArea* first = nullptr;
    for (const SetLine& line : lines) {
        for (const FrameItem& item : line.items) {
            if (const auto* area = std::get_if<LinkArea>(&item)) {
                if (first == nullptr) first = area;
                CHECK(area->url == url);
                CHECK(area->url.same(first->url));  // one buffer, not a copy per line
                ++areas;
            }
        }
    }
    CHECK(areas > 100);
    CHECK(builder.words().work().measured_glyphs < 3 * url.size());
}
