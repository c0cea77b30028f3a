// Furniture found from evidence rather than phrases (issue 10 point 1): image names and captions
// that end in their credit, share rows glued into one word, dated lists of other stories, lines
// printed twice, short lines among furniture above the first paragraph, the label left over at
// the end of a dropped block; and interview turns that are not headings. The lines are those of
// real pages of the development set's tune part (tests/read/real, SOURCES.md gives their sources
// and licences: Wikinews CC BY 2.5, US government and VOA pages in the public domain).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "TestSupport.hpp"
#include "read/Boilerplate.hpp"
#include "read/HeadingRules.hpp"

using namespace galley::read;
using galley::read::test::body;
using galley::read::test::has;
using galley::read::test::headings;
using galley::read::test::parse;
namespace doc = galley::doc;

namespace {

const std::string kReport =
    "London, England — The final day of rowing at the London Paralympics took place yesterday at "
    "Eton Dorney, with all the medals being decided. China finished on top, earning two golds.\n";

}  // namespace

TEST_CASE("image names with spaces and icons before their link text are furniture anywhere") {
    // en.wikiactu.com mirrors of Wikinews (2012, 2013).
    for (const char* line :
         {"Sports icon.png", "Trafalgar Square, London - London 2012 - countdown clock.jpg",
          "• Wikipedia-logo-v2.svg Quebec sovereignty movement"}) {
        const FurnitureVerdict v = classify_furniture(line);
        CHECK(v.kind == Furniture::Credit);
        CHECK(v.anywhere);
    }
    // A sentence that names a file is text.
    CHECK(classify_furniture("Save the chart as chart.png. Then open it in the viewer.").kind ==
          Furniture::None);
    CHECK(classify_furniture("The scan was published as plate.jpg.").kind == Furniture::None);
}

TEST_CASE("a caption that ends in its credit is the credit of an absent image") {
    // Wikinews (2020, 2012) and Agência Brasil (2025) captions.
    for (const char* line :
         {"Guy in 2005 (Image: Thane Plambeck)",
          "Richard Nort Je gets back into his chair Image: Laura Hale.",
          "The Matariki star cluster with known Māori names. (Image: NASA, User:PJ_1004)",
          "Após perder a filha, Márcia Noleto fundou o grupo Mães sem Nome e estudou psicologia "
          "Foto: Fernando Rabelo"}) {
        const FurnitureVerdict v = classify_furniture(line);
        CHECK(v.kind == Furniture::Credit);
        CHECK(v.anywhere);
    }
    // A paragraph of several sentences that mentions a photo, and a lowercase "photo:" inside a
    // sentence, are text.
    CHECK(classify_furniture("The museum reopened in May. Its new hall shows the prints of the "
                             "1920s and one famous Photo: Ansel Adams")
              .kind == Furniture::None);
    CHECK(classify_furniture("She described the photo: a man walking in the rain").kind ==
          Furniture::None);
    CHECK(credit_label_line("Image: Laura Hale."));
    CHECK_FALSE(credit_label_line("Jean Charest in 2010"));
}

TEST_CASE("a share widget glued into one word is a share widget") {
    // translations.state.gov (2018): the network names of the share bar without spaces.
    const FurnitureVerdict v = classify_furniture("Facebooktwittergoogle_plusmail");
    CHECK(v.kind == Furniture::Share);
    CHECK(v.anywhere);
    CHECK(classify_furniture("Facebookers").kind == Furniture::None);
    CHECK(classify_furniture("Emailing").kind == Furniture::None);
}

