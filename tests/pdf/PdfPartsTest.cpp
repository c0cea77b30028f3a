// Unit tests of the PDF writer's pure parts: ToUnicode CMaps, page labels, dates, UTF-16, hashes.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "pdf/DocumentInfo.hpp"
#include "pdf/Hash.hpp"
#include "pdf/ToUnicode.hpp"

using namespace galley::pdf;

TEST_CASE("ToUnicode: ligatures map to all their characters, runs become ranges") {
    std::string cmap = to_unicode_cmap({{0x10, "a"},
                                        {0x11, "b"},
                                        {0x12, "c"},
                                        {0x20, "ffl"},
                                        {0x30, "\xF0\x9F\x98\x80"},
                                        {0x31, ""}});
    CHECK(cmap.find("1 beginbfrange\n<0010> <0012> <0061>\nendbfrange") != std::string::npos);
    CHECK(cmap.find("<0020> <006600660066C>") == std::string::npos);
    CHECK(cmap.find("<0020> <00660066006C>") != std::string::npos);
    CHECK(cmap.find("<0030> <D83DDE00>") != std::string::npos);  // surrogate pair
    CHECK(cmap.find("<0031>") == std::string::npos);             // no text, no entry
    CHECK(cmap.find("2 beginbfchar") != std::string::npos);
}

TEST_CASE("ToUnicode: blocks hold at most 100 entries") {
    std::map<std::uint32_t, std::string> codes;
    for (std::uint32_t i = 0; i < 250; ++i) codes.emplace(i * 2, std::string(1, 'x'));  // gaps
    std::string cmap = to_unicode_cmap(codes);
    CHECK(cmap.find("100 beginbfchar") != std::string::npos);
    CHECK(cmap.find("50 beginbfchar") != std::string::npos);
}

TEST_CASE("page labels collapse into ranges") {
    auto r = page_label_ranges({"i", "ii", "iii", "1", "2", "3", "A-1", "4"});
    REQUIRE(r.size() == 4);
    CHECK(r[0].start == 0);
    CHECK(r[0].style == 'r');
    CHECK(r[1].start == 3);
    CHECK(r[1].style == 'D');
    CHECK(r[1].first == 1);
    CHECK(r[2].style == 0);
    CHECK(r[2].prefix == "A-1");
    CHECK(r[3].style == 'D');
    CHECK(r[3].first == 4);
    auto plain = page_label_ranges({"3", "4", "5"});
    REQUIRE(plain.size() == 1);
    CHECK(plain[0].first == 3);
}

TEST_CASE("dates are UTC and independent of the time zone") {
    CHECK(pdf_date(0) == "D:19700101000000Z");
    CHECK(pdf_date(1667900000) == "D:20221108093320Z");
}

TEST_CASE("UTF-16BE hex for ActualText") {
    CHECK(utf16be_hex("A\xC3\xA9", true) == "FEFF004100E9");
    CHECK(utf16be_hex("\xF0\x9F\x98\x80", false) == "D83DDE00");
}

TEST_CASE("SHA-256 gives the standard digests; subset tags are six capitals from the key") {
    // FIPS 180-2 test vectors.
    CHECK(to_hex(sha256("abc"), 32) ==
          "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD");
    CHECK(to_hex(sha256(""), 32) ==
          "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855");
    const std::string million(1000000, 'a');
    CHECK(to_hex(sha256(million), 8) == "CDC76E5C9914FB92");
    // In two parts (the file /ID hashes the PDF and the timestamp without joining them).
    CHECK(sha256("ab", "c") == sha256("abc"));
    CHECK(sha256(million.substr(0, 123457), million.substr(123457)) == sha256(million));
    const std::string tag = subset_tag("NotoSerif-Regular,3,4,5");
    CHECK(tag.size() == 6);
    CHECK(std::all_of(tag.begin(), tag.end(), [](char c) { return c >= 'A' && c <= 'Z'; }));
    CHECK(tag == subset_tag("NotoSerif-Regular,3,4,5"));
    CHECK(tag != subset_tag("NotoSerif-Regular,3,4,6"));
}

TEST_CASE("the XMP packet states the identifier and the W3C date the EPUB's OPF states") {
    galley::doc::Metadata m;
    m.title = "Loomings";
    m.language = "en";
    m.identifier = "urn:isbn:9780142437247";
    m.date = "1851-10-18";
    const std::string xmp = xmp_packet(m, 0, "galley", "galley");
    CHECK(xmp.find("<dc:identifier>urn:isbn:9780142437247</dc:identifier>") != std::string::npos);
    CHECK(xmp.find("<dc:date><rdf:Seq><rdf:li>1851-10-18</rdf:li></rdf:Seq></dc:date>") !=
          std::string::npos);
    m.identifier = "a<b";
    m.date = "18 October 1851";  // shown on the page only, as in the OPF
    const std::string other = xmp_packet(m, 0, "galley", "galley");
    CHECK(other.find("<dc:identifier>a&lt;b</dc:identifier>") != std::string::npos);
    CHECK(other.find("<dc:date>") == std::string::npos);
    m.identifier.clear();
    CHECK(xmp_packet(m, 0, "galley", "galley").find("dc:identifier") == std::string::npos);
}
