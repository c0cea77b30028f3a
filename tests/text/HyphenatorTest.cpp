// Hyphenation with Debian's libhyphen dictionaries (/usr/share/hyphen). German and Russian words
// are from the corpus's UDHR translations (UN OHCHR, freely reproducible).
#include <catch2/catch.hpp>

#include <thread>

#include "text/Hyphenator.hpp"

using galley::text::Hyphenator;

namespace {

/// The word with "-" inserted at each point.
std::string marked(const Hyphenator& h, std::string_view word, int left = 2, int right = 3,
                   int min_word = 5) {
    std::string out;
    std::size_t last = 0;
    for (std::size_t p : h.points(word, left, right, min_word)) {
        out.append(word.substr(last, p - last));
        out += '-';
        last = p;
    }
    out.append(word.substr(last));
    return out;
}

}  // namespace

TEST_CASE("English hyphenation follows the dictionary") {
    const Hyphenator* en = Hyphenator::for_language("en");
    REQUIRE(en != nullptr);
    CHECK(marked(*en, "hyphenation") == "hy-phen-ation");
    CHECK(Hyphenator::for_language("en-US") == en);  // one dictionary shared per file
    CHECK(Hyphenator::for_language("en_GB") == en);
    CHECK(marked(*en, "Hyphenation") == "Hy-phen-ation");  // lowercased for lookup
}

TEST_CASE("minimums and short words") {
    const Hyphenator* en = Hyphenator::for_language("en");
    REQUIRE(en != nullptr);
    auto all = en->points("hyphenation", 1, 1, 1);
    for (std::size_t p : en->points("hyphenation", 4, 4, 1)) {
        CHECK(p >= 4);
        CHECK(p <= 11 - 4);
    }
    CHECK(en->points("hyphenation", 4, 4, 1).size() < all.size());
    CHECK(en->points("hyphenation", 2, 3, 12).empty());  // shorter than min_word
}

TEST_CASE("no hyphens in acronyms, numbers, URLs and e-mail addresses") {
    const Hyphenator* en = Hyphenator::for_language("en");
    REQUIRE(en != nullptr);
    REQUIRE_FALSE(en->points("hyphenation", 2, 3, 5).empty());
    CHECK(en->points("HTTP", 1, 1, 1).empty());
    CHECK(en->points("HYPHENATION", 2, 3, 5).empty());
    CHECK(en->points("2020s", 1, 1, 1).empty());
    CHECK(en->points("representation2", 2, 3, 5).empty());
    CHECK(en->points("https://x.org/abc", 1, 1, 1).empty());
    CHECK(en->points("www.representation.org", 2, 3, 5).empty());
    CHECK(en->points("someone@representation.org", 2, 3, 5).empty());
}

TEST_CASE("punctuation around the word is skipped and offsets are in the original") {
    const Hyphenator* en = Hyphenator::for_language("en");
    REQUIRE(en != nullptr);
    CHECK(marked(*en, "\u201chyphenation,\u201d") == "\u201chy-phen-ation,\u201d");
    CHECK(marked(*en, "(hyphenation).") == "(hy-phen-ation).");
    // Each part of a hyphenated compound on its own.
    CHECK(marked(*en, "hyphenation-representation").find("hy-phen") == 0);
}

TEST_CASE("German: ISO-8859-1 dictionary, umlauts converted") {
    const Hyphenator* de = Hyphenator::for_language("de");
    REQUIRE(de != nullptr);
    // "Völker", "freundschaftlicher" and "Gleichberechtigung" from udhr-deu_1996.txt.
    std::string w = marked(*de, "Gleichberechtigung");
    CHECK(w.find('-') != std::string::npos);
    CHECK(w.find("Gleich-") == 0);
    std::string f = marked(*de, "freundschaftlicher");
    CHECK(f.find("freund-") == 0);
    std::string u = marked(*de, "Menschenwürde");
    CHECK(u.find('-') != std::string::npos);
    // An offset never splits the two bytes of ü.
    for (std::size_t p : de->points("Menschenwürde", 2, 2, 5)) {
        CHECK((static_cast<unsigned char>(std::string("Menschenwürde")[p]) & 0xC0) != 0x80);
    }
}