TEST_CASE("a dated list of other stories and its label are a teaser block") {
    const doc::Document d = parse(
        "Medals awarded at final day of rowing at London Paralympics\n\n"
        "Newest 2012 Paralympic stories\n"
        "  • 29 June 2014: Medal-seeking Spanish men arrive at 2014 Goalball World Championships\n"
        "  • 26 June 2014: Belgian men’s goalball team departs for Finland for World "
        "Championships\n"
        "  • 3 January 2014: Wikinews interviews Australian wheelchair basketball player Tina "
        "McKenzie\n\n" +
        kReport);
    const std::string text = body(d);
    CHECK_FALSE(has(text, "Goalball"));
    CHECK_FALSE(has(text, "Newest 2012"));
    CHECK(has(text, "The final day of rowing"));
    // Two dated lines are not a list of stories (a timeline of the article stays).
    const doc::Document t =
        parse("Timeline of the dispute\n\n" + kReport +
              "\n3 January 2014: the union files its claim with the labour court in Sydney\n"
              "26 June 2014: the court rules for the union and orders a new hearing\n");
    CHECK(has(body(t), "the union files its claim"));
}

TEST_CASE("a line printed twice: the second copy goes, both when it closes the page") {
    // VOA Persian (a caption and its alternative text) and a Wikisource template notice.
    const doc::Document d = parse("Norouz message\n\n" + kReport +
                                  "\nرابرت مالی نماینده ویژه وزارت خارجه آمریکا در امور ایران\n"
                                  "رابرت مالی نماینده ویژه وزارت خارجه آمریکا در امور ایران\n\n" +
                                  kReport);
    const std::string text = body(d);
    const std::string caption = "رابرت مالی نماینده ویژه";
    CHECK(has(text, caption));
    CHECK(text.find(caption) == text.rfind(caption));  // once
    const doc::Document n = parse(
        "Statement\n\n" + kReport +
        "\nThis work is in the public domain because it is a work of the US federal government.\n"
        "This work is in the public domain because it is a work of the US federal "
        "government.\n");
    CHECK_FALSE(has(body(n), "public domain"));
    CHECK(has(body(n), "The final day of rowing"));
    // A refrain (a verse line ending in a comma) stays twice.
    const doc::Document r =
        parse("Song of the river\n\n" + kReport +
              "\nRoll on, river, roll on,\nRoll on, river, roll on,\n\n" + kReport);
    const std::string rt = body(r);
    CHECK(rt.find("Roll on, river") != rt.rfind("Roll on, river"));
}

TEST_CASE("short lines among furniture above the first paragraph are furniture") {
    // en.wikiactu.com (2013): a side box between the date and the report.
    const doc::Document d = parse(
        "Wheelchair Rugby Tri-Nations Series begins in Sydney\n\n"
        "From Wikinews, the free news source you can write!\n"
        "Jump to: navigation, search\n\n"
        "Friday, September 20, 2013\n\n"
        "Wikinews Sports\n"
        "Sports icon.png\n"
        "Other sports stories\n\n"
        "Cathedral Square, Sydney, Australia — Wikinews attended the Wheelchair Rugby "
        "Tri-Nations Series in Cathedral Square, Sydney, ongoing from Wednesday.\n");
    const std::string text = body(d);
    CHECK_FALSE(has(text, "Wikinews Sports"));
    CHECK_FALSE(has(text, "Other sports stories"));
    CHECK(headings(d).empty());
    CHECK(has(text, "Cathedral Square"));
    // A caption above its credit stays; a lone credit does not make its neighbours furniture.
    const doc::Document c = parse(
        "Quebec election called for September\n\n"
        "Thursday, August 2, 2012\n\n"
        "Jean Charest in 2010\n"
        "Image: US Mission Canada.\n\n"
        "Following speculation from the media, Quebec premier Jean Charest has called a "
        "provincial election for September 4, 2012.\n");
    CHECK(has(body(c), "Jean Charest in 2010"));
}

