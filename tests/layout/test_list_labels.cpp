// List labels hang in the list indent: a numbered list long enough to reach "100." widens its
// indent instead of letting the labels stick out into the page margin (found by the whole-corpus
// layout check on Wikipedia reference lists, tests/app/test_corpus_layout.cpp).
#include <catch2/catch.hpp>

#include "LayoutTestSupport.hpp"

using namespace galley;
using namespace galley::layout;
using namespace galley::layout::testing;

namespace {

/// A document with one numbered list of `count` one-word items.
doc::Document numbered_list(int count) {
    doc::List list;
    list.ordered = true;
    for (int i = 0; i < count; ++i) list.items.push_back({para("Item text " + std::to_string(i))});
    doc::Block block;
    block.value = list;
    doc::Document document;
    document.meta.title = "Lists";
    document.meta.language = "en";
    document.blocks.push_back(para("Before the list."));
    document.blocks.push_back(block);
    return document;
}

/// The leftmost x of any glyph on `page`.
double leftmost(const Page& page) {
    double left = page.width;
    for (const FrameItem& item : page.items) {
        const auto* run = std::get_if<GlyphRun>(&item);
        if (run == nullptr) continue;
        for (const PlacedGlyph& g : run->glyphs) left = std::min(left, run->x + g.x);
    }
    return left;
}

/// The x where the first item's text ("Item") starts on page 1.
double item_text_x(const Page& page) {
    for (const FrameItem& item : page.items) {
        const auto* run = std::get_if<GlyphRun>(&item);
        if (run != nullptr && run_text(*run).rfind("Item", 0) == 0) return run->x;
    }
    return -1;
}

}  // namespace

TEST_CASE("numbered list labels stay inside the text column") {
    const style::StyleSheet style = justified_style();
    for (int count : {3, 12, 120}) {
        CAPTURE(count);
        PagedDocument paged = lay_out(numbered_list(count), style);
        REQUIRE(!paged.pages.empty());
        for (std::size_t p = 0; p < paged.pages.size(); ++p) {
            CAPTURE(p);
            const double margin =
                p % 2 == 0 ? style.page.margin_inner.value : style.page.margin_outer.value;
            CHECK(leftmost(paged.pages[p]) >= margin - 0.01);
        }
    }
}

TEST_CASE("a short list keeps the style's indent; a long one widens it") {
    const style::StyleSheet style = justified_style();
    const double margin = style.page.margin_inner.value;
    const double short_x = item_text_x(lay_out(numbered_list(3), style).pages.front());
    const double long_x = item_text_x(lay_out(numbered_list(120), style).pages.front());
    CHECK(short_x == Approx(margin + style.list_indent.value));
    CHECK(long_x > short_x + 3);  // room for "120." at the list's size
}
