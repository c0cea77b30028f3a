// Structure rules one at a time: bylines, dates, boilerplate, language, headings, lists, quotes,
// scene breaks, paragraphs. Strings are lines of the corpus unless marked otherwise.
#include <catch2/catch.hpp>

#include "TestSupport.hpp"
#include "read/BlockParser.hpp"
#include "read/Boilerplate.hpp"
#include "read/Byline.hpp"
#include "read/DateParser.hpp"
#include "read/Language.hpp"

using namespace galley::read;
using galley::read::test::first_text;
using galley::read::test::parse;
namespace doc = galley::doc;

TEST_CASE("bylines in their real shapes") {
    using V = std::vector<std::string>;
    CHECK(parse_byline("BYYasir Rehman")->authors == V{"Yasir Rehman"});  // the sample article
    CHECK(parse_byline("by Haute Haiku")->authors == V{"Haute Haiku"});   // Global Voices 2009
    CHECK(parse_byline("BY YASIR REHMAN")->authors == V{"YASIR REHMAN"});
    CHECK(parse_byline("By Diego Casaes and Juan Arellano")->authors ==
          V{"Diego Casaes", "Juan Arellano"});
    CHECK(parse_byline("By John Liebhardt, Sylwia Presley and Sarita Moreira")->authors ==
          V{"John Liebhardt", "Sylwia Presley", "Sarita Moreira"});
    CHECK(parse_byline("Elia Varela Serra, Staff Writer")->authors == V{"Elia Varela Serra"});
    CHECK(parse_byline("By Bradley M. Kuhn.")->authors == V{"Bradley M. Kuhn"});

    const auto wmf = parse_byline("By Wikimedia Foundation\u202215 January 2020");
    REQUIRE(wmf);
    CHECK(wmf->authors == V{"Wikimedia Foundation"});
    CHECK(wmf->date_text == "15 January 2020");

    const auto wh = parse_byline("January 17, 2017 at 6:08 PM ET by Kori Schulman");
    REQUIRE(wh);
    CHECK(wh->authors == V{"Kori Schulman"});
    CHECK(wh->date_text == "January 17, 2017 at 6:08 PM ET");

    const auto ebb = parse_byline("Tuesday 15 October 2019 by Bradley M. Kuhn");
    REQUIRE(ebb);
    CHECK(ebb->authors == V{"Bradley M. Kuhn"});

    // Agência Brasil (dev set pt-agenciabrasil-2021-31-anos-alcance): date, "Por" with a
    // capital, the name, then the role and the place after dashes.
    const auto abr = parse_byline(
        "Publicado em 10/05/2021 \u2014 06:05 Por Luiz Claudio Ferreira "
        "\u2014 Rep\u00F3rter da Ag\u00EAncia Brasil \u2014 Bras\u00EDlia");
    CHECK(is_date_line("Publicado em 10/05/2021 \u2014 06:05"));
    REQUIRE(abr);
    CHECK(abr->authors == V{"Luiz Claudio Ferreira"});
    CHECK(abr->date_text == "Publicado em 10/05/2021 \u2014 06:05");
    // The agency's name closing a VOA Korean article (dev set ko-voa-pompeo-north-korea-leader).
    const auto voa = parse_closing_credit("VOA \uB274\uC2A4");
    REQUIRE(voa);
    CHECK(voa->authors == V{"VOA \uB274\uC2A4"});
    CHECK(voa->publisher == "VOA");
    CHECK_FALSE(parse_closing_credit("Voice"));
    CHECK_FALSE(parse_closing_credit("Reuters reported on Monday."));
    // A weekday and the date (VOA Vietnamese, dev set vi-voa-ban-viet-ngu-thanh-lap) is a date.
    CHECK_FALSE(parse_byline("Th\u1EE9 T\u01B0, 16/04/2014"));
    CHECK(is_date_line("Th\u1EE9 T\u01B0, 16/04/2014"));
    const auto agency = parse_byline("By Jane Roe - Reuters");
    REQUIRE(agency);
    CHECK(agency->authors == V{"Jane Roe"});
    CHECK(agency->publisher == "Reuters");

    // Sentences that start like a byline are not bylines.
    CHECK_FALSE(
        parse_byline("By liberating the impregnable fortress of Shusha from Armenian occupation"));
    CHECK_FALSE(parse_byline("By so many measures, our country is stronger and more prosperous"));
    CHECK_FALSE(parse_byline("By 2020 the war had ended."));
    CHECK_FALSE(parse_byline(
        "Photo of Conflict in Bagua by TV Cultura and used under Creative Commons license."));
}

