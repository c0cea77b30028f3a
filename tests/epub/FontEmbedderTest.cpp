#include <catch2/catch.hpp>

#include "EpubTestSupport.hpp"
#include "epub/FontEmbedder.hpp"
#include "text/Subset.hpp"

using namespace galley;
using namespace galley::epub;

TEST_CASE("each face gets the code points it draws; stacks list the family's design first") {
    text::FontCatalog fonts(test::fonts_dir());
    style::StyleSheet style;
    FontEmbedder embedder(fonts, "ar", "udhr-arb.txt");
    // UDHR Arabic: Arabic letters come from Noto Naskh Arabic, the space and digits from Noto
    // Serif.
    embedder.add("المادة 1", style.body, false, false);
    embedder.add("Article", style.body, true, false);
    Diagnostics diags;
    EmbeddedFonts out = embedder.finish("../", diags);
    REQUIRE(out.files.size() == 3);
    CHECK(out.files[0].href == "fonts/NotoNaskhArabic-Regular.ttf");
    CHECK(out.files[1].href == "fonts/NotoSerif-Regular.ttf");
    CHECK(out.files[2].href == "fonts/NotoSerif-Bold.ttf");
    for (const EmbeddedFont& f : out.files) CHECK(f.media_type == "font/ttf");
    CHECK(out.stacks.at(style.body.family) ==
          std::vector<std::string>{"Noto Serif", "Noto Naskh Arabic"});
    REQUIRE(out.css_fonts.size() == 3);
    CHECK(out.css_fonts[2].family == "Noto Serif");
    CHECK(out.css_fonts[2].bold);
    CHECK(!out.css_fonts[2].italic);
    CHECK(out.css_fonts[2].href == "../fonts/NotoSerif-Bold.ttf");
    CHECK(diags.warnings().empty());

    // The subset keeps what was asked for and little else.
    const text::FontFace* naskh = fonts.face_for(U'م', style.body.family, false, false);
    REQUIRE(naskh != nullptr);
    CHECK(out.files[0].bytes.size() < naskh->bytes().size() / 3);
}

TEST_CASE("each character no font covers is reported once, with the file") {
    text::FontCatalog fonts(test::fonts_dir());
    style::StyleSheet style;
    FontEmbedder embedder(fonts, "en", "x.txt");
    embedder.add("a\U000F0001\U000F0002", style.body, false, false);  // private use plane 15
    embedder.add("\U000F0001", style.body, true, false);
    Diagnostics diags;
    embedder.finish("../", diags);
    REQUIRE(diags.warnings().size() == 2);
    CHECK(diags.warnings()[0].file == "x.txt");
    CHECK(diags.warnings()[0].message.find("U+F0001") != std::string::npos);
    CHECK(diags.warnings()[1].message.find("U+F0002") != std::string::npos);
}

TEST_CASE("the EPUB picks CJK faces for the document's language, as the PDF does") {
    text::FontCatalog fonts(test::fonts_dir());
    style::StyleSheet style;
    FontEmbedder ja(fonts, "ja", "ja.txt"), zh(fonts, "zh-Hans", "zh.txt");
    ja.add("人", style.body, false, false);
    zh.add("人", style.body, false, false);
    Diagnostics diags;
    EmbeddedFonts ja_out = ja.finish("../", diags), zh_out = zh.finish("../", diags);
    REQUIRE(ja_out.css_fonts.size() == 1);
    REQUIRE(zh_out.css_fonts.size() == 1);
    CHECK(ja_out.css_fonts[0].family ==
          fonts.face_for(U'人', style.body.family, false, false, "ja")->family());
    CHECK(zh_out.css_fonts[0].family ==
          fonts.face_for(U'人', style.body.family, false, false, "zh-Hans")->family());
    CHECK(ja_out.css_fonts[0].family != zh_out.css_fonts[0].family);
}
