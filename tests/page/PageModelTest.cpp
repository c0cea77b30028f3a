// The page model on its own: font table, append, move_onto, dump and the page sink.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "page/PageModel.hpp"

using namespace galley;
using namespace galley::page;

namespace {

Font font(const std::string& file, unsigned index, const std::string& name) {
    Font f;
    f.file = file;
    f.face_index = index;
    f.name = name;
    return f;
}

GlyphRun run(FontRef ref, const std::string& word, int structure = -1) {
    GlyphRun r;
    r.font = ref;
    r.structure = structure;
    double x = 0;
    for (char c : word) {
        PlacedGlyph g;
        g.gid = static_cast<std::uint16_t>(c);
        g.x = x;
        x += 5;
        r.add(g, std::string(1, c));
    }
    return r;
}

Page page_with(std::vector<FrameItem> items, const std::string& label) {
    Page p;
    p.width = 100;
    p.height = 200;
    p.label = label;
    p.items = std::move(items);
    return p;
}

/// Records what a sink is given.
struct Recorder : PageSink {
    std::vector<std::string> labels;     // pages in the order received
    std::vector<std::size_t> fonts;      // context's font count at each page
    std::vector<bool> earlier_released;  // the previous page's items were gone when this came
    int finished = 0;
    std::size_t outline_at_finish = 0;
    void page(Page&& p, const Document& context) override {
        labels.push_back(p.label);
        fonts.push_back(context.fonts.size());
        const std::size_t at = labels.size() - 1;
        earlier_released.push_back(at == 0 || context.pages.size() < at ||
                                   context.pages[at - 1].items.empty());
    }
    void finish(const Document& document) override {
        ++finished;
        outline_at_finish = document.outline.size();
    }
};

}  // namespace

TEST_CASE("a font table holds each face once and its references stay valid as it grows") {
    FontTable table;
    FontRef serif = table.add(font("/f/NotoSerif-Regular.ttf", 0, "NotoSerif-Regular"));
    FontRef cjk0 = table.add(font("/f/NotoSerifCJK.ttc", 0, "NotoSerifCJKjp-Regular"));
    FontRef cjk1 = table.add(font("/f/NotoSerifCJK.ttc", 1, "NotoSerifCJKkr-Regular"));
    CHECK(serif.index == 0);
    CHECK(cjk0.index == 1);
    CHECK(cjk1.index == 2);  // another face of the same collection is another font
    CHECK(table.add(font("/f/NotoSerif-Regular.ttf", 0, "other name")) == serif);
    CHECK(table.size() == 3);
    CHECK(table[cjk1].name == "NotoSerifCJKkr-Regular");
    CHECK(table.find("/f/NotoSerifCJK.ttc", 1) == cjk1);
    CHECK_FALSE(table.find("/f/missing.ttf", 0));
    CHECK_FALSE(table.contains(FontRef{}));
    CHECK_FALSE(table.contains(FontRef{3}));
}

TEST_CASE("a glyph run slices its text by glyph; move_onto shifts every kind of item") {
    GlyphRun r = run(FontRef{0}, "ab");
    REQUIRE(r.glyphs.size() == 2);
    CHECK(r.text_of(r.glyphs[1]) == "b");
    Page p;
    std::vector<FrameItem> items{r, Rule{1, 2, 3, 4, "#ff0000"}, LinkArea{5, 6, 7, 8, "u"},
                                 Picture{9, 10, 11, 12, 0}};
    move_onto(p, items, 100, 1000);
    CHECK(items.empty());
    REQUIRE(p.items.size() == 4);
    CHECK(std::get<GlyphRun>(p.items[0]).x == 100);
    CHECK(std::get<Rule>(p.items[1]).y == 1002);
    CHECK(std::get<LinkArea>(p.items[2]).x == 105);
    CHECK(std::get<Picture>(p.items[3]).y == 1010);
}