TEST_CASE("dates in common English, German and French formats") {
    CHECK(find_date("On November 8, 2020, Baku")->iso == "2020-11-08");
    CHECK(find_date("On Nov. 10, 2020, Baku and Yerevan")->iso == "2020-11-10");
    CHECK(find_date("Wednesday, June 10th, 2009 @ 17:22 UTC")->iso == "2009-06-10");
    CHECK(find_date("Tuesday 15 October 2019")->iso == "2019-10-15");
    CHECK(find_date("\u00DCbersetzung ver\u00F6ffentlicht am 30 April 2019 13:10 GMT")->iso ==
          "2019-04-30");
    CHECK(find_date("BGer 6B_1224/2019 vom 24.01.2020, F\u00FCnferbesetzung")->iso == "2020-01-24");
    CHECK(find_date("le 10 d\u00E9cembre 1948")->iso == "1948-12-10");
    CHECK(find_date("am 24. M\u00E4rz 2020")->iso == "2020-03-24");
    CHECK(find_date("2020-11-08")->iso == "2020-11-08");
    CHECK(find_date("2020/11/08")->iso == "2020-11-08");
    CHECK(find_date("\u5E73\u6210\u306F2019\u5E744\u670830\u65E5\u307E\u3067")->iso ==
          "2019-04-30");
    CHECK_FALSE(find_date("04/02/2020"));                 // day and month cannot be told apart
    CHECK(find_date("16/04/2014")->iso == "2014-04-16");  // VOA Vietnamese (dev set)
    CHECK(find_date("Posted 12/25/2020")->iso == "2020-12-25");
    CHECK(find_date("Publicado em 10/05/2021 \u2014 06:05")->iso ==
          "2021-05-10");  // Agência Brasil
    CHECK_FALSE(find_date("Published 04/02/2020"));
    CHECK_FALSE(find_date("1/2/2020/3"));
    CHECK_FALSE(find_date("February 30, 2020"));
    CHECK_FALSE(find_date("the 44-day war, nearly 300 settlements"));

    CHECK(is_date_line("Wednesday, June 10th, 2009 @ 17:22 UTC"));
    CHECK(is_date_line("April 11, 2015"));
    CHECK_FALSE(is_date_line(
        "Armenia occupied Shusha on May 8, 1992. The city underwent an unforeseen policy."));
}

TEST_CASE("boilerplate lines are recognised, prose is not") {
    for (const char* line :
         {"Notify of", "Inline Feedbacks", "View all comments", "Share This", "Print version",
          "2 comments", "1 comment", "Share This: Twitter Facebook Email", "Twitter Facebook Email",
          "Teile das:", "Skip to content", "Advertisement", "Related", "Leave a comment",
          "We use cookies to improve your experience.", "Sign up for our weekly newsletter",
          "- Drucken", "Beitrags-Navigation",
          "\u2190 Previous: Chasing Quick Fixes To Sustainability",
          // one line per pattern of the regex, which only runs behind a quick start/end check
          "12 Responses", "3 Kommentare", "Comments (4)", "Share on Facebook and more",
          "Click to email a link to a friend", "This website uses cookies to track you",
          "Our site uses cookies.", "Accept all cookies", "Manage cookies", "Follow us on Mastodon",
          "Next post: The harbour at dawn", "Previous articles: Old news",
          "Tags: politics, harbour", "Older posts \u2192",
          "Please subscribe to the daily newsletter now"})
        CHECK(is_boilerplate(line));
    for (const char* line :
         {"Share the road with cyclists, the mayor said.", "Related to this, the council voted.",
          "Email was the main channel for the campaign.", "Kamran writes:", "Posted by Haute Haiku",
          "We walked to the harbour.",
          "Next year the council votes again on the budget of the harbour and the port."})
        CHECK_FALSE(is_boilerplate(line));
}

