// The PDF book's layout: front matter with roman labels, articles opening on right-hand pages,
// a contents page whose numbers and links match where the articles open, heads per page side,
// an outline nested by parts and a structure tree with one Art element per article.
#include <catch2/catch.hpp>

#include "LayoutTestSupport.hpp"
#include "base/Error.hpp"
#include "layout/BookLayout.hpp"

using namespace galley;
using namespace galley::layout;
using namespace galley::layout::testing;

namespace {

/// An article of `paragraphs` fixture paragraphs (Moby-Dick chapter 1) under `title`.
doc::Document article(const std::string& title, std::size_t count, const std::string& lang = "en",
                      const std::string& author = "") {
    static const std::vector<std::string> text = paragraphs(fixture("moby-dick-chapter-1.txt"));
    doc::Document d;
    d.meta.title = title;
    d.meta.language = lang;
    d.meta.source = title + ".txt";
    if (!author.empty()) d.meta.authors = {author};
    for (std::size_t i = 1; i <= count && i < text.size(); ++i) d.blocks.push_back(para(text[i]));
    return d;
}

/// Text of a page's lines, without spaces (glyph texts hold no word spaces) (artifacts: heads and
/// folios, when `artifacts`).
std::vector<std::string> page_lines(const Page& page, bool artifacts) {
    std::vector<std::string> out;
    for (const TextLine& line : text_lines(page, artifacts)) out.push_back(line.text());
    return out;
}

/// Internal links of a page.
std::vector<LinkArea> links(const Page& page) {
    std::vector<LinkArea> out;
    for (const FrameItem& item : page.items) {
        if (const auto* link = std::get_if<LinkArea>(&item); link && link->page >= 0)
            out.push_back(*link);
    }
    return out;
}

struct Built {
    present::BookInfo info;
    std::vector<present::BookPart> parts;
};

/// A book of three articles (the second long, the third Greek) in two parts.
Built two_part_book() {
    Built b;
    b.info.meta.title = "The Book";
    b.info.meta.language = "en";
    b.info.meta.source = "book.toml";
    b.info.meta.publisher = "Galley Press";
    b.info.meta.rights = "Public domain";
    b.info.editors = {"Ed Itor"};
    b.parts.push_back(
        {"Part One",
         {article("First Article", 1, "en", "Ann Author"), article("Second Article", 12)}});
    b.parts.push_back({"Part Two", {article("Trito Arthro", 2, "el")}});
    return b;
}

}  // namespace

TEST_CASE("roman numerals for front matter labels") {
    CHECK(roman(1) == "i");
    CHECK(roman(4) == "iv");
    CHECK(roman(14) == "xiv");
    CHECK(roman(1999) == "mcmxcix");
    CHECK(roman(0).empty());
}

TEST_CASE("a two-sided book: roman front matter, right-hand openings, linked contents") {
    Built b = two_part_book();
    Diagnostics diagnostics;
    style::StyleSheet style;  // classic: two-sided
    REQUIRE(style.page.two_sided);
    PagedDocument book = layout_book(b.info, b.parts, style, fonts(), diagnostics);

    // Labels: i, ii, ... then 1, 2, ...; page 1 on an even index (a right-hand page).
    std::size_t first_body = 0;
    while (first_body < book.pages.size() && book.pages[first_body].label != "1") ++first_body;
    REQUIRE(first_body < book.pages.size());
    CHECK(first_body % 2 == 0);
    for (std::size_t i = 0; i < first_body; ++i) CHECK(book.pages[i].label == roman(int(i) + 1));
    for (std::size_t i = first_body; i < book.pages.size(); ++i)
        CHECK(book.pages[i].label == std::to_string(i - first_body + 1));

    // Outline: Contents, then two parts holding their articles.
    std::vector<std::string> top;
    std::vector<const OutlineEntry*> articles;
    for (const OutlineEntry& e : book.outline) {
        if (e.level == 0) top.push_back(e.title);
        if (e.level == 1) articles.push_back(&e);
    }
    CHECK(top == std::vector<std::string>{"Contents", "Part One", "Part Two"});
    REQUIRE(articles.size() == 3);
    CHECK(articles[0]->title == "First Article");
    CHECK(articles[2]->title == "Trito Arthro");

    // Each article opens on a right-hand page that shows its title first, sunk below the top
    // margin by a sixth of the text block.
    const double text_height =
        style.page.height.value - style.page.margin_top.value - style.page.margin_bottom.value;
    for (const OutlineEntry* e : articles) {
        CHECK(e->page % 2 == 0);
        CHECK(e->y >= style.page.margin_top.value + text_height / 6);
        std::vector<std::string> lines = page_lines(book.pages[std::size_t(e->page)], false);
        REQUIRE(!lines.empty());
        CHECK(squeeze(lines.front()) == squeeze(e->title));
    }

    // The contents links every entry (parts and articles) to its outline target, and the number
    // on the entry's line is that page's label.
    std::vector<std::pair<int, double>> targets;
    for (std::size_t i = 0; i < first_body; ++i) {
        for (const LinkArea& link : links(book.pages[i])) {
            if (targets.empty() || targets.back().first != link.page)
                targets.push_back({link.page, link.target_y});
        }
    }
    std::vector<std::pair<int, double>> expected;
    for (const OutlineEntry& e : book.outline) {
        if (e.title != "Contents" && e.level <= 1) expected.push_back({e.page, e.y});
    }
    CHECK(targets == expected);
    std::string contents;
    for (std::size_t i = 0; i < first_body; ++i) {
        for (const std::string& line : page_lines(book.pages[i], false))
            contents += squeeze(line) + "\n";
    }
    for (const OutlineEntry* e : articles) {
        const std::string label = book.pages[std::size_t(e->page)].label;
        CHECK(contents.find(squeeze(e->title) + label) != std::string::npos);
    }
    for (const char* what : {"Ann Author", "Edited by Ed Itor", "Public domain", "Galley Press"})
        CHECK(contents.find(squeeze(what)) != std::string::npos);

    // Heads: the book title on left-hand text pages, the article title on right-hand ones; none
    // on opening pages.
    const OutlineEntry* second = articles[1];
    std::size_t second_end = 0;  // the page of Part Two
    for (const OutlineEntry& e : book.outline) {
        if (e.title == "Part Two") second_end = std::size_t(e.page);
    }
    int checked = 0;
    for (std::size_t i = std::size_t(second->page); i < second_end; ++i) {
        std::vector<std::string> content = page_lines(book.pages[i], false);
        if (content.empty()) continue;  // blank back page
        std::vector<std::string> heads = page_lines(book.pages[i], true);
        REQUIRE(!heads.empty());
        if (i == std::size_t(second->page)) {
            CHECK(heads.size() == 1);  // the folio only
            continue;
        }
        INFO("page " << book.pages[i].label);
        CHECK(heads.front() == (i % 2 == 1 ? "The Book" : "Second Article"));
        ++checked;
    }
    CHECK(checked >= 2);

    // Structure: one Art per article, under its Part; the Greek one says its language.
    std::vector<std::string> langs;
    for (const StructureElement& e : book.structure) {
        if (e.role != "Art") continue;
        REQUIRE(e.parent >= 0);
        CHECK(book.structure[std::size_t(e.parent)].role == "Part");
        langs.push_back(e.lang);
    }
    CHECK(langs == std::vector<std::string>{"", "", "el"});
}

