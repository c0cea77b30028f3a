// Smart punctuation by language and the inline parser (links, emphasis). Inputs are sentences of
// the corpus; where the corpus already has curly quotes, they were straightened for the test.
#include <catch2/catch.hpp>

#include "read/InlineParser.hpp"
#include "read/SmartPunctuation.hpp"

using galley::read::parse_inlines;
using galley::read::smart_punctuate;
namespace doc = galley::doc;

TEST_CASE("English quotes, apostrophes, dashes and ellipses") {
    // news/gv-en-2009-air-bus-af-447 (caption)
    CHECK(
        smart_punctuate(
            "\"In loving memory of 228 passengers and crew of flight AF 447\" by Flickr user",
            "en") ==
        "\u201CIn loving memory of 228 passengers and crew of flight AF 447\u201D by Flickr user");
    // news/gv-en-2009-iran: 'to vote or not to vote'
    CHECK(smart_punctuate("is 'to vote or not to vote'. In other words", "en") ==
          "is \u2018to vote or not to vote\u2019. In other words");
    CHECK(smart_punctuate("Brazilian dictatorship's Institutional Act", "en") ==
          "Brazilian dictatorship\u2019s Institutional Act");
    CHECK(smart_punctuate("trapped in an '80s horror movie", "en") ==
          "trapped in an \u201980s horror movie");
    CHECK(smart_punctuate("'Tis the season, rock 'n' roll", "en") ==
          "\u2019Tis the season, rock \u2019n\u2019 roll");
    CHECK(smart_punctuate("Some years ago---never mind how long precisely--having", "en") ==
          "Some years ago\u2014never mind how long precisely\u2013having");
    CHECK(smart_punctuate("Christmas...Again?!", "en") == "Christmas\u2026Again?!");
    CHECK(smart_punctuate("a .... b", "en") == "a .... b");
    CHECK(smart_punctuate("pages 10--20", "en") == "pages 10\u201320");
    CHECK(smart_punctuate("run galley --lang de", "en") == "run galley --lang de");
    CHECK(smart_punctuate("\"Quoted,\" she said, \"and 'nested' too.\"", "en") ==
          "\u201CQuoted,\u201D she said, \u201Cand \u2018nested\u2019 too.\u201D");
    CHECK(smart_punctuate("(\"inside brackets\")", "en") == "(\u201Cinside brackets\u201D)");
    // intl/wikipedia-ja-413 keeps a wikitable attribute: the quote after '=' opens.
    CHECK(smart_punctuate("class=\"wikitable sortable\"", "en") ==
          "class=\u201Cwikitable sortable\u201D");
}

TEST_CASE("curly text stays exactly as it is") {
    const std::string curly =
        "codenamed \u201CIron Fist.\u201D The city\u2019s \u2018salvation\u2019 \u2014 \u2026";
    CHECK(smart_punctuate(curly, "en") == curly);
    const std::string german =
        "\u201ESie k\u00F6nnen uns nicht ihre Ideen in den Kopf setzen\u201C";
    CHECK(smart_punctuate(german, "de") == german);
}

TEST_CASE("German quotes") {
    // news/gv-de-2019-nicaragua with its „…“ straightened
    CHECK(
        smart_punctuate(
            "\"Sie k\u00F6nnen uns nicht ihre Ideen in den Kopf setzen\" steht auf dem Schild",
            "de") ==
        "\u201ESie k\u00F6nnen uns nicht ihre Ideen in den Kopf setzen\u201C steht auf dem Schild");
    CHECK(smart_punctuate("das Wort 'Neuanfang' gibt's", "de") ==
          "das Wort \u201ANeuanfang\u2018 gibt\u2019s");
}

TEST_CASE("French quotes with narrow no-break spaces") {
    // news/gv-en-2009-gabon (a reader's comment)
    CHECK(smart_punctuate("Je suis un citoyen gabonais et j'exige des \u00E9lections", "fr") ==
          "Je suis un citoyen gabonais et j\u2019exige des \u00E9lections");
    CHECK(smart_punctuate("de La R\u00E9publique!!!! et je dis non", "fr") ==
          "de La R\u00E9publique\u202F!!!! et je dis non");
    // news/gv-en-2009-air-bus: "les amis, les coll\u00E8gues : ils se trouvent"
    CHECK(smart_punctuate("les coll\u00E8gues : ils se trouvent", "fr") ==
          "les coll\u00E8gues\u202F: ils se trouvent");
    CHECK(smart_punctuate("il a dit \"la paix\" ; enfin", "fr") ==
          "il a dit \u00AB\u202Fla paix\u202F\u00BB\u202F; enfin");
    CHECK(smart_punctuate("il a dit \" la paix \"", "fr") ==
          "il a dit \u00AB\u202Fla paix\u202F\u00BB");
    CHECK(smart_punctuate("\u00E0 13:10 GMT", "fr") == "\u00E0 13:10 GMT");  // times untouched
}