TEST_CASE("language detection from script and stop words") {
    CHECK(detect_language(
              "Call me Ishmael. Some years ago, having little or no money in my purse") == "en");
    CHECK(detect_language("Seit dem Ausbruch der Massenproteste gegen Pr\u00E4sident Daniel Ortega "
                          "in Nicaragua hat die Regierung") == "de");
    CHECK(detect_language("Tous les \u00EAtres humains naissent libres et \u00E9gaux en "
                          "dignit\u00E9 et en droits.") == "fr");
    CHECK(detect_language("H\u0259r k\u0259s ya\u015Famaq, azadl\u0131q v\u0259 \u015F\u0259xsi "
                          "toxunulmazl\u0131q h\u00FCququna malikdir.") == "az");
    CHECK(detect_language("Herkes ya\u015Famak, \u00F6zg\u00FCrl\u00FCk ve ki\u015Fi "
                          "g\u00FCvenli\u011Fi hakk\u0131na sahiptir.") == "tr");
    CHECK(detect_language("T\u1EA5t c\u1EA3 m\u1ECDi ng\u01B0\u1EDDi sinh ra \u0111\u1EC1u "
                          "\u0111\u01B0\u1EE3c t\u1EF1 do") == "vi");
    CHECK(detect_language("\u0412\u0441\u0435 \u043B\u044E\u0434\u0438 "
                          "\u0440\u043E\u0436\u0434\u0430\u044E\u0442\u0441\u044F "
                          "\u0441\u0432\u043E\u0431\u043E\u0434\u043D\u044B\u043C\u0438") == "ru");
    CHECK(detect_language("\u038C\u03BB\u03BF\u03B9 \u03BF\u03B9 "
                          "\u03AC\u03BD\u03B8\u03C1\u03C9\u03C0\u03BF\u03B9") == "el");
    CHECK(detect_language(
              "\u064A\u0648\u0644\u062F \u062C\u0645\u064A\u0639 \u0627\u0644\u0646\u0627\u0633") ==
          "ar");
    CHECK(
        detect_language(
            "\u05DB\u05DC \u05D1\u05E0\u05D9 \u05D0\u05D3\u05DD \u05E0\u05D5\u05DC\u05D3\u05D5") ==
        "he");
    CHECK(detect_language("\u4EBA\u4EBA\u751F\u800C\u81EA\u7531\uFF0C\u5728\u5C0A\u4E25\u548C\u6743"
                          "\u5229\u4E0A\u4E00\u5F8B\u5E73\u7B49\u3002") == "zh-Hans");
    CHECK(detect_language("\u3059\u3079\u3066\u306E\u4EBA\u9593\u306F\u3001\u751F\u307E\u308C\u306A"
                          "\u304C\u3089\u306B\u3057\u3066\u81EA\u7531") == "ja");
    CHECK(detect_language("\u0938\u092D\u0940 \u092E\u0928\u0941\u0937\u094D\u092F\u094B\u0902 "
                          "\u0915\u094B \u0917\u094C\u0930\u0935 \u0914\u0930 "
                          "\u0905\u0927\u093F\u0915\u093E\u0930\u094B\u0902 \u0915\u0947 "
                          "\u092E\u093E\u092E\u0932\u0947 \u092E\u0947\u0902 "
                          "\u091C\u0928\u094D\u092E\u091C\u093E\u0924 "
                          "\u0938\u094D\u0935\u0924\u0928\u094D\u0924\u094D\u0930\u0924\u093E "
                          "\u0914\u0930 \u0938\u092E\u093E\u0928\u0924\u093E "
                          "\u092A\u094D\u0930\u093E\u092A\u094D\u0924 \u0939\u0948") == "hi");
    CHECK(detect_language(
              "\u0928\u093E\u091F\u0915 \u0939\u093E \u090F\u0915 "
              "\u0938\u093E\u0939\u093F\u0924\u094D\u092F\u092A\u094D\u0930\u0915\u093E\u0930 "
              "\u0906\u0939\u0947 \u0906\u0923\u093F "
              "\u0924\u094D\u092F\u093E\u091A\u094D\u092F\u093E \u092E\u0927\u094D\u092F\u0947") ==
          "mr");
    CHECK(normalize_language_tag("EN_us") == "en-US");
    CHECK(normalize_language_tag("zh_hans") == "zh-Hans");
    CHECK(normalize_language_tag("not a tag!") == "");
}

