// Figures in the page builder (issue 11): the picture's size (pixel density, the measure), the
// Figure/Caption tags with /Alt, and floats: a figure that does not fit goes to the next page top
// while the text flows on, figures keep their order. Texts are made up; the images are only
// sizes (layout never decodes them).
#include <algorithm>
#include <catch2/catch.hpp>

#include "LayoutTestSupport.hpp"

using namespace galley;
using namespace galley::layout;
using namespace galley::layout::testing;

namespace {

/// Adds an image of `w` × `h` pixels stating `dpi` (0 = none) and returns a figure block of it.
doc::Block figure(doc::Document& d, int w, int h, double dpi, const std::string& alt,
                  const std::string& caption = "") {
    doc::Image image;
    image.format = "png";
    image.width = w;
    image.height = h;
    image.dpi = dpi;
    image.bytes = "png " + std::to_string(d.images.size());
    d.images.push_back(image);
    doc::Figure f;
    f.image = d.images.size() - 1;
    f.alt = alt;
    if (!caption.empty()) f.caption.push_back(doc::Inline{doc::Text{caption}});
    doc::Block b;
    b.value = f;
    return b;
}

struct Placed {
    int page = -1;
    Picture picture;
};

std::vector<Placed> pictures(const PagedDocument& paged) {
    std::vector<Placed> out;
    for (std::size_t p = 0; p < paged.pages.size(); ++p)
        for (const FrameItem& item : paged.pages[p].items)
            if (const auto* pic = std::get_if<Picture>(&item))
                out.push_back({static_cast<int>(p), *pic});
    return out;
}

/// The page holding the first line that contains `text` (spaces ignored), or -1.
int page_of(const PagedDocument& paged, const std::string& text) {
    for (std::size_t p = 0; p < paged.pages.size(); ++p)
        for (const TextLine& line : text_lines(paged.pages[p]))
            if (squeeze(line.text()).find(squeeze(text)) != std::string::npos)
                return static_cast<int>(p);
    return -1;
}

}  // namespace

TEST_CASE(
    "a figure's picture: pixels at the stated density, at least 150 dpi, within the measure") {
    const style::StyleSheet style = justified_style();
    const double measure =
        style.page.width.value - style.page.margin_inner.value - style.page.margin_outer.value;
    doc::Document d;
    d.meta.language = "en";
    d.blocks.push_back(figure(d, 300, 150, 0, "no density"));  // 150 dpi: 144 x 72 pt
    d.blocks.push_back(figure(d, 300, 150, 72, "screen"));     // 72 dpi is treated as 150
    d.blocks.push_back(figure(d, 600, 300, 300, "print"));     // 300 dpi as stated: 144 x 72
    d.blocks.push_back(figure(d, 3000, 1500, 0, "too wide"));  // scaled down to the measure
    PagedDocument paged = lay_out(d, style);
    const std::vector<Placed> all = pictures(paged);
    REQUIRE(all.size() == 4);
    for (int i : {0, 1, 2}) {
        CHECK(all[i].picture.width == Approx(144));
        CHECK(all[i].picture.height == Approx(72));
        CHECK(all[i].picture.image == i);
        // centred in the column
        const double left = all[i].picture.x - (all[i].page % 2 ? style.page.margin_outer.value
                                                                : style.page.margin_inner.value);
        CHECK(left == Approx((measure - 144) / 2));
    }
    CHECK(all[3].picture.width == Approx(measure));
    CHECK(all[3].picture.height == Approx(measure / 2));
    CHECK(paged.images.size() == 4);
}

TEST_CASE("a figure is tagged Figure with its alt text, its caption a Caption inside it") {
    const style::StyleSheet style = justified_style();
    doc::Document d;
    d.meta.language = "en";
    d.blocks.push_back(figure(d, 100, 100, 0, "A red square", "The square."));
    d.blocks.push_back(figure(d, 100, 100, 0, ""));  // no alt, no caption: decoration
    PagedDocument paged = lay_out(d, style);
    const std::vector<Placed> all = pictures(paged);
    REQUIRE(all.size() == 2);
    REQUIRE(all[0].picture.structure >= 0);
    const StructureElement& fig =
        paged.structure[static_cast<std::size_t>(all[0].picture.structure)];
    CHECK(fig.role == "Figure");
    CHECK(fig.alt == "A red square");
    bool caption = false;
    for (const StructureElement& e : paged.structure)
        caption = caption || (e.role == "Caption" && e.parent == all[0].picture.structure);
    CHECK(caption);
    CHECK(all[1].picture.structure == -1);  // an artifact
    // The caption's line is below the picture.
    CHECK(page_of(paged, "The square.") == all[0].page);
}

