// Loading styles: the built-ins, extends chains, --set overrides, describe() round trips and
// the family list the app checks against the font set.
#include <catch2/catch.hpp>

#include <unistd.h>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/Error.hpp"
#include "base/File.hpp"
#include "style/StyleSheet.hpp"

using namespace galley;
using namespace galley::style;
namespace fs = std::filesystem;

namespace {

const std::string kData = STYLE_TEST_DATA;

/// A fresh file under the temp folder with `text`, removed at scope exit.
struct TempStyle {
    fs::path path;
    explicit TempStyle(const std::string& text, const std::string& name = "style.toml") {
        fs::path dir =
            fs::temp_directory_path() / ("galley-style-test-" + std::to_string(::getpid()));
        fs::create_directories(dir);
        path = dir / name;
        std::ofstream(path) << text;
    }
    ~TempStyle() { fs::remove(path); }
};

}  // namespace

TEST_CASE("every built-in style loads and has its own look", "[style][builtin]") {
    auto list = builtin_styles();
    std::vector<std::string> names;
    for (const auto& [name, description] : list) {
        names.push_back(name);
        INFO(name);
        StyleSheet s = load_style(name);
        CHECK(s.name == name);
        CHECK(s.description == description);
        CHECK_FALSE(s.description.empty());
    }
    CHECK(std::is_sorted(names.begin(), names.end()));
    for (const char* expected : {"classic", "large-print", "report"})
        CHECK(std::find(names.begin(), names.end(), expected) != names.end());

    StyleSheet classic = load_style("");  // the default
    CHECK(classic.name == "classic");
    CHECK(classic.body.align == Align::Justify);
    CHECK(classic.hyphenation.enabled);
    CHECK(classic.paragraph_indent.value > 0);
    CHECK(classic.paragraph_spacing.value == 0);
    CHECK(classic.page.size_name == "6x9in");
    CHECK(classic.page.width.value == Approx(432));
    CHECK(classic.page.height.value == Approx(648));
    CHECK(classic.page.two_sided);
    CHECK(classic.widows == 2);
    CHECK(classic.orphans == 2);
    CHECK(classic.running_head.left == "{author}");
    CHECK(classic.running_head.right == "{title}");
    CHECK(classic.running_head.folio == FolioPosition::BottomCenter);
    CHECK(classic.body.leading.value == Approx(10.5 * 1.35));  // ratio times the size
    CHECK(classic.quotes.at("de") == U"\u201e\u201c\u201a\u2018");

    StyleSheet report = load_style("report");
    CHECK(report.page.size_name == "A4");
    CHECK(report.page.width.value == Approx(595.276).margin(0.01));
    CHECK(report.body.align == Align::Left);
    CHECK(report.paragraph_indent.value == 0);
    CHECK(report.paragraph_spacing.value > 0);
    CHECK(report.headings[0].family == "sans");
    CHECK(report.body.family == "serif");
    CHECK_FALSE(report.page.two_sided);
    CHECK(report.quotes.count("fr") == 1);  // inherited from classic

    StyleSheet large = load_style("large-print");
    CHECK(large.body.font_size.value >= 16);
    CHECK(large.body.leading.value / large.body.font_size.value >= 1.4);
    CHECK(large.body.align == Align::Left);
    CHECK_FALSE(large.hyphenation.enabled);
    CHECK(large.body.family == "sans");
    CHECK_FALSE(large.quote.italic);
}

TEST_CASE("a user style extends classic and overrides single keys", "[style][extends]") {
    StyleSheet classic = load_style("classic");
    StyleSheet user = load_style(kData + "/user.toml");
    CHECK(user.name == "user");  // file stem when the file has no name
    CHECK(user.description == "Test: classic, 12pt body, sans title");
    CHECK(user.body.font_size.value == 12);
    CHECK(user.body.leading.value == Approx(12 * 1.35));     // classic's ratio follows the size
    CHECK(user.paragraph_indent.value == Approx(12 * 1.5));  // 1.5em of the new body
    CHECK(user.title.family == "sans");
    CHECK(user.title.bold);
    CHECK(user.title.font_size == classic.title.font_size);  // untouched keys inherited
    CHECK(user.page.width == classic.page.width);
    CHECK(user.sources.at("body.font_size").file == kData + "/user.toml");
    CHECK(user.sources.at("body.font_size").line == 6);
    CHECK(user.sources.at("page.size").file.find("classic.toml") != std::string::npos);

    // Two levels, the parent named by a relative path.
    StyleSheet g = load_style(kData + "/grandchild.toml");
    CHECK(g.name == "grandchild");
    CHECK(g.body.font_size.value == 12);
    CHECK(g.page.size_name == "A5");
    CHECK(g.page.width.value == Approx(419.528).margin(0.01));
    CHECK(g.headings[0].color == "#aa0000");
    CHECK(g.title.family == "sans");
}

