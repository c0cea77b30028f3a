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
