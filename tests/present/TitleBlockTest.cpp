// The title block: which lines, in which order, with which words.
#include <catch2/catch.hpp>

#include "present/TitleBlock.hpp"

using namespace galley;
using namespace galley::present;

namespace {

/// "field: text" lines of a title block, for whole-block comparisons.
std::vector<std::string> dump(const TitleBlock& block) {
    static const char* const kNames[] = {"title",     "subtitle", "byline", "editors",
                                         "publisher", "dateline", "date"};
    std::vector<std::string> out;
    for (const TitleLine& line : block.lines)
        out.push_back(std::string(kNames[static_cast<int>(line.field)]) + ": " + line.text);
    return out;
}

doc::Metadata german() {
    doc::Metadata m;
    m.title = "Ein Jahr voller\nProteste";
    m.subtitle = "Nicaragua";
    m.authors = {"Anna Schmidt", "Bernd Müller"};
    m.date = "2019-04-30";
    m.date_text = "30. April 2019";
    m.dateline = "MANAGUA —";
    m.publisher = "Global Voices";
    m.language = "de";
    return m;
}

}  // namespace

TEST_CASE("an article's title block: every part in order, in the article's language") {
    const TitleBlock block = title_block(german());
    CHECK(block.language == "de");
    CHECK(dump(block) == std::vector<std::string>{"title: Ein Jahr voller Proteste",
                                                  "subtitle: Nicaragua",
                                                  "byline: Von Anna Schmidt und Bernd Müller",
                                                  "publisher: Global Voices", "dateline: MANAGUA —",
                                                  "date: 30. April 2019"});
    CHECK(block.text(Field::Byline) == "Von Anna Schmidt und Bernd Müller");
    CHECK(block.text(Field::Editors).empty());
}

TEST_CASE("a date stated first stays first; the ISO date stands in for a missing text") {
    doc::Metadata m = german();
    m.date_first = true;
    m.date_text.clear();
    CHECK(dump(title_block(m)) ==
          std::vector<std::string>{"title: Ein Jahr voller Proteste", "subtitle: Nicaragua",
                                   "date: 2019-04-30", "byline: Von Anna Schmidt und Bernd Müller",
                                   "publisher: Global Voices", "dateline: MANAGUA —"});
}

TEST_CASE("empty parts are left out; a missing title is the file's name") {
    doc::Metadata m;
    m.language = "ja";
    m.source = "/tmp/wikipedia-ja-413.txt";
    CHECK(dump(title_block(m)) == std::vector<std::string>{"title: wikipedia-ja-413"});
    m.source.clear();
    CHECK(title_block(m).lines.empty());  // nothing to show (a document built in code)
    CHECK(display_title(m) == "Untitled");
    m.title = "栃木県";
    m.authors = {"山田太郎", "鈴木花子"};
    m.date_text = "2023年5月1日";
    CHECK(dump(title_block(m)) == std::vector<std::string>{"title: 栃木県",
                                                           "byline: 山田太郎、鈴木花子",
                                                           "date: 2023年5月1日"});
}

TEST_CASE("one_line collapses white space and trims the ends") {
    CHECK(one_line("  a \n\t b  ") == "a b");
    CHECK(one_line("\n \n").empty());
}

TEST_CASE("each line has one style, whichever output shows it") {
    style::StyleSheet style;
    CHECK(&text_style(Field::Title, style) == &style.title);
    CHECK(&text_style(Field::Subtitle, style) == &style.subtitle);
    CHECK(&text_style(Field::Byline, style) == &style.byline);
    CHECK(&text_style(Field::Editors, style) == &style.byline);
    for (Field f : {Field::Publisher, Field::Dateline, Field::Date})
        CHECK(&text_style(f, style) == &style.dateline);
}
