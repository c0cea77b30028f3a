// jusText's context step at the article's edges (issue 10 point 1): a short line that is no
// sentence of prose takes the class of its neighbours — between furniture above and furniture
// or the end of the text below it is furniture (a media player's title under "Your browser
// doesn't support HTML5", a widget's label between its buttons); beside text it stays. And a
// sentence that leads into a web address is text, not a link line. The shapes are those of VOA
// pages and a climate.gov page of the development set's tune part (tests/read/real, public
// domain); the lines here are constructed in English.
#include <catch2/catch.hpp>

#include <string>

#include "TestSupport.hpp"
#include "read/Boilerplate.hpp"

using namespace galley::read;
using galley::read::test::body;
using galley::read::test::has;
using galley::read::test::parse;
namespace doc = galley::doc;

namespace {

const std::string kHead =
    "Ambassador says the embassy will help citizens in Syria\n\n"
    "The ambassador told the radio service that the embassy had made plans for an evacuation of "
    "the citizens who live in the country, and that it was in touch with them every day.\n\n";

}  // namespace

TEST_CASE("a short line between furniture and the end of the text is furniture") {
    // ur-voa-syria-pakistan-ambassador: the audio's title under the player's notice.
    const std::string text = body(parse(kHead + "Your browser doesn’t support HTML5\n\n"
                                                "The ambassador in conversation with the radio\n"));
    CHECK(has(text, "evacuation"));
    CHECK_FALSE(has(text, "HTML5"));
    CHECK_FALSE(has(text, "in conversation with"));
}

TEST_CASE("a short line right above a widget, glued to it, is the widget's label") {
    // ur-voa-us-election-pak-afghan-border: "More details in this audio." / the audio's title /
    // "please wait": the title goes, the sentence above it stays.
    const std::string text = body(parse(kHead + "More details in this audio.\n"
                                                "The elections and the border region\n"
                                                "please wait\n\n"
                                                "No media source currently available\n"));
    CHECK(has(text, "More details in this audio."));
    CHECK_FALSE(has(text, "border region"));
    CHECK_FALSE(has(text, "please wait"));
}

TEST_CASE("a short line at the end beside text, or without furniture above, stays") {
    // No furniture at all: the closing line is the article's.
    CHECK(has(body(parse(kHead + "With thanks to our readers\n")), "With thanks to our readers"));
    // Furniture below, text above and a blank line between: the line is not the widget's.
    const std::string text =
        body(parse(kHead + "With thanks to our readers\n\nYour browser doesn’t support HTML5\n"));
    CHECK(has(text, "With thanks to our readers"));
    CHECK_FALSE(has(text, "HTML5"));
}

TEST_CASE("a short line between two furniture lines above the first paragraph is furniture") {
    const std::string text = body(parse(
        "Ambassador says the embassy will help citizens in Syria\n\n"
        "Share this:\n\nOur weekly picks\n\nShare this article\n\n"
        "The ambassador told the radio service that the embassy had made plans for an evacuation "
        "of the citizens who live in the country, and that it was in touch with them.\n"));
    CHECK(has(text, "evacuation"));
    CHECK_FALSE(has(text, "weekly picks"));
    // With text on one side only (the headline above), a short line under it stays.
    const std::string kept = body(parse(
        "Ambassador says the embassy will help citizens in Syria\n\n"
        "An interview from Damascus\n\nShare this article\n\n"
        "The ambassador told the radio service that the embassy had made plans for an evacuation "
        "of the citizens who live in the country, and that it was in touch with them.\n"));
    CHECK(has(kept, "An interview from Damascus"));
}

TEST_CASE("a sentence leading into a web address is text, a line of addresses a link") {
    // en-noaa-2015-climategov-state-of-climate (climate.gov, public domain).
    CHECK(classify_furniture("To view this year’s highlights, visit: "
                             "www.climate.gov/news-features/understanding-climate/"
                             "2014-state-climate-highlights")
              .kind == Furniture::None);
    CHECK(classify_furniture("More: https://www.example.org/news/2014/state-of-the-climate-report")
              .kind != Furniture::None);
    CHECK(classify_furniture("https://www.climate.gov/news-features/understanding-climate").kind ==
          Furniture::Url);
}

TEST_CASE("another post's byline after furniture at the end is furniture, the article's stays") {
    // en-ccblog-2014-sharing-is-our-path-forward (Creative Commons blog, CC BY 4.0): the next
    // post's title and byline under "Comments Off".
    const std::string page =
        "Sharing is our path forward\n\n"
        "Claudia Cristiani, December 29th, 2014\n\n"
        "Creative Commons is a global movement, but our work requires a local touch. We donate our "
        "time to bring the joy of sharing to our communities.\n\n"
        "Comments Off\n\n"
        "Norwegian translation of 4.0 published\n\n";
    const doc::Document d = parse(page + "Kat Walsh, December 23rd, 2014\n");
    const std::string text = body(d);
    CHECK(has(text, "local touch"));
    CHECK_FALSE(has(text, "Kat Walsh"));
    CHECK_FALSE(has(text, "Norwegian translation"));
    REQUIRE(d.meta.authors.size() == 1);
    CHECK(d.meta.authors[0] == "Claudia Cristiani");
    // The article's own author at the end is not another post's.
    CHECK(has(body(parse(page + "Claudia Cristiani, December 29th, 2014\n")), "Norwegian"));
}