TEST_CASE("at the end: an empty references label, the label of a dropped link list") {
    // en.wikiactu.com (2012): 'Sister links' with Wikipedia icons, then an empty 'Sources'.
    const doc::Document d = parse("Quebec election called for September\n\n" + kReport +
                                  "\nSister links\n\n"
                                  "  • Wikipedia-logo-v2.svg 2012 Quebec student protests\n"
                                  "  • Wikipedia-logo-v2.svg Quebec sovereignty movement\n\n"
                                  "Sources\n");
    const std::string text = body(d);
    CHECK_FALSE(has(text, "Sister links"));
    CHECK_FALSE(has(text, "Sources"));
    CHECK_FALSE(has(text, "Wikipedia-logo"));
    // Wikinews (2023): a gallery's introduction whose gallery is not there.
    const doc::Document g = parse("Russian photographer presents album\n\n" + kReport +
                                  "\nA sampling of works from the album:\n");
    CHECK_FALSE(has(body(g), "A sampling of works"));
    // A references label with its list stays.
    const doc::Document r = parse("Report\n\n" + kReport +
                                  "\nSources\n\n"
                                  "Ministry of Sport, annual report, Canberra, 2012, page 4\n");
    CHECK(has(body(r), "Ministry of Sport"));
}

TEST_CASE("an interview's turns are not headings; a labelled heading still is") {
    CHECK(speaker_turn("Duncan Campbell: I cheer for the Jets!"));
    CHECK(speaker_turn("Duncan Campbell: Yes, I'm from Canada, eh! (laughter)"));
    CHECK_FALSE(speaker_turn("COLLEGE MEETING: Strength in unity"));
    CHECK_FALSE(speaker_turn("Note: the figures are provisional"));
    CHECK_FALSE(heading_like("Duncan Campbell: Yes, I'm from Canada, eh! (laughter)"));
    CHECK_FALSE(exclaimed_or_quoted_heading("Duncan Campbell: I cheer for the Jets!"));
    CHECK(heading_like("COLLEGE MEETING: Strength in unity"));
}

TEST_CASE("context rules leave an infobox's fields and a closing list of topics alone") {
    // A Wikipedia page's top (corpus en/web-wikipedia-page.txt): the fields beside the skip link
    // and the "See also" line are the infobox's, not a side box of links.
    const doc::Document d = parse(
        "Mozilla - Wikipedia\n\nMozilla\n\nFrom Wikipedia, the free encyclopedia\n\n"
        "Jump to: navigation, search\n\n"
        "See also: Mozilla Foundation and Mozilla Corporation\n\n"
        "Mozilla\n\nIndustry\n\nOpen-source software\n\nFounded\n\n" +
        kReport);
    const std::string text = body(d);
    CHECK(has(text, "Industry"));
    CHECK(has(text, "Open-source software"));
    // A list of topics closing the article, above the page footer: the footer goes, the list
    // items stay (they are not the label of a dropped block).
    galley::Diagnostics diags;
    parse_article("Electronic mail today\n\n" + kReport +
                      "\nFurther topics\n\n- Electronic mail\n- Mailing lists\n"
                      "- Email marketing\n\n- Privacy policy\n- Cookie statement\n"
                      "- Mobile view\n",
                  "test.txt", {}, diags);
    std::vector<int> dropped;
    for (const auto& w : diags.warnings())
        if (w.message.rfind("dropped", 0) == 0) dropped.push_back(w.line);
    CHECK(dropped == std::vector<int>{11, 12, 13});
}

TEST_CASE("the headline printed twice does not end the page's top furniture") {
    // en.wikiactu.com (2012): the post's title, the wiki page's title, then the wiki's tagline.
    const doc::Document d = parse(
        "Wiki Actu en\n\nSeptember 3, 2012\n\n"
        "Medals awarded at final day of rowing at London Paralympics\n\n"
        "Medals awarded at final day of rowing at London Paralympics\n\n"
        "From Wikinews, the free news source you can write!\n"
        "Jump to: navigation, search\n\n" +
        kReport);
    CHECK(d.meta.title == "Medals awarded at final day of rowing at London Paralympics");
    const std::string text = body(d);
    CHECK_FALSE(has(text, "From Wikinews"));
    CHECK_FALSE(has(text, "Medals awarded"));
    CHECK(has(text, "The final day of rowing"));
}
