#include <catch2/catch.hpp>

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_FONT_FORMATS_H
#include FT_CID_H
#include <hb-ot.h>

#include <hb.h>
#include <algorithm>

#include "text/Shaper.hpp"
#include "text/Subset.hpp"

using namespace galley::text;

namespace {

/// A font file in memory opened with FreeType, to check a subset loads outside HarfBuzz.
struct FtFace {
    FT_Library lib = nullptr;
    FT_Face face = nullptr;
    explicit FtFace(std::string_view bytes) {
        FT_Init_FreeType(&lib);
        FT_New_Memory_Face(lib, reinterpret_cast<const FT_Byte*>(bytes.data()),
                           static_cast<FT_Long>(bytes.size()), 0, &face);
    }
    ~FtFace() {
        if (face) FT_Done_Face(face);
        FT_Done_FreeType(lib);
    }
    /// Outline points of glyph `gid` (0 for an empty glyph or a load failure).
    int points(unsigned gid) const {
        if (FT_Load_Glyph(face, gid, FT_LOAD_NO_SCALE) != 0) return -1;
        return face->glyph->outline.n_points;
    }
};

/// The set of glyph ids a piece of text shapes to.
std::set<std::uint32_t> glyphs_of(Shaper& shaper, std::string_view text, const std::string& lang,
                                  const FontFace** face) {
    ShapeRequest req;
    req.language = lang;
    std::set<std::uint32_t> gids;
    for (const auto& run : shaper.shape(text, req)) {
        *face = run.face;
        for (const auto& g : run.glyphs) gids.insert(g.gid);
    }
    return gids;
}

}  // namespace

TEST_CASE("subset by glyphs keeps the glyphs at their ids and drops the rest") {
    FontCatalog fonts(GALLEY_FONTS_DIR);
    GlyphUse use;
    Shaper shaper(fonts, use);
    const FontFace* face = nullptr;
    auto gids =
        glyphs_of(shaper, "Call me Ishmael. Some years ago—never mind how long", "en", &face);
    REQUIRE(face != nullptr);
    std::string sub = subset_by_glyphs(*face, gids);
    CHECK(sub.size() < face->bytes().size() / 10);
    CHECK(sub == subset_by_glyphs(*face, gids));  // deterministic

    FtFace ft(sub);
    REQUIRE(ft.face != nullptr);
    CHECK(ft.face->num_glyphs > static_cast<FT_Long>(*gids.rbegin()));  // ids retained
    FtFace original(face->bytes());
    for (std::uint32_t g : gids) CHECK(ft.points(g) == original.points(g));
    unsigned z = face->glyph_for('z');
    REQUIRE(gids.count(z) == 0);
    CHECK(original.points(z) > 0);
    CHECK(ft.points(z) == 0);  // not requested: emptied

    hb_blob_t* blob = hb_blob_create(sub.data(), static_cast<unsigned>(sub.size()),
                                     HB_MEMORY_MODE_READONLY, nullptr, nullptr);
    hb_face_t* hb = hb_face_create(blob, 0);
    CHECK(hb_face_get_glyph_count(hb) > *gids.rbegin());
    CHECK_FALSE(hb_ot_layout_has_substitution(hb));  // GSUB dropped for PDF
    hb_face_destroy(hb);
    hb_blob_destroy(blob);
}

TEST_CASE("subset by unicodes keeps layout tables, names and the cmap") {
    FontCatalog fonts(GALLEY_FONTS_DIR);
    const FontFace& face = fonts.primary("serif", false, false);
    std::set<char32_t> cps;
    for (char c : std::string("office AV")) cps.insert(static_cast<unsigned char>(c));
    std::string sub = subset_by_unicodes(face, cps);
    CHECK(sub.size() < face.bytes().size() / 10);
    CHECK(sub == subset_by_unicodes(face, cps));

    FtFace ft(sub);
    REQUIRE(ft.face != nullptr);
    CHECK(std::string(ft.face->family_name) == "Noto Serif");
    CHECK(FT_Get_Char_Index(ft.face, 'o') != 0);
    CHECK(FT_Get_Char_Index(ft.face, 'z') == 0);

    hb_blob_t* blob = hb_blob_create(sub.data(), static_cast<unsigned>(sub.size()),
                                     HB_MEMORY_MODE_READONLY, nullptr, nullptr);
    hb_face_t* hb = hb_face_create(blob, 0);
    hb_font_t* font = hb_font_create(hb);
    CHECK(hb_ot_layout_has_substitution(hb));
    CHECK(hb_ot_layout_has_positioning(hb));
    hb_buffer_t* buf = hb_buffer_create();
    hb_buffer_add_utf8(buf, "office", -1, 0, -1);
    hb_buffer_guess_segment_properties(buf);
    hb_shape(font, buf, nullptr, 0);
    CHECK(hb_buffer_get_length(buf) < 6);  // the ffi ligature still forms
    hb_buffer_destroy(buf);
    hb_font_destroy(font);
    hb_face_destroy(hb);
    hb_blob_destroy(blob);
}

TEST_CASE("CFF faces of a collection subset too") {
    FontCatalog fonts(GALLEY_FONTS_DIR);
    GlyphUse use;
    Shaper shaper(fonts, use);
    const FontFace* face = nullptr;
    auto gids = glyphs_of(shaper, "諸国間の友好関係の発展を促進することが肝要である", "ja", &face);
    REQUIRE(face != nullptr);
    REQUIRE(face->is_cff());
    REQUIRE(face->is_cid_keyed());
    std::string sub = subset_by_glyphs(*face, gids);
    CHECK(sub.size() < 60000);
    CHECK(sub == subset_by_glyphs(*face, gids));
    FtFace ft(sub);
    REQUIRE(ft.face != nullptr);
    CHECK(std::string(FT_Get_Font_Format(ft.face)) == "CFF");
    CHECK(ft.face->num_glyphs < static_cast<FT_Long>(gids.size() + 10));  // (+ closure glyphs)
    // Compact glyph ids, but each glyph's CID is its original id, with its outline.
    FtFace original(face->bytes());
    std::set<std::uint32_t> cids;
    for (FT_Long g = 1; g < ft.face->num_glyphs; ++g) {
        FT_UInt cid = 0;
        REQUIRE(FT_Get_CID_From_Glyph_Index(ft.face, static_cast<FT_UInt>(g), &cid) == 0);
        cids.insert(cid);
        CHECK(ft.points(static_cast<unsigned>(g)) > 0);
    }
    std::set<std::uint32_t> wanted = gids;
    wanted.erase(0);
    CHECK(std::includes(cids.begin(), cids.end(), wanted.begin(), wanted.end()));
    std::string cff = font_table(sub, "CFF ");
    CHECK(cff.size() > 100);
    CHECK(cff.size() < sub.size());

    std::set<char32_t> cps = {U'人', U'権'};
    std::string by_cp = subset_by_unicodes(*face, cps);
    FtFace ft2(by_cp);
    REQUIRE(ft2.face != nullptr);
    CHECK(FT_Get_Char_Index(ft2.face, U'権') != 0);
}
