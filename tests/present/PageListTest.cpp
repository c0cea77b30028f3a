#include <catch2/catch.hpp>

#include "present/PageList.hpp"

using galley::present::is_word_space;
using galley::present::text_position;

TEST_CASE("text_position counts the words before a byte", "[page-list]") {
    const std::string text = "Call me Ishmael. Some years ago";
    auto at = [&](std::size_t byte) {
        auto p = text_position(text, byte);
        return std::make_pair(p.word, p.offset);
    };
    CHECK(at(0) == std::make_pair(0u, 0u));
    CHECK(at(5) == std::make_pair(1u, 0u));            // "me"
    CHECK(at(4) == std::make_pair(1u, 0u));            // the space before "me" belongs to it
    CHECK(at(17) == std::make_pair(3u, 0u));           // "Some"
    CHECK(at(10) == std::make_pair(2u, 2u));           // inside "Ishmael."
    CHECK(at(text.size()) == std::make_pair(6u, 0u));  // past the last word
}

TEST_CASE("text_position counts characters, not bytes, inside a word", "[page-list]") {
    // Japanese has no spaces: a line may start inside the paragraph's one "word".
    const std::string text = "吾輩は猫である。名前はまだ無い。";
    auto p = text_position(text, 3 * 8);  // after 8 characters of 3 bytes
    CHECK(p.word == 0);
    CHECK(p.offset == 8);
    // A line break and a no-break space: the first separates words, the second does not.
    const std::string mixed = "a\nb\u00a0c d";
    CHECK(text_position(mixed, 2).word == 1);
    CHECK(text_position(mixed, mixed.size() - 1).word == 2);
    CHECK(is_word_space(U'\u3000'));
    CHECK_FALSE(is_word_space(U'\u00a0'));
    CHECK_FALSE(is_word_space(U'\u202f'));
}