TEST_CASE("a one-sided book has no blank pages and no parts level without parts") {
    Built b = two_part_book();
    b.parts = {{"", {b.parts[0].articles[0], b.parts[0].articles[1], b.parts[1].articles[0]}}};
    style::StyleSheet style;
    style.page.two_sided = false;
    Diagnostics diagnostics;
    PagedDocument book = layout_book(b.info, b.parts, style, fonts(), diagnostics);
    std::vector<int> openings;
    for (const OutlineEntry& e : book.outline) {
        if (e.level == 0 && e.title != "Contents") openings.push_back(e.page);
    }
    REQUIRE(openings.size() == 3);
    for (std::size_t i = 0; i < book.pages.size(); ++i) {
        bool has_text =
            !page_lines(book.pages[i], false).empty() || !page_lines(book.pages[i], true).empty();
        CHECK(has_text);  // one-sided: no blank page anywhere
    }
    // Articles follow each other page after page.
    CHECK(openings[1] == openings[0] + 1);
    // One-sided: every text page of an article carries the article's title.
    int heads = 0;
    for (int i = openings[1] + 1; i < openings[2]; ++i) {
        std::vector<std::string> lines = page_lines(book.pages[std::size_t(i)], true);
        REQUIRE(lines.size() == 2);  // head and folio
        CHECK(lines.front() == "Second Article");
        ++heads;
    }
    CHECK(heads >= 2);
}

TEST_CASE("a book without articles is refused") {
    present::BookInfo info;
    info.meta.title = "Empty";
    info.meta.source = "empty.toml";
    std::vector<present::BookPart> parts = {{"A part", {}}};
    Diagnostics diagnostics;
    CHECK_THROWS_AS(layout_book(info, parts, style::StyleSheet{}, fonts(), diagnostics), Error);
}

TEST_CASE("a cover image fills the first page; the front matter is numbered after it") {
    Built b = two_part_book();
    // A PNG header of 600 x 900 pixels is all the layout reads (the PDF writer decodes it).
    std::string png = std::string("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16);
    for (unsigned v : {600u, 900u}) {
        for (int shift : {24, 16, 8, 0}) png += static_cast<char>((v >> shift) & 0xFF);
    }
    png += std::string(9, '\0');
    b.info.cover = *present::cover_image(png);
    style::StyleSheet style;
    Diagnostics diagnostics;
    PagedDocument book = layout_book(b.info, b.parts, style, fonts(), diagnostics);
    REQUIRE(book.images.size() == 1);
    REQUIRE(book.pages.size() > 3);
    const Page& cover = book.pages[0];
    CHECK(cover.label == "Cover");
    REQUIRE(cover.items.size() == 1);
    const auto* picture = std::get_if<Picture>(&cover.items[0]);
    REQUIRE(picture);
    // 600 x 900 px on a 432 x 648 pt page: the same shape, so it fills the page exactly.
    CHECK(picture->x == Approx(0).margin(0.01));
    CHECK(picture->width == Approx(432));
    CHECK(picture->height == Approx(648));
    CHECK(book.pages[1].label == "Cover");  // its blank back (two-sided)
    CHECK(book.pages[1].items.empty());
    CHECK(book.pages[2].label == "i");
    std::size_t first_body = 0;
    while (book.pages[first_body].label != "1") ++first_body;
    CHECK(first_body % 2 == 0);

    b.info.cover.bytes = "not an image";
    CHECK_THROWS_AS(layout_book(b.info, b.parts, style, fonts(), diagnostics), Error);
}
