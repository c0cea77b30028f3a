// Shaping tests. The non-Latin sentences are from the Universal Declaration of Human Rights in
// the corpus (../shared/corpus/intl/udhr-*.txt: UN OHCHR translations, freely reproducible).
#include <catch2/catch.hpp>

#include <thread>

#include "text/Shaper.hpp"

using namespace galley::text;

namespace {

struct Fixture {
    FontCatalog fonts{GALLEY_FONTS_DIR};
    GlyphUse use;
    Shaper shaper{fonts, use};

    const std::vector<ShapedRun>& shape(std::string_view text, std::string lang = "en",
                                        bool bold = false, bool italic = false) {
        ShapeRequest req;
        req.language = std::move(lang);
        req.bold = bold;
        req.italic = italic;
        return shaper.shape(text, req, "test.txt");
    }
};

std::size_t notdefs(const std::vector<ShapedRun>& runs) {
    std::size_t n = 0;
    for (const auto& r : runs)
        for (const auto& g : r.glyphs) n += g.gid == 0;
    return n;
}

}  // namespace

TEST_CASE("Latin: ffi ligature and kerning") {
    Fixture f;
    const auto& office = f.shape("office");
    REQUIRE(office.size() == 1);
    CHECK(office[0].face->family() == "Noto Serif");
    CHECK(office[0].glyphs.size() < 6);  // "ffi" became one glyph
    CHECK(office[0].glyphs[0].cluster == 0);
    CHECK(office[0].glyphs[1].cluster == 1);  // the ligature's cluster starts at the first f
    CHECK(office[0].glyphs.back().cluster == 5);

    const auto& av = f.shape("AV");
    REQUIRE(av.size() == 1);
    const FontFace& face = *av[0].face;
    std::int64_t unkerned = face.advance(face.glyph_for('A')) + face.advance(face.glyph_for('V'));
    CHECK(av[0].advance() < unkerned);
    CHECK(f.use.missing().empty());
}

TEST_CASE("shaping results are cached per text and request") {
    Fixture f;
    const auto* a = &f.shape("whale");
    CHECK(&f.shape("whale") == a);
    CHECK(&f.shape("whale", "en", true) != a);
    CHECK(f.shape("whale", "en", true)[0].face->bold());
    CHECK(f.shape("whale", "en", false, true)[0].face->italic());
}

TEST_CASE("right-to-left runs") {
    Fixture f;
    const auto& ar = f.shape("ولما كانت الدول الأعضاء قد تعهدت بالتعاون مع الأمم المتحدة", "ar");
    REQUIRE(ar.size() == 1);
    CHECK(ar[0].rtl);
    CHECK(ar[0].level == 1);
    CHECK(ar[0].face->family() == "Noto Naskh Arabic");
    CHECK(notdefs(ar) == 0);
    // Visual order: the first logical character comes last.
    CHECK(ar[0].glyphs.back().cluster == 0);

    const auto& mixed = f.shape("the word הואיל opens it", "en");
    REQUIRE(mixed.size() == 3);
    CHECK_FALSE(mixed[0].rtl);
    CHECK(mixed[1].rtl);
    CHECK(mixed[1].text == "הואיל");
    CHECK(mixed[1].face->family() == "Noto Serif Hebrew");
    CHECK_FALSE(mixed[2].rtl);
    CHECK(mixed[0].text + mixed[1].text + mixed[2].text == "the word הואיל opens it");
}

TEST_CASE("Hebrew has no italic: the regular or bold face is used") {
    Fixture f;
    const auto& he = f.shape("הואיל והמדינות", "he", true, true);
    REQUIRE(he.size() == 1);
    CHECK(he[0].face->family() == "Noto Serif Hebrew");
    CHECK(he[0].face->bold());
    CHECK(notdefs(he) == 0);
}

TEST_CASE("every script of the corpus gets a face and no .notdef") {
    struct Sample {
        const char* lang;
        const char* text;
        const char* family_prefix;
    };
    const Sample samples[] = {
        {"ar", "ولما كانت الدول الأعضاء قد تعهدت بالتعاون مع الأمم المتحدة.", "Noto Naskh Arabic"},
        {"he", "הואיל והמדינות החברות התחייבו לפעול, בשיתוף עם ארגון האומות המאוחדות.",
         "Noto Serif Hebrew"},
        {"hi", "चूंकि राष्ट्रों के बीच मैत्रीपूर्ण सम्बन्धों को बढ़ाना ज़रूरी है,", "Noto Serif Devanagari"},
        {"el", "Επειδή έχει ουσιαστική σημασία να ενθαρρύνεται η ανάπτυξη φιλικών σχέσεων.",
         "Noto Serif"},
        {"ru",
         "принимая во внимание, что необходимо содействовать развитию дружественных отношений",
         "Noto Serif"},
        {"vi", "Cần phải khuyến khích việc phát triển quan hệ bằng hữu giữa các dân tộc,",
         "Noto Serif"},
        {"az", "xalqlar arasında mehriban münasibətlərin inkişafını dəstəkləməyin vacibliyini",
         "Noto Serif"},
        {"ja", "加盟国は、国際連合と協力して、人権及び基本的自由の普遍的な尊重及び遵守の促進を",
         "Noto Serif CJK"},
        {"zh", "鉴于有必要促进各国间友好关系的发展,", "Noto Serif CJK"},
    };
    Fixture f;
    for (const auto& s : samples) {
        INFO(s.lang << ": " << s.text);
        const auto& runs = f.shape(s.text, s.lang);
        REQUIRE_FALSE(runs.empty());
        CHECK(notdefs(runs) == 0);
        std::string joined;
        for (const auto& r : runs) {
            REQUIRE(r.face != nullptr);
            joined += r.text;
        }
        CHECK(joined == s.text);
        CHECK(runs[0].face->family().rfind(s.family_prefix, 0) == 0);
    }
    CHECK(f.use.missing().empty());
}

