// Code blocks in the PDF layout: one set line per source line in the style's monospace face,
// spaces kept as glyphs, quotes as typed, long lines wrapped within the measure, tagged "Code".
#include <catch2/catch.hpp>

#include "LayoutTestSupport.hpp"

using namespace galley;
using namespace galley::layout;
using namespace galley::layout::testing;

namespace {

doc::Document with_code(const std::string& text) {
    doc::Document d;
    d.meta.title = "Code";
    d.meta.language = "en";
    d.blocks.push_back(para("Before the code."));
    d.blocks.push_back({doc::CodeBlock{"python", text}, 2});
    d.blocks.push_back(para("After the code."));
    return d;
}

/// The text lines tagged "Code", in order, over all pages.
std::vector<TextLine> code_lines(const PagedDocument& paged) {
    std::vector<TextLine> out;
    for (const Page& page : paged.pages)
        for (const TextLine& line : text_lines(page))
            if (role_of(paged, *line.runs.front()) == "Code") out.push_back(line);
    return out;
}

}  // namespace

TEST_CASE("code lines are set one for one in the monospace face, spaces and quotes as typed") {
    style::StyleSheet style;
    const std::string code = "def f(x):\n    return \"hi\"  # it's -- ok...\n\nprint(f(1))";
    PagedDocument paged = lay_out(with_code(code), style);
    std::vector<TextLine> lines = code_lines(paged);
    REQUIRE(lines.size() == 3);  // the empty line draws nothing
    CHECK(lines[0].text() == "def f(x):");
    CHECK(lines[1].text() == "    return \"hi\"  # it's -- ok...");
    CHECK(lines[2].text() == "print(f(1))");
    for (const TextLine& line : lines) {
        CHECK(paged.fonts[line.runs.front()->font].name.rfind("NotoSansMono-", 0) == 0);
        CHECK(line.runs.front()->size == Approx(style.code.font_size.value));
    }
    // Equal advances: the indented line's fifth character sits four spaces right of the first.
    const GlyphRun& run = *lines[1].runs.front();
    CHECK(run.glyphs[4].x == Approx(4 * run.glyphs[1].x));
    // The empty source line keeps its leading: two leadings between lines 2 and 3.
    CHECK(lines[2].y - lines[1].y == Approx(2 * style.code.leading.value));
    CHECK(lines[1].y - lines[0].y == Approx(style.code.leading.value));
}

TEST_CASE("a code line wider than the measure wraps after a space and stays within it") {
    style::StyleSheet style;
    std::string longline;
    for (int i = 0; i < 30; ++i) longline += "word" + std::to_string(i) + " ";
    longline.pop_back();
    PagedDocument paged = lay_out(with_code(longline), style);
    std::vector<TextLine> lines = code_lines(paged);
    REQUIRE(lines.size() >= 2);
    const double measure =
        style.page.width.value - style.page.margin_inner.value - style.page.margin_outer.value;
    std::string joined;
    for (const TextLine& line : lines) {
        const GlyphRun& last = *line.runs.back();
        CHECK(last.x + last.glyphs.back().x + last.glyphs.back().advance <=
              line.runs.front()->x + measure + 0.01);
        joined += line.raw_text();
    }
    // Every character is drawn once, in order; lines break after a space.
    CHECK(joined == longline);
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) CHECK(lines[i].raw_text().back() == ' ');
}

namespace {

/// `filler` forced body lines, then a code block of `lines` numbered lines, then a paragraph.
doc::Document code_after(int filler, int lines) {
    doc::Document d;
    d.meta.title = "Code";
    d.meta.language = "en";
    d.blocks.push_back(forced_lines(filler));
    std::string code;
    for (int i = 1; i <= lines; ++i) code += (i > 1 ? "\nx = " : "x = ") + std::to_string(i);
    d.blocks.push_back({doc::CodeBlock{"python", code}, 2});
    d.blocks.push_back(para("After the code."));
    return d;
}

/// How many code lines each page holds, pages without code left out.
std::vector<std::size_t> code_lines_per_page(const PagedDocument& paged) {
    std::vector<std::size_t> out;
    for (const Page& page : paged.pages) {
        std::size_t count = 0;
        for (const TextLine& line : text_lines(page))
            if (role_of(paged, *line.runs.front()) == "Code") ++count;
        if (count > 0) out.push_back(count);
    }
    return out;
}

}  // namespace

TEST_CASE("a short code block near a page's foot goes to the next page whole") {
    style::StyleSheet style;
    // Move the block down the first page a line at a time: at some filler it meets the foot.
    bool moved = false;
    for (int filler = 20; filler <= 60; ++filler) {
        PagedDocument paged = lay_out(code_after(filler, 5), style);
        std::vector<std::size_t> per_page = code_lines_per_page(paged);
        INFO("filler " << filler);
        REQUIRE(per_page.size() == 1);
        CHECK(per_page[0] == 5);
        for (std::size_t p = 0; p < paged.pages.size(); ++p) {
            for (const TextLine& line : text_lines(paged.pages[p]))
                if (role_of(paged, *line.runs.front()) == "Code" && p > 0) moved = true;
        }
    }
    CHECK(moved);  // the block did meet a page end
}

TEST_CASE("a long code block splits with at least two lines on each page") {
    style::StyleSheet style;
    style.widows = 1;  // paragraphs may leave one line alone; code still keeps two
    style.orphans = 1;
    bool split = false;
    for (int filler = 20; filler <= 60; ++filler) {
        PagedDocument paged = lay_out(code_after(filler, 30), style);
        std::vector<std::size_t> per_page = code_lines_per_page(paged);
        INFO("filler " << filler);
        std::size_t total = 0;
        for (std::size_t count : per_page) {
            CHECK(count >= 2);
            total += count;
        }
        CHECK(total == 30);
        if (per_page.size() > 1) split = true;
    }
    CHECK(split);  // a long block does split rather than leave a page short
}
