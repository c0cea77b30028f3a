// Small rules a typographer expects (issue 12 point 3): display titles and headings of two lines
// or more are balanced and broken before function words, a right-to-left contents entry stands
// at the right edge with its page number at the left and leaders between, part pages carry no
// folio.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "LayoutTestSupport.hpp"
#include "layout/BalancedLines.hpp"
#include "layout/BookLayout.hpp"
#include "layout/ParagraphBuilder.hpp"

using namespace galley;
using namespace galley::layout;
using namespace galley::layout::testing;

namespace {

/// The text of each set line (word spaces included) and its width.
struct Shown {
    std::vector<std::string> texts;
    std::vector<double> widths;
};

Shown show(const std::vector<SetLine>& lines) {
    Shown out;
    for (const SetLine& line : lines) {
        std::string text;
        for (const FrameItem& item : line.items)
            if (const auto* run = std::get_if<GlyphRun>(&item)) text += run_text(*run);
        while (!text.empty() && text.back() == ' ') text.pop_back();
        out.texts.push_back(text);
        out.widths.push_back(line.info.width);
    }
    return out;
}

std::vector<SetLine> title(const std::string& text, double measure, bool balance,
                           const std::string& language = "en") {
    static Diagnostics diagnostics;
    static ParagraphBuilder builder(fonts(), diagnostics, "title.txt");
    style::StyleSheet style;
    ParagraphSpec spec = spec_for(style.title, language, style::Align::Center, measure);
    spec.balance = balance;
    return builder.build(StyledText::plain(text, style.title.bold, style.title.italic), spec);
}

bool ends_with_word(const std::string& line, const std::string& word) {
    return line.size() >= word.size() + 1 &&
           line.compare(line.size() - word.size(), word.size(), word) == 0 &&
           line[line.size() - word.size() - 1] == ' ';
}

}  // namespace

TEST_CASE("function words by language") {
    CHECK(is_function_word("The", "en"));
    CHECK(is_function_word("of", "en-GB"));
    CHECK_FALSE(is_function_word("Whale", "en"));
    CHECK(is_function_word("der", "de"));
    CHECK(is_function_word("für", "de-CH"));
    CHECK(is_function_word("les", "fr"));
    CHECK(is_function_word("del", "es"));
    CHECK_FALSE(is_function_word("the", "ja"));  // no list: no function words
}

TEST_CASE("a two-line title is balanced and breaks after its number, not after 'The'") {
    int two_lines = 0;
    for (double measure : {130.0, 145.0, 160.0, 175.0}) {
        INFO("measure " << measure);
        const Shown plain = show(title("CHAPTER 54. The Town-Ho's Story.", measure, false));
        const Shown balanced = show(title("CHAPTER 54. The Town-Ho's Story.", measure, true));
        REQUIRE(balanced.texts.size() == plain.texts.size());  // as many lines
        if (balanced.texts.size() != 2) continue;
        ++two_lines;
        INFO(balanced.texts[0] << " / " << balanced.texts[1]);
        CHECK(balanced.texts[0] == "CHAPTER 54.");
        for (double w : balanced.widths) CHECK(w <= measure + 0.5);
    }
    CHECK(two_lines >= 2);
}

TEST_CASE("a long title's lines come out of similar length, no line ending in a function word") {
    const std::string text =
        "The Whiteness of the Whale and the Story of the Ship That Sailed Around the World";
    for (double measure : {150.0, 200.0}) {
        INFO("measure " << measure);
        const Shown plain = show(title(text, measure, false));
        const Shown balanced = show(title(text, measure, true));
        REQUIRE(plain.texts.size() >= 2);
        REQUIRE(balanced.texts.size() == plain.texts.size());
        // No line left much shorter than the others (the plain setting's last line often is).
        const double shortest = *std::min_element(balanced.widths.begin(), balanced.widths.end());
        const double longest = *std::max_element(balanced.widths.begin(), balanced.widths.end());
        CHECK(shortest >=
              *std::min_element(plain.widths.begin(), plain.widths.end()) - 0.05 * measure);
        CHECK(shortest >= 0.6 * longest);
        for (const std::string& line : balanced.texts) {
            INFO(line);
            for (const char* word : {"the", "of", "and", "The", "That"})
                CHECK_FALSE(ends_with_word(line, word));
        }
    }
}

TEST_CASE("one-line titles and body text are not touched by balancing") {
    const Shown one = show(title("Loomings", 300, true));
    CHECK(one.texts == std::vector<std::string>{"Loomings"});
}

