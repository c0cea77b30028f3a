// Footnotes in the page builder (issue 11): a note at the foot of the page that marks it, room
// reserved when the marking line is placed, long notes continued on the next page, links both
// ways, Note/Lbl tags. Texts are made up.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include "LayoutTestSupport.hpp"

using namespace galley;
using namespace galley::layout;
using namespace galley::layout::testing;

namespace {

doc::Document with_fillers(std::size_t count) {
    doc::Document d;
    d.meta.language = "en";
    for (std::size_t i = 0; i < count; ++i) d.blocks.push_back(para("Filler " + std::to_string(i)));
    return d;
}

/// A paragraph "`text`" followed by the mark of note `note`.
doc::Block marked(const std::string& text, std::size_t note) {
    doc::Block b;
    b.value = doc::Paragraph{{doc::Inline{doc::Text{text}}, doc::Inline{doc::NoteRef{note}}}};
    return b;
}

std::string without_spaces(std::string s) {
    s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
    return s;
}

/// Page index and line index of the first line whose text (spaces ignored: word spaces are
/// positions, not glyphs) contains `text` and, when `whole`, ends there; or {-1, -1}.
std::pair<int, int> find_line(const PagedDocument& paged, const std::string& text,
                              bool whole = false) {
    const std::string wanted = without_spaces(text);
    for (std::size_t p = 0; p < paged.pages.size(); ++p) {
        const auto lines = text_lines(paged.pages[p]);
        for (std::size_t l = 0; l < lines.size(); ++l) {
            const std::string line = without_spaces(lines[l].text());
            const std::size_t at = line.find(wanted);
            if (at != std::string::npos && (!whole || at + wanted.size() == line.size()))
                return {static_cast<int>(p), static_cast<int>(l)};
        }
    }
    return {-1, -1};
}

double line_y(const PagedDocument& paged, std::pair<int, int> at) {
    REQUIRE(at.first >= 0);
    return text_lines(
               paged.pages[static_cast<std::size_t>(at.first)])[static_cast<std::size_t>(at.second)]
        .y;
}

std::size_t page_capacity(const style::StyleSheet& style) {
    PagedDocument paged = lay_out(with_fillers(120), style);
    REQUIRE(paged.pages.size() >= 2);
    return paged.pages[0].lines.size();
}

}  // namespace

TEST_CASE("a note is set at the foot of the page of its mark, linked both ways") {
    const style::StyleSheet style = justified_style();
    doc::Document d = with_fillers(5);
    d.blocks.push_back(marked("The marked line.", 0));
    d.blocks.push_back(para("After the mark."));
    d.notes.push_back({{para("The note's own words.")}, 0});
    PagedDocument paged = lay_out(d, style);
    REQUIRE(paged.pages.size() == 1);
    const auto mark = find_line(paged, "The marked line. 1");  // the mark reads " 1"
    const auto note = find_line(paged, "The note's own words.");
    REQUIRE(mark.first == 0);
    REQUIRE(note.first == 0);
    const double bottom = style.page.height.value - style.page.margin_bottom.value;
    CHECK(line_y(paged, note) > bottom - 2 * style.note.leading.value);  // at the foot
    CHECK(line_y(paged, note) > line_y(paged, find_line(paged, "After the mark.")));
    // The rule above the note, and the links: mark → note, label → mark.
    int rules = 0, to_note = 0, to_mark = 0;
    for (const FrameItem& item : paged.pages[0].items) {
        if (const auto* r = std::get_if<Rule>(&item);
            r && r->height < 1 && r->y < line_y(paged, note))
            ++rules;
        if (const auto* l = std::get_if<LinkArea>(&item)) {
            CHECK(l->page == 0);  // every note link resolved (none left as a URL)
            CHECK(l->url.str().empty());
            if (l->target_y > line_y(paged, mark)) ++to_note;
            if (std::abs(l->target_y - (line_y(paged, mark) - 12)) < 6) ++to_mark;
        }
    }
    CHECK(rules == 1);
    CHECK(to_note == 1);
    CHECK(to_mark == 1);
    bool note_role = false, label_role = false;
    for (const StructureElement& e : paged.structure) {
        note_role = note_role || e.role == "Note";
        label_role = label_role || e.role == "Lbl";
    }
    CHECK(note_role);
    CHECK(label_role);
}

TEST_CASE("a marked line that leaves no room for its note goes to the next page") {
    const style::StyleSheet style = justified_style();
    const std::size_t capacity = page_capacity(style);
    // Without a note, the marked line would be the last line of page 1.
    doc::Document plain = with_fillers(capacity - 1);
    plain.blocks.push_back(para("The marked line."));
    REQUIRE(find_line(lay_out(plain, style), "The marked line.").first == 0);

    doc::Document d = with_fillers(capacity - 1);
    d.blocks.push_back(marked("The marked line.", 0));
    d.notes.push_back({{forced_lines(3, "note")}, 0});
    PagedDocument paged = lay_out(d, style);
    const auto mark = find_line(paged, "The marked line.");
    CHECK(mark.first == 1);
    CHECK(find_line(paged, "note 1").first == 1);
    CHECK(find_line(paged, "note 3").first == 1);
}

TEST_CASE("the page's text ends above its notes") {
    const style::StyleSheet style = justified_style();
    const std::size_t capacity = page_capacity(style);
    doc::Document d = with_fillers(3);
    d.blocks.push_back(marked("The marked line.", 0));
    for (std::size_t i = 0; i < capacity; ++i)
        d.blocks.push_back(para("More " + std::to_string(i)));
    d.notes.push_back({{forced_lines(6, "note")}, 0});
    PagedDocument paged = lay_out(d, style);
    REQUIRE(paged.pages.size() == 2);
    // The note's six lines (and the space above them) took the room of some text lines.
    CHECK(paged.pages[0].lines.size() < capacity - 3);
    const double first_note = line_y(paged, find_line(paged, "note 1"));
    for (const LineInfo& line : paged.pages[0].lines) CHECK(line.y < first_note - 10);
}

TEST_CASE("a note longer than the room below its mark continues on the next page") {
    const style::StyleSheet style = justified_style();
    doc::Document d = with_fillers(10);
    d.blocks.push_back(marked("The marked line.", 0));
    for (int i = 0; i < 80; ++i) d.blocks.push_back(para("Text " + std::to_string(i)));
    d.notes.push_back({{forced_lines(70, "note")}, 0});
    PagedDocument paged = lay_out(d, style);
    REQUIRE(find_line(paged, "The marked line.").first == 0);
    const auto first = find_line(paged, "note 1", true);
    const auto last = find_line(paged, "note 70", true);
    CHECK(first.first == 0);
    REQUIRE(last.first > 0);
    // Every line of the note, in order, none lost or repeated; a page never holds only a
    // continuation when text remains (half of it at most goes to carried lines).
    int previous_page = 0;
    for (int i = 1; i <= 70; ++i) {
        const auto at = find_line(paged, "note " + std::to_string(i), true);
        REQUIRE(at.first >= 0);
        CHECK(at.first >= previous_page);
        previous_page = at.first;
    }
    const auto text_after = find_line(paged, "Text 40");
    CHECK(text_after.first >= 1);
    CHECK(paged.pages[1].lines.size() > 5);  // text continues on the page of the continuation
}
