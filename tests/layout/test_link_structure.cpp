// Links in running text are tagged: each is a "Link" element under its paragraph that holds the
// link's glyph runs and its clickable areas, so the PDF can tie the annotation to the structure.
#include <catch2/catch.hpp>

#include "LayoutTestSupport.hpp"

using namespace galley;
using namespace galley::layout;
using namespace galley::layout::testing;

TEST_CASE("a link is a Link element holding its text and its areas") {
    // news/gv-en-2009-peru: a sentence with a bare URL, which the reader makes a link.
    const std::string url = "http://www.aidesep.org.pe/";
    doc::Document d;
    d.meta.title = "Peru";
    d.meta.language = "en";
    doc::Paragraph p;
    p.content.push_back(doc::Inline{doc::Text{"The statement is on the website of AIDESEP, "}});
    doc::Link link{url, {doc::Inline{doc::Text{url}}}};
    p.content.push_back(doc::Inline{link});
    p.content.push_back(doc::Inline{doc::Text{", the national indigenous organisation."}});
    doc::Block block;
    block.value = p;
    d.blocks.push_back(block);
    PagedDocument paged = lay_out(d, justified_style());

    int link_element = -1;
    for (std::size_t i = 0; i < paged.structure.size(); ++i) {
        if (paged.structure[i].role == "Link") link_element = static_cast<int>(i);
    }
    REQUIRE(link_element >= 0);
    const int parent = paged.structure[std::size_t(link_element)].parent;
    REQUIRE(parent >= 0);
    CHECK(paged.structure[std::size_t(parent)].role == "P");

    std::string link_text, paragraph_text;
    int areas = 0;
    for (const FrameItem& item : paged.pages.at(0).items) {
        if (const auto* run = std::get_if<GlyphRun>(&item)) {
            if (run->structure == link_element) link_text += run_text(*run);
            if (run->structure == parent) paragraph_text += run_text(*run);
        } else if (const auto* area = std::get_if<LinkArea>(&item)) {
            CHECK(area->url == url);
            CHECK(area->structure == link_element);
            ++areas;
        }
    }
    CHECK(areas >= 1);
    CHECK(squeeze(link_text) == url);
    CHECK(paragraph_text.find("AIDESEP") != std::string::npos);
    CHECK(paragraph_text.find("aidesep.org") == std::string::npos);
}