TEST_CASE("Russian and Greek use guillemets without spaces") {
    // intl/udhr-rus, Article 1, with quotes added around one word
    CHECK(smart_punctuate("\u0412\u0441\u0435 \u043B\u044E\u0434\u0438 "
                          "\"\u0441\u0432\u043E\u0431\u043E\u0434\u043D\u044B\u043C\u0438\"",
                          "ru") ==
          "\u0412\u0441\u0435 \u043B\u044E\u0434\u0438 "
          "\u00AB\u0441\u0432\u043E\u0431\u043E\u0434\u043D\u044B\u043C\u0438\u00BB");
    CHECK(smart_punctuate("\"\u03BB\u03CC\u03B3\u03BF\"", "el") ==
          "\u00AB\u03BB\u03CC\u03B3\u03BF\u00BB");
}

TEST_CASE("gershayim and inch marks inside a token stay straight") {
    CHECK(smart_punctuate("\u05E6\u05D4\"\u05DC", "he") == "\u05E6\u05D4\"\u05DC");
}

TEST_CASE("an ellipsis is written as the language writes it") {
    // Three dots are one ellipsis everywhere (Chinese: two, the width of two characters).
    CHECK(smart_punctuate("Call me Ishmael...", "en") == "Call me Ishmael\u2026");
    CHECK(smart_punctuate("und dann...", "de") == "und dann\u2026");
    CHECK(smart_punctuate("\u6211\u60f3...", "zh") == "\u6211\u60f3\u2026\u2026");
    CHECK(smart_punctuate("\u6211\u60f3......", "zh-Hans") == "\u6211\u60f3\u2026\u2026");
    CHECK(smart_punctuate("\u305d\u3046...", "ja") == "\u305d\u3046\u2026");
    CHECK(smart_punctuate("\u305d\u3046......", "ja") == "\u305d\u3046\u2026\u2026");
    // Four dots after a word: in English the ellipsis and the sentence's full stop; in German,
    // French, Spanish or Russian the ellipsis ends the sentence alone (no extra stop).
    CHECK(smart_punctuate("It was over.... Then", "en") == "It was over\u2026. Then");
    CHECK(smart_punctuate("Es war vorbei.... Dann", "de") == "Es war vorbei\u2026 Dann");
    CHECK(smart_punctuate("C'\u00e9tait fini....", "fr") == "C\u2019\u00e9tait fini\u2026");
    CHECK(smart_punctuate("Se acab\u00f3....", "es-419") == "Se acab\u00f3\u2026");
    // Other runs of dots are not ellipses: a leader, "..", four dots standing alone.
    CHECK(smart_punctuate("Contents ........ 5", "en") == "Contents ........ 5");
    CHECK(smart_punctuate("cd ..", "en") == "cd ..");
    CHECK(smart_punctuate("a .... b", "de") == "a .... b");
    // Not in code, nor in URLs (see below).
    CHECK(smart_punctuate("run `ls ....` now", "de") == "run `ls ....` now");
    // A style's own quotation marks keep the language's ellipsis.
    CHECK(galley::read::quote_marks("de", {{"de", U"\u00bb\u00ab\u203a\u2039"}}).ellipsis ==
          galley::read::EllipsisStyle::Absorb);
}

TEST_CASE("URLs become links and are never punctuated") {
    // news/gv-en-2009-peru-clashes
    const doc::Inlines in = parse_inlines(
        "used under Creative Commons license. http://www.flickr.com/photos/tvcultura/3597959493/",
        "en");
    REQUIRE(in.size() == 2);
    const auto* link = std::get_if<doc::Link>(&in[1].value);
    REQUIRE(link != nullptr);
    CHECK(link->url == "http://www.flickr.com/photos/tvcultura/3597959493/");

    const doc::Inlines wiki =
        parse_inlines("see https://en.wikipedia.org/wiki/Moby-Dick_(novel)... and 'more'", "en");
    REQUIRE(wiki.size() == 3);
    CHECK(std::get<doc::Link>(wiki[1].value).url ==
          "https://en.wikipedia.org/wiki/Moby-Dick_(novel)");
    CHECK(std::get<doc::Text>(wiki[2].value).text == "\u2026 and \u2018more\u2019");

    const doc::Inlines www = parse_inlines("(www.gutenberg.org/ebooks/2701).", "en");
    REQUIRE(www.size() == 3);
    CHECK(std::get<doc::Link>(www[1].value).url == "http://www.gutenberg.org/ebooks/2701");

    // a URL with -- and ... inside keeps them
    const doc::Inlines odd = parse_inlines("at https://example.org/a--b/c...d/'x' now", "en");
    REQUIRE(odd.size() == 3);
    CHECK(std::get<doc::Link>(odd[1].value).url == "https://example.org/a--b/c...d/'x");
}

