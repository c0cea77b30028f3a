// Figures in Markdown: an image alone in a paragraph becomes a figure whose file is read from
// the article's folder tree (or a --resource-path folder) and checked; anything else keeps its alt
// text with a warning at its line. Files are written to a fresh temporary folder per test.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>

#include "../base/PngFixture.hpp"
#include "read/FigureImages.hpp"
#include "read/MarkdownReader.hpp"

using namespace galley::read;
namespace doc = galley::doc;
namespace fs = std::filesystem;

namespace {

/// A temporary folder with an article folder "art" and a sibling "shared", removed at the end.
struct Folder {
    fs::path root;
    Folder() {
        std::random_device rd;
        root = fs::temp_directory_path() / ("galley-figures-" + std::to_string(rd()));
        fs::create_directories(root / "art" / "img");
        fs::create_directories(root / "shared");
    }
    ~Folder() {
        std::error_code ec;
        fs::remove_all(root, ec);
    }
    void write(const fs::path& relative, const std::string& bytes) const {
        std::ofstream(root / relative, std::ios::binary) << bytes;
    }
    std::string article() const { return (root / "art" / "post.md").string(); }
};

struct Parsed {
    doc::Document document;
    galley::Diagnostics diagnostics;
    std::string warnings() const {
        std::string out;
        for (const auto& w : diagnostics.warnings())
            out += std::to_string(w.line) + ": " + w.message + "\n";
        return out;
    }
};

Parsed md(const std::string& text, const std::string& file, ReadOptions options = {}) {
    Parsed p;
    p.document = parse_markdown(text, file, options, p.diagnostics);
    return p;
}

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("Figures: an image alone in a paragraph is a figure (its title the caption)") {
    Folder f;
    f.write("art/img/chart.png", galley::test::png_file(40, 30));
    Parsed p =
        md("# T\n\nText.\n\n![A \"chart\"](img/chart.png \"Sales -- by year\")\n\n"
           "![Again](img/./chart.png)\n",
           f.article());
    CHECK(doc::dump(p.document) ==
          "meta title: T\nmeta language: en\npara: Text.\n"
          "figure #1 alt=\"A \"chart\"\": Sales \u2013 by year\n"
          "figure #1 alt=\"Again\": \n"
          "image #1: png 40x30\n");
    REQUIRE(p.document.images.size() == 1);  // the same file once
    CHECK(p.document.images[0].bytes == galley::test::png_file(40, 30));
    CHECK(p.document.blocks[1].line == 5);
    CHECK(p.warnings().empty());
}

TEST_CASE("Figures: an image in running text keeps its alt text, with a warning") {
    Folder f;
    f.write("art/a.png", galley::test::png_file(4, 4));
    Parsed p = md("See ![the chart](a.png) here.\n", f.article());
    CHECK(has(doc::dump(p.document), "para: See the chart here.\n"));
    CHECK(p.document.images.empty());
    CHECK(has(p.warnings(), "1: image 'a.png' inside running text is shown as its alt text"));
}

TEST_CASE("Figures: bad images are each one warning at their line, the alt text kept") {
    Folder f;
    const std::string png = galley::test::png_file(64, 64);
    f.write("art/cut.png", png.substr(0, png.size() / 2));
    // A PNG header claiming 100000 x 100000 pixels (IHDR width and height), nothing decoded.
    std::string huge = png;
    for (int at : {16, 20}) {
        huge[at] = 0, huge[at + 1] = 0x01, huge[at + 2] = static_cast<char>(0x86),
        huge[at + 3] = static_cast<char>(0xA0);
    }
    f.write("art/huge.png", huge);
    f.write("art/fake.jpg", "not a JPEG at all");
    f.write("shared/outside.png", png);
    Parsed p =
        md("![missing](nope.png)\n\n![cut](cut.png)\n\n![huge](huge.png)\n\n"
           "![passwd](../../../../../../etc/passwd)\n\n![out](../shared/outside.png)\n\n"
           "![svg](x.svg)\n\n![web](https://example.org/a.png)\n\n![fake](fake.jpg)\n",
           f.article());
    const std::string w = p.warnings();
    CHECK(has(w, "1: image 'nope.png' not found"));
    CHECK(has(w, "3: image 'cut.png': broken PNG image"));
    CHECK(has(w, "5: image 'huge.png': the image declares 100000 x 100000 pixels"));
    CHECK(has(w, "7: image '../../../../../../etc/passwd' lies outside the article's folder"));
    CHECK(has(w, "9: image '../shared/outside.png' lies outside the article's folder"));
    CHECK(has(w, "11: SVG image 'x.svg' not supported"));
    CHECK(has(w, "13: remote image 'https://example.org/a.png' not fetched"));
    CHECK(has(w, "15: image 'fake.jpg': not a PNG or JPEG image"));
    CHECK(p.diagnostics.warnings().size() == 8);  // one each, never two
    CHECK(p.document.images.empty());
    CHECK(has(doc::dump(p.document), "para: missing\npara: cut\npara: huge\npara: passwd\n"));
}

TEST_CASE("Figures: --resource-path lets images be read from another folder") {
    Folder f;
    f.write("shared/outside.png", galley::test::png_file(8, 8));
    ReadOptions options;
    options.resource_paths = {f.root / "shared"};
    Parsed p =
        md("![out](../shared/outside.png)\n\n![by name](outside.png)\n", f.article(), options);
    CHECK(p.warnings().empty());
    CHECK(p.document.images.size() == 1);
    CHECK(p.document.blocks.size() == 2);
}

TEST_CASE("Figures: a symbolic link out of the article's folder is not followed") {
    Folder f;
    f.write("shared/secret.png", galley::test::png_file(8, 8));
    std::error_code ec;
    fs::create_symlink(f.root / "shared" / "secret.png", f.root / "art" / "link.png", ec);
    if (ec) return;  // no symbolic links here
    Parsed p = md("![linked](link.png)\n", f.article());
    CHECK(has(p.warnings(), "1: image 'link.png' lies outside the article's folder"));
    CHECK(p.document.images.empty());
}

TEST_CASE("Figures: percent escapes in an image path are decoded") {
    CHECK(percent_decoded("my%20chart.png") == "my chart.png");
    CHECK(percent_decoded("100%") == "100%");
    CHECK(percent_decoded("a%zzb") == "a%zzb");
}

TEST_CASE("Figures: an article held in memory reads images only from --resource-path folders") {
    Folder f;
    f.write("art/a.png", galley::test::png_file(4, 4));
    ReadOptions options;
    options.images_beside_article = false;
    Parsed p = md("![alone](a.png)\n", f.article(), options);
    CHECK(has(p.warnings(), "1: image 'a.png' not read: an article from standard input or memory"));
    CHECK(p.document.images.empty());
    options.resource_paths = {f.root / "art"};
    Parsed q = md("![alone](a.png)\n", f.article(), options);
    CHECK(q.warnings().empty());
    CHECK(q.document.images.size() == 1);
}
