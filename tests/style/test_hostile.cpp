// Hostile style files: nested too deep for toml++ (refused before parsing), text holding NUL,
// controls or U+FFFE, --set values that are not UTF-8: Error(Style) naming the file and line.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "base/Error.hpp"
#include "style/StyleSheet.hpp"

using namespace galley;
using namespace galley::style;
namespace fs = std::filesystem;

namespace {

std::string repeat(const std::string& s, std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) out += s;
    return out;
}

/// A fresh folder for one test's files.
fs::path scratch(const std::string& name) {
    fs::path dir = fs::temp_directory_path() / ("galley-style-hostile-" + name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

fs::path write(const fs::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

std::string error_of(const std::string& file,
                     const std::vector<std::pair<std::string, std::string>>& overrides = {}) {
    try {
        load_style(file, overrides);
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::Style);
        return e.message();
    }
    FAIL("no error for " << file);
    return "";
}

}  // namespace

TEST_CASE("a style nested 40,000 deep is refused with its line, before toml++ recurses") {
    const fs::path dir = scratch("deep");
    const std::size_t n = 40000;
    const std::pair<const char*, std::string> forms[] = {
        {"header", "[a" + repeat(".a", n) + "]\n"},
        {"dotted", "a" + repeat(".a", n) + " = 1\n"},
        {"inline", "x = " + repeat("{a=", n) + "1" + repeat("}", n) + "\n"},
        {"array", "x = " + repeat("[", n) + "1" + repeat("]", n) + "\n"},
    };
    for (const auto& [name, body] : forms) {
        CAPTURE(name);
        const fs::path file = write(dir / (std::string(name) + ".toml"), "name = \"x\"\n" + body);
        CHECK(error_of(file.string()) ==
              file.string() +
                  ": line 2: TOML nested more than 100 levels deep (table headers, dotted keys, "
                  "arrays or inline tables); refused before parsing");
    }
}

TEST_CASE("a built-in style nested too deep is listed as invalid, not crashed on") {
    const fs::path dir = scratch("builtin");
    fs::create_directories(dir / "styles");
    write(dir / "styles" / "deep.toml", "description = \"d\"\n[a" + repeat(".a", 40000) + "]\n");
    write(dir / "styles" / "fine.toml", "description = \"Fine\"\n");
    const char* old = std::getenv("GALLEY_DATA_DIR");
    const std::string saved = old ? old : "";
    setenv("GALLEY_DATA_DIR", dir.c_str(), 1);
    const auto styles = builtin_styles();
    if (old)
        setenv("GALLEY_DATA_DIR", saved.c_str(), 1);
    else
        unsetenv("GALLEY_DATA_DIR");
    REQUIRE(styles.size() == 2);
    CHECK(styles[0].first == "deep");
    CHECK(styles[0].second == "(invalid style file: line 2: nested too deep)");
    CHECK(styles[1].second == "Fine");
}

TEST_CASE("style text with NUL, controls or U+FFFE is refused with its line") {
    const fs::path dir = scratch("text");
    const fs::path nul =
        write(dir / "nul.toml", "name = \"ok\"\n\n[running_head]\nleft = \"a\\u0000b\"\n");
    CHECK(
        error_of(nul.string())
            .rfind(nul.string() + ": line 4: running_head.left: text not allowed (1 NUL character",
                   0) == 0);
    const fs::path ctl = write(dir / "ctl.toml", "description = \"a\\u001Bb\"\n");
    CHECK(
        error_of(ctl.string()).rfind(ctl.string() + ": line 1: description: text not allowed", 0) ==
        0);
    const fs::path fffe =
        write(dir / "fffe.toml", "[quotes]\nen = \"\\uFFFE\\u201d\\u2018\\u2019\"\n");
    CHECK(
        error_of(fffe.string()).rfind(fffe.string() + ": line 2: quotes.en: text not allowed", 0) ==
        0);
    const fs::path key = write(dir / "key.toml", "\"a\\u0001\" = 1\n");
    CHECK(error_of(key.string()).find("line 1: a key: text not allowed") != std::string::npos);
    const fs::path big = write(dir / "big.toml", "name = \"" + std::string(70000, 'n') + "\"\n");
    CHECK(error_of(big.string()).find("line 1: name: text not allowed (longer than 65536 bytes)") !=
          std::string::npos);
}

TEST_CASE("a --set text that is not clean UTF-8 is refused, quoted cleanly") {
    const std::string e = error_of("classic", {{"running_head.left", "x\xFFy"}});
    CHECK(e.rfind("--set: running_head.left=x\xEF\xBF\xBDy: text not allowed (1 invalid UTF-8",
                  0) == 0);
    CHECK_NOTHROW(load_style("classic", {{"running_head.left", "{title} — ok"}}));
}
