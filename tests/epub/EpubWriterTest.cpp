#include <catch2/catch.hpp>

#include <regex>

#include "EpubTestSupport.hpp"
#include "base/Deflate.hpp"
#include "epub/EpubWriter.hpp"
#include "epub/OcfZip.hpp"

using namespace galley;
using namespace galley::epub;
using namespace galley::epub::test;

namespace {

std::string write(const doc::Document& d, long long timestamp = 1700000000,
                  Diagnostics* diags = nullptr) {
    text::FontCatalog fonts(fonts_dir());
    style::StyleSheet style;
    Diagnostics local;
    EpubOptions options;
    options.timestamp = timestamp;
    return write_epub(d, style, fonts, options, diags ? *diags : local);
}

std::string between(const std::string& s, const std::string& open, const std::string& close) {
    auto a = s.find(open);
    if (a == std::string::npos) return {};
    a += open.size();
    return s.substr(a, s.find(close, a) - a);
}

}  // namespace

TEST_CASE("mimetype is the first entry, stored, with no extra field") {
    std::string zip = write(moby_dick());
    REQUIRE(zip.size() > 38 + 20);
    CHECK(zip.substr(0, 4) == "PK\x03\x04");
    CHECK(zip[8] == 0);  // compression method 0 = stored
    CHECK(zip[9] == 0);
    CHECK(zip[26] == 8);  // file name length
    CHECK(zip[28] == 0);  // extra field length
    CHECK(zip.substr(30, 8) == "mimetype");
    CHECK(zip.substr(38, 20) == "application/epub+zip");
    std::vector<Entry> entries = read_zip(zip);
    REQUIRE(entries.size() >= 8);
    CHECK(entries[0].name == "mimetype");
    CHECK(entries[0].method == ZIP_CM_STORE);
    CHECK(entries[1].name == "META-INF/container.xml");
    CHECK(entries[1].bytes.find("full-path=\"EPUB/package.opf\"") != std::string::npos);
    for (std::size_t i = 1; i < entries.size(); ++i) CHECK(entries[i].method == ZIP_CM_DEFLATE);
}

TEST_CASE("entry times are the DOS form of the timestamp in UTC") {
    auto [t, d] = dos_time(1700000000);  // 2023-11-14T22:13:20Z
    CHECK(t == ((22u << 11) | (13u << 5) | 10u));
    CHECK(d == (((2023u - 1980u) << 9) | (11u << 5) | 14u));
    CHECK(dos_time(0) == dos_time(315532800));  // before 1980 clamps to 1980-01-01
    std::string zip = write(moby_dick());
    auto le16 = [&](std::size_t at) {
        return static_cast<unsigned>(static_cast<unsigned char>(zip[at])) |
               (static_cast<unsigned>(static_cast<unsigned char>(zip[at + 1])) << 8);
    };
    CHECK(le16(10) == t);
    CHECK(le16(12) == d);
}

