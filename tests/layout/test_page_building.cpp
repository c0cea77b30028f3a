// Page building: widows and orphans, headings kept with what follows, the title block, running
// heads and folios, page count against body size.
#include <catch2/catch.hpp>

#include "LayoutTestSupport.hpp"
#include "layout/RunningHead.hpp"

using namespace galley;
using namespace galley::layout;
using namespace galley::layout::testing;

namespace {

/// How many one-line paragraphs fill page 1 (no title block).
std::size_t page_capacity(const style::StyleSheet& style) {
    doc::Document d;
    d.meta.language = "en";
    for (int i = 0; i < 120; ++i) d.blocks.push_back(para("Short line " + std::to_string(i)));
    PagedDocument paged = lay_out(d, style);
    REQUIRE(paged.pages.size() >= 2);
    return paged.pages[0].lines.size();
}

doc::Document one_liners(std::size_t count) {
    doc::Document d;
    d.meta.language = "en";
    for (std::size_t i = 0; i < count; ++i) d.blocks.push_back(para("Filler " + std::to_string(i)));
    return d;
}

/// The first text of content on page `index`.
std::string first_text(const PagedDocument& paged, std::size_t index) {
    auto lines = text_lines(paged.pages[index]);
    return lines.empty() ? std::string() : lines.front().text();
}

}  // namespace

TEST_CASE("a paragraph that would leave one line at the foot of a page moves (orphans)") {
    const style::StyleSheet style = justified_style();
    const std::size_t capacity = page_capacity(style);
    REQUIRE(capacity > 10);
    doc::Document d = one_liners(capacity - 1);
    d.blocks.push_back(forced_lines(4, "orphan"));
    PagedDocument paged = lay_out(d, style);
    REQUIRE(paged.pages.size() == 2);
    // One line would fit, but a single line may not stay behind: the page runs one line short.
    CHECK(paged.pages[0].lines.size() == capacity - 1);
    CHECK(paged.pages[1].lines.size() == 4);
    CHECK(first_text(paged, 1) == "orphan 1");
}

TEST_CASE("a paragraph is split so that no single line goes over to the next page (widows)") {
    const style::StyleSheet style = justified_style();
    const std::size_t capacity = page_capacity(style);
    doc::Document d = one_liners(capacity - 3);
    d.blocks.push_back(forced_lines(4, "widow"));
    PagedDocument paged = lay_out(d, style);
    REQUIRE(paged.pages.size() == 2);
    // Three lines would fit and leave one alone on page 2: only two stay, two go over.
    CHECK(paged.pages[0].lines.size() == capacity - 1);
    CHECK(paged.pages[1].lines.size() == 2);
    CHECK(first_text(paged, 1) == "widow 3");
}

TEST_CASE("a paragraph that fits exactly is not split") {
    const style::StyleSheet style = justified_style();
    const std::size_t capacity = page_capacity(style);
    doc::Document d = one_liners(capacity - 4);
    d.blocks.push_back(forced_lines(4, "fits"));
    PagedDocument paged = lay_out(d, style);
    REQUIRE(paged.pages.size() == 1);
    CHECK(paged.pages[0].lines.size() == capacity);
}

TEST_CASE("widows and orphans follow the style's numbers") {
    style::StyleSheet style = justified_style();
    style.widows = 1;
    style.orphans = 1;
    const std::size_t capacity = page_capacity(style);
    doc::Document d = one_liners(capacity - 1);
    d.blocks.push_back(forced_lines(4, "split"));
    PagedDocument paged = lay_out(d, style);
    REQUIRE(paged.pages.size() == 2);
    CHECK(paged.pages[0].lines.size() == capacity);
    CHECK(first_text(paged, 1) == "split 2");
}

TEST_CASE("a heading at the foot of a page moves to the next page with its following lines") {
    const style::StyleSheet style = justified_style();
    const std::size_t capacity = page_capacity(style);
    doc::Document d = one_liners(capacity - 2);
    d.blocks.push_back(heading("Stranded Heading"));
    d.blocks.push_back(forced_lines(5, "after"));
    PagedDocument paged = lay_out(d, style);
    REQUIRE(paged.pages.size() == 2);
    for (const auto& line : text_lines(paged.pages[0])) {
        CHECK(line.text() != "Stranded Heading");
    }
    auto lines = text_lines(paged.pages[1]);
    REQUIRE(lines.size() >= 3);
    CHECK(lines[0].text() == "Stranded Heading");
    CHECK(role_of(paged, *lines[0].runs[0]) == "H2");
    CHECK(lines[1].text() == "after 1");
    CHECK(lines[2].text() == "after 2");
    // The outline points at the heading's new page.
    REQUIRE(paged.outline.size() == 1);
    CHECK(paged.outline[0].level == 1);
    CHECK(paged.outline[0].page == 1);
    CHECK(paged.outline[0].title == "Stranded Heading");
}