TEST_CASE("paragraphs: blank-line separated, hard wraps joined, one per line, ragged lines kept") {
    const doc::Document d = parse(
        "Title\n\nCall me Ishmael. Some years ago, having little or no money in\nmy purse, and "
        "nothing particular to "
        "interest me on shore, I thought\nI would sail about.\n\nSecond.\n");
    REQUIRE(d.blocks.size() == 2);
    CHECK(first_text(d) ==
          "Call me Ishmael. Some years ago, having little or no money in my purse, and nothing "
          "particular to "
          "interest me on shore, I thought I would sail about.");

    const doc::Document lines = parse(
        "Weekly Address\n\nThe White House\nFor Immediate Release\nApril 11, 2015\n\nText.\n");
    REQUIRE(lines.blocks.size() == 2);
    CHECK(first_text(lines) == "The White House\nFor Immediate Release\nApril 11, 2015");

    // Hyphenated line ends join without a space; CJK lines join without one.
    const doc::Document hyph = parse(
        "T\n\nThe whale was a well-known sea-\nmonster of the deep, a very long animal "
        "that\nswims.\n\nEnd.\n");
    CHECK(first_text(hyph) ==
          "The whale was a well-known sea-monster of the deep, a very long animal that swims.");
}

TEST_CASE("headings between paragraphs get stable unique ids") {
    auto ids_of = [](const doc::Document& d) {
        std::vector<std::string> ids;
        for (const doc::Block& b : d.blocks)
            if (const auto* h = std::get_if<doc::Heading>(&b.value)) ids.push_back(h->id);
        return ids;
    };
    const doc::Document d =
        parse("Title\n\nPreamble text.\n\nArticle 1\n\nText one.\n\nArticle 1\n\nText again.\n");
    CHECK(ids_of(d) == std::vector<std::string>{"h-1-article-1", "h-2-article-1"});
    // intl/wikipedia-ja-413 section names: ids keep the script.
    const doc::Document ja = parse(
        "\u6803\u6728\u770C\n\n\u6B74\u53F2\n\n\u672C\u6587\u3002\n\n\u5730\u7406\n\n\u672C\u6587"
        "\u3002\n");
    CHECK(ids_of(ja) == std::vector<std::string>{"h-1-\u6B74\u53F2", "h-2-\u5730\u7406"});
    // news/gv-en-2009-egypt: a short Arabic blog line quoted in an English article is no heading.
    const doc::Document quoted = parse(
        "Egypt: Will there be any action after Obama's Talk?\n\nThe first optimistic opinion came "
        "from Ahmed:\n\n"
        "\u064A\u0647\u0645\u0646\u064A \u0627\u0644\u0641\u0639\u0644 \u0645\u0634 "
        "\u0643\u0644\u0627\u0645\n\n"
        "I care about action, not words.\n");
    CHECK(ids_of(quoted).empty());
    // A short last line is not a heading: nothing follows it.
    const doc::Document last = parse("Title\n\nText.\n\nThe End\n");
    CHECK(std::holds_alternative<doc::Paragraph>(last.blocks.back().value));
    // Lines ending in a colon introduce quotes; they are not headings.
    const doc::Document colon = parse("Title\n\nText.\n\nKamran writes:\n\nQuote.\n");
    CHECK(std::holds_alternative<doc::Paragraph>(colon.blocks[1].value));
}

