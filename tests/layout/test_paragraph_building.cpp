// Paragraph building: lines within their measure, every word in order, hyphenation, bidi
// reordering, CJK breaks between characters, URLs broken at legal places, the dump.
#include <catch2/catch.hpp>

#include <set>

#include "LayoutTestSupport.hpp"
#include "base/Utf8.hpp"
#include "layout/Protrusion.hpp"

using namespace galley;
using namespace galley::layout;
using namespace galley::layout::testing;

namespace {

/// The text lines of all pages, in reading order.
std::vector<std::string> all_lines(const PagedDocument& paged) {
    std::vector<std::string> out;
    for (const Page& page : paged.pages) {
        for (const auto& line : text_lines(page)) out.push_back(line.text());
    }
    return out;
}

}  // namespace

TEST_CASE("no set line is wider than its measure and no glyph is .notdef") {
    style::StyleSheet style = justified_style();
    Diagnostics diagnostics;
    PagedDocument paged = lay_out(chapter_one(), style, &diagnostics);
    CHECK(diagnostics.count() == 0);
    std::size_t lines = 0;
    for (std::size_t p = 0; p < paged.pages.size(); ++p) {
        const Page& page = paged.pages[p];
        for (const LineInfo& line : page.lines) {
            ++lines;
            CHECK(line.width <= line.measure + 0.5);
        }
        // The glyphs themselves stay inside the text column.
        const double left =
            p % 2 == 0 ? style.page.margin_inner.value : style.page.margin_outer.value;
        const double right = style.page.width.value - (p % 2 == 0 ? style.page.margin_outer.value
                                                                  : style.page.margin_inner.value);
        // But for punctuation that hangs into the margin (protrusion), by its share of its
        // width.
        for (const FrameItem& item : page.items) {
            const auto* run = std::get_if<GlyphRun>(&item);
            if (run == nullptr) continue;
            for (const PlacedGlyph& g : run->glyphs) {
                CHECK(g.gid != 0);
                ProtrusionFactors hang;
                for (char32_t c :
                     std::u32string(U".,:;!?()-\u2010\u2013\u2014'"
                                    U"\u2018\u2019\"\u201C\u201D\u060C\u061B\u061F\u00AD\u2011"))
                    if (run->text_of(g) == to_utf8(std::u32string(1, c)))
                        hang = protrusion_factors(c);
                const double advance = g.advance * run->hscale;
                CHECK(run->x + g.x >= left - 0.5 - hang.start * advance);
                CHECK(run->x + g.x + advance <= right + 0.5 + hang.end * advance);
            }
        }
    }
    CHECK(lines > 150);
}

TEST_CASE("justified lines fill the measure; last lines keep natural spacing") {
    PagedDocument paged = lay_out(chapter_one(), justified_style());
    std::size_t full = 0, natural = 0;
    for (const Page& page : paged.pages) {
        for (const LineInfo& line : page.lines) {
            if (line.ratio != 0) {
                CHECK(line.width == Approx(line.measure).margin(0.01));
                ++full;
            } else {
                ++natural;
            }
        }
    }
    CHECK(full > 100);
    CHECK(natural > 10);  // title, byline, last lines of paragraphs
}

TEST_CASE("every word of every paragraph comes out in order") {
    doc::Document d = chapter_one();
    PagedDocument paged = lay_out(d, justified_style());
    std::string expected = d.meta.title + "By Herman Melville";
    for (const doc::Block& b : d.blocks) {
        expected += doc::plain_text(std::get<doc::Paragraph>(b.value).content);
    }
    CHECK(spells(all_lines(paged), expected));
}

