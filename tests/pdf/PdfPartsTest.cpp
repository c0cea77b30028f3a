// Unit tests of the PDF writer's pure parts: ToUnicode CMaps, page labels, dates, UTF-16, hashes,
// content-stream numbers and glyph strings.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "pdf/ContentBuilder.hpp"
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

TEST_CASE("content-stream numbers: shortest form, three decimals, no locale") {
    auto number = [](double v) {
        std::string out;
        append_number(out, v);
        return out;
    };
    CHECK(number(0) == "0");
    CHECK(number(-0.0) == "0");
    CHECK(number(0.0004) == "0");
    CHECK(number(-0.0004) == "0");
    CHECK(number(0.5) == ".5");
    CHECK(number(-0.5) == "-.5");
    CHECK(number(-0.016) == "-.016");
    CHECK(number(12) == "12");
    CHECK(number(100) == "100");
    CHECK(number(585.6) == "585.6");
    CHECK(number(-247.1426) == "-247.143");
    CHECK(number(1.9996) == "2");
    CHECK(number(0.0006) == ".001");
}

TEST_CASE("glyph codes as literal strings read back as the same two bytes") {
    // A reader's view of a literal string body (no nested parentheses: every one is escaped),
    // as in PDF 32000-1 7.3.4.2: an unescaped end-of-line would be read as a line feed.
    auto read_back = [](const std::string& body, std::string& bytes) {
        bytes.clear();
        for (std::size_t i = 0; i < body.size(); ++i) {
            char c = body[i];
            if (c == '(' || c == ')' || c == '\r') return false;
            if (c != '\\') {
                bytes += c;
                continue;
            }
            if (++i >= body.size()) return false;
            switch (body[i]) {
                case 'n':
                    bytes += '\n';
                    break;
                case 'r':
                    bytes += '\r';
                    break;
                case '(':
                case ')':
                case '\\':
                    bytes += body[i];
                    break;
                default:
                    return false;
            }
        }
        return true;
    };
    std::string body, bytes;
    std::size_t escaped = 0;
    for (unsigned code = 0; code <= 0xFFFF; ++code) {
        body.clear();
        append_code(body, code);
        REQUIRE(read_back(body, bytes));
        REQUIRE(bytes.size() == 2);
        CHECK(static_cast<unsigned char>(bytes[0]) == code >> 8);
        CHECK(static_cast<unsigned char>(bytes[1]) == (code & 0xFF));
        if (body.size() > 2) ++escaped;
    }
    // Codes with a (, ), \, CR or LF byte take an escape; the others stay two bytes.
    CHECK(escaped == 65536 - 251 * 251);
    body.clear();
    append_code(body, 0x2829);
    CHECK(body == "\\(\\)");
    body.clear();
    append_code(body, 0x0D5C);
    CHECK(body == "\\r\\\\");
}
