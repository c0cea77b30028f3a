// The TOML depth guard (base/TomlDepth): deep files are refused before toml++ recurses.
#include <toml++/toml.h>
#include <catch2/catch.hpp>
#include <string>

#include "base/Error.hpp"
#include "base/TomlDepth.hpp"

using namespace galley;

namespace {

std::string repeat(const std::string& s, std::size_t n) {
    std::string out;
    out.reserve(s.size() * n);
    for (std::size_t i = 0; i < n; ++i) out += s;
    return out;
}

/// The four ways TOML nests, `n` levels deep.
std::string header(std::size_t n) {
    return "title = \"x\"\n[a" + repeat(".a", n - 1) + "]\nk = 1\n";
}
std::string dotted(std::size_t n) {
    return "# c\n\na" + repeat(".a", n - 1) + " = 1\n";
}
std::string inline_tables(std::size_t n) {
    return "x = " + repeat("{a=", n) + "1" + repeat("}", n) + "\n";
}
std::string arrays(std::size_t n) {
    return "x = " + repeat("[", n) + "1" + repeat("]", n) + "\n";
}

}  // namespace

TEST_CASE("each way of nesting 40,000 deep is refused, with its line") {
    for (auto make : {header, dotted, inline_tables, arrays}) {
        const std::string text = make(40000);
        const auto deep = toml_too_deep(text);
        REQUIRE(deep);
        CHECK(deep->depth > kMaxTomlDepth);
        CHECK(deep->line == (make == header ? 2 : make == dotted ? 3 : 1));
    }
    try {
        check_toml_depth(dotted(500), "s.toml", ErrorCode::Style);
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::Style);
        CHECK(e.message().rfind("s.toml: line 3: TOML nested more than 100 levels", 0) == 0);
    }
}

TEST_CASE("nesting within the limit passes, and toml++ parses it") {
    for (auto make : {header, dotted, inline_tables, arrays}) {
        const std::string text = make(kMaxTomlDepth - 2);
        CHECK_FALSE(toml_too_deep(text));
        CHECK_NOTHROW(toml::parse(text));
    }
}

TEST_CASE("mixed nesting adds up; closing brackets and new keys give depth back") {
    // 60 header levels + 50 dotted levels under them = 110.
    CHECK(toml_too_deep("[a" + repeat(".a", 59) + "]\nb" + repeat(".b", 49) + " = 1\n"));
    // The same levels on separate tables do not add up.
    CHECK_FALSE(toml_too_deep("[a" + repeat(".a", 59) + "]\n[c]\nb" + repeat(".b", 49) + " = 1\n"));
    // Many siblings, each shallow: fine.
    CHECK_FALSE(toml_too_deep("x = [" + repeat("[1, 2.5, {a.b = 3}], ", 10000) + "]\n"));
    CHECK_FALSE(toml_too_deep(repeat("a.b.c = 1.5\n", 10000)));
    // An inline table's keys: each new key starts again.
    CHECK_FALSE(toml_too_deep("x = {" + repeat("a.b.c = 1, ", 1000) + "}\n"));
}

TEST_CASE("strings and comments do not count, whatever they hold") {
    const std::string deep = repeat("[", 1000);
    CHECK_FALSE(toml_too_deep("a = \"" + deep + "\"\n"));
    CHECK_FALSE(toml_too_deep("a = '" + deep + "'\n"));
    CHECK_FALSE(toml_too_deep("a = \"\"\"\n" + deep + "\n\\\"\"\" \"\"\"\n"));
    CHECK_FALSE(toml_too_deep("a = '''\n" + deep + "\n'''\n"));
    CHECK_FALSE(toml_too_deep("a = 1 # " + deep + "\n"));
    CHECK_FALSE(toml_too_deep("\"" + repeat("a.", 1000) + "\" = 1\n"));  // a quoted key
    CHECK_FALSE(toml_too_deep("a = \"\\\"" + deep + "\"\n"));            // an escaped quote
    // A multi-line string that ends in up to two quotes of content, then real nesting.
    const auto after = toml_too_deep("a = \"\"\"x\"\"\"\"\"\nb = " + deep + "\n");
    REQUIRE(after);
    CHECK(after->line == 2);
    // Lines inside multi-line strings are counted.
    const auto later = toml_too_deep("a = '''\n\n\n'''\nb = " + deep + "\n");
    REQUIRE(later);
    CHECK(later->line == 5);
}

TEST_CASE("non-ASCII outside strings and comments is refused before toml++ sees it") {
    // toml++ 3.3 reaches TOML_UNREACHABLE (undefined behaviour) on U+0238 after a bare key.
    CHECK(toml_stray_non_ascii("x = 1\na.b\xC8\xB8{c=[]\n") == 2);
    CHECK(toml_stray_non_ascii("\xC2\xA0"
                               "a = 1\n") == 1);  // a no-break space before a key
    CHECK_FALSE(toml_stray_non_ascii("# Größe\n\"Größe\" = \"Größe\" # ü\nb = '''\nü\n'''\n"));
    CHECK_FALSE(toml_stray_non_ascii("[\"ü\".'ö']\nx = [\"ä\", {y = 'é'}]\n"));
    try {
        check_toml_depth("k = 1\n\nk\xC3\xA9 = 2\n", "m.toml", ErrorCode::InputInvalid);
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::InputInvalid);
        CHECK(e.message().rfind("m.toml: line 3: TOML syntax error: a non-ASCII character", 0) ==
              0);
    }
}

TEST_CASE("a table header holding more than a key is refused before toml++ sees it") {
    // toml++ 3.3 asserts in parse_key on "[[[" (undefined behaviour when built with NDEBUG).
    CHECK(toml_stray_non_ascii("a = 1\n[[[7{a.b]]]\n") == 2);
    CHECK(toml_stray_non_ascii("[a=b]\n") == 1);
    CHECK_FALSE(toml_stray_non_ascii("[ a-b . c_d . \"q]\" . 'r' ]\n[[x.y]] # [[[\nz = [[1]]\n"));
    try {
        check_toml_depth("[[[a]]]\n", "s.toml", ErrorCode::Style);
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(e.message() ==
              "s.toml: line 1: TOML syntax error: a character that is not part of a key in a table "
              "header");
    }
}
