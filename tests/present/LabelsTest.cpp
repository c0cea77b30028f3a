// The localised words and the joining of names: the same in the EPUB and the PDF, so tested once.
#include <catch2/catch.hpp>

#include "present/Labels.hpp"
#include "present/Names.hpp"

using namespace galley::present;

namespace {
const std::vector<std::string> kOne = {"Anna Schmidt"};
const std::vector<std::string> kTwo = {"Anna Schmidt", "Bernd Müller"};
const std::vector<std::string> kThree = {"Anna Schmidt", "Bernd Müller", "Cem Yılmaz"};
}  // namespace

TEST_CASE("labels follow the primary language subtag and fall back to English") {
    CHECK(labels_for("de").contents == "Inhalt");
    CHECK(labels_for("de-CH").contents == "Inhalt");
    CHECK(labels_for("DE_at").language == "DE_at");
    CHECK(labels_for("ja").contents == "目次");
    CHECK(labels_for("zh-Hans").contents == "目录");
    const Labels unknown = labels_for("sw");
    CHECK(unknown.language == "en");
    CHECK(unknown.contents == "Contents");
    CHECK(unknown.authors == "By {}");
    CHECK(labels_for("").language == "en");
    // Every row fills every word and keeps "{}" in both patterns.
    for (const char* tag : {"en", "de", "fr", "es", "it", "pt", "nl", "ru", "el", "ja", "zh", "vi",
                            "tr", "az", "ar", "he", "hi", "mr"}) {
        INFO(tag);
        const Labels l = labels_for(tag);
        CHECK(l.language == tag);
        for (const std::string* word :
             {&l.contents, &l.landmarks, &l.title_page, &l.start, &l.cover, &l.separator, &l.last})
            CHECK(!word->empty());
        CHECK(l.authors.find("{}") != std::string::npos);
        CHECK(l.editors.find("{}") != std::string::npos);
        CHECK(l.figure.find("{}") != std::string::npos);
    }
}

TEST_CASE("figure labels put the number into the language's word for a figure") {
    CHECK(figure_label(labels_for("en"), 1) == "Figure 1. ");
    CHECK(figure_label(labels_for("de-AT"), 12) == "Abbildung 12: ");
    CHECK(figure_label(labels_for("ja"), 3) == "図3\u3000");
    CHECK(figure_label(labels_for("sw"), 2) == "Figure 2. ");  // falls back to English
}

TEST_CASE("names are joined with the language's separator and conjunction") {
    const Labels en = labels_for("en");
    CHECK(join_names({}, en).empty());
    CHECK(join_names(kOne, en) == "Anna Schmidt");
    CHECK(join_names(kTwo, en) == "Anna Schmidt and Bernd Müller");
    CHECK(join_names(kThree, en) == "Anna Schmidt, Bernd Müller and Cem Yılmaz");
    CHECK(join_names(kThree, labels_for("de")) == "Anna Schmidt, Bernd Müller und Cem Yılmaz");
    CHECK(join_names(kTwo, labels_for("fr")) == "Anna Schmidt et Bernd Müller");
    CHECK(join_names(kTwo, labels_for("ru")) == "Anna Schmidt и Bernd Müller");
    CHECK(join_names({"山田太郎", "鈴木花子", "佐藤一郎"}, labels_for("ja")) ==
          "山田太郎、鈴木花子、佐藤一郎");
    CHECK(join_names({"أحمد", "محمد"}, labels_for("ar")) == "أحمد ومحمد");
    // Empty names and white space inside names do not reach the line.
    CHECK(join_names({"", "  Anna \n Schmidt ", " ", "Bernd Müller"}, en) ==
          "Anna Schmidt and Bernd Müller");
    CHECK(join_names({"", " "}, en).empty());
}

TEST_CASE("bylines put the names in the language's pattern; no author, no byline") {
    CHECK(byline(kOne, labels_for("en")) == "By Anna Schmidt");
    CHECK(byline(kTwo, labels_for("en")) == "By Anna Schmidt and Bernd Müller");
    CHECK(byline(kTwo, labels_for("de")) == "Von Anna Schmidt und Bernd Müller");
    CHECK(byline(kThree, labels_for("de")) == "Von Anna Schmidt, Bernd Müller und Cem Yılmaz");
    CHECK(byline(kTwo, labels_for("es")) == "Por Anna Schmidt y Bernd Müller");
    CHECK(byline({"山田太郎", "鈴木花子"}, labels_for("ja")) == "山田太郎、鈴木花子");
    CHECK(byline(kOne, labels_for("tr")) == "Anna Schmidt");
    CHECK(byline({}, labels_for("en")).empty());
    CHECK(byline({""}, labels_for("de")).empty());
}

TEST_CASE("editors are credited in the language's words, before or after the names") {
    CHECK(editors_line(kOne, labels_for("en")) == "Edited by Anna Schmidt");
    CHECK(editors_line(kTwo, labels_for("en")) == "Edited by Anna Schmidt and Bernd Müller");
    CHECK(editors_line(kTwo, labels_for("de")) ==
          "Herausgegeben von Anna Schmidt und Bernd Müller");
    CHECK(editors_line({"山田太郎", "鈴木花子"}, labels_for("ja")) == "山田太郎、鈴木花子 編");
    CHECK(editors_line(kOne, labels_for("it")) == "A cura di Anna Schmidt");
    CHECK(editors_line({}, labels_for("en")).empty());
}