TEST_CASE("lists: bullets, numbers, continuation and merging") {
    const doc::Document d = parse(
        "T\n\nIntro:\n- Twitter (handle)\n- Facebook (username\n  and followers)\n\n- "
        "Instagram\n\n3. three\n4) four\n");
    REQUIRE(d.blocks.size() == 3);
    const auto& ul = std::get<doc::List>(d.blocks[1].value);
    CHECK_FALSE(ul.ordered);
    REQUIRE(ul.items.size() == 3);
    CHECK(doc::plain_text(std::get<doc::Paragraph>(ul.items[1][0].value).content) ==
          "Facebook (username and followers)");
    const auto& ol = std::get<doc::List>(d.blocks[2].value);
    CHECK(ol.ordered);
    CHECK(ol.start == 3);
    CHECK(ol.items.size() == 2);
}

TEST_CASE("block quotes and scene breaks") {
    const doc::Document d = parse(
        "T\n\n> Quoted line one\n> line two\n\nText.\n\n* * *\n\n    Indented verse line\n    "
        "second line\n\n***\n\n---\n\nEnd.\n");
    REQUIRE(d.blocks.size() == 7);
    CHECK(std::holds_alternative<doc::BlockQuote>(d.blocks[0].value));
    CHECK(std::holds_alternative<doc::SceneBreak>(d.blocks[2].value));
    CHECK(std::holds_alternative<doc::BlockQuote>(d.blocks[3].value));
    CHECK(std::holds_alternative<doc::SceneBreak>(d.blocks[4].value));
    CHECK(std::holds_alternative<doc::SceneBreak>(d.blocks[5].value));
    CHECK(is_scene_break("\u2042"));
    CHECK_FALSE(is_scene_break("- -"));
    CHECK_FALSE(is_scene_break("*emphasis*"));
    // When every paragraph is indented, indentation is paragraph style, not quotation.
    const doc::Document indented =
        parse("T\n\n    First paragraph.\n\n    Second paragraph.\n\n    Third.\n");
    CHECK(std::holds_alternative<doc::Paragraph>(indented.blocks[0].value));
}

TEST_CASE("source line numbers are kept on blocks") {
    const doc::Document d = parse("Title\n\nBY Jane Roe\n\nFirst.\n\n\nSecond\nline.\n");
    REQUIRE(d.blocks.size() == 2);
    CHECK(d.blocks[0].line == 5);
    CHECK(d.blocks[1].line == 8);
}

TEST_CASE("metadata: --meta wins, title falls back to the file stem") {
    galley::Diagnostics diags;
    ReadOptions o;
    o.meta = {{"title", "Given"},
              {"author", "A One; B Two"},
              {"date", "8 November 2022"},
              {"lang", "de"}};
    const doc::Document d =
        parse_article("Text title\n\nBYYasir Rehman\n\nBody.\n", "x/article.txt", o, diags);
    CHECK(d.meta.title == "Given");
    CHECK(d.meta.authors == std::vector<std::string>{"A One", "B Two"});
    CHECK(d.meta.date == "2022-11-08");
    CHECK(d.meta.date_text == "8 November 2022");
    CHECK(d.meta.language == "de");

    const doc::Document untitled =
        parse_article(std::string(400, 'x') + "\n", "dir/my-article.txt", {}, diags);
    // No headline and no sentence short enough: the file name in words (with a warning).
    CHECK(untitled.meta.title == "My article");
}

TEST_CASE("subtitle between title and byline, dateline at the start of the text") {
    // The sample article's headline with a standfirst, a two-author byline and a dateline added.
    const doc::Document d = parse(
        "Azerbaijan Marks Second Anniversary of Victory Day\n\n"
        "Celebrations in the liberated city of Shusha mark two years since the end of the war\n\n"
        "By Yasir Rehman and Jane Roe\nNovember 8, 2022\n\n"
        "BAKU, Azerbaijan \u2014 Azerbaijan celebrated the second anniversary of the historic "
        "victory.\n");
    CHECK(d.meta.subtitle ==
          "Celebrations in the liberated city of Shusha mark two years since the end of the war");
    CHECK(d.meta.authors == std::vector<std::string>{"Yasir Rehman", "Jane Roe"});
    CHECK(d.meta.date == "2022-11-08");
    CHECK(d.meta.date_text == "November 8, 2022");
    CHECK(d.meta.dateline == "BAKU, Azerbaijan \u2014");
    CHECK_FALSE(d.meta.date_first);  // byline, then date: the title blocks keep that order
    CHECK(parse("T\n\nNovember 8, 2022\nBy Jane Roe\n\nText.\n").meta.date_first);
    // The dateline stays in the text: nothing is lost if a backend ignores the field.
    CHECK(first_text(d).rfind("BAKU, Azerbaijan \u2014 Azerbaijan celebrated", 0) == 0);
    CHECK(parse("T\n\nWASHINGTON (AP) -- Text of the story.\n").meta.dateline ==
          "WASHINGTON (AP) \u2013");
    CHECK(parse("T\n\nThe city -- said the mayor -- was calm.\n").meta.dateline.empty());

    // Without a byline after it, the second line is the first paragraph, not a subtitle.
    const doc::Document plain =
        parse("Title\n\nA short first paragraph without a stop\n\nMore text.\n");
    CHECK(plain.meta.subtitle.empty());
}