TEST_CASE("append shifts structure, images, pages and outline, and merges the font tables") {
    Document whole;
    FontRef a = whole.fonts.add(font("a.ttf", 0, "A"));
    whole.structure.push_back({"Document", -1, {}});
    whole.images.push_back("one.png");
    whole.pages.push_back(page_with({run(a, "x", 0)}, "i"));
    whole.outline.push_back({"Front", 0, 0, 10});

    Document part;
    FontRef b = part.fonts.add(font("b.ttf", 0, "B"));        // index 0 in part, new to whole
    FontRef a_again = part.fonts.add(font("a.ttf", 0, "A"));  // index 1 in part, 0 in whole
    part.structure.push_back({"Art", -1, {}});
    part.structure.push_back({"P", 0, "de"});
    part.images.push_back("two.png");
    LinkArea inner;
    inner.page = 0;  // part's own first page
    part.pages.push_back(
        page_with({run(b, "y", 1), run(a_again, "z", -1), inner, Picture{0, 0, 1, 1, 0}}, "1"));
    part.outline.push_back({"Article", 0, 0, 20});

    append(whole, std::move(part), 0, 1);
    CHECK(part.pages.empty());
    REQUIRE(whole.fonts.size() == 2);
    CHECK(whole.fonts.at(1).name == "B");
    REQUIRE(whole.pages.size() == 2);
    const auto& items = whole.pages[1].items;
    CHECK(std::get<GlyphRun>(items[0]).font.index == 1);  // B
    CHECK(std::get<GlyphRun>(items[1]).font.index == 0);  // A, whole's entry
    CHECK(std::get<GlyphRun>(items[0]).structure == 2);
    CHECK(std::get<GlyphRun>(items[1]).structure == -1);  // artifacts stay artifacts
    CHECK(std::get<LinkArea>(items[2]).page == 1);
    CHECK(std::get<Picture>(items[3]).image == 1);
    REQUIRE(whole.structure.size() == 3);
    CHECK(whole.structure[1].parent == 0);  // part's top level hangs under `parent`
    CHECK(whole.structure[2].parent == 1);
    REQUIRE(whole.outline.size() == 2);
    CHECK(whole.outline[1].level == 1);
    CHECK(whole.outline[1].page == 1);
    CHECK(whole.images == std::vector<std::string>{"one.png", "two.png"});
}

TEST_CASE("the dump names each run's face through the font table") {
    Document d;
    FontRef a = d.fonts.add(font("a.ttf", 0, "Serif-Regular"));
    d.pages.push_back(page_with({run(a, "hi", 0), run(FontRef{}, "?")}, "7"));
    d.structure.push_back({"P", -1, {}});
    const std::string text = dump(d);
    CHECK(text.find("page 1 label \"7\" size 100x200\n") != std::string::npos);
    CHECK(text.find("  run Serif-Regular 10 at 0,0 struct=0\n    text \"hi\"\n    glyphs 104@0 "
                    "105@5\n") != std::string::npos);
    CHECK(text.find("  run (no face) ") != std::string::npos);
    CHECK(text.find("structure 0 P parent=-1\n") != std::string::npos);
}

TEST_CASE("send hands the pages over in order, then finish; moved pages are released") {
    Document d;
    d.fonts.add(font("a.ttf", 0, "A"));
    for (const char* label : {"1", "2", "3"})
        d.pages.push_back(page_with({Rule{0, 0, 1, 1, "#000000"}}, label));
    d.outline.push_back({"T", 0, 2, 0});

    Recorder copy;
    send(static_cast<const Document&>(d), copy);
    CHECK(copy.labels == std::vector<std::string>{"1", "2", "3"});
    CHECK(copy.finished == 1);
    CHECK(d.pages.size() == 3);  // the const overload leaves the document whole

    Recorder moved;
    send(std::move(d), moved);
    CHECK(moved.labels == std::vector<std::string>{"1", "2", "3"});
    CHECK(moved.fonts == std::vector<std::size_t>{1, 1, 1});  // the context comes with each page
    // A sink that keeps nothing still frees each page before the next one is made.
    CHECK(moved.earlier_released == std::vector<bool>{true, true, true});
    CHECK(moved.finished == 1);
    CHECK(moved.outline_at_finish == 1);
    CHECK(d.pages.empty());
    CHECK(d.pages.capacity() == 0);
}
