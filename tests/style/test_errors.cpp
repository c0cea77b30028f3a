// Bad style files and bad --set values: one Error(Style) naming the file and the line (found
// from the fixture's "# ERROR" marker) with the valid choices.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <sstream>

#include "base/Error.hpp"
#include "base/File.hpp"
#include "style/StyleSheet.hpp"

using namespace galley;
using namespace galley::style;

namespace {

const std::string kBad = std::string(STYLE_TEST_DATA) + "/bad/";

/// The 1-based line of the "# ERROR" marker in `file`.
int marker_line(const std::string& file) {
    std::istringstream in(read_file(file));
    std::string line;
    for (int n = 1; std::getline(in, line); ++n)
        if (line.find("# ERROR") != std::string::npos) return n;
    FAIL("no # ERROR marker in " << file);
    return 0;
}

/// Loads `name` (a file under bad/ unless `path` is given) and returns the Error it throws.
Error load_error(const std::string& file,
                 const std::vector<std::pair<std::string, std::string>>& overrides = {}) {
    try {
        load_style(file, overrides);
    } catch (const Error& e) {
        return e;
    }
    FAIL("no error for " << file);
    return Error(ErrorCode::Internal, "", "");
}

/// Checks that bad/`name` fails at its marker line and the message contains each of `parts`.
void expect_error(const std::string& name, std::initializer_list<std::string> parts,
                  const std::string& error_file = {}) {
    const std::string file = kBad + name;
    const std::string where = error_file.empty() ? file : kBad + error_file;
    Error e = load_error(file);
    INFO(e.message());
    CHECK(e.code() == ErrorCode::Style);
    CHECK(e.file() == where);
    CHECK(std::string(e.what()).rfind("line " + std::to_string(marker_line(where)) + ": ", 0) == 0);
    CHECK(e.message().find(where) == 0);
    for (const auto& part : parts) CHECK(e.message().find(part) != std::string::npos);
}

}  // namespace

TEST_CASE("an unknown key names the key, its line and the valid keys", "[style][errors]") {
    expect_error("unknown_key.toml", {"unknown key 'body.font_sise'", "did you mean font_size",
                                      "valid: family, font_size, leading, align, color"});
    expect_error("unknown_table.toml",
                 {"unknown key 'bdy'", "did you mean body", "[page]", "[running_head]", "extends"});
}

TEST_CASE("a top-level key inside a table is explained", "[style][errors]") {
    expect_error("misplaced_extends.toml",
                 {"unknown key 'body.extends'", "top-level extends, written before the first"});
}

TEST_CASE("a wrong type names what was given and what is valid", "[style][errors]") {
    expect_error("wrong_type.toml", {"body.font_size", "wrong type: an integer", "\"12pt\""});
}

TEST_CASE("a bad unit is reported with the units", "[style][errors]") {
    expect_error("bad_unit.toml", {"body.font_size", "bad length \"12ptx\"", "pt, mm, cm, in"});
}

TEST_CASE("an unknown enum value lists the choices", "[style][errors]") {
    expect_error("bad_enum.toml", {"h2.align", "\"justified\"", "did you mean \"justify\"",
                                   "valid: justify, left, center, right"});
    expect_error("bad_folio.toml", {"running_head.folio", "\"bottom-middle\"",
                                    "none, bottom-center, bottom-outer, top-outer"});
    expect_error("two_errors.toml", {"page.size", "\"A9\"", "A4, A5, B5, Letter"});
    expect_error("bad_template.toml", {"{chapter}", "{title}", "{author}"});
    expect_error("bad_quotes.toml", {"quotes.de", "four characters"});
}

TEST_CASE("an extends cycle is reported where it closes", "[style][errors]") {
    expect_error("cycle_a.toml", {"extends cycle: cycle_a.toml -> cycle_b.toml -> cycle_a.toml"},
                 "cycle_b.toml");
    expect_error("cycle_b.toml", {"extends cycle: cycle_b.toml -> cycle_a.toml -> cycle_b.toml"},
                 "cycle_a.toml");
    expect_error("missing_parent.toml", {"no style no-such-style", "classic", "large-print"});
}

TEST_CASE("a TOML syntax error gives its line", "[style][errors]") {
    expect_error("syntax.toml", {"TOML syntax error"});
    expect_error("duplicate.toml", {"TOML syntax error", "font_size"});
}

