// The SVG page backend: a second reader of the page model, next to the PDF writer.
#include <catch2/catch.hpp>

#include <tinyxml2.h>

#include <set>
#include <string>

#include "../pdf/TestDocument.hpp"
#include "base/Error.hpp"
#include "base/Length.hpp"
#include "svg/GlyphOutlines.hpp"
#include "svg/SvgWriter.hpp"

using namespace galley;
using galley::pdf::testing::Builder;

namespace {

/// Number of elements named `name` under `e`, at any depth.
int count(const tinyxml2::XMLElement* e, const std::string& name) {
    int n = 0;
    for (auto* c = e->FirstChildElement(); c != nullptr; c = c->NextSiblingElement())
        n += (name == c->Name() ? 1 : 0) + count(c, name);
    return n;
}

}  // namespace

TEST_CASE("pages become one SVG: glyph outlines defined once, drawn per glyph, pages stacked") {
    Builder b;
    b.page("1");
    b.line("Hello", 72, 100, 12);
    b.paged.pages.back().items.emplace_back(layout::Rule{72, 110, 100, 1, "#ff0000"});
    layout::LinkArea link{72, 88, 40, 14, "https://example.org/?a=1&b=2"};
    b.paged.pages.back().items.emplace_back(link);
    b.page("2");
    b.line("loo", 72, 100, 12);
    const std::string svg = svg::write_svg(b.paged);

    tinyxml2::XMLDocument xml;
    REQUIRE(xml.Parse(svg.c_str(), svg.size()) == tinyxml2::XML_SUCCESS);
    const tinyxml2::XMLElement* root = xml.RootElement();
    REQUIRE(root != nullptr);
    CHECK(std::string(root->Name()) == "svg");
    // Two A4 pages one under the other with the gap between them.
    const double height = 2 * 841.89 + svg::kPageGap;
    CHECK(std::string(root->Attribute("viewBox")) == "0 0 595.276 " + format_number(height, 3));
    // "Hello" + "loo": 8 glyphs drawn, 4 distinct outlines (H e l o).
    CHECK(count(root, "use") == 8);
    CHECK(count(root->FirstChildElement("defs"), "path") == 4);
    // Ground, two pages, the rule.
    CHECK(count(root, "rect") == 5);
    CHECK(svg.find("fill=\"#ff0000\"") != std::string::npos);
    CHECK(svg.find("xlink:href=\"https://example.org/?a=1&amp;b=2\"") != std::string::npos);
    // Page 2's glyphs sit below page 1.
    CHECK(svg.find(" 953.89)") != std::string::npos);  // 841.89 + 12 + 100: the y of "loo"
}

TEST_CASE("glyph outlines come from the font file the page model names") {
    Builder b;
    b.page("1");
    b.line("l o", 72, 100, 12);
    svg::GlyphOutlines outlines;
    std::set<std::string> paths;
    const page::Font* font = nullptr;
    for (const auto& item : b.paged.pages[0].items) {
        const auto& run = std::get<layout::GlyphRun>(item);
        font = &b.paged.fonts[run.font];
        CHECK(outlines.units_per_em(*font, run.font.index) == 1000);  // Noto Serif
        for (const auto& g : run.glyphs) paths.insert(outlines.path(*font, run.font.index, g.gid));
    }
    REQUIRE(font != nullptr);
    CHECK(paths.size() == 3);
    CHECK(paths.count("") == 1);  // the space has no outline
    for (const std::string& d : paths) {
        if (d.empty()) continue;
        CHECK(d.front() == 'M');
        CHECK(d.back() == 'Z');
    }
    page::Font missing = *font;
    missing.file = "/nonexistent/font.ttf";
    CHECK_THROWS_AS(outlines.path(missing, 7, 1), Error);
}
