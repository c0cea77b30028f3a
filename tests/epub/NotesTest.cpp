// Notes in the EPUB (issue 11): noteref links, footnote asides after the block marking them,
// back links, and links that cross the files a long article is split into.
#include <catch2/catch.hpp>

#include <tinyxml2.h>

#include "epub/NoteLinks.hpp"
#include "epub/XhtmlWriter.hpp"

using namespace galley;
using namespace galley::epub;

namespace {

doc::Block para(doc::Inlines content) {
    return {doc::Paragraph{std::move(content)}, 1};
}
doc::Inline text(const std::string& t) {
    return {doc::Text{t}};
}
doc::Inline ref(std::size_t n) {
    return {doc::NoteRef{n}};
}

/// Made-up text: two paragraphs marking notes 1 and 2, the second marking note 1 again.
doc::Document two_notes() {
    doc::Document d;
    d.meta.title = "Notes";
    d.meta.language = "en";
    d.blocks.push_back(para({text("First"), ref(0), text(" paragraph.")}));
    d.blocks.push_back(para({text("Second"), ref(1), text(" and again"), ref(0), text(".")}));
    d.notes.push_back({{para({text("Note one.")})}, 5});
    d.notes.push_back({{para({text("Note two.")})}, 6});
    return d;
}

}  // namespace

TEST_CASE("a note mark is a noteref link; its aside follows the block that first marks it") {
    const doc::Document d = two_notes();
    style::StyleSheet style;
    Diagnostics diags;
    XhtmlWriter w(d, style, {}, diags);
    std::vector<TocEntry> h;
    const std::string x = w.article(h).front().xhtml;
    tinyxml2::XMLDocument parsed;
    CHECK(parsed.Parse(x.c_str(), x.size()) == tinyxml2::XML_SUCCESS);
    CHECK(x.find("<p class=\"noindent\">First<a epub:type=\"noteref\" role=\"doc-noteref\" "
                 "class=\"noteref\" href=\"#fn1\" id=\"fnref1\">1</a> paragraph.</p>"
                 "<aside epub:type=\"footnote\" role=\"doc-footnote\" class=\"footnote\" "
                 "id=\"fn1\"><p class=\"noindent\"><a role=\"doc-backlink\" href=\"#fnref1\">1."
                 "</a> Note one.</p></aside>") != std::string::npos);
    // The second mark of note 1 links to the same aside, with an id of its own.
    CHECK(x.find("href=\"#fn1\" id=\"fnref1-2\">1</a>.") != std::string::npos);
    CHECK(x.find("id=\"fn2\"><p class=\"noindent\"><a role=\"doc-backlink\" href=\"#fnref2\">2."
                 "</a> Note two.</p></aside>") != std::string::npos);
    // One aside per note.
    std::size_t asides = 0;
    for (std::size_t at = x.find("<aside"); at != std::string::npos; at = x.find("<aside", at + 1))
        ++asides;
    CHECK(asides == 2);
}

TEST_CASE("note links across split files name the file holding their target") {
    std::vector<ContentDocument> files = {
        {"article", "article.xhtml",
         "<p>A<a href=\"#fn1\" id=\"fnref1\">1</a></p><aside id=\"fn1\"><a "
         "href=\"#fnref1\">1.</a></aside>"},
        {"article-2", "article-2.xhtml",
         "<p>B<a href=\"#fn1\" id=\"fnref1-2\">1</a><a href=\"#h-1\">x</a></p>"}};
    relink_notes(files);
    CHECK(files[0].xhtml ==
          "<p>A<a href=\"#fn1\" id=\"fnref1\">1</a></p><aside id=\"fn1\"><a "
          "href=\"#fnref1\">1.</a></aside>");
    CHECK(files[1].xhtml ==
          "<p>B<a href=\"article.xhtml#fn1\" id=\"fnref1-2\">1</a><a href=\"#h-1\">x</a></p>");
}
