// Golden tests: real snippets of the corpus (fixtures/, see fixtures/SOURCES.md) read with
// read_article and compared with their reviewed doc::dump() output and warnings.
// Set GALLEY_UPDATE_GOLDEN=1 to rewrite the .expected files after a deliberate change.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>

#include "TestSupport.hpp"
#include "read/Reader.hpp"
#include "read/TextUtil.hpp"

using namespace galley::read;
using galley::read::test::fixture;
using galley::read::test::slurp;

namespace {

std::string golden_output(const std::string& name) {
    galley::Diagnostics diags;
    const galley::doc::Document d = read_article(fixture(name + ".txt"), {}, diags);
    std::string out = galley::doc::dump(d);
    for (const galley::Diagnostic& w : diags.warnings())
        out += "warning " + std::to_string(w.line) + ": " + w.message + "\n";
    return out;
}

}  // namespace

TEST_CASE("golden fixtures") {
    const char* names[] = {"sample-azerbaijan",
                           "no-blank-lines",
                           "udhr-fra-articles",
                           "udhr-heb-articles",
                           "moby-dick-hard-wrapped",
                           "moby-dick-extracts-verse",
                           "markup-added",
                           "title-header-block",
                           "gv-en-africa-edges",
                           "gv-en-peru-url",
                           "gv-fr-quote",
                           "gv-de-header",
                           "wh-2017-byline-list",
                           "wmf-2020-byline-footnote",
                           "wikipedia-ja-list",
                           "wikipedia-4-punctuation",
                           "web-ebb-org-lists",
                           "hugo-frontmatter-shortcode",
                           "udhr-npi-preamble",
                           "gv-ko-quote-particle",
                           "udhr-arb-quote-prefix",
                           "wikipedia-ja-lines",
                           "wikipedia-ja-works",
                           "wikinews-en-quebec-top",
                           "wmf-2020-read-more",
                           "strafprozess-share-widget",
                           "esahubble-credit",
                           "nasa-2007-release-contacts-end",
                           "usembassy-2009-teaser-block",
                           "voa-ru-2020-skip-link",
                           "agenciabrasil-2021-top",
                           "pib-mr-2020-ministry-label",
                           "ropensci-es-2022-front-matter",
                           "ccblog-2014-edges",
                           "noaa-2015-banner-related",
                           "mext-2009-kaiken-top",
                           "voa-ko-quote-particle",
                           "ropensci-es-2022-no-headline"};
    const bool update = std::getenv("GALLEY_UPDATE_GOLDEN") != nullptr;
    for (const char* name : names) {
        INFO("fixture " << name);
        const std::string actual = golden_output(name);
        const auto expected_path = fixture(std::string(name) + ".expected");
        if (update) std::ofstream(expected_path, std::ios::binary) << actual;
        REQUIRE(std::filesystem::exists(expected_path));
        CHECK(actual == slurp(expected_path));
    }
}

TEST_CASE("the sample article: title, author, web lines dropped at their lines, quotes intact") {
    galley::Diagnostics diags;
    const galley::doc::Document d = read_article(fixture("sample-azerbaijan.txt"), {}, diags);
    CHECK(d.meta.title == "Azerbaijan Marks Second Anniversary of Victory Day");
    CHECK(d.meta.authors == std::vector<std::string>{"Yasir Rehman"});
    CHECK(d.meta.language == "en");
    REQUIRE(diags.warnings().size() == 3);
    const std::string text = slurp(fixture("sample-azerbaijan.txt"));
    const char* dropped[] = {"Notify of", "Inline Feedbacks", "View all comments"};
    const auto lines = split_lines(text);
    for (int i = 0; i < 3; ++i) {
        const galley::Diagnostic& w = diags.warnings()[static_cast<std::size_t>(i)];
        CHECK(w.message == std::string("dropped web boilerplate '") + dropped[i] + "'");
        CHECK(w.file == fixture("sample-azerbaijan.txt").string());
        REQUIRE(w.line >= 1);
        CHECK(lines[static_cast<std::size_t>(w.line - 1)] == dropped[i]);
    }
    const std::string dump = galley::doc::dump(d);
    CHECK(dump.find("Notify") == std::string::npos);
    CHECK(dump.find("codenamed \u201CIron Fist.\u201D") != std::string::npos);
    CHECK(dump.find("country\u2019s Karabakh") != std::string::npos);
    CHECK(dump.find("\u201CBy liberating the impregnable fortress") != std::string::npos);
    CHECK(d.blocks.size() == 14);
}
