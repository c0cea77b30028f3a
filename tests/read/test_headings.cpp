// Section headings against the lines that only look like them, each pattern from a real text
// (the source of every snippet is noted; whole articles are read from the development set,
// tests/read/real, whose SOURCES.md gives their licences).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "TestSupport.hpp"
#include "read/HeadingRules.hpp"

using namespace galley::read;
using galley::read::test::headings;
using galley::read::test::parse;
namespace doc = galley::doc;
using V = std::vector<std::string>;

namespace {

/// An article of the development set, parsed as galley reads it.
doc::Document dev_article(const std::string& id) {
    const auto path = std::filesystem::path(READ_FIXTURES) / ".." / "real" / (id + ".txt");
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in);
    std::stringstream ss;
    ss << in.rdbuf();
    return parse(ss.str());
}

}  // namespace

TEST_CASE("a short line above the first sentence of prose is a caption or a label") {
    // de.wikinews mirror (de-wikiactu-2012-interpol-anonymous, CC BY 2.5): the photo caption
    // stands between the page's status lines and the lede.
    const doc::Document d = parse(
        "Interpol: Bei einer länderübergreifenden Polizeiaktion wurden 25 mutmaßliche "
        "Anonymous-Hacker festgenommen\n\n"
        "Veröffentlicht: 17:06, 29. Feb. 2012 (CET)\n"
        "Bitte keine inhaltlichen Veränderungen vornehmen.\n\n"
        "Generalsekretariat von Interpol in Lyon\n\n"
        "Lyon (Frankreich), 29.02.2012 – Bei einer durch Interpol koordinierten Großrazzia in den "
        "Ländern Spanien, Chile, Argentinien und Kolumbien wurden 25 mutmaßliche Mitglieder des "
        "Hackernetzwerkes Anonymous festgenommen.\n");
    CHECK(headings(d).empty());
}

TEST_CASE("a heading precedes text: not a byline, a credit, a link list or nothing") {
    // creativecommons.org/weblog/page/3 (CC BY 4.0): the next post's headline over its byline.
    const doc::Document cc = parse(
        "Sharing is our path forward\n\n"
        "Creative Commons licenses provide a simple, standardized way to give the public "
        "permission to share and use creative work on conditions of the creator's choice.\n\n"
        "Norwegian translation of 4.0 published\n\n"
        "Kat Walsh, December 23rd, 2014\n\n"
        "The Norwegian translation of the 4.0 licenses is now published, thanks to the work of "
        "the Creative Commons Norway team and many volunteers.\n");
    CHECK(headings(cc).empty());
    // cpo.noaa.gov (public domain): a related-links label over 'Scroll to Top'.
    const doc::Document noaa = parse(
        "Climate.gov team supports 2014 State of the Climate rollout\n\n"
        "In addition, a number of high-visibility publications utilized the Climate.gov images. "
        "These publications included: Bloomberg News, Forbes, Gizmodo, and CBS News, among "
        "others.\n"
        "To view this year’s highlights, visit: "
        "www.climate.gov/news-features/understanding-climate/2014-state-climate-highlights\n\n"
        "Related News and Events\n\nScroll to Top\n");
    CHECK(headings(noaa).empty());
}

TEST_CASE("fields in a run and speaker labels are not headings") {
    // fsfe.org news 2022-03-02 (whole article in the development set): "Wann:" / "Wo:".
    const doc::Document fsfe = dev_article("de-fsfe-2022-routerfreiheit-oesterreich");
    CHECK(headings(fsfe) == V{"Routerfreiheit in Österreich", "Die Initiative Routerfreiheit"});
    // mext.go.jp minister's press conference record, 2009-10-01 (Government of Japan Standard
    // Terms of Use 2.0): the speaker labels '記者)' and '大臣)' close a bracket they never opened.
    // A Hebrew calendar date, day and year in letters (he-benyehuda-1894-ahad-haam-savlanut,
    // Project Ben-Yehuda, public domain): the gershayim straight, curly or as ״.
    CHECK(not_a_heading("כ“ט טבת תרנ”ד"));
    CHECK(not_a_heading("כ\"ט טבת תרנ\"ד"));
    CHECK(not_a_heading("ה׳ שבט תרנ״ד"));
    CHECK_FALSE(not_a_heading("מכתב גלוי אל העורך"));
    CHECK(not_a_heading("大臣)"));
    CHECK(not_a_heading(" 記者)"));
    CHECK_FALSE(not_a_heading("オリンピック招致(仮称)"));
}