TEST_CASE("a heading with room for two following lines stays") {
    const style::StyleSheet style = justified_style();
    const std::size_t capacity = page_capacity(style);
    doc::Document d = one_liners(capacity - 8);
    d.blocks.push_back(heading("Roomy Heading"));
    d.blocks.push_back(forced_lines(10, "after"));
    PagedDocument paged = lay_out(d, style);
    bool found = false;
    for (const auto& line : text_lines(paged.pages[0])) found |= line.text() == "Roomy Heading";
    CHECK(found);
}

TEST_CASE(
    "the title block is on page 1 (title, subtitle, byline and date in the article's order) with "
    "the outline's top entry") {
    doc::Document d;
    d.meta.title = "Azerbaijan Marks Second Anniversary of Victory Day";
    d.meta.subtitle = "A day of remembrance";
    d.meta.authors = {"Yasir Rehman", "Ann Other"};
    d.meta.date_text = "November 8, 2022";
    d.meta.language = "en";
    d.blocks.push_back(para("The body begins here."));
    PagedDocument paged = lay_out(d, justified_style());
    REQUIRE(paged.pages.size() == 1);
    auto lines = text_lines(paged.pages[0]);
    REQUIRE(lines.size() >= 5);
    std::string title;
    std::size_t k = 0;
    while (k < lines.size() && role_of(paged, *lines[k].runs[0]) == "H1")
        title += lines[k++].text();
    CHECK(squeeze(title) == squeeze(d.meta.title));
    REQUIRE(k + 3 < lines.size());
    CHECK(lines[k].text() == "A day of remembrance");
    CHECK(lines[k + 1].text() == "By Yasir Rehman and Ann Other");
    CHECK(lines[k + 2].text() == "November 8, 2022");
    CHECK(lines[k + 3].text() == "The body begins here.");
    // An article that gives its date first keeps that order.
    d.meta.date_first = true;
    const PagedDocument dated_pages = lay_out(d, justified_style());
    auto dated = text_lines(dated_pages.pages.at(0));
    REQUIRE(dated.size() == lines.size());
    CHECK(dated[k + 1].text() == "November 8, 2022");
    CHECK(dated[k + 2].text() == "By Yasir Rehman and Ann Other");
    REQUIRE(!paged.outline.empty());
    CHECK(paged.outline[0].level == 0);
    CHECK(paged.outline[0].page == 0);
    CHECK(paged.outline[0].title == d.meta.title);
    CHECK(paged.structure[0].role == "H1");
}

TEST_CASE("running heads and folios appear from page 2 on, as artifacts") {
    style::StyleSheet style = justified_style();
    doc::Document d = one_liners(150);
    d.meta.title = "The Whale";
    d.meta.authors = {"Herman Melville"};
    PagedDocument paged = lay_out(d, style);
    REQUIRE(paged.pages.size() >= 3);
    CHECK(text_lines(paged.pages[0], true).empty());
    auto page2 = text_lines(paged.pages[1], true);
    REQUIRE(page2.size() == 2);
    CHECK(page2[0].text() == "Herman Melville");  // even page: the left template, {author}
    CHECK(page2[1].text() == "2");                // folio at the foot
    auto page3 = text_lines(paged.pages[2], true);
    REQUIRE(page3.size() == 2);
    CHECK(page3[0].text() == "The Whale");  // odd page: {title}
    CHECK(page3[1].text() == "3");
    // The head sits above the text block, the folio below it.
    CHECK(page2[0].y < style.page.margin_top.value);
    CHECK(page2[1].y > style.page.height.value - style.page.margin_bottom.value);
    for (std::size_t i = 0; i < paged.pages.size(); ++i) {
        CHECK(paged.pages[i].label == std::to_string(i + 1));
    }
}

TEST_CASE("without an author the left-hand running head falls back to the title") {
    style::StyleSheet style = justified_style();
    doc::Document d = one_liners(150);
    d.meta.title = "Universal Declaration of Human Rights";
    PagedDocument paged = lay_out(d, style);
    REQUIRE(paged.pages.size() >= 3);
    for (std::size_t i = 1; i < paged.pages.size(); ++i) {
        auto furniture = text_lines(paged.pages[i], true);
        REQUIRE(furniture.size() == 2);
        CHECK(furniture[0].text() == "Universal Declaration of Human Rights");
    }
}

TEST_CASE("running head templates: the author, the title fallback, no dangling separator") {
    CHECK(RunningHead::fill("{author}", "The Whale", "Herman Melville") == "Herman Melville");
    CHECK(RunningHead::fill("{author}", "The Whale", "") == "The Whale");
    CHECK(RunningHead::fill("{title} \xE2\x80\x94 {author}", "The Whale", "") == "The Whale");
    CHECK(RunningHead::fill("{author} | {title}", "The Whale", "") == "The Whale");
    CHECK(RunningHead::fill("{title}: {author}", "The Whale", "H. M.") == "The Whale: H. M.");
    CHECK(RunningHead::fill("Chapter {title}", "", "") == "Chapter");
}

