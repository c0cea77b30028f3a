// Figures in the EPUB (issue 11): <figure> with <img src alt width height>, <figcaption> with the
// caption and the credit, images named after the article's files and listed as resources with
// their bytes unchanged. Texts and image bytes are made up.
#include <catch2/catch.hpp>

#include "epub/FigureWriter.hpp"
#include "epub/XhtmlWriter.hpp"

using namespace galley;
using namespace galley::epub;

namespace {

doc::Document with_figures() {
    doc::Document d;
    d.meta.title = "Figures";
    d.meta.language = "en";
    d.images.push_back({"a.png", "PNG bytes", "png", 40, 30, 0});
    d.images.push_back({"b.jpg", "JPEG bytes", "jpeg", 80, 60, 300});
    doc::Figure first;
    first.image = 0;
    first.alt = "A \"chart\" & more";
    first.caption.push_back({doc::Emphasis{{doc::Inline{doc::Text{"Sales"}}}}});
    first.caption.push_back({doc::Text{" by year."}});
    first.credit = "Chart: A. Person";
    d.blocks.push_back({first, 1});
    doc::Figure second;
    second.image = 1;  // no alt text, no caption
    d.blocks.push_back({second, 3});
    return d;
}

}  // namespace

TEST_CASE("a figure is <figure> with its image, alt text, caption and credit") {
    const doc::Document d = with_figures();
    style::StyleSheet style;
    Diagnostics diags;
    XhtmlWriter w(d, style, {}, diags);
    std::vector<TocEntry> h;
    const std::string x = w.article(h, kMaxContentBytes, {"a7", false}).front().xhtml;
    CHECK(
        x.find("<figure class=\"figure\"><img src=\"images/a7-fig-1.png\" alt=\"A &quot;chart"
               "&quot; &amp; more\" width=\"40\" height=\"30\"/><figcaption><span "
               "class=\"figure-label\">Figure 1. </span><em>Sales</em> by "
               "year.<br/><span class=\"credit\">Chart: A. Person</span></figcaption></figure>") !=
        std::string::npos);
    CHECK(x.find("<figure class=\"figure\"><img src=\"images/a7-fig-2.jpg\" alt=\"\" width=\"80\" "
                 "height=\"60\"/></figure>") != std::string::npos);
}

TEST_CASE("figure labels: numbered in the article's language, or not at all") {
    doc::Document d = with_figures();
    doc::Figure third;  // a second captioned figure: number 2 (the uncaptioned one has none)
    third.image = 0;
    third.alt = "Bars";
    third.caption.push_back({doc::Text{"More sales."}});
    d.blocks.push_back({third, 5});
    d.meta.language = "de";
    style::StyleSheet style;
    Diagnostics diags;
    std::vector<TocEntry> h;
    const std::string de =
        XhtmlWriter(d, style, {}, diags).article(h, kMaxContentBytes, {"a", false}).front().xhtml;
    CHECK(de.find("<span class=\"figure-label\">Abbildung 1: </span><em>Sales</em>") !=
          std::string::npos);
    CHECK(de.find("<span class=\"figure-label\">Abbildung 2: </span>More sales.") !=
          std::string::npos);
    style.figure_numbered = false;
    std::vector<TocEntry> h2;
    const std::string off =
        XhtmlWriter(d, style, {}, diags).article(h2, kMaxContentBytes, {"a", false}).front().xhtml;
    CHECK(off.find("figure-label") == std::string::npos);
    CHECK(off.find("<figcaption>More sales.</figcaption>") != std::string::npos);
}

TEST_CASE("figure images are resources: bytes unchanged, media type from the format") {
    const std::vector<Resource> r = figure_resources(with_figures(), "article");
    REQUIRE(r.size() == 2);
    CHECK(r[0].item.id == "article-fig-1");
    CHECK(r[0].item.href == "images/article-fig-1.png");
    CHECK(r[0].item.media_type == "image/png");
    CHECK(r[0].bytes == "PNG bytes");
    CHECK(r[1].item.href == "images/article-fig-2.jpg");
    CHECK(r[1].item.media_type == "image/jpeg");
    CHECK_FALSE(r[1].item.in_spine);
}
