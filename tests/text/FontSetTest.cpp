#include <catch2/catch.hpp>

#include "text/FontSet.hpp"

using galley::text::FontFace;
using galley::text::FontSet;

TEST_CASE("bundled serif faces load with their names and styles") {
    FontSet fonts(GALLEY_FONTS_DIR);
    const FontFace& regular = fonts.primary("serif", false, false);
    CHECK(regular.family() == "Noto Serif");
    CHECK(regular.postscript_name() == "NotoSerif-Regular");
    CHECK_FALSE(regular.bold());
    CHECK_FALSE(regular.italic());
    CHECK_FALSE(regular.is_cff());
    CHECK(regular.units_per_em() == 1000);
    CHECK(regular.ascender() > 0);
    CHECK(regular.descender() < 0);
    CHECK(regular.cap_height() > 500);
    const FontFace& bi = fonts.primary("Noto Serif", true, true);
    CHECK(bi.bold());
    CHECK(bi.italic());
    CHECK(bi.italic_angle() < 0);
    CHECK(&fonts.primary("sans", false, false) != &regular);
    CHECK(fonts.primary("sans", false, false).family() == "Noto Sans");
}
