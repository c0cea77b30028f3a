// read_article end to end: one test per bad input, sidecar metadata, and sizes (20 MB article,
// one 50 KB paragraph, a 300-character word) with time limits.
#include <catch2/catch.hpp>

#include "TestSupport.hpp"
#include "base/Error.hpp"
#include "read/Reader.hpp"
#include "read/TextUtil.hpp"

using namespace galley::read;
using galley::Error;
using galley::ErrorCode;
using galley::read::test::fixture;
using galley::read::test::slurp;
using galley::read::test::temp_file;
namespace doc = galley::doc;

namespace {

const std::string kSample = slurp(fixture("sample-azerbaijan.txt"));

/// The error read_article throws for a file with `bytes`, as "code|file|reason".
std::string error_for(const std::string& name, const std::string& bytes) {
    const auto path = temp_file(name, bytes);
    galley::Diagnostics d;
    try {
        read_article(path, {}, d);
    } catch (const Error& e) {
        CHECK(e.file() == path.string());
        CHECK(e.message() == path.string() + ": " + e.what());
        return std::to_string(static_cast<int>(e.code())) + "|" + e.what();
    }
    return "no error";
}

}  // namespace

TEST_CASE("bad input: empty file") {
    CHECK(error_for("empty.txt", "") == "4|empty article");
}

TEST_CASE("bad input: whitespace only") {
    CHECK(error_for("blank.txt", " \n\n\t  \r\n") == "4|empty article");
}

TEST_CASE("bad input: binary with NUL bytes") {
    CHECK(error_for("nul.txt", std::string("Azerbaijan\0\0\0\x01\x02", 15)) ==
          "4|binary file (NUL bytes)");
}

TEST_CASE("bad input: a PNG image renamed .txt") {
    CHECK(error_for("image.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR\0\0\0\x10", 20)) ==
          "4|binary file (PNG image)");
}

TEST_CASE("bad input: invalid UTF-8") {
    std::string bytes = kSample;
    bytes.insert(bytes.find("Shusha"), "\xF0\x28\x8C\x28");
    const std::string err = error_for("invalid.txt", bytes);
    CHECK(err.rfind("4|invalid UTF-8 at line 8", 0) == 0);
}

TEST_CASE("UTF-16 LE and BE with a BOM read like UTF-8") {
    galley::Diagnostics d0;
    const std::string expected = doc::dump(read_article(fixture("sample-azerbaijan.txt"), {}, d0));
    for (bool le : {true, false}) {
        std::string bytes = le ? "\xFF\xFE" : "\xFE\xFF";
        // sample → UTF-16 via code points (BMP only in the sample)
        for (std::size_t p = 0; p < kSample.size();) {
            const char32_t c = next_code_point(kSample, p);
            REQUIRE(c < 0x10000);
            const char lo = static_cast<char>(c & 0xFF), hi = static_cast<char>(c >> 8);
            bytes += le ? lo : hi;
            bytes += le ? hi : lo;
        }
        galley::Diagnostics d;
        const doc::Document got = read_article(temp_file(le ? "le.txt" : "be.txt", bytes), {}, d);
        CHECK(doc::dump(got) == expected);
        CHECK(d.count() == 3);  // only the three dropped web lines
    }
}

TEST_CASE("windows-1252 is read with a warning") {
    // The sample's curly quotes and apostrophes in windows-1252 bytes.
    std::string bytes;
    for (std::size_t p = 0; p < kSample.size();) {
        const char32_t c = next_code_point(kSample, p);
        if (c < 0x80)
            bytes += static_cast<char>(c);
        else if (c == U'\u2019')
            bytes += '\x92';
        else if (c == U'\u201C')
            bytes += '\x93';
        else if (c == U'\u201D')
            bytes += '\x94';
        else
            FAIL("unexpected character in the sample");
    }
    galley::Diagnostics d;
    const doc::Document got = read_article(temp_file("cp1252.txt", bytes), {}, d);
    CHECK(got.meta.title == "Azerbaijan Marks Second Anniversary of Victory Day");
    CHECK(doc::dump(got).find("codenamed \u201CIron Fist.\u201D") != std::string::npos);
    REQUIRE(d.count() == 4);
    CHECK(d.warnings()[0].message == "decoded as windows-1252 (guessed)");
    CHECK(d.warnings()[0].line == 6);
}

TEST_CASE("bad input: missing file") {
    galley::Diagnostics d;
    const auto path =
        std::filesystem::temp_directory_path() / "galley-read-tests" / "does-not-exist.txt";
    try {
        read_article(path, {}, d);
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::InputMissing);
        CHECK(e.file() == path.string());
    }
}

TEST_CASE("a 20 MB article reads in well under a second") {
    std::string body = kSample.substr(0, kSample.find("Notify of"));
    std::string big;
    big.reserve(21 << 20);
    int section = 0;
    while (big.size() < (20u << 20))
        big += "Part " + std::to_string(++section) + "\n\n" + body.substr(body.find("\n\n") + 2);
    const auto path = temp_file("big.txt", big);
    galley::Diagnostics d;
    // Speed is measured by bench/bench.py, not asserted here: this checks it works at all.
    const doc::Document got = read_article(path, {}, d);
    CHECK(got.blocks.size() > 100000);
}

