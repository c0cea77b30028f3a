// The Markdown reader: cmark-gfm's tree mapped onto the document model. Texts are made up for
// the tests unless marked otherwise.
#include <catch2/catch.hpp>

#include "base/Error.hpp"
#include "read/MarkdownReader.hpp"
#include "read/Reader.hpp"

using namespace galley::read;
namespace doc = galley::doc;

namespace {

struct Parsed {
    doc::Document document;
    galley::Diagnostics diagnostics;
    std::string dump() const { return doc::dump(document); }
    /// Every warning as "line: message".
    std::string warnings() const {
        std::string out;
        for (const auto& w : diagnostics.warnings())
            out += std::to_string(w.line) + ": " + w.message + "\n";
        return out;
    }
};

Parsed md(const std::string& text, const std::string& file = "post.md", ReadOptions options = {}) {
    Parsed p;
    p.document = parse_markdown(text, file, options, p.diagnostics);
    return p;
}

}  // namespace

TEST_CASE("Markdown: title from an opening level-1 heading; sections shifted to level 1") {
    Parsed p =
        md("# The Title\n\nIntro *text* and **more**.\n\n## Part one\n\nBody.\n\n"
           "### Detail\n\nx\n");
    CHECK(p.dump() ==
          "meta title: The Title\n"
          "meta language: en\n"
          "para: Intro _{text} and *{more}.\n"
          "heading 1 #h-1-part-one: Part one\n"
          "para: Body.\n"
          "heading 2 #h-2-detail: Detail\n"
          "para: x\n");
    CHECK(p.warnings().empty());
}

TEST_CASE("Markdown: without an opening heading the title is the file name in words") {
    Parsed p = md("Just a paragraph.\n\n# Later heading\n", "dir/my-first_post.md");
    CHECK(p.document.meta.title == "my first post");
    REQUIRE(p.document.blocks.size() == 2);
    CHECK(std::holds_alternative<doc::Heading>(p.document.blocks[1].value));
}

TEST_CASE("Markdown: code is verbatim, smart punctuation only in text") {
    Parsed p =
        md("# T\n\nShe said \"hi\" -- and `say \"hi\" -- ...` too.\n\n"
           "```python\nprint(\"hi\")  # it's -- ok...\n\n    indented\n```\n\n"
           "    indented \"code\" block\n");
    CHECK(p.dump() ==
          "meta title: T\n"
          "meta language: en\n"
          "para: She said \u201chi\u201d \u2013 and `{say \"hi\" -- ...} too.\n"
          "code python:\n"
          "  | print(\"hi\")  # it's -- ok...\n"
          "  | \n"
          "  |     indented\n"
          "code:\n"
          "  | indented \"code\" block\n");
}

TEST_CASE("Markdown: quotes around emphasis and code still open and close") {
    Parsed p = md("\"*Moby*\" and '`x`' and \"[a link](https://x.org)\".\n");
    CHECK(p.dump().find("para: \u201c_{Moby}\u201d and \u2018`{x}\u2019 and "
                        "\u201c<https://x.org|a link>\u201d.\n") != std::string::npos);
}

TEST_CASE("Markdown: autolinks keep their URL text as written") {
    // GFM leaves trailing punctuation out of an autolink: "..." is text again.
    Parsed p = md("See https://example.com/a--b/c?d=\"e\"x and www.example.org \"now\"...\n");
    CHECK(p.dump().find(
              "para: See <https://example.com/a--b/c?d=\"e\"x|https://example.com/a--b/c?d=\"e\"x> "
              "and <http://www.example.org|www.example.org> \u201cnow\u201d\u2026\n") !=
          std::string::npos);
}