TEST_CASE("CJK comes from a CFF-flavoured system collection") {
    Fixture f;
    const auto& ja = f.shape("人権", "ja");
    REQUIRE(ja.size() == 1);
    CHECK(ja[0].face->is_cff());
    CHECK(ja[0].face->family() == "Noto Serif CJK JP");
    const auto& zh = f.shape("人权", "zh-Hans");
    REQUIRE(zh.size() == 1);
    CHECK(zh[0].face->family() == "Noto Serif CJK SC");
    CHECK(notdefs(zh) == 0);
}

TEST_CASE("an uncovered character is reported once and drawn as .notdef") {
    Fixture f;
    const auto& runs = f.shape("a\U0010FFFDb");
    CHECK(notdefs(runs) == 1);
    f.shape("again \U0010FFFD");
    f.shape("\U0010FFFD", "en", true);
    f.shape("a\U0010FFFDb");  // from the cache: recorded again, still once
    REQUIRE(f.use.missing().size() == 1);
    CHECK(f.use.missing()[0].code_point == 0x10FFFD);
    CHECK(f.use.missing()[0].file == "test.txt");
    galley::Diagnostics diag;
    report_missing(f.use, diag, "drawn as .notdef");
    REQUIRE(diag.count() == 1);
    CHECK(diag.warnings()[0].file == "test.txt");
    CHECK(diag.warnings()[0].message.find("U+10FFFD") != std::string::npos);
}

TEST_CASE("empty text and invalid UTF-8") {
    Fixture f;
    CHECK(f.shape("").empty());
    const auto& bad = f.shape(std::string_view("a\xff", 2));
    REQUIRE(bad.size() == 1);
    CHECK(bad[0].glyphs.size() == 2);  // the invalid byte is shaped as U+FFFD
}

TEST_CASE("one catalog shared by threads, a Shaper per thread: the same faces") {
    const char* texts[] = {"ولما كانت الدول الأعضاء", "加盟国は、国際連合と協力して",
                           "office AV whale", "चूंकि राष्ट्रों के बीच", "הואיל והמדינות"};
    std::vector<std::vector<std::size_t>> glyph_counts(3);
    std::vector<std::vector<const FontFace*>> faces(3);
    Fixture keeper;
    for (const char* text : texts) keeper.shape(text);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < 3; ++t)
        threads.emplace_back([&, t] {
            GlyphUse use;
            Shaper shaper(keeper.fonts, use);
            for (int round = 0; round < 20; ++round)
                for (const char* text : texts) {
                    ShapeRequest req;
                    req.language = round % 2 ? "ja" : "en";
                    const auto& runs = shaper.shape(text, req);
                    if (round == 0) {
                        glyph_counts[t].push_back(runs.at(0).glyphs.size());
                        faces[t].push_back(runs.at(0).face);
                    }
                }
        });
    for (auto& th : threads) th.join();
    CHECK(glyph_counts[0] == glyph_counts[1]);
    CHECK(glyph_counts[0] == glyph_counts[2]);
    CHECK(faces[0] == faces[1]);  // the same shared FontFace objects
    CHECK(faces[0][0] == keeper.shape(texts[0])[0].face);
}

TEST_CASE("punctuation and spaces stay in the run of the script around them") {
    Fixture f;
    const auto& ar = f.shape("«الأمم المتحدة»", "ar");
    REQUIRE(ar.size() == 1);
    CHECK(ar[0].face->family() == "Noto Naskh Arabic");
    CHECK(ar[0].rtl);
    const auto& hi = f.shape("(राष्ट्रों), है।", "hi");
    REQUIRE(hi.size() == 1);
    CHECK(hi[0].face->family() == "Noto Serif Devanagari");
    CHECK(notdefs(hi) == 0);
}

TEST_CASE("the language selects localized forms") {
    Fixture f;
    // Serbian and Macedonian italic-style б, Romanian ş drawn with a comma: the fonts' locl.
    CHECK(f.shape("б", "sr")[0].glyphs[0].gid != f.shape("б", "ru")[0].glyphs[0].gid);
    CHECK(f.shape("б", "mk-MK")[0].glyphs[0].gid == f.shape("б", "sr")[0].glyphs[0].gid);
    CHECK(f.shape("ş", "ro")[0].glyphs[0].gid != f.shape("ş", "en")[0].glyphs[0].gid);
}

TEST_CASE("control characters and joiners are hidden without warnings") {
    Fixture f;
    const auto& tab = f.shape("\tword\n");
    REQUIRE(tab.size() == 1);
    CHECK(tab[0].glyphs.size() == 4);          // the tab and newline leave no glyph
    CHECK(tab[0].glyphs.back().cluster == 4);  // "d"
    const auto& zw = f.shape("\u200Dक\u200Dष");
    CHECK(notdefs(zw) == 0);
    CHECK(f.use.missing().empty());
}
