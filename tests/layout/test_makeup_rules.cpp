// A typographer's small rules in paragraphs (issue 12, point 3): no line starts with a dash
// that binds to the word before it.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "LayoutTestSupport.hpp"

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