TEST_CASE("a navigation row at the top is never the headline") {
    // Constructed like a typical news page (session 5's unseen-input check): skip link, menu
    // row, headline, byline, date, text — with and without blank lines between the lines.
    const char* lines[] = {"Skip to main content",
                           "Home | News | Sport | Weather",
                           "Rail strike called off after late-night talks",
                           "By Maria Lopez and Tom Hughes",
                           "12 March 2024",
                           "The planned rail strike has been called off after unions and operators "
                           "reached an agreement late on Monday night, officials said.",
                           "Passengers had been warned to expect severe disruption on Tuesday."};
    for (const char* sep : {"\n", "\n\n"}) {
        std::string text;
        for (const char* l : lines) (text += l) += sep;
        INFO("separator " << (std::string(sep) == "\n" ? "newline" : "blank line"));
        const doc::Document d = parse(text);
        CHECK(d.meta.title == "Rail strike called off after late-night talks");
        CHECK(d.meta.authors == std::vector<std::string>{"Maria Lopez", "Tom Hughes"});
        CHECK(d.meta.date == "2024-03-12");
        CHECK(first_text(d).rfind("The planned rail strike", 0) == 0);
    }
    // Other separators; a title with two parts split by a bar is still a title.
    for (const char* row : {"Home \u203A World \u203A Asia", "Home \u00B7 News \u00B7 Sport",
                            "News \u2022 Business \u2022 Markets \u2022 Opinion"})
        CHECK(parse(std::string(row) + "\n\nHeadline of the story here\n\nBy Jane Roe\n\nText "
                                       "of the story, a sentence of prose.\n")
                  .meta.title == "Headline of the story here");
    CHECK(parse("A Tiny Galaxy with a Big Heart | Hubble\n\nText of the story, a sentence.\n")
              .meta.title == "A Tiny Galaxy with a Big Heart | Hubble");
    // Under the title (corpus anthology/wp-el-1335, el.wikipedia): the previous/next day row.
    const doc::Document el = parse(
        "29 \u03A6\u03B5\u03B2\u03C1\u03BF\u03C5\u03B1\u03C1\u03AF\u03BF\u03C5\n\n"
        "28 \u03A6\u03B5\u03B2\u03C1\u03BF\u03C5\u03B1\u03C1\u03AF\u03BF\u03C5 | 29 "
        "\u03A6\u03B5\u03B2\u03C1\u03BF\u03C5\u03B1\u03C1\u03AF\u03BF\u03C5 | 1 "
        "\u039C\u03B1\u03C1\u03C4\u03AF\u03BF\u03C5\n\nText of the article, a sentence of "
        "prose.\n");
    CHECK(el.meta.title == "29 \u03A6\u03B5\u03B2\u03C1\u03BF\u03C5\u03B1\u03C1\u03AF\u03BF\u03C5");
    CHECK(first_text(el) == "Text of the article, a sentence of prose.");
}

TEST_CASE("front matter authors: unnamed others are not an author") {
    // go.dev/blog "Contributors Summit 2019" (dev set en-goblog-2019-contributors-summit).
    const doc::Document d = parse(
        "---\ntitle: Contributors Summit 2019\ndate: 2019-08-15\nby:\n- Carmen Andoh and "
        "contributors\n---\n\nFor the third year in a row, the Go team and contributors convened "
        "the day before GopherCon.\n");
    CHECK(d.meta.authors == std::vector<std::string>{"Carmen Andoh"});
}

