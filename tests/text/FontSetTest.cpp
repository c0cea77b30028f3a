#include <catch2/catch.hpp>

#include "base/Error.hpp"
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

TEST_CASE("Noto Serif and Noto Sans cover Latin, Azerbaijani, Vietnamese, Greek, Cyrillic") {
    FontSet fonts(GALLEY_FONTS_DIR);
    std::vector<char32_t> needed;
    for (char32_t c = 0x20; c < 0x7F; ++c) needed.push_back(c);
    for (char32_t c = 0xA0; c <= 0x17F; ++c) needed.push_back(c);  // Latin-1, Latin Extended-A
    for (char32_t c : {U'ə', U'Ə', U'ğ', U'Ğ', U'ı', U'İ', U'ş', U'Ş', U'ç', U'Ç', U'ö', U'ü'})
        needed.push_back(c);                                          // Azerbaijani
    for (char32_t c = 0x1EA0; c <= 0x1EF9; ++c) needed.push_back(c);  // Vietnamese
    for (char32_t c : {U'Đ', U'đ', U'Ơ', U'ơ', U'Ư', U'ư'}) needed.push_back(c);
    for (char32_t c = 0x0391; c <= 0x03C9; ++c)
        if (c != 0x03A2) needed.push_back(c);  // Greek (U+03A2 is unassigned)
    for (char32_t c : {U'ά', U'έ', U'ή', U'ί', U'ό', U'ύ', U'ώ', U'ϊ', U'ϋ', U'ΐ', U'ΰ'})
        needed.push_back(c);
    for (char32_t c = 0x0400; c <= 0x045F; ++c) needed.push_back(c);  // Cyrillic
    for (char32_t c : {U'–', U'—', U'‘', U'’', U'“', U'”', U'„', U'…', U'€', U'«', U'»'})
        needed.push_back(c);
    for (const char* family : {"serif", "sans"})
        for (int style = 0; style < 4; ++style) {
            const FontFace& face = fonts.primary(family, style & 2, style & 1);
            for (char32_t c : needed) {
                INFO(face.postscript_name() << " U+" << std::hex << static_cast<unsigned>(c));
                CHECK(face.covers(c));
            }
        }
}

TEST_CASE("script fallbacks, style fallbacks and families") {
    FontSet fonts(GALLEY_FONTS_DIR);
    CHECK(fonts.has_family("serif"));
    CHECK(fonts.has_family("Sans"));
    CHECK(fonts.has_family("Noto Naskh Arabic"));
    CHECK_FALSE(fonts.has_family("No Such Family 12345"));
    // Arabic in the serif family comes from Naskh, in the sans family from Noto Sans Arabic.
    CHECK(fonts.face_for(U'ب', "serif", false, false)->family() == "Noto Naskh Arabic");
    CHECK(fonts.face_for(U'ب', "sans", false, false)->family() == "Noto Sans Arabic");
    CHECK(fonts.face_for(U'क', "serif", true, false)->family() == "Noto Serif Devanagari");
    CHECK(fonts.face_for(U'क', "serif", true, false)->bold());
    // Hebrew has no italic: the upright face of the same weight.
    const FontFace* he = fonts.face_for(U'א', "serif", true, true);
    REQUIRE(he != nullptr);
    CHECK(he->family() == "Noto Serif Hebrew");
    CHECK(he->bold());
    CHECK_FALSE(he->italic());
    // Latin stays in the primary face; the same pointer every time (cached).
    CHECK(fonts.face_for(U'a', "serif", false, true) == &fonts.primary("serif", false, true));
    CHECK(fonts.face_for(U'a', "serif", false, true) == fonts.face_for(U'a', "serif", false, true));
    // An unknown family falls back to the serif book face.
    CHECK(&fonts.primary("No Such Family 12345", false, false) ==
          &fonts.primary("serif", false, false));
    // Nothing covers a private-use character.
    CHECK(fonts.face_for(0x10FFFD, "serif", false, false) == nullptr);
}

TEST_CASE("user fonts are added under a family name") {
    FontSet fonts(GALLEY_FONTS_DIR);
    fonts.add_file("Body", std::string(GALLEY_FONTS_DIR) + "/NotoSans-Bold.ttf");
    CHECK(fonts.has_family("Body"));
    const FontFace& bold = fonts.primary("Body", true, false);
    CHECK(bold.postscript_name() == "NotoSans-Bold");
    CHECK(&fonts.primary("Body", false, false) == &bold);  // the only style it has
    CHECK(fonts.face_for(U'ب', "Body", true, false)->family() == "Noto Sans Arabic");
    CHECK_THROWS_AS(fonts.add_file("Bad", GALLEY_FONTS_DIR "/OFL.txt"), galley::Error);
    CHECK_THROWS_AS(fonts.add_file("Bad", GALLEY_FONTS_DIR "/missing.ttf"), galley::Error);
}

TEST_CASE("a font that cannot be loaded throws a Font error naming the file") {
    try {
        FontFace face(GALLEY_FONTS_DIR "/OFL.txt");
        FAIL("no exception");
    } catch (const galley::Error& e) {
        CHECK(e.code() == galley::ErrorCode::Font);
        CHECK(e.file().find("OFL.txt") != std::string::npos);
    }
    CHECK_THROWS_AS(FontFace(GALLEY_FONTS_DIR "/NotoSerif-Regular.ttf", 3), galley::Error);
}

TEST_CASE("system fonts through fontconfig") {
    FontSet fonts(GALLEY_FONTS_DIR);
    REQUIRE(fonts.has_family("Noto Sans CJK JP"));
    const FontFace& cjk = fonts.primary("Noto Sans CJK JP", false, false);
    CHECK(cjk.is_cff());
    CHECK(cjk.family() == "Noto Sans CJK JP");
    CHECK(cjk.covers(U'権'));
    // The face index inside the collection matters: the SC face is a different face.
    const FontFace* sc = fonts.face_for(U'权', "sans", false, false, "zh-CN");
    REQUIRE(sc != nullptr);
    CHECK(sc->family() == "Noto Sans CJK SC");
    CHECK(sc->path() == cjk.path());
    CHECK(sc->index() != cjk.index());
}

TEST_CASE("the generic monospace family comes from fontconfig") {
    FontSet fonts(GALLEY_FONTS_DIR);
    REQUIRE(fonts.has_family("monospace"));
    const FontFace& mono = fonts.primary("monospace", false, false);
    CHECK(mono.advance(mono.glyph_for('i')) == mono.advance(mono.glyph_for('W')));
    CHECK(fonts.face_for(U'ب', "monospace", false, false) != nullptr);
}
