// Issue 4: one style file drives both outputs. For every style property, changing it changes the
// PDF layout dump and the EPUB CSS the same way (or, for print-only properties, the layout only).
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <memory>
#include <string>

#include "app/Converter.hpp"
#include "base/Diagnostics.hpp"
#include "base/File.hpp"
#include "layout/Layout.hpp"
#include "read/Reader.hpp"
#include "style/Css.hpp"
#include "style/StyleSheet.hpp"

using namespace galley;

namespace {

/// Both outputs' style-dependent views of one document: the layout dump and the EPUB CSS.
struct Outputs {
    std::string dump;   ///< layout::dump of the laid-out pages
    std::string css;    ///< the EPUB stylesheet
    std::size_t pages;  ///< page count
};

const doc::Document& probe(const std::string& name) {
    static std::map<std::string, doc::Document> docs;
    auto it = docs.find(name);
    if (it == docs.end()) {
        Diagnostics d;
        read::ReadOptions o;
        o.use_sidecar = false;
        it = docs.emplace(name, read::read_article(name, o, d)).first;
    }
    return it->second;
}

Outputs outputs(const std::string& article,
                const std::vector<std::pair<std::string, std::string>>& set) {
    style::StyleSheet style = style::load_style("classic", set);
    std::unique_ptr<text::FontCatalog> fonts = app::fonts_for(style);
    Diagnostics d;
    layout::PagedDocument paged = layout::layout_document(probe(article), style, *fonts, d);
    const std::map<std::string, std::vector<std::string>> stacks = {{"serif", {"Noto Serif"}},
                                                                    {"sans", {"Noto Sans"}}};
    return {layout::dump(paged), style::generate_css(style, {}, stacks), paged.pages.size()};
}

const std::string kProbe = std::string(TEST_APP_FIXTURES) + "/style-probe.txt";
const std::string kChapter = std::string(GALLEY_SAMPLES) + "/moby-dick-chapter-1-loomings.txt";

}  // namespace

TEST_CASE("every property shared by both outputs changes the layout and the CSS") {
    const Outputs base = outputs(kProbe, {});
    // Control: setting a key to the value it already has changes nothing, so a difference below
    // comes from the property, not from noise.
    const Outputs same = outputs(kProbe, {{"body.font_size", "10.5pt"}, {"h1.bold", "true"}});
    REQUIRE(same.dump == base.dump);
    REQUIRE(same.css == base.css);
    const std::vector<std::pair<std::string, std::string>> shared = {
        {"body.font_size", "12pt"},
        {"body.leading", "1.6"},
        {"body.align", "left"},
        {"body.family", "sans"},
        {"paragraph.indent", "3em"},
        {"paragraph.spacing", "6pt"},
        {"hyphenation.enabled", "false"},
        {"h1.font_size", "20pt"},
        {"h1.family", "sans"},
        {"h1.bold", "false"},
        {"h1.italic", "true"},
        {"h1.space_before", "3em"},
        {"h1.space_after", "2em"},
        {"h1.align", "center"},
        {"title.font_size", "30pt"},
        {"title.align", "left"},
        {"byline.italic", "true"},
        {"byline.font_size", "14pt"},
        {"dateline.font_size", "12pt"},
        {"quote.indent", "3em"},
        {"quote.font_size", "12pt"},
        {"quote.italic", "true"},
        {"list.indent", "3em"},
        {"list.font_size", "9pt"},
        {"title_block.space_after", "60pt"},
    };
    for (const auto& [key, value] : shared) {
        INFO(key << " = " << value);
        const Outputs changed = outputs(kProbe, {{key, value}});
        CHECK(changed.dump != base.dump);
        CHECK(changed.css != base.css);
    }
}