TEST_CASE("width and height alone make a custom page", "[style][page]") {
    StyleSheet s = load_style(kData + "/custom_page.toml");
    CHECK(s.page.size_name == "custom");
    CHECK(s.page.width.value == Approx(150 * 72 / 25.4));
    CHECK(s.page.height.value == Approx(220 * 72 / 25.4));
    // A later named size replaces the custom dimensions.
    StyleSheet a4 = load_style(kData + "/custom_page.toml", {{"page.size", "a4"}});
    CHECK(a4.page.size_name == "A4");
    CHECK(a4.page.height.value == Approx(841.89).margin(0.01));
    CHECK_THROWS_AS(load_style("classic", {{"page.size", "custom"}}), Error);
}

TEST_CASE("overrides from --set are applied last and typed by key", "[style][set]") {
    StyleSheet s = load_style("classic", {{"body.font_size", "14pt"},
                                          {"page.size", "A4"},
                                          {"hyphenation.enabled", "false"},
                                          {"paragraph.widows", "3"},
                                          {"h1.leading", "1.5"},
                                          {"h2.leading", "20pt"},
                                          {"link.color", "#F00"},
                                          {"running_head.folio", "top-outer"},
                                          {"quotes.de", "»«›‹"}});
    CHECK(s.body.font_size.value == 14);
    CHECK(s.body.leading.value == Approx(14 * 1.35));
    CHECK(s.page.size_name == "A4");
    CHECK_FALSE(s.hyphenation.enabled);
    CHECK(s.widows == 3);
    CHECK(s.headings[0].leading.value == Approx(15 * 1.5));
    CHECK(s.headings[1].leading.value == 20);
    CHECK(s.link_color == "#ff0000");
    CHECK(s.running_head.folio == FolioPosition::TopOuter);
    CHECK(s.quotes.at("de") == U"\u00bb\u00ab\u203a\u2039");
    CHECK(s.sources.at("body.font_size").file == "--set");

    // The last of several overrides of one key wins; --set beats the file.
    StyleSheet t =
        load_style(kData + "/user.toml", {{"body.font_size", "9pt"}, {"body.font_size", "16pt"}});
    CHECK(t.body.font_size.value == 16);

    CHECK(parse_override("body.font_size = 14pt") ==
          std::pair<std::string, std::string>{"body.font_size", "14pt"});
    CHECK(parse_override("page.size=A4").second == "A4");
    CHECK_THROWS_AS(parse_override("body.font_size"), Error);
    CHECK_THROWS_AS(parse_override("=3"), Error);
}

TEST_CASE("a size without a leading gets 120 % of it", "[style][leading]") {
    TempStyle f("[h1]\nfont_size = \"30pt\"\n");
    StyleSheet s = load_style(f.path.string());
    CHECK(s.headings[0].leading.value == Approx(36));
    CHECK(s.name == "style");
    StyleSheet r = load_style("classic", {{"running_head.font_size", "10pt"}});
    CHECK(r.running_head.text.leading.value == Approx(12));
}

TEST_CASE("describe prints a style that loads back to the same values", "[style][describe]") {
    for (const auto& [name, description] : builtin_styles()) {
        INFO(name);
        StyleSheet s = load_style(name);
        std::string text = describe(s);
        CHECK(text.find("[page]") != std::string::npos);
        CHECK(text.find("[quotes]") != std::string::npos);
        TempStyle f(text, name + "-described.toml");
        StyleSheet again = load_style(f.path.string());
        CHECK(describe(again) == text);
        CHECK(again.body.font_size == s.body.font_size);
        CHECK(again.page.size_name == s.page.size_name);
    }
    StyleSheet custom = load_style(kData + "/custom_page.toml");
    std::string text = describe(custom);
    CHECK(text.find("width = \"425.197pt\"") != std::string::npos);
    TempStyle f(text, "custom-described.toml");
    CHECK(describe(load_style(f.path.string())) == text);
}