TEST_CASE("one 50 KB paragraph and a 300-character word") {
    std::string para;
    while (para.size() < 50 * 1024)
        para += "Azerbaijanis flocked to the Second Honorary Alley to pay homage. ";
    const std::string word(300, 'w');
    const std::string text = "Long\n\n" + para + "\n\nA " + word + " word.\n";
    galley::Diagnostics d;
    const doc::Document got = read_article(temp_file("long.txt", text), {}, d);
    REQUIRE(got.blocks.size() == 2);
    CHECK(doc::plain_text(std::get<doc::Paragraph>(got.blocks[0].value).content).size() >=
          50 * 1024 - 1);
    CHECK(doc::plain_text(std::get<doc::Paragraph>(got.blocks[1].value).content) ==
          "A " + word + " word.");
}

TEST_CASE("sidecar TOML: read, overridden by --meta, and reported when bad") {
    const auto article = temp_file("side.txt", kSample);
    temp_file("side.toml",
              "title = \"Victory Day\"\nauthors = [\"Yasir Rehman\", \"Desk Editor\"]\ndate = "
              "2022-11-08\n"
              "lang = \"en-GB\"\npublisher = \"News\"\nrights = \"All rights reserved\"\n"
              "keywords = [\"Azerbaijan\", \"Victory Day\", \"Azerbaijan\"]\n");
    galley::Diagnostics d;
    doc::Document got = read_article(article, {}, d);
    CHECK(got.meta.title == "Victory Day");
    CHECK(got.meta.authors == std::vector<std::string>{"Yasir Rehman", "Desk Editor"});
    CHECK(got.meta.date == "2022-11-08");
    CHECK(got.meta.language == "en-GB");
    CHECK(got.meta.publisher == "News");
    CHECK(got.meta.keywords == std::vector<std::string>{"Azerbaijan", "Victory Day"});

    ReadOptions o;
    o.meta = {{"title", "From the command line"}, {"author", "Someone Else"}};
    got = read_article(article, o, d);
    CHECK(got.meta.title == "From the command line");
    CHECK(got.meta.authors == std::vector<std::string>{"Someone Else"});
    CHECK(got.meta.publisher == "News");  // not overridden: still from the sidecar
    CHECK(got.meta.keywords.size() == 2);
    o.meta["keywords"] = " Shusha, Karabakh ;; anniversary ,";
    got = read_article(article, o, d);
    CHECK(got.meta.keywords == std::vector<std::string>{"Shusha", "Karabakh", "anniversary"});
    o.meta.erase("keywords");

    o.use_sidecar = false;
    got = read_article(article, o, d);
    CHECK(got.meta.publisher.empty());
    o.use_sidecar = true;

    // Issue 13: an array item with ";" (or ",") stays whole; a string still holds a list.
    temp_file("side.toml",
              "authors = [\"Smith; Jr.\", \"B\"]\nkeywords = [\"rock, paper\", \"x\"]\n");
    got = read_article(article, {}, d);
    CHECK(got.meta.authors == std::vector<std::string>{"Smith; Jr.", "B"});
    CHECK(got.meta.keywords == std::vector<std::string>{"rock, paper", "x"});
    temp_file("side.toml", "author = \"A; B\"\nkeywords = \"a, b; c\"\n");
    got = read_article(article, {}, d);
    CHECK(got.meta.authors == std::vector<std::string>{"A", "B"});
    CHECK(got.meta.keywords == std::vector<std::string>{"a", "b", "c"});
    temp_file("side.toml", "authors = [\"Smith; Jr.\"]\n");
    ReadOptions given;
    given.meta["author"] = "From; Command";  // --meta wins over the sidecar, split at ";"
    got = read_article(article, given, d);
    CHECK(got.meta.authors == std::vector<std::string>{"From", "Command"});

    temp_file("side.toml", "title = \"ok\"\nauthor = [\"x\"\n");
    try {
        read_article(article, {}, d);
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::InputInvalid);
        CHECK(e.file().find("side.toml") != std::string::npos);
        CHECK(std::string(e.what()).find("line ") != std::string::npos);
    }
    temp_file("side.toml", "title = \"ok\"\ncolour = \"blue\"\n");
    CHECK_THROWS_WITH(read_article(article, {}, d),
                      Catch::Contains("unknown key 'colour' at line 2"));
    std::filesystem::remove(article.parent_path() / "side.toml");
}

TEST_CASE("the language option wins over detection and changes the punctuation") {
    ReadOptions o;
    o.language = "fr";
    galley::Diagnostics d;
    const doc::Document got =
        read_article(temp_file("lang.txt", "Titre\n\nIl a dit \"non\" !\n"), o, d);
    CHECK(got.meta.language == "fr");
    CHECK(doc::dump(got).find("Il a dit \u00AB\u202Fnon\u202F\u00BB\u202F!") != std::string::npos);
}

TEST_CASE("pathological input stays fast and does not overflow the stack") {
    galley::Diagnostics d;
    // 50 000 nested quote markers, 50 000 tabs on one line, 20 000 nested emphasis markers.
    const std::string text = "Deep\n\n" + std::string(50000, '>') + " text\n\n" + "a" +
                             std::string(50000, '\t') + "b\n\n" + std::string(20000, '*') + "x" +
                             std::string(20000, '*') + "\n\n" +
                             [] {
                                 std::string s;
                                 for (int i = 0; i < 5000; ++i) s += "*a _b ";
                                 for (int i = 0; i < 5000; ++i) s += "c_ d* ";
                                 return s;
                             }() +
                             "\n";
    const doc::Document got = read_article(temp_file("deep.txt", text), {}, d);
    CHECK(got.blocks.size() == 4);
}
