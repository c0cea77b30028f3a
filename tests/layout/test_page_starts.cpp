// Page starts (issue 15): every page records where its first line of running text comes from,
// as a block and a word of the block's text, so that the EPUB can mark the page.
#include <catch2/catch.hpp>

#include <sstream>

#include "LayoutTestSupport.hpp"
#include "layout/CoverPage.hpp"
#include "present/PageList.hpp"

using namespace galley;
using namespace galley::layout;
using namespace galley::layout::testing;

namespace {

/// The words of `text` (split at white space).
std::vector<std::string> words_of(const std::string& text) {
    std::istringstream in(text);
    std::vector<std::string> out;
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

}  // namespace

TEST_CASE("each page starts at the block and word its first body line shows", "[page-starts]") {
    const doc::Document d = chapter_one();
    const PagedDocument paged = lay_out(d, justified_style());
    REQUIRE(paged.pages.size() >= 4);
    // Page 1 opens with the title block.
    REQUIRE(paged.pages[0].start);
    CHECK(paged.pages[0].start->block == -1);
    int previous = -1;
    for (std::size_t p = 1; p < paged.pages.size(); ++p) {
        const Page& page = paged.pages[p];
        INFO("page " << p + 1);
        REQUIRE(page.start);
        const SourcePosition& at = *page.start;
        REQUIRE(at.block >= 0);
        REQUIRE(static_cast<std::size_t>(at.block) < d.blocks.size());
        CHECK(at.block >= previous);
        previous = at.block;
        // The body lines of the page (running heads and folios are artifacts): the first one
        // begins with the word the start names.
        const std::vector<TextLine> lines = text_lines(page);
        REQUIRE(!lines.empty());
        const auto& paragraph = std::get<doc::Paragraph>(d.blocks[at.block].value);
        const std::vector<std::string> words = words_of(doc::plain_text(paragraph.content));
        REQUIRE(at.word < words.size());
        CHECK(at.offset == 0);  // Latin text: pages start at a word (no word split across pages)
        const std::string first_line = lines.front().text();
        const std::string& word = words[at.word];
        CHECK(first_line.compare(0, word.size(), word) == 0);
    }
}

TEST_CASE("blocks inside lists and quotes are counted in pre-order", "[page-starts]") {
    // 0: a list (1, 2: its items' paragraphs), 3: a quote (4: its paragraph), 5: a paragraph; each
    // long enough to need pages of its own on a small page.
    doc::Document d;
    d.meta.title = "Counting";
    d.meta.language = "en";
    doc::List list;
    list.items.push_back({forced_lines(40, "alpha")});
    list.items.push_back({forced_lines(40, "beta")});
    doc::Block list_block;
    list_block.value = list;
    d.blocks.push_back(list_block);
    doc::BlockQuote quote;
    quote.content.push_back(forced_lines(40, "gamma"));
    doc::Block quote_block;
    quote_block.value = quote;
    d.blocks.push_back(quote_block);
    d.blocks.push_back(forced_lines(40, "delta"));
    const PagedDocument paged = lay_out(d, justified_style());
    std::map<int, std::string> first_word_of_block = {
        {1, "alpha"}, {2, "beta"}, {4, "gamma"}, {5, "delta"}};
    int seen = 0;
    for (std::size_t p = 1; p < paged.pages.size(); ++p) {
        const Page& page = paged.pages[p];
        REQUIRE(page.start);
        INFO("page " << p + 1 << " block " << page.start->block);
        REQUIRE(first_word_of_block.count(page.start->block) == 1);
        const std::string line = text_lines(page).front().text();
        CHECK(line.find(first_word_of_block[page.start->block]) != std::string::npos);
        // forced_lines: "word N" per line, so the word index is twice the line number.
        CHECK(page.start->word % 2 == 0);
        ++seen;
    }
    CHECK(seen >= 4);
}

TEST_CASE("a cover goes before the pages, labelled and placed as the cover", "[page-starts]") {
    const doc::Document d = chapter_one();
    style::StyleSheet style = justified_style();
    PagedDocument paged = lay_out(d, style);
    const std::size_t pages = paged.pages.size();
    const std::size_t outline_page = paged.outline.front().page;
    Diagnostics diagnostics;
    ParagraphBuilder builder(fonts(), diagnostics, "");
    add_cover(paged, typographic_cover(d.meta, style, builder), style.page);
    const std::size_t added = style.page.two_sided ? 2 : 1;
    REQUIRE(paged.pages.size() == pages + added);
    CHECK(paged.outline.front().page == static_cast<int>(outline_page + added));
    for (std::size_t p = 0; p < added; ++p) {
        CHECK(paged.pages[p].label == kCoverLabel);
        REQUIRE(paged.pages[p].start);
        CHECK(paged.pages[p].start->block == present::kCoverBlock);
    }
    // The cover shows the title and the author, as artifacts (the title page says them in text).
    const std::vector<TextLine> cover = text_lines(paged.pages[0], true);
    std::string text;
    for (const TextLine& line : cover) text += line.text() + " ";
    CHECK(squeeze(text).find(squeeze(d.meta.title)) != std::string::npos);
    CHECK(squeeze(text).find("HermanMelville") != std::string::npos);
    CHECK(text_lines(paged.pages[0]).empty());
    CHECK(paged.pages[added].label == "1");
}