TEST_CASE("print-only properties change the layout and leave the CSS alone") {
    // Without font expansion the chapter hyphenates often enough for the hyphenation keys to show
    // (with it, the first, unhyphenated pass sets most of its paragraphs).
    const std::pair<std::string, std::string> plain = {"paragraph.expansion", "0"};
    const Outputs base = outputs(kChapter, {plain});
    const std::vector<std::pair<std::string, std::string>> print_only = {
        {"paragraph.expansion", "20"},
        {"paragraph.protrusion", "false"},
        {"page.size", "A4"},
        {"paragraph.letter_spacing", "0em"},
        {"page.margin_top", "80pt"},
        {"page.margin_bottom", "80pt"},
        {"page.margin_inner", "80pt"},
        {"page.margin_outer", "80pt"},
        {"page.two_sided", "false"},
        {"running_head.enabled", "false"},
        {"running_head.folio", "top-outer"},
        {"running_head.left", "Left: {title}"},  // not the author-less fallback, the title
        {"running_head.font_size", "10pt"},
        {"hyphenation.min_word", "12"},
        {"hyphenation.left_min", "4"},
    };
    for (const auto& [key, value] : print_only) {
        INFO(key << " = " << value);
        const Outputs changed = outputs(kChapter, {plain, {key, value}});
        CHECK(changed.dump != base.dump);
        CHECK(changed.css == base.css);
    }
}

TEST_CASE("colours change the PDF and leave the CSS alone (the reading system's colours apply)") {
    const Outputs base = outputs(kProbe, {});
    for (const auto& [key, value] :
         std::vector<std::pair<std::string, std::string>>{{"body.color", "#333333"},
                                                          {"h1.color", "#800000"},
                                                          {"title.color", "#202060"},
                                                          {"link.color", "#aa0000"}}) {
        INFO(key << " = " << value);
        const Outputs changed = outputs(kProbe, {{key, value}});
        CHECK(changed.dump != base.dump);
        CHECK(changed.css == base.css);
    }
}

TEST_CASE("widows and orphans reach the page breaks and the CSS") {
    const Outputs base = outputs(kChapter, {});
    for (const char* key : {"paragraph.widows", "paragraph.orphans"}) {
        INFO(key);
        const Outputs changed = outputs(kChapter, {{key, "4"}});
        CHECK(changed.dump != base.dump);
        CHECK(changed.css != base.css);
        CHECK(changed.css.find(std::string(key).substr(10) + ": 4;") != std::string::npos);
    }
}

TEST_CASE("a 14 pt body gives more pages and the matching CSS font size") {
    const Outputs base = outputs(kChapter, {});
    const Outputs big = outputs(kChapter, {{"body.font_size", "14pt"}});
    CHECK(big.pages > base.pages);
    CHECK(base.css.find("font-size: 1em;") != std::string::npos);
    CHECK(big.css.find("font-size: 1.167em;") != std::string::npos);  // 14 pt / 12 pt
}

TEST_CASE("the style's [quotes] decide the marks straight quotes become") {
    // A German line with straight quotes (news/gv-de-2019-nicaragua, straightened).
    const std::string dir =
        (std::filesystem::temp_directory_path() / ("galley-quotes-" + std::to_string(::getpid())))
            .string();
    std::filesystem::create_directories(dir);
    const std::string article = dir + "/zitat.txt";
    write_file_atomic(article,
                      "Ein Schild\n\n\"Sie k\u00F6nnen uns nicht ihre Ideen in den Kopf setzen\" "
                      "steht auf dem Schild.\n");
    // The style's table reaches the reader (app::convert passes it; tests/e2e/test_styles.py
    // checks both outputs), which sets the guillemets.
    read::ReadOptions options;
    options.language = "de";
    options.use_sidecar = false;
    options.quotes =
        style::load_style("classic", {{"quotes.de", "\u00BB\u00AB\u203A\u2039"}}).quotes;
    Diagnostics d;
    const doc::Document document = read::read_article(article, options, d);
    const std::string text = doc::dump(document);
    CHECK(text.find("\u00BBSie") != std::string::npos);
    CHECK(text.find("setzen\u00AB") != std::string::npos);
    std::filesystem::remove_all(dir);
}
