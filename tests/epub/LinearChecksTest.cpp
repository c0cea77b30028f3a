// The language tag and link-underline checks: hand-written, linear, no std::regex (which
// overflowed the stack on a tag of 20,000 subtags and on a style name with 50,000 spaces).
#include <catch2/catch.hpp>
#include <chrono>
#include <string>

#include "epub/Assembly.hpp"
#include "epub/EpubWriter.hpp"

using namespace galley::epub;

namespace {

std::string repeat(const std::string& s, std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) out += s;
    return out;
}

}  // namespace

TEST_CASE("is_language_tag follows [A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*") {
    for (const char* good :
         {"en", "zh-Hans", "de-CH-1996", "sr-Latn-RS", "abcdefgh-12345678", "en-a-b"})
        CHECK(is_language_tag(good));
    for (const char* bad : {"", "e", "abcdefghi", "en-", "-en", "en--us", "1en", "en-123456789",
                            "en_US", "en us", "e\xC3\xA9", "en-\xC3\xA9"})
        CHECK_FALSE(is_language_tag(bad));
}

TEST_CASE("is_language_tag takes 20,000 subtags in stride") {
    const auto start = std::chrono::steady_clock::now();
    CHECK(is_language_tag("en" + repeat("-abc", 20000)));
    CHECK_FALSE(is_language_tag("en" + repeat("-abc", 20000) + "-"));
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(1));
}

TEST_CASE("css_underlines_links finds a rule taking the underline from links") {
    CHECK(css_underlines_links(""));
    CHECK(css_underlines_links("p { margin: 0 }\na { color: blue }"));
    CHECK_FALSE(css_underlines_links("a { text-decoration: none }"));
    CHECK_FALSE(css_underlines_links("p{}a{text-decoration:none}"));
    CHECK_FALSE(css_underlines_links("nav a { color: red; text-decoration-line : none; }"));
    CHECK_FALSE(css_underlines_links("h1, a, p { text-decoration: none }"));
    CHECK_FALSE(css_underlines_links("p,a { text-decoration: none }"));
    CHECK_FALSE(css_underlines_links("@media print {\n  a { text-decoration: none }\n}"));
    CHECK(css_underlines_links("a:hover { text-decoration: none }"));  // hover only
    CHECK(css_underlines_links("abbr { text-decoration: none }"));     // not `a`
    CHECK(css_underlines_links("a.x { text-decoration: none }"));      // a class of links
    CHECK(css_underlines_links("a { text-decoration: underline }"));
    CHECK(css_underlines_links("a { text-decoration-style: none }"));
    CHECK(css_underlines_links("a { color: red } p { text-decoration: none }"));
}

TEST_CASE("css_underlines_links is linear on long runs of spaces and selectors") {
    const auto start = std::chrono::steady_clock::now();
    CHECK(css_underlines_links("/* galley style \"x" + std::string(50000, ' ') + "\" */\np {}"));
    CHECK_FALSE(css_underlines_links(repeat("p, ", 50000) + "a" + std::string(50000, ' ') + "{" +
                                     repeat("text-decoration ", 20000) + "text-decoration: none}"));
    CHECK(css_underlines_links(repeat("a { text-decoration:", 20000)));
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(1));
}