TEST_CASE("two-sided pages mirror the margins") {
    style::StyleSheet style = justified_style();
    style.paragraph_indent = Pt{0};
    doc::Document d = one_liners(100);
    PagedDocument paged = lay_out(d, style);
    REQUIRE(paged.pages.size() >= 2);
    auto left_edge = [](const Page& page) { return text_lines(page)[0].runs[0]->x; };
    CHECK(left_edge(paged.pages[0]) == Approx(style.page.margin_inner.value));
    CHECK(left_edge(paged.pages[1]) == Approx(style.page.margin_outer.value));
}

TEST_CASE("a larger body size needs more pages") {
    auto texts = paragraphs(fixture("moby-dick-chapter-1.txt"));
    doc::Document d;
    d.meta.title = texts[0];
    d.meta.language = "en";
    for (std::size_t i = 1; i < texts.size(); ++i) d.blocks.push_back(para(texts[i]));
    style::StyleSheet small = justified_style();
    style::StyleSheet large = justified_style();
    large.body.font_size = Pt{14};
    large.body.leading = Pt{18};
    std::size_t small_pages = lay_out(d, small).pages.size();
    std::size_t large_pages = lay_out(d, large).pages.size();
    CHECK(small_pages >= 3);
    CHECK(large_pages > small_pages);
}

namespace {

/// Page and line index of the first content line reading `text`, or {-1, -1}.
std::pair<int, int> find_line(const PagedDocument& paged, const std::string& text) {
    for (std::size_t p = 0; p < paged.pages.size(); ++p) {
        auto lines = text_lines(paged.pages[p]);
        for (std::size_t k = 0; k < lines.size(); ++k) {
            if (lines[k].text() == text) return {static_cast<int>(p), static_cast<int>(k)};
        }
    }
    return {-1, -1};
}

}  // namespace

TEST_CASE("a heading goes over with a paragraph that the widow rule pushes over") {
    // At every distance from the foot of page 1: a heading, then a three-line paragraph of
    // which two lines would fit (one line over is a widow, so the paragraph goes over whole).
    const style::StyleSheet style = justified_style();
    const std::size_t capacity = page_capacity(style);
    for (std::size_t n = capacity - 7; n <= capacity; ++n) {
        doc::Document d = one_liners(n);
        d.blocks.push_back(heading("Kept Heading"));
        d.blocks.push_back(forced_lines(3, "after"));
        d.blocks.push_back(forced_lines(8, "more"));
        PagedDocument paged = lay_out(d, style);
        INFO("one-liners before the heading: " << n);
        auto [page, line] = find_line(paged, "Kept Heading");
        REQUIRE(page >= 0);
        CHECK(find_line(paged, "after 1") == std::pair{page, line + 1});
        CHECK(find_line(paged, "after 2").first == page);
    }
}

TEST_CASE("a heading is kept with two lines even when the first paragraph is one line long") {
    const style::StyleSheet style = justified_style();
    const std::size_t capacity = page_capacity(style);
    for (std::size_t n = capacity - 7; n <= capacity; ++n) {
        doc::Document d = one_liners(n);
        d.blocks.push_back(heading("Short Section"));
        d.blocks.push_back(para("Alone."));
        d.blocks.push_back(forced_lines(8, "more"));
        PagedDocument paged = lay_out(d, style);
        INFO("one-liners before the heading: " << n);
        auto [page, line] = find_line(paged, "Short Section");
        REQUIRE(page >= 0);
        CHECK(find_line(paged, "Alone.").first == page);
        CHECK(find_line(paged, "more 1").first == page);
    }
}

TEST_CASE("a run of headings longer than a page fills pages instead of taking one each") {
    // 1 MB of headings made 199,986 pages: each heading's chain (all the headings after it)
    // never fitted, so each went to a page of its own.
    doc::Document d;
    d.meta.language = "en";
    d.blocks.push_back(para("Some text before the headings."));
    for (int i = 1; i <= 400; ++i) d.blocks.push_back(heading("Heading " + std::to_string(i)));
    d.blocks.push_back(forced_lines(3, "end"));
    PagedDocument paged = lay_out(d, justified_style());
    CHECK(paged.pages.size() < 40);
    std::size_t fullest = 0;
    for (const Page& page : paged.pages) fullest = std::max(fullest, text_lines(page).size());
    CHECK(fullest > 10);
    // The run starts on a page of its own (not at the foot of the text before it), and the last
    // heading keeps the text after it.
    CHECK(find_line(paged, "Heading 1").first == 1);
    CHECK(find_line(paged, "Heading 400").first == find_line(paged, "end 2").first);
    // Under the title alone (no running text above it) the run starts at once.
    d.meta.title = "Many Headings";
    d.blocks.erase(d.blocks.begin());
    paged = lay_out(d, justified_style());
    CHECK(find_line(paged, "Heading 1").first == 0);
}