TEST_CASE("Markdown: lists (nested, ordered with start), task items, quotes, breaks") {
    // (An ordered list not starting at 1 cannot interrupt a paragraph: hence the blank line.)
    Parsed p =
        md("- one\n- two\n\n  3. three\n  4. four\n\n"
           "* [ ] open\n* [x] done\n\n> quoted\n> text\n\n***\n\nend  \nline\n");
    CHECK(p.dump() ==
          "meta title: post\n"
          "meta language: en\n"
          "ulist:\n"
          "  item:\n"
          "    para: one\n"
          "  item:\n"
          "    para: two\n"
          "    olist 3:\n"
          "      item:\n"
          "        para: three\n"
          "      item:\n"
          "        para: four\n"
          "ulist:\n"
          "  item:\n"
          "    para: \u2610 open\n"
          "  item:\n"
          "    para: \u2611 done\n"
          "quote:\n"
          "  para: quoted text\n"
          "scene-break\n"
          "para: end\\nline\n");
}

TEST_CASE("Markdown: strikethrough") {
    Parsed p = md("a ~~b~~ c\n");
    CHECK(p.dump().find("para: a ~{b} c\n") != std::string::npos);
}

TEST_CASE("Markdown: raw HTML is dropped with a warning at its line, never passed through") {
    Parsed p =
        md("# T\n\n<div class=\"x\">\n<b>block</b>\n</div>\n\nText <span>inline</span> "
           "here.\n");
    CHECK(p.dump() ==
          "meta title: T\n"
          "meta language: en\n"
          "para: Text inline here.\n");
    CHECK(p.warnings() ==
          "3: dropped raw HTML '<div class=\"x\"> <b>block</b> </div>'\n"
          "7: dropped raw HTML '<span>'\n"
          "7: dropped raw HTML '</span>'\n");
}

TEST_CASE("Markdown: images that cannot be figures give their alt text and a warning why") {
    Parsed p =
        md("Text.\n\n![A whale](whale.png)\n\n![Map](https://x.org/m.jpg) "
           "![Logo](logo.svg)\n");
    CHECK(p.dump().find("para: A whale\npara: Map Logo\n") != std::string::npos);
    const std::string w = p.warnings();
    CHECK(w.find("3: image 'whale.png' not found") != std::string::npos);
    CHECK(w.find("5: image 'https://x.org/m.jpg' inside running text") != std::string::npos);
    CHECK(w.find("5: image 'logo.svg' inside running text") != std::string::npos);
}

TEST_CASE("Markdown: footnotes become notes numbered by first reference") {
    Parsed p = md("First[^b] and second[^a], again[^b].\n\n[^a]: Note A.\n[^b]: Note \"B\".\n");
    CHECK(p.dump() ==
          "meta title: post\n"
          "meta language: en\n"
          "para: First^{1} and second^{2}, again^{1}.\n"
          "note 1:\n"
          "  para: Note \u201cB\u201d.\n"
          "note 2:\n"
          "  para: Note A.\n");
    CHECK(p.warnings().empty());
}

TEST_CASE("Markdown: a note's own reference numbers after it") {
    Parsed p = md("Text[^x].\n\n[^x]: Outer[^y].\n[^y]: Inner.\n");
    CHECK(p.dump() ==
          "meta title: post\n"
          "meta language: en\n"
          "para: Text^{1}.\n"
          "note 1:\n"
          "  para: Outer^{2}.\n"
          "note 2:\n"
          "  para: Inner.\n");
    CHECK(p.warnings().empty());
}

TEST_CASE("Markdown: a footnote nothing references is reported with its line") {
    Parsed p = md(
        "Text[^a].\n\n[^a]: Used.\n\n[^Unused]: Dropped by the parser.\n\n```\n[^b]: code\n```\n");
    CHECK(p.document.notes.size() == 1);
    CHECK(p.warnings() ==
          "5: footnote 'Unused' is never referenced: the Markdown parser drops its text\n");
}

TEST_CASE("Markdown: notes defined before the text that marks them follow their marks") {
    Parsed p =
        md("[^late]: Defined first.\n\nOne[^early] two[^late].\n\n[^early]: Defined last.\n");
    CHECK(p.dump().find("note 1:\n  para: Defined last.\nnote 2:\n  para: Defined first.\n") !=
          std::string::npos);
}

