#include <catch2/catch.hpp>

#include <cstdio>

#include "doc/Document.hpp"
#include "present/Identifier.hpp"

using namespace galley;
using namespace galley::present;

namespace {

std::string hex(const std::array<std::uint8_t, 20>& d) {
    std::string out;
    char b[3];
    for (std::uint8_t x : d) {
        std::snprintf(b, sizeof b, "%02x", x);
        out += b;
    }
    return out;
}

/// A short article with a title, an author and two paragraphs.
doc::Document article() {
    doc::Document d;
    d.meta.title = "Loomings";
    d.meta.authors = {"Herman Melville"};
    d.meta.language = "en";
    d.blocks.push_back({doc::Paragraph{{{doc::Text{"Call me Ishmael."}}}}, 3});
    d.blocks.push_back({doc::Paragraph{{{doc::Text{"Some years ago."}}}}, 5});
    return d;
}

}  // namespace

TEST_CASE("SHA-1 matches the FIPS 180 test vectors") {
    CHECK(hex(sha1("")) == "da39a3ee5e6b4b0d3255bfef95601890afd80709");
    CHECK(hex(sha1("abc")) == "a9993e364706816aba3e25717850c26c9cd0d89d");
    CHECK(hex(sha1("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")) ==
          "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
    CHECK(hex(sha1(std::string(1000000, 'a'))) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
}

TEST_CASE("UUID v5 in the URL namespace matches Python's uuid.uuid5") {
    // python3 -c "import uuid; print(uuid.uuid5(uuid.NAMESPACE_URL, 'https://www.python.org'))"
    CHECK(uuid_v5("https://www.python.org") == "30709ed8-a35e-547c-8ef0-c6bf5e229681");
    CHECK(uuid_v5("") == "1b4db7eb-4057-5ddf-91e0-36dec72071f5");
}

TEST_CASE("the derived identifier is stable, follows the content, and yields to a given one") {
    doc::Document a = article();
    std::string id = publication_identifier(a);
    CHECK(id.rfind("urn:uuid:", 0) == 0);
    CHECK(id.size() == 9 + 36);
    CHECK(publication_identifier(article()) == id);
    doc::Document b = article();
    std::get<doc::Paragraph>(b.blocks[1].value).content.push_back({doc::Text{"!"}});
    CHECK(publication_identifier(b) != id);
    b.meta.identifier = "isbn:9780142437247";
    CHECK(publication_identifier(b) == "isbn:9780142437247");
}

TEST_CASE("the derived identifier changes with every part of the document and nothing else") {
    const doc::Document base = [] {
        doc::Document d = article();
        d.meta.keywords = {"whales"};
        d.notes.push_back({{{doc::Paragraph{{{doc::Text{"A note."}}}}, 9}}, 9});
        d.images.push_back({"a.png", "\x89PNG-bytes", "png", 2, 2, 0});
        d.blocks.push_back({doc::Figure{0, "alt", {{doc::Text{"cap"}}}, "credit"}, 7});
        return d;
    }();
    const std::string id = publication_identifier(base);
    CHECK(publication_identifier(base) == id);

    // Not part of what the publication is made of: source lines, the file name.
    doc::Document same = base;
    same.blocks[0].line = 40;
    same.notes[0].line = 41;
    same.meta.source = "elsewhere/article.txt";
    same.images[0].path = "elsewhere/a.png";
    CHECK(publication_identifier(same) == id);

    using Change = void (*)(doc::Document&);
    const std::pair<const char*, Change> changes[] = {
        {"title", [](doc::Document& d) { d.meta.title += "!"; }},
        {"subtitle", [](doc::Document& d) { d.meta.subtitle = "s"; }},
        {"author", [](doc::Document& d) { d.meta.authors.push_back("Ishmael"); }},
        {"date", [](doc::Document& d) { d.meta.date = "1851-10-18"; }},
        {"date text", [](doc::Document& d) { d.meta.date_text = "October 1851"; }},
        {"dateline", [](doc::Document& d) { d.meta.dateline = "NANTUCKET —"; }},
        {"date order", [](doc::Document& d) { d.meta.date_first = true; }},
        {"language", [](doc::Document& d) { d.meta.language = "en-GB"; }},
        {"description", [](doc::Document& d) { d.meta.description = "d"; }},
        {"publisher", [](doc::Document& d) { d.meta.publisher = "p"; }},
        {"rights", [](doc::Document& d) { d.meta.rights = "r"; }},
        {"keywords", [](doc::Document& d) { d.meta.keywords.push_back("sea"); }},
        {"text",
         [](doc::Document& d) {
             std::get<doc::Text>(std::get<doc::Paragraph>(d.blocks[0].value).content[0].value)
                 .text += ".";
         }},
        {"kind",
         [](doc::Document& d) {
             auto& in = std::get<doc::Paragraph>(d.blocks[0].value).content[0];
             in.value = doc::Code{std::get<doc::Text>(in.value).text};
         }},
        {"block kind",
         [](doc::Document& d) {
             d.blocks[1].value =
                 doc::Heading{1, std::get<doc::Paragraph>(d.blocks[1].value).content, ""};
         }},
        {"split",
         [](doc::Document& d) {  // the same characters, split between two inlines
             auto& p = std::get<doc::Paragraph>(d.blocks[0].value).content;
             std::string& t = std::get<doc::Text>(p[0].value).text;
             std::string rest = t.substr(4);
             t.resize(4);
             p.push_back({doc::Text{rest}});
         }},
        {"note",
         [](doc::Document& d) {
             std::get<doc::Paragraph>(d.notes[0].content[0].value)
                 .content.push_back({doc::Text{"x"}});
         }},
        {"image bytes", [](doc::Document& d) { d.images[0].bytes += "x"; }},
        {"alt text",
         [](doc::Document& d) { std::get<doc::Figure>(d.blocks[2].value).alt = "other"; }},
        {"credit", [](doc::Document& d) { std::get<doc::Figure>(d.blocks[2].value).credit = ""; }},
        {"scene break",
         [](doc::Document& d) {
             d.blocks.push_back({doc::SceneBreak{}, 0});
         }},
    };
    for (const auto& [what, change] : changes) {
        doc::Document changed = base;
        change(changed);
        INFO(what);
        CHECK(publication_identifier(changed) != id);
    }
}

TEST_CASE("the derived identifier follows the edition: style, cover, pagination source") {
    const doc::Document a = article();
    const std::string id = publication_identifier(a, {"[body]\nfont_size = \"10.5pt\"\n", "", ""});
    CHECK(publication_identifier(a, {"[body]\nfont_size = \"10.5pt\"\n", "", ""}) == id);
    CHECK(publication_identifier(a, {"[body]\nfont_size = \"12pt\"\n", "", ""}) != id);
    CHECK(publication_identifier(a, {"[body]\nfont_size = \"10.5pt\"\n", "cover", ""}) != id);
    CHECK(publication_identifier(a, {"[body]\nfont_size = \"10.5pt\"\n", "", "report"}) != id);
    // Parts are length-prefixed: moving a character from one part to the next changes it.
    CHECK(publication_identifier(a, {"ab", "c"}) != publication_identifier(a, {"a", "bc"}));
    CHECK(publication_identifier(a) != id);
}

TEST_CASE("ContentDigest hashes long parts as it does short ones") {
    // A part past the 16 KiB buffer goes straight to SHA-1: the same parts give the same digest
    // whatever came before, and a change at the end of a long part shows.
    const std::string long_part(40000, 'w');
    ContentDigest a, b, c;
    a.add("x");
    a.add(long_part);
    b.add("x");
    b.add(long_part);
    c.add("x");
    c.add(long_part.substr(0, 39999) + "v");
    const std::string ua = a.uuid_urn();
    CHECK(ua == b.uuid_urn());
    CHECK(ua != c.uuid_urn());
}