TEST_CASE("narrow justified text is hyphenated with a real hyphen glyph") {
    style::StyleSheet style = justified_style();
    style.page.margin_inner = Pt{130};
    style.page.margin_outer = Pt{130};
    doc::Document d = chapter_one();
    PagedDocument paged = lay_out(d, style);
    auto lines = all_lines(paged);
    std::size_t hyphenated = 0;
    for (const std::string& line : lines) hyphenated += !line.empty() && line.back() == '-';
    CHECK(hyphenated > 5);
    // A line may end in a compound's own hyphen ("pier-|heads"): that hyphen's glyph stands
    // for the rest of the compound too ("-heads"), whose glyphs on the next line stand for
    // nothing, so the text reads "pier-heads" once, in order.
    std::size_t compounds = 0;
    for (const Page& page : paged.pages) {
        for (const FrameItem& item : page.items) {
            if (const auto* run = std::get_if<GlyphRun>(&item)) {
                for (const PlacedGlyph& g : run->glyphs) {
                    const std::string_view t = run->text_of(g);
                    compounds += t.size() > 1 && t[0] == '-';
                }
            }
        }
    }
    CHECK(compounds > 0);
    // The hyphen is a glyph of its own whose text is "-", so the text gives the word back
    // once the line-end hyphen is joined.
    std::string expected = d.meta.title + "By Herman Melville";
    for (const doc::Block& b : d.blocks) {
        expected += doc::plain_text(std::get<doc::Paragraph>(b.value).content);
    }
    CHECK(spells(lines, expected));
}

TEST_CASE("headings are neither hyphenated nor justified") {
    style::StyleSheet style = justified_style();
    style.page.margin_inner = Pt{150};
    style.page.margin_outer = Pt{150};
    doc::Document d;
    d.meta.language = "en";
    d.blocks.push_back(heading("Extraordinarily Circumambulating Metaphysical Considerations"));
    PagedDocument paged = lay_out(d, style);
    for (const LineInfo& line : paged.pages[0].lines) CHECK(line.ratio <= 0);
    for (const auto& line : text_lines(paged.pages[0])) CHECK(line.text().back() != '-');
}

TEST_CASE("a right-to-left paragraph is set from the right, words reordered per line") {
    auto texts = paragraphs(fixture("udhr-heb-preamble.txt"));
    doc::Document d;
    d.meta.language = "he";
    d.blocks.push_back(para(texts[1]));
    style::StyleSheet style = justified_style();
    PagedDocument paged = lay_out(d, style);
    auto lines = text_lines(paged.pages[0]);
    REQUIRE(lines.size() >= 2);
    // Each RTL run says its logical text; the paragraph's first word is the rightmost run of the
    // first line, and its second word is left of the first.
    // (Runs of the word spaces between the words say no text of their own.)
    std::vector<const GlyphRun*> first;
    for (const GlyphRun* run : lines[0].runs)
        if (!run->actual_text.empty()) first.push_back(run);
    REQUIRE(first.size() >= 2);
    const std::string word1 = texts[1].substr(0, texts[1].find(' '));
    std::size_t after = texts[1].find(' ') + 1;
    const std::string word2 = texts[1].substr(after, texts[1].find(' ', after) - after);
    CHECK(first.back()->actual_text == word1);
    CHECK(first[first.size() - 2]->actual_text == word2);
    // The text is right-aligned: the first word ends at the column's right edge.
    const GlyphRun& rightmost = *first.back();
    const double right_edge =
        rightmost.x + rightmost.glyphs.back().x + rightmost.glyphs.back().advance;
    CHECK(right_edge == Approx(style.page.width.value - style.page.margin_outer.value).margin(0.6));
    // Glyphs of a Hebrew run go right to left through the word: the last glyph is its first letter.
    CHECK(rightmost.text_of(rightmost.glyphs.back()) == word1.substr(0, 2));
    // Every word is there in logical order when each line's runs are read right to left.
    std::string logical;
    for (const auto& line : lines) {
        for (auto it = line.runs.rbegin(); it != line.runs.rend(); ++it)
            logical += (*it)->actual_text;
    }
    CHECK(logical == squeeze(texts[1]));
}

TEST_CASE("Chinese text without spaces breaks between characters and fills the measure") {
    auto texts = paragraphs(fixture("udhr-cmn-preamble.txt"));
    doc::Document d;
    d.meta.language = "zh-Hans";
    std::string text = texts[2] + texts[3];
    d.blocks.push_back(para(text));
    style::StyleSheet style = justified_style();
    Diagnostics diagnostics;
    PagedDocument paged = lay_out(d, style, &diagnostics);
    CHECK(diagnostics.count() == 0);
    const auto& infos = paged.pages[0].lines;
    REQUIRE(infos.size() >= 3);
    for (std::size_t i = 0; i + 1 < infos.size(); ++i) {
        CHECK(infos[i].width == Approx(infos[i].measure).margin(0.5));
    }
    auto lines = text_lines(paged.pages[0]);
    std::string joined;
    for (const auto& line : lines) joined += line.text();
    CHECK(joined == text);
    for (const auto& line : lines) {
        for (const GlyphRun* run : line.runs) {
            for (const PlacedGlyph& g : run->glyphs) CHECK(g.gid != 0);
        }
    }
}

