// Tables in the PDF layout: column widths from content, wrapping cells, column alignment, header
// rows repeated on each page a table continues on, Table/TR/TH/TD structure, booktabs rules.
#include <catch2/catch.hpp>

#include <map>
#include <numeric>
#include <set>

#include "LayoutTestSupport.hpp"
#include "layout/TableSetter.hpp"

using namespace galley;
using namespace galley::layout;
using namespace galley::layout::testing;

namespace {

doc::TableRow row(std::vector<std::string> cells) {
    doc::TableRow r;
    for (auto& c : cells) r.cells.push_back({{doc::Inline{doc::Text{c}}}});
    return r;
}

/// A document with a paragraph, a table of `rows` body rows (three columns: a number, a name
/// and a long description) and a closing paragraph.
doc::Document with_table(int rows, const std::string& description = "short") {
    doc::Document d;
    d.meta.title = "Tables";
    d.meta.language = "en";
    d.blocks.push_back(para("Before the table."));
    doc::Table t;
    t.columns = {doc::ColumnAlign::Right, doc::ColumnAlign::Left, doc::ColumnAlign::Default};
    t.head.push_back(row({"No.", "Name", "Description"}));
    for (int i = 1; i <= rows; ++i)
        t.body.push_back(row({std::to_string(i), "Item " + std::to_string(i), description}));
    d.blocks.push_back({t, 2});
    d.blocks.push_back(para("After the table."));
    return d;
}

/// Lines (of content, or of artifacts) whose text contains `text`, per page index.
std::map<std::size_t, int> pages_with(const PagedDocument& paged, const std::string& text,
                                      bool artifacts) {
    std::map<std::size_t, int> out;
    for (std::size_t p = 0; p < paged.pages.size(); ++p)
        for (const TextLine& line : text_lines(paged.pages[p], artifacts))
            if (line.text().find(text) != std::string::npos) out[p] += 1;
    return out;
}

}  // namespace

TEST_CASE("columns get their natural widths when they fit the measure") {
    const auto w = distribute_columns({10, 20, 5}, {30, 40, 5}, 200);
    CHECK(w == std::vector<double>{30, 40, 5});
}

TEST_CASE("a narrow measure: short columns keep their width, wide ones share the rest") {
    // 135 available, three columns: an equal share (45) holds the third whole (5); the other two
    // share the 130 left in proportion to their maximums (110 : 220), above their minimums.
    const auto w = distribute_columns({10, 20, 5}, {110, 220, 5}, 135);
    REQUIRE(w.size() == 3);
    CHECK(w[0] == Approx(130.0 / 3));
    CHECK(w[1] == Approx(260.0 / 3));
    CHECK(w[2] == Approx(5));
    CHECK(std::accumulate(w.begin(), w.end(), 0.0) == Approx(135));
    // A column of short numbers is never wrapped for a long text column's sake.
    const auto v = distribute_columns({20, 60}, {50, 400}, 300);
    CHECK(v == std::vector<double>{50, 250});
    // A wide column whose share would fall below its widest word gets that word's width.
    const auto u = distribute_columns({10, 100}, {400, 120}, 200);
    REQUIRE(u.size() == 2);
    CHECK(u[1] == Approx(100));
    CHECK(u[0] == Approx(100));
}

TEST_CASE(
    "minimums wider than the measure are scaled down to it; a max below its min counts as it") {
    const auto w = distribute_columns({100, 300}, {50, 400}, 200);
    REQUIRE(w.size() == 2);
    CHECK(w[0] == Approx(50));
    CHECK(w[1] == Approx(150));
    CHECK(distribute_columns({40, 60}, {10, 10}, 500) == std::vector<double>{40, 60});
}

