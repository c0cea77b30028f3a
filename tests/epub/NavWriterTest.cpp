#include <catch2/catch.hpp>

#include "epub/NavWriter.hpp"

using namespace galley;
using namespace galley::epub;

namespace {

Navigation sample() {
    Navigation nav;
    nav.identifier = "urn:uuid:1b4db7eb-4057-5ddf-91e0-36dec72071f5";
    nav.title = "Cetology";
    nav.authors = {"Herman Melville"};
    nav.language = "en";
    nav.title_href = "title.xhtml";
    nav.start_href = "article.xhtml";
    nav.headings = {{1, "BOOK I. (Folio)", "article.xhtml#a"},
                    {3, "CHAPTER I. (Sperm Whale)", "article.xhtml#b"},
                    {2, "CHAPTER II. (Right Whale)", "article-2.xhtml#c"},
                    {1, "", "article-2.xhtml#empty"},
                    {1, "BOOK II. (Octavo)", "article-2.xhtml#d"}};
    nav.labels = present::labels_for("en");
    return nav;
}

}  // namespace

TEST_CASE("headings nest by level under the title; a skipped level nests one deeper") {
    TocNode root = toc_tree(sample());
    CHECK(root.label == "Cetology");
    CHECK(root.href == "title.xhtml");
    REQUIRE(root.children.size() == 2);
    CHECK(root.children[0].label == "BOOK I. (Folio)");
    REQUIRE(root.children[0].children.size() == 2);
    CHECK(root.children[0].children[0].label == "CHAPTER I. (Sperm Whale)");
    CHECK(root.children[0].children[1].href == "article-2.xhtml#c");
    CHECK(root.children[1].label == "BOOK II. (Octavo)");
}

TEST_CASE("nav.xhtml has a toc nav and hidden landmarks for the title page and the text") {
    std::string x = write_nav(sample(), style::StyleSheet{}, {});
    CHECK(x.find("<nav epub:type=\"toc\" id=\"toc\" role=\"doc-toc\"><h1>Contents</h1><ol><li>"
                 "<a href=\"title.xhtml\">Cetology</a><ol><li><a href=\"article.xhtml#a\">BOOK I. "
                 "(Folio)</a><ol><li>") != std::string::npos);
    CHECK(x.find("<nav epub:type=\"landmarks\" id=\"landmarks\" hidden=\"hidden\">") !=
          std::string::npos);
    CHECK(x.find("<a epub:type=\"titlepage\" href=\"title.xhtml\">Title page</a>") !=
          std::string::npos);
    CHECK(x.find("<a epub:type=\"bodymatter\" href=\"article.xhtml\">Start of text</a>") !=
          std::string::npos);
    CHECK(x.find("#empty") == std::string::npos);
}

TEST_CASE("labels follow the language, and English fallbacks are marked as English") {
    Navigation nav = sample();
    nav.language = "de";
    nav.labels = present::labels_for("de");
    CHECK(write_nav(nav, style::StyleSheet{}, {}).find("<h1>Inhalt</h1>") != std::string::npos);
    nav.language = "sw";
    nav.labels = present::labels_for("sw");
    CHECK(write_nav(nav, style::StyleSheet{}, {})
              .find("<h1 lang=\"en\" xml:lang=\"en\">Contents</h1>") != std::string::npos);
    nav.language = "ug";  // Uyghur: right to left, no labels of its own
    nav.labels = present::labels_for("ug");
    CHECK(write_nav(nav, style::StyleSheet{}, {})
              .find("<h1 lang=\"en\" xml:lang=\"en\" dir=\"ltr\">Contents</h1>") !=
          std::string::npos);
}

TEST_CASE("toc.ncx carries the uid, depth and nested navPoints in play order") {
    std::string x = write_ncx(sample());
    CHECK(
        x.find("<meta name=\"dtb:uid\" content=\"urn:uuid:1b4db7eb-4057-5ddf-91e0-36dec72071f5\"/>"
               "<meta name=\"dtb:depth\" content=\"3\"/>") != std::string::npos);
    CHECK(x.find("<docTitle><text>Cetology</text></docTitle><docAuthor><text>Herman Melville"
                 "</text></docAuthor>") != std::string::npos);
    CHECK(x.find("<navPoint id=\"navpoint-1\" playOrder=\"1\"><navLabel><text>Cetology</text>"
                 "</navLabel><content src=\"title.xhtml\"/><navPoint id=\"navpoint-2\" "
                 "playOrder=\"2\">") != std::string::npos);
    CHECK(x.find("playOrder=\"5\"><navLabel><text>BOOK II. (Octavo)") != std::string::npos);
    CHECK(x.find("playOrder=\"6\"") == std::string::npos);
}

TEST_CASE("a book with a cover lists it first among the landmarks, in the book's language") {
    Navigation nav = sample();
    std::string x = write_nav(nav, style::StyleSheet{}, {});
    CHECK(x.find("epub:type=\"cover\"") == std::string::npos);
    nav.cover_href = "cover.xhtml";
    x = write_nav(nav, style::StyleSheet{}, {});
    const std::size_t cover = x.find("<a epub:type=\"cover\" href=\"cover.xhtml\">Cover</a>");
    CHECK(cover != std::string::npos);
    CHECK(cover < x.find("epub:type=\"titlepage\""));
    nav.language = "ja";
    nav.labels = present::labels_for("ja");
    CHECK(write_nav(nav, style::StyleSheet{}, {}).find("href=\"cover.xhtml\">表紙</a>") !=
          std::string::npos);
}
