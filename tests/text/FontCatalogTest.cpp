#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <thread>
#include <vector>

#include "base/Error.hpp"
#include "text/FontCatalog.hpp"

using galley::text::FontCatalog;
using galley::text::FontFace;

TEST_CASE("bundled serif faces load with their names and styles") {
    FontCatalog fonts(GALLEY_FONTS_DIR);
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
    FontCatalog fonts(GALLEY_FONTS_DIR);
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
    FontCatalog fonts(GALLEY_FONTS_DIR);
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
    const std::string dir = GALLEY_FONTS_DIR;
    FontCatalog fonts(dir, {{"Body", dir + "/NotoSans-Bold.ttf"}});
    CHECK(fonts.has_family("Body"));
    const FontFace& bold = fonts.primary("Body", true, false);
    CHECK(bold.postscript_name() == "NotoSans-Bold");
    CHECK(&fonts.primary("Body", false, false) == &bold);  // the only style it has
    CHECK(fonts.face_for(U'ب', "Body", true, false)->family() == "Noto Sans Arabic");
    CHECK_THROWS_AS(FontCatalog(dir, {{"Bad", dir + "/OFL.txt"}}), galley::Error);
    CHECK_THROWS_AS(FontCatalog(dir, {{"Bad", dir + "/missing.ttf"}}), galley::Error);
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
    FontCatalog fonts(GALLEY_FONTS_DIR);
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
    FontCatalog fonts(GALLEY_FONTS_DIR);
    REQUIRE(fonts.has_family("monospace"));
    const FontFace& mono = fonts.primary("monospace", false, false);
    CHECK(mono.advance(mono.glyph_for('i')) == mono.advance(mono.glyph_for('W')));
    CHECK(fonts.face_for(U'ب', "monospace", false, false) != nullptr);
}

namespace {

/// Characters whose face comes from the bundled faces, the script fallbacks and system fonts (CJK,
/// symbols, dingbats): the characters wikipedia-ja-413 once got different faces for.
std::vector<char32_t> mixed_characters() {
    std::vector<char32_t> cs = {
        U'a',  U'é',  U'ب',  U'א',  U'क',  U'…',      U'※',      U'○',      U'●',    U'→',  U'①',
        U'・', U'ー', U'「', U'」', U'、', U'。',     U'人',     U'権',     U'权',   U'あ', U'ア',
        U'한', U'★',  U'♪',  U'✓',  U'〜', U'\u2010', U'\u2212', U'\u00D7', 0x10FFFD};
    for (char32_t c = 0x3041; c < 0x3060; ++c) cs.push_back(c);
    return cs;
}

using Answer = std::vector<const FontFace*>;

/// The faces `fonts` gives each of `cs` (in the order of `cs`) for every role and language asked.
Answer answers(const FontCatalog& fonts, const std::vector<char32_t>& cs) {
    Answer out;
    for (const char* family : {"serif", "sans"})
        for (const char* lang : {"ja", "zh-Hans", "en"})
            for (char32_t c : cs) out.push_back(fonts.face_for(c, family, false, false, lang));
    return out;
}

/// `cs` asked in `order`, answers put back in the order of `cs`.
Answer answers_in_order(const FontCatalog& fonts, const std::vector<char32_t>& cs,
                        const std::vector<std::size_t>& order) {
    Answer by_order(cs.size() * 6);
    std::size_t k = 0;
    for (const char* family : {"serif", "sans"})
        for (const char* lang : {"ja", "zh-Hans", "en"}) {
            for (std::size_t i : order)
                by_order[k * cs.size() + i] = fonts.face_for(cs[i], family, false, false, lang);
            ++k;
        }
    return by_order;
}

}  // namespace

TEST_CASE("fallback is the same whatever order characters are asked in") {
    const std::vector<char32_t> cs = mixed_characters();
    FontCatalog first(GALLEY_FONTS_DIR);
    const Answer expected = answers(first, cs);
    // Some characters need a system face (else this test would show nothing).
    CHECK(std::count_if(expected.begin(), expected.end(), [&](const FontFace* f) {
              return f && f->path().string().find(GALLEY_FONTS_DIR) == std::string::npos;
          }) > 0);
    std::vector<std::size_t> order(cs.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::reverse(order.begin(), order.end());
    {
        FontCatalog fresh(GALLEY_FONTS_DIR);  // CJK first, Latin last
        CHECK(answers_in_order(fresh, cs, order) == expected);
    }
    std::mt19937 random(13);
    for (int round = 0; round < 3; ++round) {
        std::shuffle(order.begin(), order.end(), random);
        FontCatalog fresh(GALLEY_FONTS_DIR);
        // Other languages and styles asked first must not change the answers either.
        for (char32_t c : cs) fresh.face_for(c, "serif", true, true, "ko");
        CHECK(answers_in_order(fresh, cs, order) == expected);
    }
    // And a catalog that has already answered gives the same answers again.
    CHECK(answers(first, cs) == expected);
}

TEST_CASE("a catalog used from several threads gives the same answers") {
    const std::vector<char32_t> cs = mixed_characters();
    // Faces are shared process-wide only while alive: compare answers by the file and face index
    // they stand for, taken while their catalog lives.
    auto names = [](const Answer& a) {
        std::vector<std::string> out;
        for (const FontFace* f : a)
            out.push_back(f ? f->path().string() + "#" + std::to_string(f->index()) : "none");
        return out;
    };
    std::vector<std::string> expected;
    {
        FontCatalog alone(GALLEY_FONTS_DIR);
        expected = names(answers(alone, cs));
    }
    FontCatalog shared(GALLEY_FONTS_DIR);
    std::vector<Answer> got(4);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < got.size(); ++t)
        threads.emplace_back([&, t] {
            std::vector<std::size_t> order(cs.size());
            for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
            std::mt19937 random(static_cast<unsigned>(t));
            std::shuffle(order.begin(), order.end(), random);
            for (int round = 0; round < 20; ++round) got[t] = answers_in_order(shared, cs, order);
        });
    for (std::thread& t : threads) t.join();
    for (const Answer& a : got) CHECK(names(a) == expected);
}

TEST_CASE("the language picks the system face for Han characters") {
    FontCatalog fonts(GALLEY_FONTS_DIR);
    const FontFace* ja = fonts.face_for(U'人', "serif", false, false, "ja");
    const FontFace* zh = fonts.face_for(U'人', "serif", false, false, "zh-Hans");
    REQUIRE(ja != nullptr);
    REQUIRE(zh != nullptr);
    CHECK(ja->family().find("JP") != std::string::npos);
    CHECK(zh->family().find("SC") != std::string::npos);
    // Symbols in a Japanese text come from the face the language ranks first, whatever came
    // before (wikipedia-ja-413 once drew '※' from DejaVu or Noto CJK by order of appearance).
    const FontFace* mark = fonts.face_for(U'※', "serif", false, false, "ja");
    REQUIRE(mark != nullptr);
    CHECK(mark == fonts.face_for(U'※', "serif", false, false, "ja-JP"));
}
