// The validation boundary (base/TextCheck): every bad form of text is repaired, linearly.
#include <catch2/catch.hpp>
#include <chrono>
#include <string>
#include <vector>

#include "base/Diagnostics.hpp"
#include "base/TextCheck.hpp"

using namespace galley;
using namespace std::string_literals;

namespace {
const std::string kFFFD = "\xEF\xBF\xBD";
}

TEST_CASE("clean text passes unchanged and is recognised") {
    for (std::string s : {"", "plain", "tab\tnew\nline\r", "Ünïcödé “quotes” — 日本語 😀",
                          "\xEF\xBF\xBD", "\xF4\x8F\xBF\xBD", "\xC2\x85 C1 and DEL \x7F"}) {
        CHECK(is_valid_utf8(s));
        CHECK(is_clean_text(s));
        TextRepairs r;
        CHECK(clean_text(s, kMaxFieldBytes, &r) == s);
        CHECK(r.none());
    }
}

TEST_CASE("ill-formed UTF-8 becomes U+FFFD, one per maximal subpart") {
    struct Case {
        std::string in, out;
        std::size_t count;
    };
    const std::vector<Case> cases = {
        {"a\xFF"
         "b",
         "a" + kFFFD + "b", 1},                                  // a byte that never occurs
        {"\xC0\xAF", kFFFD + kFFFD, 2},                          // overlong '/', two bytes
        {"\xE0\x80\xAF", kFFFD + kFFFD + kFFFD, 3},              // overlong '/', three bytes
        {"\xF0\x80\x80\xAF", kFFFD + kFFFD + kFFFD + kFFFD, 4},  // overlong, four bytes
        {"\xF4\x90\x80\x80", kFFFD + kFFFD + kFFFD + kFFFD, 4},  // above U+10FFFF
        {"\xE2\x82", kFFFD, 1},                                  // truncated €
        {"\xE2\x82x", kFFFD + "x", 1},                           // truncated € before a letter
        {"\x80\xBF", kFFFD + kFFFD, 2},                          // lone continuation bytes
        {"Caf\xE9", "Caf" + kFFFD, 1},                           // Latin-1 é
        {"\xF8\x88\x80\x80\x80", kFFFD + kFFFD + kFFFD + kFFFD + kFFFD, 5},  // 5-byte form
    };
    for (const Case& c : cases) {
        CAPTURE(c.in);
        CHECK_FALSE(is_valid_utf8(c.in));
        TextRepairs r;
        CHECK(clean_text(c.in, kMaxFieldBytes, &r) == c.out);
        CHECK(r.invalid_utf8 == c.count);
        CHECK(is_clean_text(clean_text(c.in)));
    }
}

TEST_CASE("characters XML does not allow are removed, NUL does not cut the value") {
    TextRepairs r;
    CHECK(clean_text("Ann\0e Smith"s, kMaxFieldBytes, &r) == "Anne Smith");
    CHECK(r.nul == 1);
    CHECK(r.describe(kMaxFieldBytes) == "1 NUL character removed");

    r = {};
    CHECK(clean_text("a\x01\x08\x0B\x0C\x1B\x1F"
                     "b",
                     kMaxFieldBytes, &r) == "ab");
    CHECK(r.illegal == 6);

    r = {};
    CHECK(clean_text("x\xEF\xBF\xBEy\xEF\xBF\xBFz", kMaxFieldBytes, &r) == "xyz");  // U+FFFE/FFFF
    CHECK(r.illegal == 2);
    CHECK(is_valid_utf8("\xEF\xBF\xBE"));  // well-formed UTF-8, but not XML
    CHECK_FALSE(is_clean_text("\xEF\xBF\xBE"));

    r = {};
    CHECK(clean_text("s\xED\xA0\x80t\xED\xBF\xBFu", kMaxFieldBytes, &r) == "stu");  // surrogates
    CHECK(r.illegal == 2);
    CHECK(r.invalid_utf8 == 0);
    CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));
    CHECK(is_clean_text("\xED\x9F\xBF"));  // U+D7FF, just below the surrogates
}

TEST_CASE("long text is cut at a character boundary") {
    std::string s;
    for (int i = 0; i < 30000; ++i) s += "é";  // 60,000 bytes
    s += "ü";
    TextRepairs r;
    std::string cut = clean_text(s, 59999, &r);
    CHECK(r.truncated);
    CHECK(cut.size() == 59998);
    CHECK(is_valid_utf8(cut));
    CHECK(clean_text(std::string(1 << 20, 'x')).size() == kMaxFieldBytes);
}

TEST_CASE("check_text warns naming the field and the file, and only when it repairs") {
    Diagnostics d;
    std::string ok = "fine";
    CHECK_FALSE(check_text(ok, "metadata 'title'", "a.txt", 0, d));
    CHECK(d.count() == 0);
    std::string bad = "T\xFFtle\0"s;
    CHECK(check_text(bad, "metadata 'title'", "a.txt", 3, d));
    CHECK(bad == "T" + kFFFD + "tle");
    REQUIRE(d.warnings().size() == 1);
    CHECK(d.warnings()[0].file == "a.txt");
    CHECK(d.warnings()[0].line == 3);
    CHECK(d.warnings()[0].message ==
          "metadata 'title': 1 invalid UTF-8 sequence replaced by U+FFFD; 1 NUL character removed");
}

TEST_CASE("lists: cleaned, empties and repeats dropped in order, bounded with one warning") {
    Diagnostics d;
    std::vector<std::string> v = {"b", "a", "\0"s, "b", "c\xEF\xBF\xBE", "a", "c"};
    check_text_list(v, "metadata 'keywords'", "a.txt", 0, d, 1000);
    CHECK(v == std::vector<std::string>{"b", "a", "c"});
    CHECK(d.count() == 1);

    std::vector<std::string> many;
    for (int i = 0; i < 5000; ++i) many.push_back("k" + std::to_string(i));
    Diagnostics d2;
    check_text_list(many, "metadata 'keywords'", "a.txt", 0, d2, 1000);
    CHECK(many.size() == 1000);
    CHECK(many.back() == "k999");
    REQUIRE(d2.count() == 1);
    CHECK(d2.warnings()[0].message.find("kept the first 1000 of 5000") != std::string::npos);

    std::vector<std::string> big(3, std::string(30000, 'x'));
    big[1][0] = 'y';
    big[2][0] = 'z';
    Diagnostics d3;
    check_text_list(big, "metadata 'author'", "a.txt", 0, d3, 1000, kMaxFieldBytes, 65536);
    CHECK(big.size() == 2);  // 64 KB in all
    CHECK(d3.count() == 1);
}

TEST_CASE("remove_repeats is linear: 200,000 keywords in well under a second") {
    std::vector<std::string> v;
    for (int i = 0; i < 200000; ++i) v.push_back("keyword " + std::to_string(i % 150000));
    const auto start = std::chrono::steady_clock::now();
    remove_repeats(v);
    const auto seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    CHECK(v.size() == 150000);
    CHECK(v.front() == "keyword 0");
    CHECK(v.back() == "keyword 149999");
    CHECK(seconds < 1.0);
}

TEST_CASE("warnings quoting bad input are clean text, bounded") {
    Diagnostics d;
    d.warn("a.txt", 1, "ignored invalid language tag 'x\xFF\x01'");
    d.warn("a.txt", 2, "tag '" + std::string(100000, 'x') + "'");
    CHECK(d.warnings()[0].message == "ignored invalid language tag 'x" + kFFFD + "'");
    CHECK(d.warnings()[1].message.size() == Diagnostics::kMaxMessageBytes);
}