TEST_CASE("a table is a grid: aligned columns, wrapping cells, tagged Table/TR/TH/TD") {
    style::StyleSheet style;
    const std::string description =
        "a description long enough to wrap over several lines of its column in the table, "
        "however wide the measure gives it: the other columns hold short numbers and names, so "
        "this one takes what is left of the measure and still needs three lines at least";
    PagedDocument paged = lay_out(with_table(3, description), style);
    REQUIRE(paged.pages.size() == 1);
    std::vector<TextLine> lines = text_lines(paged.pages[0]);
    // Header cells bold, in TH; body cells in TD; rows in TR under one Table.
    std::set<std::string> roles;
    std::map<std::string, double> left_of;  // a cell text → x of its first run
    for (const TextLine& line : lines) {
        for (const GlyphRun* run : line.runs) {
            const std::string role = role_of(paged, *run);
            roles.insert(role);
            const std::string text = run_text(*run);
            if (role == "TH") CHECK(face_of(paged, *run)->bold());
            if (role == "TD") CHECK_FALSE(face_of(paged, *run)->bold());
            if (role == "TH" || role == "TD") {
                const auto& e = paged.structure[static_cast<std::size_t>(run->structure)];
                REQUIRE(e.parent >= 0);
                const auto& tr = paged.structure[static_cast<std::size_t>(e.parent)];
                CHECK(tr.role == "TR");
                CHECK(paged.structure[static_cast<std::size_t>(tr.parent)].role == "Table");
                left_of[text] = run->x;
                CHECK(run->size == Approx(style.table.font_size.value));
            }
        }
    }
    CHECK(roles.count("TH") == 1);
    CHECK(roles.count("TD") == 1);
    // Cells sit in columns: the names start at one x; the right-aligned numbers end at one x.
    CHECK(left_of.at("Item 1") == Approx(left_of.at("Item 3")));
    CHECK(left_of.at("Name") == Approx(left_of.at("Item 2")));
    auto right_end = [&](const std::string& text) {
        for (const TextLine& line : lines)
            for (const GlyphRun* run : line.runs)
                if (run_text(*run) == text)
                    return run->x + run->glyphs.back().x + run->glyphs.back().advance;
        FAIL("no run " << text);
        return 0.0;
    };
    CHECK(right_end("1") == Approx(right_end("No.")).margin(0.01));
    CHECK(right_end("3") == Approx(right_end("No.")).margin(0.01));
    // The description wraps: its first row's column holds several lines, every word drawn once,
    // none past the measure.
    const double measure =
        style.page.width.value - style.page.margin_inner.value - style.page.margin_outer.value;
    const double column = left_of.at("Description");
    std::string first_cell;
    int description_lines = 0;
    for (const TextLine& line : lines) {
        for (const GlyphRun* run : line.runs) {
            CHECK(run->x + run->glyphs.back().x + run->glyphs.back().advance <=
                  style.page.margin_inner.value + measure + 0.01);
            if (role_of(paged, *run) == "TD" && run->x == Approx(column) &&
                squeeze(first_cell).size() < squeeze(description).size()) {
                first_cell += run_text(*run);
                ++description_lines;
            }
        }
    }
    CHECK(description_lines >= 3);
    CHECK(squeeze(first_cell) == squeeze(description));
    // Rules: three (top, under the header, bottom), as wide as each other, no vertical ones.
    int rules = 0;
    for (const FrameItem& item : paged.pages[0].items)
        if (const auto* r = std::get_if<Rule>(&item)) {
            ++rules;
            CHECK(r->width > r->height * 20);
        }
    CHECK(rules == 3);
}

TEST_CASE("a table longer than a page repeats its header rows, untagged, on every page") {
    style::StyleSheet style;
    PagedDocument paged = lay_out(with_table(120), style);
    REQUIRE(paged.pages.size() >= 3);
    const auto rows = pages_with(paged, "Item", false);
    const auto tagged_heads = pages_with(paged, "Description", false);
    const auto repeated_heads = pages_with(paged, "Description", true);
    // The tagged header once, on the table's first page; an artifact copy on each later page.
    REQUIRE(tagged_heads.size() == 1);
    const std::size_t first = tagged_heads.begin()->first;
    CHECK(rows.begin()->first == first);
    for (const auto& [page, count] : rows) {
        INFO("page " << page + 1);
        if (page == first) continue;
        CHECK(repeated_heads.count(page) == 1);
        // The header comes before the page's first row (the running head aside).
        double head_y = -1;
        for (const TextLine& line : text_lines(paged.pages[page], true))
            if (line.text().find("Description") != std::string::npos) head_y = line.y;
        const std::vector<TextLine> content = text_lines(paged.pages[page]);
        REQUIRE_FALSE(content.empty());
        CHECK(content.front().y > head_y + style.table.leading.value * 0.9);
    }
    // Every row once, whole (no row split across pages), in order.
    int seen = 0;
    for (const Page& page : paged.pages)
        for (const TextLine& line : text_lines(page)) {
            const std::string text = line.text();
            if (text.find("Item") == std::string::npos) continue;
            ++seen;
            CHECK(text == std::to_string(seen) + "Item " + std::to_string(seen) + "short");
        }
    CHECK(seen == 120);
}