TEST_CASE("Russian: KOI8-R dictionary, Cyrillic converted") {
    const Hyphenator* ru = Hyphenator::for_language("ru");
    REQUIRE(ru != nullptr);
    // "дружественных" and "человеческой" from udhr-rus.txt.
    std::string w = marked(*ru, "дружественных", 2, 2);
    CHECK(w.find('-') != std::string::npos);
    INFO(w);
    CHECK(w == "друже-ствен-ных");  // as the KOI8-R patterns give it
    std::string c = marked(*ru, "Человеческой", 2, 2);
    CHECK(c.find('-') != std::string::npos);
    CHECK(c.find("Че") == 0);
}

TEST_CASE("other dictionaries and unknown languages") {
    CHECK(Hyphenator::for_language("xx") == nullptr);
    CHECK(Hyphenator::for_language("") == nullptr);
    CHECK(Hyphenator::for_language("az") == nullptr);  // Debian has no Azerbaijani patterns
    const Hyphenator* fr = Hyphenator::for_language("fr-FR");
    REQUIRE(fr != nullptr);
    CHECK(marked(*fr, "développement", 2, 2).find('-') != std::string::npos);
    const Hyphenator* el = Hyphenator::for_language("el");
    REQUIRE(el != nullptr);
    CHECK(marked(*el, "ουσιαστική", 2, 2).find('-') != std::string::npos);
}

TEST_CASE("the languages scripts/setup-deps.sh installs patterns for all hyphenate") {
    // One long word of each (its UDHR text, Article 1 or 2); the first parts of Debian's hyphen-*
    // packages that install (setup-deps.sh); hyphen-pl is left out: it pulls in LibreOffice.
    const std::pair<const char*, const char*> words[] = {
        {"es", "independientemente"},   {"it", "indipendentemente"},
        {"pt", "independentemente"},    {"pt-BR", "independentemente"},
        {"nl", "onafhankelijkheid"},    {"sv", "självständighet"},
        {"da", "uafhængighed"},         {"nb", "menneskerettighetene"},
        {"no", "menneskerettighetene"}, {"cs", "nezávislosti"},
        {"sk", "nezávislosti"},         {"hu", "függetlenség"},
        {"ca", "independentment"},      {"hr", "neovisnosti"},
        {"sl", "neodvisnosti"},         {"ro", "independența"},
        {"uk", "незалежності"},         {"bg", "независимост"},
        {"id", "kemerdekaan"},
    };
    for (const auto& [language, word] : words) {
        INFO(language << ": " << word);
        const Hyphenator* h = Hyphenator::for_language(language);
        REQUIRE(h != nullptr);
        CHECK(marked(*h, word, 2, 2).find('-') != std::string::npos);
    }
}

TEST_CASE("dictionaries load once and serve several threads") {
    std::vector<const Hyphenator*> seen(4);
    std::vector<std::thread> threads;
    for (int i = 0; i < 4; ++i)
        threads.emplace_back([&seen, i] {
            const Hyphenator* h = Hyphenator::for_language("fr");
            for (int k = 0; k < 200 && h; ++k) h->points("internationalisation", 2, 2, 5);
            seen[i] = h;
        });
    for (auto& t : threads) t.join();
    REQUIRE(seen[0] != nullptr);
    for (auto* h : seen) CHECK(h == seen[0]);
}

TEST_CASE("preload loads in the background and for_language waits for it") {
    Hyphenator::preload("el-GR");
    Hyphenator::preload("el-GR");  // a second preload reuses the first
    const Hyphenator* el = Hyphenator::for_language("el-GR");
    REQUIRE(el != nullptr);
    CHECK(el == Hyphenator::for_language("el"));
    Hyphenator::preload("xx");
    CHECK(Hyphenator::for_language("xx") == nullptr);
}

TEST_CASE("soft hyphens are the only points of a word that has them") {
    const Hyphenator* en = Hyphenator::for_language("en");
    REQUIRE(en != nullptr);
    CHECK(marked(*en, "repre\u00ADsentation") == "repre\u00AD-sentation");
    CHECK(marked(*en, "(hyphen\u00ADation)") == "(hyphen\u00AD-ation)");
}