namespace {

doc::Document article(const std::string& title, const std::string& language,
                      const std::string& fixture_name) {
    const std::vector<std::string> text = paragraphs(fixture(fixture_name));
    doc::Document d;
    d.meta.title = title;
    d.meta.language = language;
    d.meta.source = title + ".txt";
    for (std::size_t i = 1; i < text.size() && i <= 3; ++i) d.blocks.push_back(para(text[i]));
    return d;
}

/// The glyph runs of a page's line at baseline `y` (content, or artifacts).
std::vector<const GlyphRun*> runs_at(const Page& page, double y, bool artifact) {
    std::vector<const GlyphRun*> out;
    for (const FrameItem& item : page.items) {
        const auto* run = std::get_if<GlyphRun>(&item);
        if (run != nullptr && std::abs(run->y - y) < 0.5 && (run->structure < 0) == artifact &&
            !run->glyphs.empty())
            out.push_back(run);
    }
    return out;
}

double right_of(const GlyphRun& run) {
    return run.x + run.glyphs.back().x + run.glyphs.back().advance;
}

}  // namespace

TEST_CASE("contents: a right-to-left entry at the right edge, its number at the left, leaders") {
    present::BookInfo info;
    info.meta.title = "Declarations";
    info.meta.language = "en";
    info.meta.source = "book.toml";
    std::vector<present::BookPart> parts;
    parts.push_back({"Part One",
                     {article("Moby-Dick", "en", "moby-dick-chapter-1.txt"),
                      article("\u05d4\u05db\u05e8\u05d6\u05d4", "he", "udhr-heb-preamble.txt")}});
    Diagnostics diagnostics;
    style::StyleSheet style;
    PagedDocument book = layout_book(info, parts, style, fonts(), diagnostics);
    const double measure =
        style.page.width.value - style.page.margin_inner.value - style.page.margin_outer.value;
    struct Entry {
        double left = 1e9, right = 0;        // extent of its content runs
        const GlyphRun* leftmost = nullptr;  // its leftmost content run
        std::vector<const GlyphRun*> leaders;
    };
    std::optional<Entry> rtl, ltr;
    for (const Page& page : book.pages) {
        if (page.label == "1") break;
        for (const TextLine& line : text_lines(page)) {
            std::string text;  // right-to-left runs state their text whole
            for (const GlyphRun* run : line.runs)
                text += run->actual_text.empty() ? run_text(*run) : run->actual_text;
            const bool is_rtl = text.find("\u05d4\u05db\u05e8\u05d6\u05d4") != std::string::npos;
            const bool is_ltr = squeeze(text).rfind("Moby-Dick", 0) == 0;
            if (!is_rtl && !is_ltr) continue;
            Entry entry;
            for (const GlyphRun* run : runs_at(page, line.y, false)) {
                if (run->x < entry.left) entry.leftmost = run;
                entry.left = std::min(entry.left, run->x);
                entry.right = std::max(entry.right, right_of(*run));
            }
            entry.leaders = runs_at(page, line.y, true);
            (is_rtl ? rtl : ltr) = entry;
        }
    }
    REQUIRE(rtl);
    REQUIRE(ltr);
    // Both span the column: from its left edge to its right edge.
    CHECK(ltr->right - ltr->left == Approx(measure).margin(1.0));
    CHECK(rtl->right - rtl->left == Approx(measure).margin(1.0));
    // Left to right, the title starts the line; right to left, the page number does.
    CHECK(squeeze(run_text(*ltr->leftmost)).rfind("Moby", 0) == 0);
    CHECK(std::isdigit(static_cast<unsigned char>(run_text(*rtl->leftmost)[0])));
    // Leaders between them, clear of the number.
    for (const Entry* entry : {&*ltr, &*rtl}) {
        REQUIRE(entry->leaders.size() == 1);
        CHECK(entry->leaders.front()->glyphs.size() > 5);
    }
    CHECK(rtl->leaders.front()->x + rtl->leaders.front()->glyphs.front().x >
          right_of(*rtl->leftmost) + 2);
}

TEST_CASE("part pages and blank pages carry no folio, nor a running head") {
    present::BookInfo info;
    info.meta.title = "Declarations";
    info.meta.language = "en";
    info.meta.source = "book.toml";
    std::vector<present::BookPart> parts;
    parts.push_back({"Part One", {article("Moby-Dick", "en", "moby-dick-chapter-1.txt")}});
    parts.push_back({"Part Two", {article("Again", "en", "moby-dick-chapter-1.txt")}});
    Diagnostics diagnostics;
    style::StyleSheet style;
    REQUIRE(style.page.two_sided);
    PagedDocument book = layout_book(info, parts, style, fonts(), diagnostics);
    int parts_seen = 0, blanks = 0;
    for (const OutlineEntry& e : book.outline) {
        if (e.title.rfind("Part", 0) != 0) continue;
        const Page& page = book.pages[static_cast<std::size_t>(e.page)];
        ++parts_seen;
        CHECK(!text_lines(page, false).empty());  // the part's title
        CHECK(text_lines(page, true).empty());    // no folio, no head
    }
    for (const Page& page : book.pages) {
        // The body's blank pages (the backs of part pages and of articles' last pages).
        if (!text_lines(page, false).empty() || page.label.empty() ||
            !std::isdigit(static_cast<unsigned char>(page.label[0])))
            continue;
        ++blanks;
        INFO("page " << page.label);
        CHECK(text_lines(page, true).empty());
    }
    CHECK(parts_seen == 2);
    CHECK(blanks >= 1);
}