TEST_CASE("inline code is set in the code face; struck text gets a rule through it") {
    style::StyleSheet style;
    doc::Document d;
    d.meta.title = "Inline";
    d.meta.language = "en";
    doc::Paragraph p;
    p.content.push_back({doc::Text{"Call "}});
    p.content.push_back({doc::Code{"printf()"}});
    p.content.push_back({doc::Text{" and "}});
    p.content.push_back({doc::Strikethrough{{doc::Inline{doc::Text{"never mind"}}}}});
    p.content.push_back({doc::Text{" then."}});
    d.blocks.push_back({p, 1});
    PagedDocument paged = lay_out(d, style);
    REQUIRE(paged.pages.size() == 1);
    const GlyphRun* code = nullptr;
    const GlyphRun* body = nullptr;
    for (const FrameItem& item : paged.pages[0].items)
        if (const auto* run = std::get_if<GlyphRun>(&item)) {
            if (run_text(*run).rfind("printf()", 0) == 0) code = run;  // and its word space
            if (run_text(*run).rfind("Call", 0) == 0) body = run;
        }
    REQUIRE(code != nullptr);
    REQUIRE(body != nullptr);
    CHECK(face_of(paged, *code)->family() == style.code.family);
    CHECK(code->size == Approx(style.body.font_size.value * style.code.font_size.value /
                               style.body.font_size.value));
    // The strike: one rule over "never mind" (both words and the space between), above the
    // baseline, within the x-height.
    std::vector<const Rule*> rules;
    for (const FrameItem& item : paged.pages[0].items)
        if (const auto* r = std::get_if<Rule>(&item)) rules.push_back(r);
    REQUIRE(rules.size() == 1);
    const Rule& strike = *rules.front();
    CHECK(strike.y < body->y);
    CHECK(strike.y > body->y - style.body.font_size.value * 0.5);
    CHECK(strike.height > 0.2);
    CHECK(strike.height < 1.5);
    double never_x = -1, mind_end = -1;
    for (const FrameItem& item : paged.pages[0].items)
        if (const auto* run = std::get_if<GlyphRun>(&item)) {
            const std::size_t at = run_text(*run).find("never mind");
            if (at == std::string::npos) continue;
            REQUIRE(run->glyphs.size() >= at + 10);  // one glyph per letter (and space) here
            never_x = run->x + run->glyphs[at].x;
            const PlacedGlyph& d = run->glyphs[at + 9];
            mind_end = run->x + d.x + d.advance;
        }
    REQUIRE(never_x >= 0);
    CHECK(strike.x == Approx(never_x).margin(0.5));
    CHECK(strike.x + strike.width == Approx(mind_end).margin(0.5));
}

TEST_CASE("a right-to-left article's table runs its columns from the right") {
    style::StyleSheet style;
    doc::Document d = with_table(2);
    d.meta.language = "ar";
    PagedDocument paged = lay_out(d, style);
    REQUIRE_FALSE(paged.pages.empty());
    double first = -1, last = -1;  // x of the header's first and last column
    for (const FrameItem& item : paged.pages[0].items)
        if (const auto* run = std::get_if<GlyphRun>(&item)) {
            if (role_of(paged, *run) != "TH") continue;
            if (run_text(*run) == "No.") first = run->x;
            if (run_text(*run) == "Description") last = run->x;
        }
    REQUIRE(first >= 0);
    REQUIRE(last >= 0);
    CHECK(first > last);
}
