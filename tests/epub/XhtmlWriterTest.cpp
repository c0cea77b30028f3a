#include <catch2/catch.hpp>

#include <tinyxml2.h>

#include "EpubTestSupport.hpp"
#include "epub/XhtmlWriter.hpp"
#include "epub/Xml.hpp"
#include "present/Labels.hpp"

using namespace galley;
using namespace galley::epub;
using namespace galley::epub::test;

namespace {

/// The article of `d` as one string (all files joined).
std::string article_of(const doc::Document& d, std::vector<TocEntry>* headings = nullptr,
                       std::size_t max_bytes = kMaxContentBytes) {
    style::StyleSheet style;
    Diagnostics diags;
    XhtmlWriter w(d, style, {}, diags);
    std::vector<TocEntry> h;
    std::string all;
    for (const ContentDocument& f : w.article(h, max_bytes)) all += f.xhtml;
    if (headings) *headings = h;
    return all;
}

bool well_formed(const std::string& xml) {
    tinyxml2::XMLDocument parsed;
    return parsed.Parse(xml.c_str(), xml.size()) == tinyxml2::XML_SUCCESS;
}

}  // namespace

TEST_CASE("text is escaped and mixed-content spaces survive around inline elements") {
    std::string x = article_of(moby_dick());
    CHECK(well_formed(x));
    CHECK(x.find("Call me <em>Ishmael</em>. Some years ago—never mind") != std::string::npos);
    CHECK(x.find("having <strong>little or no money</strong> in my purse &amp; nothing "
                 "&lt;particular&gt; to") != std::string::npos);
    CHECK(x.find(" <a href=\"https://www.gutenberg.org/ebooks/2701\">on shore</a>, I thought") !=
          std::string::npos);
    CHECK(x.find("Manhattoes,<br/>belted") != std::string::npos);
    // Characters are written as themselves, never as entity names.
    CHECK(x.find("&mdash;") == std::string::npos);
    CHECK(x.find("&nbsp;") == std::string::npos);
}

TEST_CASE("every document carries the XHTML namespace, lang, xml:lang and dir") {
    style::StyleSheet style;
    Diagnostics diags;
    for (const auto& [d, dir] :
         {std::pair{udhr_arabic(), "rtl"}, std::pair{udhr_hebrew(), "rtl"},
          std::pair{moby_dick(), "ltr"}, std::pair{udhr_japanese(), "ltr"}}) {
        XhtmlWriter w(d, style, {}, diags);
        std::vector<TocEntry> h;
        std::vector<ContentDocument> files = w.article(h);
        files.push_back(w.title_page());
        for (const ContentDocument& f : files) {
            std::string root =
                "<html xmlns=\"http://www.w3.org/1999/xhtml\" "
                "xmlns:epub=\"http://www.idpf.org/2007/ops\" lang=\"" +
                d.meta.language + "\" xml:lang=\"" + d.meta.language + "\" dir=\"" + dir + "\">";
            CHECK(f.xhtml.find(root) != std::string::npos);
            CHECK(f.xhtml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE html>", 0) ==
                  0);
        }
    }
}

TEST_CASE("headings keep their ids and levels; noindent follows starts, headings and breaks") {
    std::vector<TocEntry> headings;
    std::string x = article_of(moby_dick(), &headings);
    CHECK(x.find("<h2 id=\"h-1-chapter-1-loomings\">CHAPTER 1. Loomings.</h2><p class=\"noindent\">"
                 "Call me") != std::string::npos);
    CHECK(x.find("<p>There now is") != std::string::npos);
    CHECK(x.find("<h3 id=\"h-2-the-street\">The Street</h3>") != std::string::npos);
    CHECK(x.find("<ol start=\"3\"><li>Circumambulate the city of a dreamy Sabbath afternoon.</li>"
                 "<li><p class=\"noindent\">Go from") != std::string::npos);
    CHECK(x.find("<hr class=\"scene-break\"/><p class=\"noindent\">What do you see?</p>") !=
          std::string::npos);
    CHECK(x.find("<blockquote><p class=\"noindent\">Posted like") != std::string::npos);
    CHECK(x.find("</blockquote><p>But look!") != std::string::npos);
    REQUIRE(headings.size() == 2);
    CHECK(headings[0].level == 1);
    CHECK(headings[0].label == "CHAPTER 1. Loomings.");
    CHECK(headings[0].href == "article.xhtml#h-1-chapter-1-loomings");
    CHECK(headings[1].href == "article.xhtml#h-2-the-street");
}

