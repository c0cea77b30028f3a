#include <catch2/catch.hpp>

#include "EpubTestSupport.hpp"
#include "epub/FontEmbedder.hpp"
#include "text/Subset.hpp"

using namespace galley;
using namespace galley::epub;

TEST_CASE("each face gets the code points it draws; stacks list the family's design first") {
    text::FontSet fonts(test::fonts_dir());
    style::StyleSheet style;
    FontEmbedder embedder(fonts);
    // UDHR Arabic: Arabic letters come from Noto Naskh Arabic, the space and digits from Noto
    // Serif.
    embedder.add("المادة 1", style.body, false, false);
    embedder.add("Article", style.body, true, false);
    Diagnostics diags;
    EmbeddedFonts out = embedder.finish("../", diags, "udhr-arb.txt");
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

TEST_CASE("characters no font covers are reported once") {
    text::FontSet fonts(test::fonts_dir());
    style::StyleSheet style;
    FontEmbedder embedder(fonts);
    embedder.add("a\U000F0001\U000F0002", style.body, false, false);  // private use plane 15
    Diagnostics diags;
    embedder.finish("../", diags, "x.txt");
    REQUIRE(diags.warnings().size() == 1);
    CHECK(diags.warnings()[0].message.find("2 character(s)") != std::string::npos);
    CHECK(diags.warnings()[0].message.find("U+F0001") != std::string::npos);
}