TEST_CASE("widgets, name-and-role captions and credits are not headings") {
    // voatiengviet.com (public domain): the font-size widget between two paragraphs.
    CHECK(not_a_heading("CỠ CHỮ - +"));
    // VOA Korean 2023 (public domain): a photo caption "name / role".
    CHECK(not_a_heading("수전 숄티 / 북한자유연합 대표"));
    // creativecommons.org (CC BY 4.0): a photo credit.
    CHECK(not_a_heading("Sara Fratti / CC BY 2.0"));
    // A closing quote set apart as French does still ends a word.
    CHECK_FALSE(not_a_heading("L'évènement jeu de la journée « J'aime les Logiciels Libres »"));
}

TEST_CASE("exclaimed and quoted section headings between paragraphs") {
    // fsfe.org news 2024-02-08 in Dutch (development set): every subhead ends with '!'.
    CHECK(headings(dev_article("nl-fsfe-2024-ilovefs-minder-dan-een-week")) ==
          V{"In Bergamo (Italië), met Kenobit en Dario!", "Andere bijeenkomsten in Europa!",
            "Verspreid de boodschap, deel de liefde!"});
    CHECK(exclaimed_or_quoted_heading("Andere bijeenkomsten in Europa!"));
    CHECK_FALSE(exclaimed_or_quoted_heading("Merci !"));          // an interjection
    CHECK_FALSE(exclaimed_or_quoted_heading("Ja! Wir kommen!"));  // two sentences
    // fsfe.org news 2023-06-06 in Italian (development set): a heading ending in a quoted title.
    const auto it = headings(dev_article("it-fsfe-2023-dphoenix-fallimento"));
    CHECK(std::find(it.begin(), it.end(),
                    "Software Libero e “Denaro pubblico? Codice pubblico!”") != it.end());
    CHECK(exclaimed_or_quoted_heading("Software Libero e “Denaro pubblico? Codice pubblico!”"));
    CHECK_FALSE(exclaimed_or_quoted_heading("Il a dit « merci. »"));
}

TEST_CASE("numbered Chinese and Japanese heads stand anywhere") {
    // kantei.go.jp press conference 2018-11-09 (development set, Government of Japan Standard
    // Terms of Use 2.0): '2.質疑応答' stands over a speaker label, not over a sentence.
    CHECK(headings(dev_article("ja-kantei-2018-olympic-minister-kaiken")) ==
          V{"1.冒頭発言", "2.質疑応答"});
    CHECK(numbered_head("2.質疑応答"));
    CHECK(numbered_head("一、坚持稳中求进"));
    CHECK_FALSE(numbered_head("2.5億円の補正予算を計上した。"));
    CHECK_FALSE(numbered_head("1. Introduction"));  // Latin numbered items are list items
}

TEST_CASE("a heading over a list of sentences; a lone label above the lede is not one") {
    // fsfe.org news 2020-03-10 (development set): 'Main responsibilities' over its duties.
    const auto jobs = headings(dev_article("en-fsfe-2020-executive-assistant"));
    CHECK(std::find(jobs.begin(), jobs.end(), "Main responsibilities") != jobs.end());
    CHECK(std::find(jobs.begin(), jobs.end(),
                    "Issue outgoing invoices and monitor incoming payments") == jobs.end());
    // VOA Persian 2020 (public domain, fa-voa-2020-hook-kimia-alizadeh): a photo caption naming
    // the man under the headline, alone above the lede.
    CHECK(headings(dev_article("fa-voa-2020-hook-kimia-alizadeh")).empty());
}