TEST_CASE("ids that are not valid XML IDs or repeat are made valid and unique") {
    doc::Document d;
    d.meta.language = "en";
    d.blocks.push_back(heading(1, "One", "1 two"));
    d.blocks.push_back(heading(1, "Again", "1 two"));
    d.blocks.push_back(heading(1, "Empty", ""));
    std::vector<TocEntry> headings;
    std::string x = article_of(d, &headings);
    CHECK(x.find("<h2 id=\"h-1-two\">One</h2><h2 id=\"h-1-two-2\">Again</h2><h2 id=\"h\">") !=
          std::string::npos);
    CHECK(headings[1].href == "article.xhtml#h-1-two-2");
}

TEST_CASE("characters XML forbids are removed with a warning naming the line") {
    doc::Document d;
    d.meta.language = "en";
    d.meta.source = "a.txt";
    d.blocks.push_back(para({text(std::string("bell\x07 and form\x0c feed"))}, 42));
    style::StyleSheet style;
    Diagnostics diags;
    XhtmlWriter w(d, style, {}, diags);
    std::vector<TocEntry> h;
    std::string x = w.article(h).front().xhtml;
    CHECK(x.find("<p class=\"noindent\">bell and form feed</p>") != std::string::npos);
    REQUIRE(diags.warnings().size() == 1);
    CHECK(diags.warnings()[0].line == 42);
    CHECK(diags.warnings()[0].format().find("a.txt:42: warning: removed 2") == 0);
}

TEST_CASE("link targets are made valid URIs") {
    CHECK(uri_escape("https://example.org/a b?q=\"x\"&r=é") ==
          "https://example.org/a%20b?q=%22x%22&r=%C3%A9");
    CHECK(uri_escape("https://example.org/%41%zz") == "https://example.org/%41%25zz");
}

TEST_CASE("the title page holds the metadata with the style's selectors") {
    style::StyleSheet style;
    Diagnostics diags;
    doc::Document d = moby_dick();
    d.meta.authors.push_back("Ishmael");
    d.meta.dateline = "NANTUCKET —";
    XhtmlWriter w(d, style, {}, diags);
    ContentDocument t = w.title_page();
    CHECK(t.href == "title.xhtml");
    CHECK(t.xhtml.find(
              "<section class=\"titlepage\" epub:type=\"titlepage\"><h1 class=\"title\">"
              "Loomings</h1><p class=\"subtitle\">Chapter 1 of Moby-Dick; or, The Whale"
              "</p><p class=\"byline\">By Herman Melville and Ishmael</p><p class=\"dateline\">"
              "NANTUCKET —</p><p class=\"date\">18 October 1851</p></section>") !=
          std::string::npos);
}

TEST_CASE("a very long article is split at headings and heading hrefs follow their file") {
    doc::Document d;
    d.meta.language = "en";
    std::string words(900, 'x');
    for (int s = 0; s < 12; ++s) {
        d.blocks.push_back(heading(1, "Part " + std::to_string(s), "h-part-" + std::to_string(s)));
        for (int p = 0; p < 4; ++p) d.blocks.push_back(para({text(words)}));
    }
    style::StyleSheet style;
    Diagnostics diags;
    XhtmlWriter w(d, style, {}, diags);
    std::vector<TocEntry> headings;
    std::vector<ContentDocument> files = w.article(headings, 8000);
    REQUIRE(files.size() >= 3);
    CHECK(files[0].href == "article.xhtml");
    CHECK(files[1].href == "article-2.xhtml");
    REQUIRE(headings.size() == 12);
    for (const TocEntry& h : headings) {
        std::string file = h.href.substr(0, h.href.find('#'));
        std::string id = h.href.substr(h.href.find('#') + 1);
        int holders = 0;
        for (const ContentDocument& f : files)
            if (f.xhtml.find("id=\"" + id + "\"") != std::string::npos) {
                ++holders;
                CHECK(f.href == file);
            }
        CHECK(holders == 1);
    }
    for (const ContentDocument& f : files) {
        CHECK(well_formed(f.xhtml));
        CHECK(f.xhtml.size() < 8000 + 1000);
        // Every file after the first starts at a heading.
        if (f.href != "article.xhtml")
            CHECK(f.xhtml.find("<section epub:type=\"chapter\" role=\"doc-chapter\"><h2 ") !=
                  std::string::npos);
    }
}