TEST_CASE("a label above the headline: the headline is the line the date follows") {
    // Shape of a government press release (dev set mr-pib-2020-mumbai-post-special-cover): an
    // office's name, the headline, the posting date. English words, constructed.
    const doc::Document d = parse(
        "Ministry of Communications\n\nIndia Post Mumbai region to release a special "
        "cover on cleanliness and recycling tomorrow\n\nPosted On: 24 NOV 2020 3:48PM\n\n"
        "The Mumbai region of India Post will release a special cover on Wednesday morning "
        "at the General Post Office.\n");
    CHECK(d.meta.title ==
          "India Post Mumbai region to release a special cover on cleanliness "
          "and recycling tomorrow");
    CHECK(d.meta.date == "2020-11-24");
    // A headline with a standfirst under it keeps its title.
    const doc::Document kept = parse(
        "Azerbaijan Marks Second Anniversary of Victory Day\n\nCelebrations in the liberated "
        "city of Shusha mark two years since the end of the war.\n\nBy Yasir Rehman\n\nText "
        "of the story, a sentence.\n");
    CHECK(kept.meta.title == "Azerbaijan Marks Second Anniversary of Victory Day");
}

TEST_CASE("boilerplate goes only at the edges; inner lines stay") {
    galley::Diagnostics diags;
    const doc::Document d = parse_article(
        "Skip to content\nAzerbaijan Marks Second Anniversary of Victory Day\n\nShare this\n\n"
        "Two years ago on this day, the Azerbaijani forces liberated Shusha.\n\nRelated\n\n"
        "The cease-fire is seen as a victory for Azerbaijan.\n\nAdvertisement\n\nNotify of\n",
        "edge.txt", {}, diags);
    CHECK(d.meta.title == "Azerbaijan Marks Second Anniversary of Victory Day");
    REQUIRE(d.blocks.size() == 3);
    CHECK(doc::dump(d).find(": Related\n") != std::string::npos);  // kept (as a heading)
    std::vector<int> lines;
    for (const galley::Diagnostic& w : diags.warnings()) lines.push_back(w.line);
    CHECK(lines == std::vector<int>{1, 4, 12, 14});
    CHECK(diags.warnings()[0].message == "dropped web boilerplate 'Skip to content'");
}

TEST_CASE("lines that are finished sentences are paragraphs; German hard wraps are joined") {
    // news/wh-2015 paragraphs typed one per line without blank lines.
    const doc::Document d = parse(
        "Weekly Address\n\nMaking two years of community college free is good for workers, good "
        "for companies.\n"
        "It\u2019s a simple fact that community colleges are the most flexible educational "
        "institutions we have.\n"
        "Doing just that would pay for free community college and provide a leg up for working "
        "families.\n");
    CHECK(d.blocks.size() == 3);
    // news/gv-de-2019-nicaragua, wrapped at 72 columns for the test.
    const doc::Document de = parse(
        "Ein Jahr voller Proteste\n\nDie Demonstrationen richteten sich urspr\u00FCnglich gegen "
        "eine geplante\n"
        "Sozialreform, die eine Erh\u00F6hung der Einkommenssteuer und die K\u00FCrzung der\n"
        "Renten vorsah. Als Reaktion auf das harte Vorgehen durch die Polizei\n"
        "weiteten sich die Proteste aus.\n");
    REQUIRE(de.blocks.size() == 1);
    CHECK(first_text(de) ==
          "Die Demonstrationen richteten sich urspr\u00FCnglich gegen eine geplante Sozialreform, "
          "die eine "
          "Erh\u00F6hung der Einkommenssteuer und die K\u00FCrzung der Renten vorsah. Als Reaktion "
          "auf das harte "
          "Vorgehen durch die Polizei weiteten sich die Proteste aus.");
}

