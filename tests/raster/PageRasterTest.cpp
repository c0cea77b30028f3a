// A page drawn as a PNG: glyphs and rules where the page puts them, white elsewhere, the same
// bytes every time (the EPUB's generated cover).
#include <catch2/catch.hpp>

#include <png.h>

#include <vector>

#include "base/File.hpp"
#include "layout/ParagraphBuilder.hpp"
#include "layout/StyledText.hpp"
#include "raster/PageRaster.hpp"

using namespace galley;

namespace {

/// The RGB pixels of PNG `bytes` (libpng's simplified API), width and height.
std::vector<unsigned char> decode(const std::string& bytes, unsigned& width, unsigned& height) {
    png_image image{};
    image.version = PNG_IMAGE_VERSION;
    REQUIRE(png_image_begin_read_from_memory(&image, bytes.data(), bytes.size()) != 0);
    image.format = PNG_FORMAT_RGB;
    std::vector<unsigned char> pixels(PNG_IMAGE_SIZE(image));
    REQUIRE(png_image_finish_read(&image, nullptr, pixels.data(), 0, nullptr) != 0);
    width = image.width;
    height = image.height;
    return pixels;
}

/// The darkness (0 white .. 255 black) of the area [x0, x1) x [y0, y1) at its darkest.
int darkest(const std::vector<unsigned char>& pixels, unsigned width, unsigned x0, unsigned y0,
            unsigned x1, unsigned y1) {
    int most = 0;
    for (unsigned y = y0; y < y1; ++y)
        for (unsigned x = x0; x < x1; ++x) most = std::max(most, 255 - pixels[(y * width + x) * 3]);
    return most;
}

}  // namespace

TEST_CASE("a page's rules and glyphs become pixels where the page puts them", "[raster]") {
    text::FontCatalog fonts(data_dir() / "fonts");
    Diagnostics diagnostics;
    layout::ParagraphBuilder builder(fonts, diagnostics, "");
    style::TextStyle ts;
    ts.font_size = Pt{40};
    ts.leading = Pt{48};
    layout::ParagraphSpec spec = layout::spec_for(ts, "en", style::Align::Left, 400);
    std::vector<layout::SetLine> lines =
        builder.build(layout::StyledText::plain("Hello", false, false), spec);
    REQUIRE(lines.size() == 1);

    layout::Page page;
    page.width = 400;
    page.height = 600;
    page.items.push_back(layout::Rule{0, 500, 400, 10, "#000000"});  // a band near the foot
    layout::move_onto(page, lines.front().items, 20, 100);           // baseline at y = 100

    const page::FontTable& table = builder.font_table();           // what the runs' font refs index
    const std::string png = raster::render_png(page, table, 200);  // half a pixel a point
    CHECK(png == raster::render_png(page, table, 200));
    unsigned width = 0, height = 0;
    const std::vector<unsigned char> pixels = decode(png, width, height);
    CHECK(width == 200);
    CHECK(height == 300);
    CHECK(darkest(pixels, width, 0, 251, 200, 254) > 240);  // the rule: y 500..510 → 250..255
    CHECK(darkest(pixels, width, 0, 0, 200, 20) == 0);      // white above the text
    CHECK(darkest(pixels, width, 10, 35, 90, 50) > 200);   // "Hello": x 20.., cap height above y 50
    CHECK(darkest(pixels, width, 0, 60, 200, 240) == 0);   // nothing between text and rule
    CHECK(darkest(pixels, width, 150, 30, 200, 50) == 0);  // nothing right of the word
}
