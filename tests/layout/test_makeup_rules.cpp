// A typographer's small rules in paragraphs (issue 12, point 3): no line starts with a dash
// that binds to the word before it, at most two hyphenated lines in a row, no hyphen inside
// handles, tags, e-mail addresses and URLs.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "LayoutTestSupport.hpp"
#include "layout/LineBreaker.hpp"

using namespace galley;
using namespace galley::layout;
using namespace galley::layout::testing;

namespace {

/// The text lines of the first page (words joined without spaces).
std::vector<std::string> first_page_lines(const doc::Document& d, double margin,
                                          style::Align align = style::Align::Justify) {
    style::StyleSheet style = justified_style();
    style.body.align = align;
    style.page.margin_inner = Pt{margin};
    style.page.margin_outer = Pt{margin};
    const PagedDocument paged = lay_out(d, style);
    std::vector<std::string> out;
    for (const auto& line : text_lines(paged.pages.at(0))) out.push_back(line.text());
    return out;
}

bool starts_with(const std::string& s, const std::string& prefix) {
    return s.compare(0, prefix.size(), prefix) == 0;
}

bool ends_with(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() &&
           s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

/// Appends TeX's paragraph ending: \penalty10000 \hskip\parfillskip \penalty-10000.
void finish(std::vector<Item>& items) {
    items.push_back(Item::penalty_item(0, kInfinitePenalty));
    items.push_back(Item::glue(0, kFilStretch, 0));
    items.push_back(Item::penalty_item(0, -kInfinitePenalty));
}

std::vector<std::size_t> positions(const BreakResult& result) {
    std::vector<std::size_t> out;
    for (const Break& b : result.breaks) out.push_back(b.position);
    return out;
}

}  // namespace

TEST_CASE("no line starts with a dash that follows a word; lines may end with one") {
    // Moby-Dick's unspaced em dashes ("money—having") and spaced dashes of news text.
    doc::Document d;
    d.meta.language = "en";
    d.blocks.push_back(
        para("Some years ago—never mind how long precisely—having little or no money in my "
             "purse, and nothing particular to interest me on shore, I thought I would sail "
             "about a little and see the watery part of the world—it is a way I have of "
             "driving off the spleen—and regulating the circulation—whenever I find myself "
             "growing grim about the mouth—whenever it is a damp, drizzly November in my soul."));
    d.blocks.push_back(
        para("The minister said — in a statement on Monday — that the talks would go on, and "
             "the opposition – which had walked out – said it would return to the table – for "
             "now – if the government kept its word on the budget — all of it."));
    std::size_t lines = 0, dash_ends = 0;
    for (double margin = 40; margin <= 130; margin += 3) {
        for (const style::Align align : {style::Align::Justify, style::Align::Left}) {
            const auto text = first_page_lines(d, margin, align);
            for (std::size_t i = 0; i < text.size(); ++i) {
                ++lines;
                dash_ends += ends_with(text[i], "—") || ends_with(text[i], "–");
                if (i == 0 || starts_with(text[i], "The")) continue;  // paragraph starts
                INFO("margins " << margin << ": " << text[i - 1] << " / " << text[i]);
                CHECK_FALSE(starts_with(text[i], "—"));
                CHECK_FALSE(starts_with(text[i], "–"));
            }
        }
    }
    CHECK(lines > 300);
    CHECK(dash_ends > 20);  // the break after a dash is still used
}

TEST_CASE("a third hyphenated line in a row is refused when another break fits", "[line_breaker]") {
    // 100 | 100 | 40 g 20 g 20 - 60, measure 100; every "-" is an explicit (flagged) hyphen.
    // Best without a limit: three hyphenated lines (A, B, D), all lines exactly full. Within
    // two: the third line ends at the glue C (r = 1) and D is not taken.
    std::vector<Item> items{Item::box(100), Item::penalty_item(0, 0, true),  // A = 1
                            Item::box(100), Item::penalty_item(0, 0, true),  // B = 3
                            Item::box(40),  Item::glue(10, 30, 5),
                            Item::box(20),  Item::glue(10, 30, 5),           // C = 7
                            Item::box(20),  Item::penalty_item(0, 0, true),  // D = 9
                            Item::box(60)};
    finish(items);
    BreakSettings settings;
    settings.double_hyphen_demerits = 0;
    settings.final_hyphen_demerits = 0;
    const std::size_t end = items.size() - 1;
    CHECK(positions(break_lines(items, {100}, settings)) == std::vector<std::size_t>{1, 3, 9, end});
    settings.max_hyphen_run = 2;
    const BreakResult limited = break_lines(items, {100}, settings);
    CHECK(positions(limited) == std::vector<std::size_t>{1, 3, 7, end});
    CHECK(limited.breaks[2].ratio == Approx(1));
    CHECK_FALSE(limited.overfull);
    settings.max_hyphen_run = 3;
    CHECK(positions(break_lines(items, {100}, settings)) == std::vector<std::size_t>{1, 3, 9, end});
}

TEST_CASE("with no other way, hyphenated lines in a row are allowed (never overfull)",
          "[line_breaker]") {
    // Five boxes of one measure each, joined by hyphens: four hyphenated lines or overfull ones.
    std::vector<Item> items;
    for (int i = 0; i < 5; ++i) {
        if (i > 0) items.push_back(Item::penalty_item(0, 50, true, true));
        items.push_back(Item::box(100));
    }
    finish(items);
    BreakSettings settings;
    settings.max_hyphen_run = 2;
    for (const double emergency : {0.0, 20.0}) {
        settings.emergency_stretch = emergency;
        const BreakResult result = break_lines(items, {100}, settings);
        CHECK(positions(result) == std::vector<std::size_t>{1, 3, 5, 7, items.size() - 1});
        CHECK_FALSE(result.overfull);
    }
}

TEST_CASE("justified paragraphs at book measures have no ladder of three hyphens") {
    doc::Document d = chapter_one();
    std::size_t hyphenated = 0;
    for (double margin = 60; margin <= 120; margin += 10) {  // measures of 312 to 192 pt
        style::StyleSheet style = justified_style();
        style.page.margin_inner = Pt{margin};
        style.page.margin_outer = Pt{margin};
        const PagedDocument paged = lay_out(d, style);
        for (const Page& page : paged.pages) {
            int run = 0;
            std::string previous;
            for (const auto& line : text_lines(page)) {
                const std::string text = line.text();
                run = !text.empty() && text.back() == '-' ? run + 1 : 0;
                hyphenated += run > 0;
                INFO("margins " << margin << ": " << previous << " / " << text);
                CHECK(run <= 2);
                previous = text;
            }
        }
    }
    CHECK(hyphenated > 30);
}

TEST_CASE("handles, tags, e-mail addresses and URLs are never hyphenated") {
    const std::vector<std::string> tokens = {"@JasonFurmanEconomics", "#InternationalWomensDay",
                                             "correspondence@newspaperoffice.org",
                                             "https://www.encyclopaedia.org/understanding"};
    doc::Document d;
    d.meta.language = "en";
    std::string text = "Readers wrote to";
    for (const std::string& t : tokens) text += " " + t + " and to";
    text += " everybody else who had something interesting to say about the matter.";
    d.blocks.push_back(para(text));
    d.blocks.push_back(para(text));
    std::size_t hyphenated = 0;
    for (double margin = 60; margin <= 115; margin += 5) {  // measures of 312 to 202 pt
        const auto lines = first_page_lines(d, margin);
        // Lines joined as they stand: a hyphen added inside a token would split it.
        std::string joined, shown;
        for (const std::string& line : lines) {
            joined += line;
            shown += line + "\n";
            hyphenated += !line.empty() && line.back() == '-';
        }
        INFO("margins " << margin << ":\n" << shown);
        for (const std::string& t : tokens) {
            std::size_t whole = 0;
            for (std::size_t at = joined.find(t); at != std::string::npos;
                 at = joined.find(t, at + 1))
                ++whole;
            CHECK(whole == 2);
        }
    }
    CHECK(hyphenated > 5);  // the ordinary words around them are hyphenated
}
