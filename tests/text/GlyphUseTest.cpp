// The per-output glyph-use record: what one output drew, apart from every other output.
#include <catch2/catch.hpp>

#include "text/GlyphUse.hpp"
#include "text/Shaper.hpp"

using namespace galley::text;

namespace {

/// The faces `use` records as drawn, by PostScript name, in order of first use.
std::vector<std::string> face_names(const GlyphUse& use) {
    std::vector<std::string> out;
    for (const auto& f : use.faces()) out.push_back(f.face->postscript_name());
    return out;
}

/// Records every glyph of `runs` in `use`, as the PDF writer does with its pages.
void record(GlyphUse& use, const std::vector<ShapedRun>& runs) {
    for (const ShapedRun& run : runs) {
        std::size_t face = use.add_face(run.face);
        for (const ShapedGlyph& g : run.glyphs) use.add_glyph(face, g.gid, "");
    }
}

}  // namespace

TEST_CASE("two glyph-use records over one catalog are independent") {
    FontCatalog fonts(GALLEY_FONTS_DIR);
    GlyphUse epub_like, pdf_like;
    Shaper first(fonts, epub_like), second(fonts, pdf_like);
    ShapeRequest ja;
    ja.language = "ja";
    // The first output meets CJK, symbols and a character no font has, before the second starts.
    record(epub_like, first.shape("加盟国は※国際連合と協力して\U0010FFFD", ja, "a.txt"));
    record(pdf_like, second.shape("office ※ AV", ja, "b.txt"));
    CHECK(epub_like.missing().size() == 1);
    CHECK(pdf_like.missing().empty());
    // The second output's faces are those a fresh catalog gives, whatever the first one did.
    FontCatalog fresh(GALLEY_FONTS_DIR);
    GlyphUse alone;
    Shaper third(fresh, alone);
    record(alone, third.shape("office ※ AV", ja, "b.txt"));
    CHECK(face_names(pdf_like) == face_names(alone));
    REQUIRE(pdf_like.faces().size() == alone.faces().size());
    for (std::size_t i = 0; i < alone.faces().size(); ++i)
        CHECK(pdf_like.faces()[i].glyphs == alone.faces()[i].glyphs);
}

TEST_CASE("a glyph's first non-empty text stays; faces in order of first use") {
    FontCatalog fonts(GALLEY_FONTS_DIR);
    const FontFace& serif = fonts.primary("serif", false, false);
    const FontFace& bold = fonts.primary("serif", true, false);
    GlyphUse use;
    CHECK(use.add_face(&bold) == 0);
    CHECK(use.add_face(&serif) == 1);
    CHECK(use.add_face(&bold) == 0);
    CHECK(use.index_of(&serif) == 1);
    use.add_glyph(1, 7, "");
    use.add_glyph(1, 7, "ffi");
    use.add_glyph(1, 7, "f");
    CHECK(use.faces()[1].glyphs.at(7) == "ffi");
    use.add_code_point(&serif, U'x');
    CHECK(use.faces()[1].code_points == std::set<char32_t>{U'x'});
    CHECK(use.faces()[0].glyphs.empty());
}

TEST_CASE("the missing-glyph report: one warning per character per output, with its file") {
    GlyphUse use;
    use.add_missing(0xF0001, "a.txt");
    use.add_missing(0xF0002, "a.txt");
    use.add_missing(0xF0001, "b.txt");  // met again, in another file: still one warning
    galley::Diagnostics diag;
    report_missing(use, diag, "drawn as .notdef");
    REQUIRE(diag.count() == 2);
    CHECK(diag.warnings()[0].file == "a.txt");
    CHECK(diag.warnings()[0].message == "no font covers U+F0001 '\U000F0001'; drawn as .notdef");
    CHECK(diag.warnings()[1].message.find("U+F0002") != std::string::npos);
    CHECK(describe_code_point(0x7) == "U+0007");
}
