#include <catch2/catch.hpp>

#include "text/Shaper.hpp"

using namespace galley::text;

TEST_CASE("office shapes with a ligature") {
    FontSet fonts(GALLEY_FONTS_DIR);
    Shaper shaper(fonts);
    galley::Diagnostics diag;
    const auto& runs = shaper.shape("office", ShapeRequest{}, diag);
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].glyphs.size() < 6);
}