TEST_CASE("Markdown: a long footnote keeps all its paragraphs") {
    Parsed p = md("A[^long].\n\n[^long]: One.\n\n    Two.\n");
    CHECK(p.dump().find("note 1:\n  para: One.\n  para: Two.\n") != std::string::npos);
}

TEST_CASE("Markdown: front matter gives metadata and never reaches the body") {
    Parsed p =
        md("---\ntitle: \"Given\"\nauthor: Ann Smith\ndate: 2024-03-01\nlang: de\n---\n\n"
           "# Given\n\nEr sagte \"ja\".\n\n<i>x</i>\n");
    CHECK(p.dump() ==
          "meta title: Given\n"
          "meta author: Ann Smith\n"
          "meta date: 2024-03-01\n"
          "meta date-text: 2024-03-01\n"
          "meta language: de\n"
          "para: Er sagte \u201eja\u201c.\n"
          "para: x\n");
    // Line numbers stay those of the file.
    CHECK(p.warnings().find("12: dropped raw HTML '<i>'") != std::string::npos);
}

TEST_CASE("Markdown: a heading that differs from the given title stays a heading") {
    ReadOptions options;
    options.meta["title"] = "From the command line";
    Parsed p = md("# Own heading\n\ntext\n", "post.md", options);
    CHECK(p.document.meta.title == "From the command line");
    REQUIRE(p.document.blocks.size() == 2);
    CHECK(std::holds_alternative<doc::Heading>(p.document.blocks[0].value));
}

TEST_CASE("Markdown: the language is detected from the prose, not the code") {
    Parsed p =
        md("Der Wal ist ein großes Tier, und die Männer auf dem Schiff haben ihn "
           "gesehen. Sie sind nicht mehr jung.\n\n```\nfor (int i = 0; i < n; ++i) "
           "return the value of this and that;\n```\n");
    CHECK(p.document.meta.language == "de");
}

TEST_CASE("Markdown: malformed front matter is an error naming the line") {
    CHECK_THROWS_AS(md("---\ntitle: [unclosed\n---\n\ntext\n"), galley::Error);
}

TEST_CASE("Markdown files are chosen by extension unless the format is given") {
    CHECK(is_markdown_path("a/b.md"));
    CHECK(is_markdown_path("B.MARKDOWN"));
    CHECK_FALSE(is_markdown_path("b.txt"));
    CHECK_FALSE(is_markdown_path("md"));
    CHECK(format_for("x.md", InputFormat::Auto) == InputFormat::Markdown);
    CHECK(format_for("x.md", InputFormat::Text) == InputFormat::Text);
    CHECK(format_for("x.txt", InputFormat::Auto) == InputFormat::Text);
    CHECK(format_for("x.txt", InputFormat::Markdown) == InputFormat::Markdown);
}

TEST_CASE("Markdown: GFM tables keep header, cells with inlines and column alignment") {
    Parsed p =
        md("| tool | \"what\" | cost |\n|:-----|:------:|-----:|\n| `tr` | maps \"chars\" | "
           "linear |\n| *sort* | orders |\n");
    CHECK(p.dump() ==
          "meta title: post\n"
          "meta language: en\n"
          "table: left center right\n"
          "  head: tool | \u201cwhat\u201d | cost\n"
          "  row: `{tr} | maps \u201cchars\u201d | linear\n"
          "  row: _{sort} | orders | \n");
    CHECK(p.warnings().empty());
}

TEST_CASE("Markdown: links to files or places outside the web keep their words as text") {
    Parsed p =
        md("See [the guide](docs/guide.md), [part two](#part-two), "
           "[a script](javascript:alert(1)) and [the site](HTTPS://x.org).\n");
    CHECK(
        p.dump().find("para: See the guide, part two, a script and <HTTPS://x.org|the site>.\n") !=
        std::string::npos);
    CHECK(p.warnings() ==
          "1: link to 'docs/guide.md' kept as text (not a web address)\n"
          "1: link to 'javascript:alert(1)' kept as text (not a web address)\n");
}