TEST_CASE("a figure that does not fit floats to the next page top while the text flows on") {
    const style::StyleSheet style = justified_style();
    doc::Document d;
    d.meta.language = "en";
    d.blocks.push_back(forced_lines(30));
    d.blocks.push_back(figure(d, 600, 450, 0, "first", "First figure."));  // 288 x 216 pt
    d.blocks.push_back(para("Text after the first figure."));
    d.blocks.push_back(figure(d, 150, 30, 0, "second", "Second figure."));  // small: fits
    d.blocks.push_back(para("Text after the second figure."));
    PagedDocument paged = lay_out(d, style);
    const std::vector<Placed> all = pictures(paged);
    REQUIRE(all.size() == 2);
    CHECK(all[0].page == 1);
    CHECK(all[0].picture.y == Approx(style.page.margin_top.value));  // at the page top
    // The text after it stays on page 1; the second figure, though it would fit there, keeps
    // its place after the first.
    CHECK(page_of(paged, "Text after the first figure.") == 0);
    CHECK(all[1].page == 1);
    CHECK(all[1].picture.y > all[0].picture.y + all[0].picture.height);
    CHECK(page_of(paged, "Second figure.") == 1);
    CHECK(page_of(paged, "First figure.") == 1);  // never apart from its caption
}

TEST_CASE("a figure taller than the page is scaled to fit it with its caption") {
    const style::StyleSheet style = justified_style();
    doc::Document d;
    d.meta.language = "en";
    d.blocks.push_back(para("Before."));
    d.blocks.push_back(figure(d, 300, 3000, 0, "tall", "A tall one."));
    PagedDocument paged = lay_out(d, style);
    const std::vector<Placed> all = pictures(paged);
    REQUIRE(all.size() == 1);
    const double text_height =
        style.page.height.value - style.page.margin_top.value - style.page.margin_bottom.value;
    CHECK(all[0].picture.height < text_height);
    CHECK(all[0].picture.width / all[0].picture.height == Approx(0.1));
    CHECK(page_of(paged, "A tall one.") == all[0].page);
}

TEST_CASE(
    "floats among pages filled to depth: each placed once, in order, moved with its caption") {
    // Page filling tries paragraph settings in dry runs (PageBuilder::improve) and stretches the
    // gaps of each page (flush_bottom): neither may consume or repeat a waiting figure, and a
    // picture moves with its caption and never overlaps the text.
    const style::StyleSheet style = justified_style();
    doc::Document d = chapter_one();
    const std::vector<std::size_t> after = {1, 4, 8};
    for (std::size_t i = after.size(); i-- > 0;) {
        const std::string n = std::to_string(i + 1);
        const auto at = d.blocks.begin() + static_cast<long>(after[i]);
        d.blocks.insert(at, figure(d, 600, 450, 0, "figure " + n, "Caption " + n + "."));
    }
    PagedDocument paged = lay_out(d, style);
    const std::vector<Placed> all = pictures(paged);
    REQUIRE(all.size() == after.size());
    // At least one of them waited for a page and opened it.
    CHECK(std::any_of(all.begin(), all.end(), [&](const Placed& p) {
        return p.picture.y == Approx(style.page.margin_top.value);
    }));
    double below_picture = -1;
    for (std::size_t i = 0; i < all.size(); ++i) {
        INFO("figure " << i + 1);
        if (i > 0) CHECK(all[i].page >= all[i - 1].page);
        REQUIRE(all[i].picture.structure >= 0);
        CHECK(paged.structure[static_cast<std::size_t>(all[i].picture.structure)].alt ==
              "figure " + std::to_string(i + 1));
        const double top = all[i].picture.y, bottom = top + all[i].picture.height;
        bool captioned = false;
        for (const TextLine& line :
             text_lines(paged.pages[static_cast<std::size_t>(all[i].page)])) {
            CHECK_FALSE((line.y > top && line.y < bottom));
            const std::string n = std::to_string(i + 1);  // "Figure 1. Caption 1."
            if (squeeze(line.text()) != squeeze("Figure " + n + ". Caption " + n + ".")) continue;
            captioned = true;
            // The caption stands as far below its picture on every page, gaps stretched or not.
            if (below_picture < 0) below_picture = line.y - bottom;
            CHECK(line.y - bottom == Approx(below_picture).margin(0.01));
        }
        CHECK(captioned);
        // A figure that opens a page out of the text's order does not say where the page's text
        // starts (the EPUB's page-break marker): the text below it does.
        const Page& page = paged.pages[static_cast<std::size_t>(all[i].page)];
        if (top == Approx(style.page.margin_top.value) && page.start) {
            const auto figure_block = static_cast<int>(after[i] + i);
            REQUIRE(std::holds_alternative<doc::Figure>(d.blocks[after[i] + i].value));
            CHECK(page.start->block != figure_block);
        }
    }
}

TEST_CASE("captioned figures are numbered in the article's language, unless the style says not") {
    style::StyleSheet style = justified_style();
    doc::Document d;
    d.meta.language = "de";
    d.blocks.push_back(para("Text before the figures."));
    d.blocks.push_back(figure(d, 150, 30, 0, "first", "Erste."));
    d.blocks.push_back(figure(d, 150, 30, 0, "no caption"));  // no caption: no number
    d.blocks.push_back(figure(d, 150, 30, 0, "third", "Dritte."));
    PagedDocument paged = lay_out(d, style);
    CHECK(page_of(paged, "Abbildung 1: Erste.") == 0);
    CHECK(page_of(paged, "Abbildung 2: Dritte.") == 0);
    style.figure_numbered = false;
    paged = lay_out(d, style);
    CHECK(page_of(paged, "Abbildung") == -1);
    CHECK(page_of(paged, "Dritte.") == 0);
}