TEST_CASE("e-mail addresses become mailto links") {
    // en/web-ebb-org-page
    const doc::Inlines in = parse_inlines("Submit comments on this post to <bkuhn@ebb.org>.", "en");
    REQUIRE(in.size() == 3);
    CHECK(std::get<doc::Link>(in[1].value).url == "mailto:bkuhn@ebb.org");
    CHECK(doc::plain_text(in) == "Submit comments on this post to <bkuhn@ebb.org>.");
}

TEST_CASE("emphasis only where unambiguous") {
    const doc::Inlines in =
        parse_inlines("your *insular* city of the _Manhattoes_ and **coral reefs**.", "en");
    REQUIRE(in.size() == 7);
    CHECK(doc::plain_text(std::get<doc::Emphasis>(in[1].value).content) == "insular");
    CHECK(doc::plain_text(std::get<doc::Emphasis>(in[3].value).content) == "Manhattoes");
    CHECK(doc::plain_text(std::get<doc::Strong>(in[5].value).content) == "coral reefs");

    for (const char* literal :
         {"snake_case_names and full_text", "5*3*2 = 30", "restored.* This latest", "a * b * c",
          "*unbalanced emphasis", "_x_y", "2 * 3*"}) {
        const doc::Inlines plain = parse_inlines(literal, "en");
        REQUIRE(plain.size() == 1);
        CHECK(std::holds_alternative<doc::Text>(plain[0].value));
        CHECK(doc::plain_text(plain) == literal);
    }
    // underscores inside URLs are not emphasis
    const doc::Inlines url = parse_inlines("_see_ https://x.org/_a_b/ now", "en");
    CHECK(std::holds_alternative<doc::Emphasis>(url[0].value));
    CHECK(std::get<doc::Link>(url[2].value).url == "https://x.org/_a_b/");
}

TEST_CASE("quotes around emphasis and links take the right direction") {
    const doc::Inlines in = parse_inlines("\"*Iron Fist*\"", "en");
    REQUIRE(in.size() == 3);
    CHECK(std::get<doc::Text>(in[0].value).text == "\u201C");
    CHECK(std::get<doc::Text>(in[2].value).text == "\u201D");
    const doc::Inlines around = parse_inlines("\"https://v8.dev\" and", "en");
    REQUIRE(around.size() == 3);
    CHECK(std::get<doc::Text>(around[0].value).text == "\u201C");
    CHECK(std::get<doc::Text>(around[2].value).text == "\u201D and");
}

TEST_CASE("a style's quotation marks replace galley's own, by full tag, then language") {
    using galley::read::quote_marks;
    const std::map<std::string, std::u32string> table = {
        {"de", U"\u00BB\u00AB\u203A\u2039"},  // »Guillemets« as some German publishers set them
        {"pt", U"\u00AB\u00BB\u201C\u201D"},
        {"pt-BR", U"\u201C\u201D\u2018\u2019"},
        {"fr", U"\u00AB\u00BB\u201C\u201D"},
        {"xx", U"too long"}};  // not four marks: ignored
    // news/gv-de-2019-nicaragua with its „…“ straightened
    const std::string sentence = "\"Sie sagen 'nein'\" steht auf dem Schild";
    CHECK(smart_punctuate(sentence, quote_marks("de", table)) ==
          "\u00BBSie sagen \u203Anein\u2039\u00AB steht auf dem Schild");
    CHECK(smart_punctuate(sentence, quote_marks("de-AT", table)) ==
          "\u00BBSie sagen \u203Anein\u2039\u00AB steht auf dem Schild");
    CHECK(quote_marks("pt-BR", table).open2 == U'\u201C');
    CHECK(quote_marks("pt-PT", table).open2 == U'\u00AB');
    // French keeps its narrow no-break spaces inside guillemets from the table.
    CHECK(quote_marks("fr", table).french_spacing);
    CHECK(smart_punctuate("\"mot\"", quote_marks("fr", table)) == "\u00AB\u202Fmot\u202F\u00BB");
    // Languages the table does not list (or lists wrongly) keep galley's own marks.
    CHECK(smart_punctuate(sentence, quote_marks("ru", table)) == smart_punctuate(sentence, "ru"));
    CHECK(quote_marks("xx", table).open2 == quote_marks("xx").open2);
}