TEST_CASE("unknown metadata keys and invalid language tags are reported, not fatal") {
    galley::Diagnostics diags;
    ReadOptions o;
    o.meta = {{"colour", "blue"}, {"lang", "not a tag!"}};
    const doc::Document d =
        parse_article("Call me Ishmael\n\nSome years ago.\n", "m.txt", o, diags);
    CHECK(d.meta.language == "en");
    REQUIRE(diags.warnings().size() == 2);
    CHECK(diags.warnings()[0].message == "ignored unknown metadata key 'colour'");
    CHECK(diags.warnings()[1].message == "ignored invalid language tag 'not a tag!'");
}

TEST_CASE("a header block may use German or French field names") {
    // news/strafprozess-ch-2020: title and author of the post, as a header block.
    const doc::Document d = parse(
        "Titel: Rasende Polizisten\nAutor: Konrad Jeker\nDatum: 4. Februar 2020\n\n"
        "Auch Polizisten im Dienst k\u00F6nnen den Rasertatbestand erf\u00FCllen.\n");
    CHECK(d.meta.title == "Rasende Polizisten");
    CHECK(d.meta.authors == std::vector<std::string>{"Konrad Jeker"});
    CHECK(d.meta.date == "2020-02-04");
    CHECK(d.meta.language == "de");
    CHECK(d.blocks.size() == 1);
}

TEST_CASE("markdown-style titles lose their markup") {
    const doc::Document hash = parse("# Loomings\n\nCall me Ishmael.\n");
    CHECK(hash.meta.title == "Loomings");
    const doc::Document setext =
        parse("Loomings\n========\n\nCall me Ishmael.\n\n* * *\n\nSome years ago.\n");
    CHECK(setext.meta.title == "Loomings");
    REQUIRE(setext.blocks.size() == 3);
    CHECK(std::holds_alternative<doc::Paragraph>(setext.blocks[0].value));
    CHECK(std::holds_alternative<doc::SceneBreak>(setext.blocks[1].value));
}

TEST_CASE("chapter titles are headings, also when wrapped") {
    // en/moby-dick-whole-book.txt lines 9766-9767 and a chapter start.
    const doc::Document d = parse(
        "Moby-Dick\n\nThe end of the previous chapter.\n\n"
        "CHAPTER 56. Of the Less Erroneous Pictures of Whales, and the True\nPictures of Whaling "
        "Scenes.\n\n"
        "In connexion with the monstrous pictures of whales, I am strongly tempted here.\n\n"
        "CHAPTER 57. Of Whales in Paint; in Teeth; in Wood; in Sheet-Iron; in Stone; in Mountains; "
        "in Stars.\n\n"
        "On Tower-hill, as you go down to the London docks, you may have seen a crippled "
        "beggar.\n");
    REQUIRE(d.blocks.size() == 5);
    const auto& h = std::get<doc::Heading>(d.blocks[1].value);
    CHECK(doc::plain_text(h.content) ==
          "CHAPTER 56. Of the Less Erroneous Pictures of Whales, and the True Pictures of Whaling "
          "Scenes.");
    CHECK(h.id == "h-1-chapter-56-of-the-less-erroneous-pictures");
    CHECK(std::holds_alternative<doc::Heading>(d.blocks[3].value));
}

TEST_CASE("without a byline, a credit line near the end names the author and stays in the text") {
    // en/web-v8-blog-page: last paragraph and the credit line.
    const doc::Document d = parse(
        "Outside the web: standalone WebAssembly binaries using Emscripten\n\n"
        "You may also find APIs that do have a non-JS replacement that we haven't converted "
        "yet.\n\n"
        "Posted by Alon Zakai.\n\nRetweet this article!\n");
    CHECK(d.meta.authors == std::vector<std::string>{"Alon Zakai"});
    REQUIRE(d.blocks.size() == 2);
    CHECK(first_text(d).find("haven\u2019t") != std::string::npos);
    // en/web-ebb-org-page: the date comes along.
    const doc::Document ebb = parse(
        "On Recent Controversial Events\n\nText of the post.\n\n"
        "Posted on Tuesday 15 October 2019 at 09:11 by Bradley M. Kuhn.\n\nSubmit comments on this "
        "post.\n");
    CHECK(ebb.meta.authors == std::vector<std::string>{"Bradley M. Kuhn"});
    CHECK(ebb.meta.date == "2019-10-15");
}