TEST_CASE("the observer sees visible text with the style it is shown in") {
    style::StyleSheet style;
    style.headings[0].family = "sans";
    Diagnostics diags;
    std::vector<std::tuple<std::string, std::string, bool, bool>> seen;
    doc::Document d = moby_dick();
    XhtmlWriter w(
        d, style,
        [&](std::string_view t, const style::TextStyle& ts, bool b, bool i) {
            seen.emplace_back(std::string(t), ts.family, b, i);
        },
        diags);
    std::vector<TocEntry> h;
    w.article(h);
    CHECK(std::find(seen.begin(), seen.end(),
                    std::tuple<std::string, std::string, bool, bool>{"Ishmael", "serif", false,
                                                                     true}) != seen.end());
    CHECK(std::find(seen.begin(), seen.end(),
                    std::tuple<std::string, std::string, bool, bool>{"little or no money", "serif",
                                                                     true, false}) != seen.end());
    CHECK(std::find(seen.begin(), seen.end(),
                    std::tuple<std::string, std::string, bool, bool>{
                        "CHAPTER 1. Loomings.", "sans", style.headings[0].bold,
                        style.headings[0].italic}) != seen.end());
}

TEST_CASE("a link inside a link keeps its words but not a second <a>") {
    doc::Document d;
    d.meta.language = "en";
    doc::Link inner{"https://example.org/inner", {text("inner")}};
    doc::Link outer{"https://example.org/outer", {text("see "), doc::Inline{inner}}};
    d.blocks.push_back(para(
        {doc::Inline{outer}, text(" and "), doc::Inline{doc::Link{"mailto:a@example.org", {}}}}));
    std::string x = article_of(d);
    CHECK(x.find("<a href=\"https://example.org/outer\">see inner</a> and "
                 "<a href=\"mailto:a@example.org\">mailto:a@example.org</a>") != std::string::npos);
}

TEST_CASE("code blocks, inline code, strikethrough and tables become their HTML elements") {
    doc::Document d;
    d.meta.title = "T";
    d.meta.language = "en";
    d.blocks.push_back(
        {doc::Paragraph{{doc::Inline{doc::Text{"Use "}}, doc::Inline{doc::Code{"a < b && \"c\""}},
                         doc::Inline{doc::Strikethrough{{doc::Inline{doc::Text{"x"}}}}}}},
         1});
    d.blocks.push_back({doc::CodeBlock{"c++", "if (a < b)\n    return \"x\";"}, 2});
    d.blocks.push_back({doc::CodeBlock{"bad lang\"", "plain"}, 5});
    doc::Table t;
    t.columns = {doc::ColumnAlign::Default, doc::ColumnAlign::Right};
    t.head.push_back({{doc::TableCell{{doc::Inline{doc::Text{"a"}}}},
                       doc::TableCell{{doc::Inline{doc::Text{"b"}}}}}});
    t.body.push_back({{doc::TableCell{{doc::Inline{doc::Text{"1"}}}},
                       doc::TableCell{{doc::Inline{doc::Text{"2"}}}}}});
    d.blocks.push_back({t, 8});
    std::string x = article_of(d);
    CHECK(well_formed(x));
    CHECK(x.find("Use <code>a &lt; b &amp;&amp; \"c\"</code><del>x</del>") != std::string::npos);
    CHECK(
        x.find("<pre><code class=\"language-c++\">if (a &lt; b)\n    return \"x\";</code></pre>") !=
        std::string::npos);
    CHECK(x.find("<pre><code>plain</code></pre>") != std::string::npos);
    CHECK(x.find("<table><thead><tr><th scope=\"col\">a</th><th scope=\"col\" "
                 "class=\"align-right\">b</th></tr></thead><tbody><tr><td>1</td><td "
                 "class=\"align-right\">2</td></tr></tbody></table>") != std::string::npos);
}