TEST_CASE("a long URL breaks at a legal place and stays inside the measure") {
    const std::string url =
        "https://www.example.org/articles/2022/11/08/azerbaijan-marks-second-anniversary-of-"
        "victory-day/index.html?utm_source=newsletter&utm_medium=email";
    doc::Paragraph p;
    p.content.push_back(doc::Inline{doc::Text{"Read more at "}});
    p.content.push_back(doc::Inline{doc::Link{url, {doc::Inline{doc::Text{url}}}}});
    p.content.push_back(doc::Inline{doc::Text{" today."}});
    doc::Document d;
    d.meta.language = "en";
    doc::Block b;
    b.value = p;
    d.blocks.push_back(b);
    style::StyleSheet style = justified_style();
    for (double margin = 50; margin <= 110; margin += 10) {  // measures of 333 to 212 pt
        INFO("margins " << margin);
        style.page.margin_inner = Pt{margin};
        style.page.margin_outer = Pt{margin};
        PagedDocument paged = lay_out(d, style);
        const Page& page = paged.pages[0];
        for (const LineInfo& line : page.lines) CHECK(line.width <= line.measure + 0.5);
        auto lines = text_lines(page);
        REQUIRE(lines.size() >= 2);
        std::string joined;
        for (const auto& line : lines) joined += line.raw_text();
        CHECK(joined == "Read more at " + url + " today.");
        // Each line inside the URL ends after a separator or before a hyphen, never inside a
        // run of letters, nor after a hyphen (a reader would take it for a hyphenation).
        const std::set<char> separators = {'/', '.', '?', '&', '=', '_', '#'};
        for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
            std::string text = lines[i].text();
            if (text.find("https") == std::string::npos && i == 0) continue;
            const bool url_end = text.size() > 5 && text.compare(text.size() - 5, 5, "email") == 0;
            if (text.size() > 10 && text.back() != '.' && !url_end) {
                INFO("line " << text);
                CHECK((separators.count(text.back()) == 1 || lines[i + 1].text()[0] == '-'));
            }
        }
        // The link is clickable over all its glyphs: link areas on each line it spans.
        std::size_t areas = 0;
        for (const FrameItem& item : page.items) {
            if (const auto* link = std::get_if<LinkArea>(&item)) {
                CHECK(link->url == url);
                CHECK(link->width > 10);
                ++areas;
            }
        }
        CHECK(areas >= 2);
    }
}

TEST_CASE("structure: title, paragraphs, quotes and lists get their roles") {
    doc::Document d;
    d.meta.title = "Roles";
    d.meta.language = "en";
    d.blocks.push_back(para("First paragraph."));
    doc::Block quote;
    quote.value = doc::BlockQuote{{para("Quoted words.")}};
    d.blocks.push_back(quote);
    doc::Block list;
    list.value = doc::List{true, 1, {{para("Item one.")}, {para("Item two.")}}};
    d.blocks.push_back(list);
    doc::Block scene;
    scene.value = doc::SceneBreak{};
    d.blocks.push_back(scene);
    PagedDocument paged = lay_out(d, justified_style());
    std::vector<std::string> roles;
    for (const auto& element : paged.structure) roles.push_back(element.role);
    CHECK(roles == std::vector<std::string>{"H1", "P", "BlockQuote", "P", "L", "LI", "Lbl", "LBody",
                                            "P", "LI", "Lbl", "LBody", "P", "Div"});
    auto lines = text_lines(paged.pages[0]);
    REQUIRE(lines.size() == 6);
    CHECK(lines[2].text() == "Quoted words.");
    CHECK(lines[3].text() == "1.Item one.");
    CHECK(lines[4].text() == "2.Item two.");
    CHECK(lines[5].text() == "* * *");
    // The quote is indented, the list label hangs left of the item text.
    CHECK(lines[2].runs[0]->x > lines[1].runs[0]->x + 10);
    CHECK(role_of(paged, *lines[3].runs[0]) == "Lbl");
    CHECK(role_of(paged, *lines[3].runs[1]) == "P");
}