TEST_CASE("families lists every family with where it was set", "[style][families]") {
    // [code] names the bundled monospace face.
    CHECK(families(load_style("classic")) == std::vector<std::string>{"Noto Sans Mono", "serif"});
    CHECK(families(load_style("report")) ==
          std::vector<std::string>{"Noto Sans Mono", "sans", "serif"});

    const std::string file = kData + "/fonts.toml";
    StyleSheet s = load_style(file);
    auto fams = families(s);
    CHECK(fams ==
          std::vector<std::string>{"No Such Family", "Noto Sans Mono", "Test Face", "serif"});
    int marker = 0, n = 0;
    std::string text = read_file(file), line;
    for (std::istringstream in(text); std::getline(in, line);) {
        ++n;
        if (line.find("# FAMILY") != std::string::npos) marker = n;
    }
    bool found = false;
    for (const auto& use : family_uses(s)) {
        if (use.family != "No Such Family") continue;
        found = true;
        CHECK(use.key == "h2.family");
        CHECK(use.source.file == file);
        CHECK(use.source.line == marker);
    }
    CHECK(found);

    REQUIRE(s.fonts.size() == 2);
    CHECK(s.fonts[0].family == "Test Face");
    CHECK_FALSE(s.fonts[0].bold);
    CHECK(s.fonts[1].bold);
    CHECK(s.fonts[0].path.is_absolute());
    CHECK(fs::exists(s.fonts[0].path));
    CHECK(s.fonts[0].path.filename() == "NotoSans-Regular.ttf");
}

TEST_CASE("quotes_for picks the full tag, then the language, then English", "[style][quotes]") {
    StyleSheet s = load_style("classic");
    CHECK(quotes_for(s, "de") == U"\u201e\u201c\u201a\u2018");
    CHECK(quotes_for(s, "de-AT") == quotes_for(s, "de"));
    CHECK(quotes_for(s, "pt-BR") == U"\u201c\u201d\u2018\u2019");
    CHECK(quotes_for(s, "pt_br") == U"\u201c\u201d\u2018\u2019");
    CHECK(quotes_for(s, "pt") == U"\u00ab\u00bb\u201c\u201d");
    CHECK(quotes_for(s, "tr") == s.quotes.at("en"));
    StyleSheet t = load_style("classic", {{"quotes.en", "\u00ab\u00bb\u2039\u203a"}});
    CHECK(quotes_for(t, "xx") == U"\u00ab\u00bb\u2039\u203a");
}

TEST_CASE("a family given as a font file path becomes a user font", "[style][fonts]") {
    const std::string fonts = std::string(STYLE_BUILTIN_DIR) + "/../fonts/";
    TempStyle f("extends = \"classic\"\n[h1]\nfamily = \"" + fonts + "NotoSans-Bold.ttf\"\n");
    StyleSheet s = load_style(f.path.string());
    CHECK(s.headings[0].family == "NotoSans-Bold");
    REQUIRE(s.fonts.size() == 1);
    CHECK(s.fonts[0].family == "NotoSans-Bold");
    CHECK(s.fonts[0].path.filename() == "NotoSans-Bold.ttf");
    CHECK(s.fonts[0].source.line == 3);

    StyleSheet t = load_style("classic", {{"body.family", fonts + "NotoSans-Regular.ttf"}});
    CHECK(t.body.family == "NotoSans-Regular");
    REQUIRE(t.fonts.size() == 1);
    CHECK(t.fonts[0].source.file == "--set");

    TempStyle g("[body]\nfamily = \"missing/Face.otf\"\n", "missing-face.toml");
    try {
        load_style(g.path.string());
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(std::string(e.what()).rfind("line 2: body.family: no font file", 0) == 0);
    }
}

TEST_CASE("the built-in styles set every key and the README names every table",
          "[style][builtin]") {
    // The keys describe() prints are all the keys there are.
    std::vector<std::string> keys;
    std::string table, line;
    for (std::istringstream in(describe(load_style("classic"))); std::getline(in, line);) {
        if (line.rfind("[", 0) == 0)
            table = line.substr(1, line.size() - 2);
        else if (!table.empty() && table != "quotes" && line.find(" = ") != std::string::npos)
            keys.push_back(table + "." + line.substr(0, line.find(" = ")));
    }
    CHECK(keys.size() > 100);
    for (const auto& [name, description] : builtin_styles()) {
        StyleSheet s = load_style(name);
        for (const auto& key : keys) {
            INFO(name << ": " << key);
            auto it = s.sources.find(key);
            REQUIRE(it != s.sources.end());
            CHECK(it->second.file == (fs::path(STYLE_BUILTIN_DIR) / (name + ".toml")).string());
        }
    }
    const std::string readme = read_file(fs::path(STYLE_BUILTIN_DIR) / "README.md");
    for (const auto& key : keys) {
        INFO(key);
        std::string t = key.substr(0, key.find('.'));
        if (t == "h1" || t == "h2" || t == "h3") t = "h1";
        CHECK(readme.find("`[" + t + "]`") != std::string::npos);
        CHECK(readme.find("`" + key.substr(key.find('.') + 1) + "`") != std::string::npos);
    }
}