TEST_CASE("the package states the metadata, accessibility and a manifest that matches the zip") {
    std::string zip = write(moby_dick());
    std::vector<Entry> entries = read_zip(zip);
    std::string opf = entry(entries, "EPUB/package.opf");
    REQUIRE(!opf.empty());
    CHECK(opf.find("<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" "
                   "unique-identifier=\"pub-id\"") != std::string::npos);
    CHECK(between(opf, "<dc:identifier id=\"pub-id\">", "<").rfind("urn:uuid:", 0) == 0);
    CHECK(opf.find("<dc:title id=\"pub-title\">Loomings</dc:title>") != std::string::npos);
    CHECK(opf.find("<dc:language>en</dc:language>") != std::string::npos);
    CHECK(
        opf.find("<dc:creator id=\"creator-1\">Herman Melville</dc:creator><meta "
                 "property=\"role\" refines=\"#creator-1\" scheme=\"marc:relators\">aut</meta>") !=
        std::string::npos);
    CHECK(opf.find("<dc:date>1851-10-18</dc:date>") != std::string::npos);
    CHECK(opf.find("<meta property=\"dcterms:modified\">2023-11-14T22:13:20Z</meta>") !=
          std::string::npos);
    for (const char* a : {"schema:accessMode\">textual", "schema:accessModeSufficient\">textual",
                          "schema:accessibilityFeature\">structuralNavigation",
                          "schema:accessibilityFeature\">tableOfContents",
                          "schema:accessibilityHazard\">none", "schema:accessibilitySummary\">"})
        CHECK(opf.find(a) != std::string::npos);
    CHECK(opf.find("<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" "
                   "properties=\"nav\"/>") != std::string::npos);
    CHECK(opf.find("<spine toc=\"ncx\"><itemref idref=\"title-page\"/><itemref idref=\"article\"/>"
                   "</spine>") != std::string::npos);
    // Every manifest item is in the zip and every file of the zip is in the manifest.
    std::regex item(R"re(<item id="[^"]+" href="([^"]+)" media-type="([^"]+)")re");
    std::size_t items = 0;
    for (auto it = std::sregex_iterator(opf.begin(), opf.end(), item); it != std::sregex_iterator();
         ++it) {
        ++items;
        std::string href = (*it)[1];
        CHECK(!entry(entries, "EPUB/" + href).empty());
        if (href.rfind("fonts/", 0) == 0)
            CHECK((*it)[2] == (href.ends_with(".otf") ? "font/otf" : "font/ttf"));
    }
    CHECK(items + 3 == entries.size());  // + mimetype, container.xml, package.opf
}

TEST_CASE("optional metadata appears only when present; a malformed date is left out") {
    doc::Document d = moby_dick();
    d.meta.description = "Ishmael goes to sea.";
    d.meta.publisher = "Harper & Brothers";
    d.meta.rights = "Public domain";
    d.meta.date = "October 1851";
    d.meta.identifier = "urn:isbn:9780142437247";
    d.meta.keywords = {"whaling", "Nantucket & sea"};
    Diagnostics diags;
    std::string opf = entry(read_zip(write(d, 1700000000, &diags)), "EPUB/package.opf");
    CHECK(opf.find("<dc:description>Ishmael goes to sea.</dc:description>") != std::string::npos);
    CHECK(opf.find("<dc:publisher>Harper &amp; Brothers</dc:publisher>") != std::string::npos);
    CHECK(opf.find("<dc:rights>Public domain</dc:rights>") != std::string::npos);
    // One dc:subject per keyword, in order.
    const std::size_t first = opf.find("<dc:subject>whaling</dc:subject>");
    CHECK(first != std::string::npos);
    CHECK(opf.find("<dc:subject>Nantucket &amp; sea</dc:subject>") > first);
    CHECK(opf.find("<dc:date>") == std::string::npos);
    CHECK(opf.find("<dc:identifier id=\"pub-id\">urn:isbn:9780142437247</dc:identifier>") !=
          std::string::npos);
    REQUIRE(diags.warnings().size() == 1);
    CHECK(diags.warnings()[0].message.find("October 1851") != std::string::npos);
    std::string plain = entry(read_zip(write(moby_dick())), "EPUB/package.opf");
    CHECK(plain.find("<dc:description>") == std::string::npos);
    CHECK(plain.find("<dc:publisher>") == std::string::npos);
    CHECK(plain.find("<dc:subject>") == std::string::npos);
}

TEST_CASE("the NCX uid is the OPF identifier") {
    for (const doc::Document& d : {moby_dick(), udhr_arabic()}) {
        std::vector<Entry> entries = read_zip(write(d));
        std::string id =
            between(entry(entries, "EPUB/package.opf"), "<dc:identifier id=\"pub-id\">", "<");
        REQUIRE(!id.empty());
        CHECK(between(entry(entries, "EPUB/toc.ncx"), "<meta name=\"dtb:uid\" content=\"", "\"") ==
              id);
    }
}

TEST_CASE("two writes give the same bytes; another timestamp changes only dates") {
    std::string a = write(moby_dick()), b = write(moby_dick());
    CHECK(a == b);
    std::string c = write(moby_dick(), 1800000000);
    CHECK(a != c);
    std::vector<Entry> ea = read_zip(a), ec = read_zip(c);
    REQUIRE(ea.size() == ec.size());
    for (std::size_t i = 0; i < ea.size(); ++i) {
        CHECK(ea[i].name == ec[i].name);
        if (ea[i].name == "EPUB/package.opf") {
            CHECK(ea[i].bytes != ec[i].bytes);
            std::regex modified("<meta property=\"dcterms:modified\">[^<]*</meta>");
            CHECK(std::regex_replace(ea[i].bytes, modified, "") ==
                  std::regex_replace(ec[i].bytes, modified, ""));
        } else {
            CHECK(ea[i].bytes == ec[i].bytes);
        }
    }
}

TEST_CASE("the identifier does not depend on the timestamp") {
    auto id = [](const std::string& zip) {
        return between(entry(read_zip(zip), "EPUB/package.opf"), "<dc:identifier id=\"pub-id\">",
                       "<");
    };
    CHECK(id(write(moby_dick(), 1)) == id(write(moby_dick(), 1800000000)));
}

TEST_CASE("fonts are the bundled faces the text needs, subset, and the CSS points at them") {
    std::vector<Entry> en = read_zip(write(moby_dick()));
    std::vector<std::string> fonts;
    for (const Entry& e : en)
        if (e.name.rfind("EPUB/fonts/", 0) == 0) fonts.push_back(e.name);
    // Regular text, <em> and <strong> each need their face.
    CHECK(std::find(fonts.begin(), fonts.end(), "EPUB/fonts/NotoSerif-Regular.ttf") != fonts.end());
    CHECK(std::find(fonts.begin(), fonts.end(), "EPUB/fonts/NotoSerif-Italic.ttf") != fonts.end());
    CHECK(std::find(fonts.begin(), fonts.end(), "EPUB/fonts/NotoSerif-Bold.ttf") != fonts.end());
    std::string regular = entry(en, "EPUB/fonts/NotoSerif-Regular.ttf");
    CHECK(regular.size() < read_file_size(fonts_dir() / "NotoSerif-Regular.ttf") / 4);
    std::string css = entry(en, "EPUB/styles/styles.css");
    CHECK(css.find("../fonts/NotoSerif-Regular.ttf") != std::string::npos);

    std::vector<Entry> ar = read_zip(write(udhr_arabic()));
    CHECK(!entry(ar, "EPUB/fonts/NotoNaskhArabic-Regular.ttf").empty());
    CHECK(entry(ar, "EPUB/styles/styles.css").find("../fonts/NotoNaskhArabic-Regular.ttf") !=
          std::string::npos);
}

TEST_CASE("a malformed language becomes und with a warning") {
    CHECK(is_language_tag("en"));
    CHECK(is_language_tag("zh-Hans"));
    CHECK(is_language_tag("de-CH-1996"));
    CHECK(!is_language_tag(""));
    CHECK(!is_language_tag("english please"));
    CHECK(!is_language_tag("e"));
    doc::Document d = moby_dick();
    d.meta.language = "english please";
    Diagnostics diags;
    std::vector<Entry> entries = read_zip(write(d, 1700000000, &diags));
    CHECK(entry(entries, "EPUB/package.opf").find("<dc:language>und</dc:language>") !=
          std::string::npos);
    CHECK(entry(entries, "EPUB/article.xhtml").find("lang=\"und\" xml:lang=\"und\"") !=
          std::string::npos);
    REQUIRE(diags.warnings().size() == 1);
    CHECK(diags.warnings()[0].message.find("english please") != std::string::npos);
}

TEST_CASE("entries deflated ahead of libzip read back whole, CRC checked, and stay deterministic") {
    std::string big;
    for (int i = 0; i < 20000; ++i)
        big += "line " + std::to_string(i * 7919 % 10007) + " of text\n";
    const std::vector<ZipEntry> in = {{"EPUB/empty.txt", ""},
                                      {"EPUB/one.txt", "x"},
                                      {"EPUB/big.txt", big},
                                      {"EPUB/bin.dat", std::string("\0\1\2\377\376", 5)}};
    const std::string zip = write_ocf("EPUB/package.opf", in, 1700000000);
    CHECK(write_ocf("EPUB/package.opf", in, 1700000000) == zip);
    std::vector<Entry> out = read_zip(zip);
    REQUIRE(out.size() == in.size() + 2);
    for (std::size_t i = 0; i < in.size(); ++i) {
        CHECK(out[i + 2].name == in[i].name);
        CHECK(out[i + 2].bytes == in[i].bytes);
        CHECK(out[i + 2].method == ZIP_CM_DEFLATE);
    }
    CHECK(zip.size() < big.size() / 3);  // really compressed
    // The central directory's CRC-32 of each entry is that of its content.
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* src = zip_source_buffer_create(zip.data(), zip.size(), 0, &error);
    zip_t* z = zip_open_from_source(src, ZIP_RDONLY, &error);
    REQUIRE(z != nullptr);
    for (std::size_t i = 0; i < in.size(); ++i) {
        zip_stat_t st;
        REQUIRE(zip_stat_index(z, i + 2, 0, &st) == 0);
        CHECK(st.crc == galley::crc32(in[i].bytes));
    }
    zip_close(z);
}
