// The language tag check: hand-written, linear, no std::regex (which overflowed the stack on a
// tag of 20,000 subtags).
#include <catch2/catch.hpp>
#include <chrono>
#include <string>

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
