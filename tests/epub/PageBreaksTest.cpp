// Print page markers in the EPUB (issue 15): placed before the word a page starts with, listed in
// a page-list nav and the NCX, the pagination source in the package; none without a page list.
#include <catch2/catch.hpp>

#include <regex>

#include "EpubTestSupport.hpp"
#include "epub/EpubWriter.hpp"
#include "epub/PageBreaks.hpp"
#include "epub/Xml.hpp"

using namespace galley;
using namespace galley::epub;
using namespace galley::epub::test;

namespace {

/// `xhtml` (one element) with a marker inserted at (word, offset) in it, printed back.
std::string mark(const std::string& xhtml, std::uint32_t word, std::uint32_t offset = 0) {
    tinyxml2::XMLDocument xml;
    REQUIRE(xml.Parse(xhtml.c_str()) == tinyxml2::XML_SUCCESS);
    insert_at_word(xml.RootElement(), word, offset, xml.NewElement("m"));
    return print_xml(xml);
}

std::string write(const doc::Document& d, const present::PageList* pages) {
    text::FontCatalog fonts(fonts_dir());
    style::StyleSheet style;
    Diagnostics diagnostics;
    EpubOptions options;
    options.timestamp = 1700000000;
    options.page_list = pages;
    return write_epub(d, style, fonts, options, diagnostics);
}

present::PageMark page(std::string label, int block, std::uint32_t word, bool known = true) {
    present::PageMark m;
    m.label = std::move(label);
    m.position.block = block;
    m.position.word = word;
    m.known = known;
    return m;
}

int count(const std::string& s, const std::string& what) {
    int n = 0;
    for (std::size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("a marker goes before the word, across inline elements", "[page-breaks]") {
    const std::string p = "<p>Call <em>me</em> Ishmael. Some</p>";
    CHECK(mark(p, 0) == "<p><m/>Call <em>me</em> Ishmael. Some</p>");
    CHECK(mark(p, 1) == "<p>Call <em><m/>me</em> Ishmael. Some</p>");
    CHECK(mark(p, 2) == "<p>Call <em>me</em> <m/>Ishmael. Some</p>");
    CHECK(mark(p, 3) == "<p>Call <em>me</em> Ishmael. <m/>Some</p>");
    CHECK(mark(p, 9) == "<p>Call <em>me</em> Ishmael. Some<m/></p>");  // past the end
    // A line break separates words as a space does; a note mark glued to a word is that word.
    CHECK(mark("<p>one<br/>two</p>", 1) == "<p>one<br/><m/>two</p>");
    CHECK(mark("<p>word<a>1</a> next</p>", 1) == "<p>word<a>1</a> <m/>next</p>");
}

TEST_CASE("a page starting inside a word: at the character in spaceless scripts only",
          "[page-breaks]") {
    CHECK(mark("<p>吾輩は猫である。</p>", 0, 3) == "<p>吾輩は<m/>猫である。</p>");
    CHECK(mark("<p>a informa<em>tion</em></p>", 1, 7) == "<p>a <m/>informa<em>tion</em></p>");
}

TEST_CASE("page markers, page-list nav, NCX pageList and source in the EPUB", "[page-breaks]") {
    doc::Document d;
    d.meta.title = "Loomings";
    d.meta.language = "en";
    d.blocks.push_back(para({test::text("Call me Ishmael. Some years ago")}));
    d.blocks.push_back(para({test::text("never mind how long precisely")}));
    present::PageList pages;
    pages.source = "urn:x (PDF, style classic)";
    pages.pages = {page("1", -1, 0), page("2", 0, 3), page("3", 0, 0, false), page("4", 1, 2),
                   page("5", 0, 0, false)};
    const auto entries = read_zip(write(d, &pages));
    const std::string title = entry(entries, "EPUB/title.xhtml");
    const std::string article = entry(entries, "EPUB/article.xhtml");
    CHECK(count(title, "epub:type=\"pagebreak\"") == 1);
    CHECK(title.find(
              R"(<span epub:type="pagebreak" role="doc-pagebreak" id="page-1" aria-label="1"/>)") !=
          std::string::npos);
    // Page 2 before "Some"; page 3 has no text of its own: where page 4 starts, before "how";
    // page 5 (none after it): at the end.
    CHECK(
        article.find(
            R"(Ishmael. <span epub:type="pagebreak" role="doc-pagebreak" id="page-2" aria-label="2"/>Some)") !=
        std::string::npos);
    CHECK(
        article.find(
            R"(mind <span epub:type="pagebreak" role="doc-pagebreak" id="page-3" aria-label="3"/><span epub:type="pagebreak" role="doc-pagebreak" id="page-4" aria-label="4"/>how)") !=
        std::string::npos);
    CHECK(article.find(R"(aria-label="5"/></section>)") != std::string::npos);
    const std::string nav = entry(entries, "EPUB/nav.xhtml");
    CHECK(
        nav.find(
            R"(<nav epub:type="page-list" id="page-list" role="doc-pagelist" hidden="hidden"><h2>Pages</h2><ol><li><a href="title.xhtml#page-1">1</a></li><li><a href="article.xhtml#page-2">2</a></li>)") !=
        std::string::npos);
    CHECK(count(nav, "<li><a href=\"") == 1 + 5);  // the toc's title entry and the 5 pages
    const std::string ncx = entry(entries, "EPUB/toc.ncx");
    CHECK(count(ncx, "<pageTarget ") == 5);
    CHECK(ncx.find(R"(<pageTarget id="pagetarget-2" type="normal" value="2" playOrder="3">)") !=
          std::string::npos);
    CHECK(ncx.find(R"(<meta name="dtb:totalPageCount" content="5"/>)") != std::string::npos);
    CHECK(ncx.find(R"(<meta name="dtb:maxPageNumber" content="5"/>)") != std::string::npos);
    const std::string opf = entry(entries, "EPUB/package.opf");
    CHECK(opf.find(R"(<dc:source id="page-source">urn:x (PDF, style classic)</dc:source>)") !=
          std::string::npos);
    CHECK(opf.find(R"(<meta property="source-of" refines="#page-source">pagination</meta>)") !=
          std::string::npos);
    CHECK(opf.find("pageBreakMarkers") != std::string::npos);
}

TEST_CASE("without a page list the EPUB is as before", "[page-breaks]") {
    const doc::Document d = moby_dick();
    present::PageList empty;
    CHECK(write(d, nullptr) == write(d, &empty));
    const auto entries = read_zip(write(d, nullptr));
    for (const auto& e : entries) CHECK(e.bytes.find("pagebreak") == std::string::npos);
    CHECK(entry(entries, "EPUB/nav.xhtml").find("page-list") == std::string::npos);
    CHECK(entry(entries, "EPUB/package.opf").find("dc:source") == std::string::npos);
}

TEST_CASE("page labels in roman numerals are front matter in the NCX", "[page-breaks]") {
    tinyxml2::XMLDocument xml;
    tinyxml2::XMLElement* ncx = add_element(&xml, "ncx");
    int order = 4;
    write_ncx_page_list(ncx, {{"iv", "a.xhtml#page-1"}, {"12", "a.xhtml#page-2"}}, "en", order);
    const std::string out = print_xml(xml);
    CHECK(out.find(R"(<pageTarget id="pagetarget-1" type="front" playOrder="4">)") !=
          std::string::npos);
    CHECK(out.find(R"(<pageTarget id="pagetarget-2" type="normal" value="12" playOrder="5">)") !=
          std::string::npos);
    CHECK(order == 6);
    CHECK(max_page_number({{"iv", ""}, {"12", ""}, {"3", ""}}) == 12);
}