TEST_CASE("page margins must leave room for text", "[style][errors]") {
    expect_error("narrow_page.toml", {"text width", "at least 72pt"});
}

TEST_CASE("a missing user font file is reported at its line", "[style][errors]") {
    expect_error("missing_font.toml", {"fonts.Gone.regular", "no font file"});
}

TEST_CASE("a missing style names the built-in styles", "[style][errors]") {
    Error e = load_error("clasic");
    CHECK(e.code() == ErrorCode::Style);
    CHECK(e.message().find("did you mean classic") != std::string::npos);
    CHECK(e.message().find("valid: classic, large-print, report") != std::string::npos);
    Error f = load_error("/no/such/style.toml");
    CHECK(f.file() == "/no/such/style.toml");

    // Without a data folder the message says where it looked and how to fix it.
    const char* env = std::getenv("GALLEY_DATA_DIR");
    const std::string saved = env ? env : "";
    ::setenv("GALLEY_DATA_DIR", "/nonexistent-galley-data", 1);
    Error g = load_error("classic");
    if (env)
        ::setenv("GALLEY_DATA_DIR", saved.c_str(), 1);
    else
        ::unsetenv("GALLEY_DATA_DIR");
    CHECK(g.message().find("no built-in styles in /nonexistent-galley-data/styles") !=
          std::string::npos);
    CHECK(g.message().find("GALLEY_DATA_DIR") != std::string::npos);
}

TEST_CASE("bad --set values name the override and the choices", "[style][errors][set]") {
    struct Case {
        std::string key, value, expect;
    };
    for (const Case& c : std::vector<Case>{
             {"body.font_size", "12ptx", "bad length \"12ptx\""},
             {"body.font_sise", "12pt", "did you mean body.font_size"},
             {"body.align", "middle", "valid: justify, left, center, right"},
             {"page.size", "A9", "valid: A4, A5, B5, Letter"},
             {"hyphenation.enabled", "yes", "valid: true, false"},
             {"paragraph.widows", "0", "from 1 to 10"},
             {"paragraph.widows", "two", "bad value"},
             {"body.color", "red", "#rrggbb"},
             {"body.font_size", "0pt", "out of range"},
             {"bogus", "1", "valid: page, body"},
             {"quotes.en", "\"\"", "four characters"},
         }) {
        Error e = load_error("classic", {{c.key, c.value}});
        INFO(e.message());
        CHECK(e.code() == ErrorCode::Style);
        CHECK(e.file() == "--set");
        CHECK(e.message().find(c.key + "=" + c.value) != std::string::npos);
        CHECK(e.message().find(c.expect) != std::string::npos);
        CHECK(e.message().find("quoted") == std::string::npos);  // no TOML quotes on a CLI
    }
}

namespace {

/// Writes `text` to a fresh style file in the temporary folder and returns its path.
std::string temp_style(const std::string& name, const std::string& text) {
    const std::filesystem::path dir = std::filesystem::temp_directory_path() /
                                      ("galley-style-comments-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const std::filesystem::path path = dir / name;
    write_file_atomic(path, text);
    return path.string();
}

}  // namespace

TEST_CASE("comment lines, skipped before parsing, keep every line number and check",
          "[style][errors][comments]") {
    // Whole-line comments (indented, CRLF) before an error: the error's line is the same.
    Error e = load_error(temp_style(
        "crlf.toml", "# a comment\r\n   # indented\r\n\t# tabbed\r\n[body]\r\nfont_size = 12\r\n"));
    CHECK(std::string(e.what()).rfind("line 5: ", 0) == 0);
    // A control character in a comment is still a TOML syntax error, at its line.
    e = load_error(temp_style("control.toml", "# fine\n# bad \x01 here\n[body]\n"));
    CHECK(std::string(e.what()).rfind("line 2: ", 0) == 0);
    CHECK(e.message().find("TOML syntax error") != std::string::npos);
    // Non-ASCII comments are left to toml++, which takes them.
    CHECK(load_style(temp_style("utf8.toml",
                                "# Schriftgröße – «size»\n[body]\nfont_size = "
                                "\"11pt\"\n"))
              .body.font_size.value == 11);
    // In a text with a multi-line string, a line starting with '#' can be content.
    const StyleSheet s = load_style(
        temp_style("multiline.toml", "description = \"\"\"\n# not a comment\"\"\"\n# comment\n"));
    CHECK(s.description == "# not a comment");
}