TEST_CASE("the dump shows pages, lines with ratios and runs with glyphs") {
    doc::Document d;
    d.meta.title = "Dump";
    d.meta.language = "en";
    d.blocks.push_back(para("Call me Ishmael."));
    PagedDocument paged = lay_out(d, justified_style());
    std::string text = dump(paged);
    CHECK(text.find("page 1 label \"1\" size 432x648") != std::string::npos);
    CHECK(text.find("line y=") != std::string::npos);
    CHECK(text.find("ratio=") != std::string::npos);
    CHECK(text.find("run NotoSerif-Regular 10.5 at ") != std::string::npos);
    CHECK(text.find("text \"Call me Ishmael.\"") != std::string::npos);
    CHECK(text.find("glyphs ") != std::string::npos);
    CHECK(text.find("outline level=0 page=1") != std::string::npos);
    // Same input, same dump.
    CHECK(dump(lay_out(d, justified_style())) == text);
}

TEST_CASE("no page ends with a hyphenated word") {
    doc::Document d = chapter_one();
    std::string expected = d.meta.title + "By Herman Melville";
    for (const doc::Block& b : d.blocks) {
        expected += doc::plain_text(std::get<doc::Paragraph>(b.value).content);
    }
    // Many narrow measures: many page ends, many hyphens.
    for (double margin = 100; margin <= 140; margin += 5) {
        style::StyleSheet style = justified_style();
        style.page.margin_inner = Pt{margin};
        style.page.margin_outer = Pt{margin};
        PagedDocument paged = lay_out(d, style);
        REQUIRE(paged.pages.size() > 5);
        std::vector<std::string> lines;
        std::vector<bool> page_end;
        for (const Page& page : paged.pages) {
            for (const auto& line : text_lines(page)) {
                lines.push_back(line.text());
                page_end.push_back(false);
            }
            page_end.back() = true;
        }
        // Text extraction joins hyphenated lines inside a page, never across a page break.
        INFO("margins " << margin);
        CHECK(spells(lines, expected, page_end));
    }
}

TEST_CASE("ragged-right text keeps natural spaces and still breaks evenly") {
    style::StyleSheet style = justified_style();
    style.body.align = style::Align::Left;
    PagedDocument paged = lay_out(chapter_one(), style);
    std::vector<double> widths;
    for (const Page& page : paged.pages) {
        for (const LineInfo& line : page.lines) {
            CHECK(line.ratio <= 0);
            CHECK(line.width <= line.measure + 0.5);
            if (line.measure > 300) widths.push_back(line.width / line.measure);
        }
    }
    // TeX's ragged-right items choose breaks as a whole: most lines come close to the measure.
    std::size_t full = 0;
    for (double w : widths) full += w > 0.85;
    CHECK(full > widths.size() * 8 / 10);
}

TEST_CASE("a paragraph's last line is never one short word (no runts)") {
    // Moby-Dick, chapter 89: at the default measure this paragraph once ended in "it." alone.
    doc::Document d;
    d.meta.language = "en";
    d.blocks.push_back(para("II. A Loose-Fish is fair game for anybody who can soonest catch it."));
    d.blocks.push_back(para("II. A Loose-Fish is fair game for anybody who can soonest catch it."));
    std::size_t paragraphs = 0;
    for (double margin = 30; margin <= 80; margin += 2) {
        style::StyleSheet style = justified_style();
        style.page.margin_inner = Pt{margin};
        style.page.margin_outer = Pt{margin};
        for (const style::Align align : {style::Align::Justify, style::Align::Left}) {
            style.body.align = align;
            const PagedDocument paged = lay_out(d, style);
            const auto lines = text_lines(paged.pages[0]);
            for (std::size_t i = 1; i < lines.size(); ++i) {
                if (lines[i].text().find("it.") == std::string::npos) continue;
                ++paragraphs;
                INFO("margins " << margin << ": " << lines[i - 1].text() << " / "
                                << lines[i].text());
                CHECK(lines[i].text() != "it.");
            }
        }
    }
    CHECK(paragraphs >= 50);
}
