// Streaming layout (issue 14 point 1): the page builder places blocks while later ones are still
// being set, with a bounded look-ahead, and hands each finished page over at once; the pages are
// the ones it makes when it has every block before it starts.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "LayoutTestSupport.hpp"
#include "layout/PageBuilder.hpp"
#include "page/PageSink.hpp"

using namespace galley;
using namespace galley::layout;
using namespace galley::layout::testing;

namespace {

/// A synthetic paragraph of `n` lines (leading 14, ascent 10), numbered from `id` (in
/// LineInfo::width), that may be set a line longer or shorter; every fifth ends in a hyphen.
FlowBlock paragraph(std::size_t n, int& id) {
    FlowBlock b;
    auto line = [&id] {
        SetLine l;
        l.leading = 14;
        l.ascent = 10;
        l.descent = 3;
        l.info.width = id;
        l.hyphenated = id % 5 == 0;
        ++id;
        return l;
    };
    for (std::size_t k = 0; k < n; ++k) b.lines.push_back(line());
    if (n >= 2) {
        const int base = 1000000 + id * 4;  // the variants' own ids, fixed per paragraph
        b.rebreak = [n, base](int looseness) {
            Rebreak r;
            for (std::size_t k = 0; k < n + static_cast<std::size_t>(looseness + 1) - 1; ++k) {
                SetLine l;
                l.leading = 14;
                l.ascent = 10;
                l.info.width = base + static_cast<int>(k);
                r.lines.push_back(l);
            }
            r.demerits = 300.0 * (looseness > 0 ? 1 : 2);
            return r;
        };
    }
    return b;
}

/// Blocks of every kind the page builder treats apart: paragraphs of 1 to 9 lines, headings kept
/// with what follows, a scene break kept together, now and then a float taller than a third of
/// the page.
std::vector<FlowBlock> blocks(std::size_t count) {
    std::vector<FlowBlock> out;
    int id = 1;
    for (std::size_t i = 0; i < count; ++i) {
        if (i % 40 == 7) {
            FlowBlock h = paragraph(1, id);
            h.keep_with_next = true;
            h.space_before = 20;
            h.space_after = 8;
            h.outline_level = 1;
            h.outline_title = "heading " + std::to_string(i);
            out.push_back(std::move(h));
        } else if (i % 97 == 50) {
            FlowBlock f = paragraph(1, id);
            f.lines.front().ascent = 250;
            f.floats = true;
            f.keep_together = true;
            out.push_back(std::move(f));
        } else if (i % 61 == 30) {
            FlowBlock s = paragraph(1, id);
            s.keep_together = true;
            s.space_before = s.space_after = 7;
            out.push_back(std::move(s));
        } else {
            FlowBlock p = paragraph(1 + (i * 7) % 9, id);
            p.space_before = i % 3 == 0 ? 6 : 0;
            out.push_back(std::move(p));
        }
    }
    return out;
}

/// A page as comparable text: each line's id and baseline, each item's kind and place.
std::string describe(const Page& page) {
    std::string out = page.label + ":";
    for (const LineInfo& line : page.lines)
        out += " " + std::to_string(static_cast<int>(line.width)) + "@" +
               std::to_string(static_cast<int>(line.y * 100));
    return out + "\n";
}

/// A sink keeping copies of the pages it is handed.
struct Collect final : page::PageSink {
    std::vector<Page> pages;
    page::Document rest;  // what finish() was given: fonts, outline, structure
    bool finished = false;
    void page(Page&& page, const page::Document&) override { pages.push_back(std::move(page)); }
    void finish(const page::Document& document) override {
        finished = true;
        rest = document;
    }
};

}  // namespace

TEST_CASE(
    "the page builder hands pages over while blocks are still coming, as it would place "
    "them all at once") {
    // Enough paragraph lines that the grid is found before the last block comes (kGridLines).
    const std::size_t count = 2600;
    std::vector<OutlineEntry> whole_outline;
    std::string whole;
    {
        PageBuilder builder{style::PageStyle{}};
        for (FlowBlock& b : blocks(count)) builder.add(std::move(b));
        for (const Page& page : builder.finish(whole_outline)) whole += describe(page);
    }
    std::vector<OutlineEntry> outline;
    std::string streamed;
    std::vector<std::size_t> added_when;  // blocks added when each page arrived
    std::size_t added = 0;
    std::size_t ahead = 0;  // most blocks added past the last page's before it arrived
    PageBuilder builder{style::PageStyle{}};
    std::size_t lines_handed = 0, lines_added = 0;
    builder.stream_to(
        [&](Page&& page) {
            added_when.push_back(added);
            lines_handed += page.lines.size();
            ahead = std::max(ahead, lines_added - lines_handed);
            streamed += describe(page);
        },
        outline);
    for (FlowBlock& b : blocks(count)) {
        lines_added += b.lines.size();
        builder.add(std::move(b));
        ++added;
    }
    CHECK(builder.finish(outline).empty());
    REQUIRE(added_when.size() > 100);
    // The first page came long before the last block: once the grid's lines were queued.
    CHECK(added_when.front() < count * 3 / 4);
    // From then on, each page came a few pages' worth of lines after its own.
    CHECK(added_when[added_when.size() / 2] < count);
    CHECK(ahead < PageBuilder::kGridLines + 8 * 40);
    // Same pages, same outline.
    CHECK(streamed == whole);
    REQUIRE(outline.size() == whole_outline.size());
    for (std::size_t i = 0; i < outline.size(); ++i) {
        CHECK(outline[i].page == whole_outline[i].page);
        CHECK(outline[i].y == Approx(whole_outline[i].y));
    }
}

TEST_CASE("an article laid out into a page sink gets the pages of the whole layout") {
    // Moby-Dick's first chapter, many times over: longer than the grid's look-ahead.
    doc::Document document = chapter_one();
    const doc::Blocks chapter = document.blocks;
    for (int i = 0; i < 24; ++i) {
        document.blocks.push_back(heading("Again " + std::to_string(i)));
        document.blocks.insert(document.blocks.end(), chapter.begin(), chapter.end());
    }
    const style::StyleSheet style = justified_style();
    const PagedDocument whole = lay_out(document, style);
    REQUIRE(whole.pages.size() > 110);

    Collect sink;
    Diagnostics diagnostics;
    layout_document(document, style, fonts(), diagnostics, sink);
    CHECK(sink.finished);
    REQUIRE(sink.pages.size() == whole.pages.size());
    CHECK(sink.rest.pages.empty());
    PagedDocument streamed = std::move(sink.rest);
    streamed.pages = std::move(sink.pages);
    CHECK(dump(streamed) == dump(whole));
}
