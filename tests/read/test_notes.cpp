// Plain-text notes (issue 11): asterisk notes made only when marks and notes pair one to one.
// Snippets are from Moby-Dick (Herman Melville, 1851; public domain; shared corpus
// anthology/md-043, md-025 and md-055) unless marked otherwise.
#include <catch2/catch.hpp>

#include "TestSupport.hpp"
#include "doc/Document.hpp"
#include "read/NoteMatcher.hpp"

using galley::read::match_asterisk_notes;
namespace doc = galley::doc;

namespace {

doc::Document paragraphs(const std::vector<std::string>& texts) {
    doc::Document d;
    int line = 1;
    for (const std::string& t : texts) {
        d.blocks.push_back({doc::Paragraph{{doc::Inline{doc::Text{t}}}}, line});
        line += 2;
    }
    return d;
}

}  // namespace

TEST_CASE("asterisk notes: a mark after a word and the next paragraph's note pair up") {
    // md-043 (chapter 42), shortened.
    doc::Document d = paragraphs(
        {"So that not the fierce-fanged tiger in his heraldic coat can so stagger courage as the "
         "white-shrouded bear or shark.*",
         "*With reference to the Polar bear, it may possibly be urged by him who would fain go "
         "still deeper into this matter.",
         "Bethink thee of the albatross, whence come those clouds? Not Coleridge first threw "
         "that spell; but God's great, unflattering laureate, Nature.*",
         "*I remember the first albatross I ever saw."});
    galley::Diagnostics diagnostics;
    CHECK(match_asterisk_notes(d, "md-043.txt", diagnostics) == 2);
    const std::string dump = doc::dump(d);
    CHECK(dump.find("bear or shark.^{1}\n") != std::string::npos);
    CHECK(dump.find("laureate, Nature.^{2}\n") != std::string::npos);
    CHECK(dump.find("note 1:\n  para: With reference to the Polar bear") != std::string::npos);
    CHECK(dump.find("note 2:\n  para: I remember the first albatross") != std::string::npos);
    CHECK(d.blocks.size() == 2);
    CHECK(d.notes[0].line == 3);
}

TEST_CASE("asterisk notes: a mark inside a sentence keeps the words after it") {
    // md-055 (chapter 54).
    doc::Document d = paragraphs(
        {"It was not very long after speaking the Goney that another homeward-bound whaleman, "
         "the Town-Ho,* was encountered.",
         "*The ancient whale-cry upon first sighting a whale from the mast-head."});
    galley::Diagnostics diagnostics;
    REQUIRE(match_asterisk_notes(d, "md-055.txt", diagnostics) == 1);
    CHECK(doc::dump(d).find("the Town-Ho,^{1} was encountered.\n") != std::string::npos);
}

TEST_CASE("asterisk notes: two marks for one note are left as written") {
    // md-025 (chapter 24): " *" after a space and ".*" later, one note only.
    doc::Document d = paragraphs(
        {"By old English statutory law, the whale is declared \"a royal fish.\" *",
         "In one of the mighty triumphs given to a Roman general, the bones of a whale were the "
         "most conspicuous object in the cymballed procession.*",
         "*See subsequent chapters for something more on this head."});
    const std::string before = doc::dump(d);
    galley::Diagnostics diagnostics;
    CHECK(match_asterisk_notes(d, "md-025.txt", diagnostics) == 0);
    CHECK(doc::dump(d) == before);
    CHECK(d.notes.empty());
}

TEST_CASE("asterisk notes: a note before its mark, or marks without notes, change nothing") {
    // Made up.
    doc::Document a = paragraphs({"*A note with no mark before it.", "Then a mark.*"});
    doc::Document b = paragraphs({"A mark.*", "Another mark.*", "*One note."});
    doc::Document c = paragraphs({"A footnote mark\u2020 here.", "*A note with another mark."});
    galley::Diagnostics diagnostics;
    CHECK(match_asterisk_notes(a, "a.txt", diagnostics) == 0);
    CHECK(match_asterisk_notes(b, "b.txt", diagnostics) == 0);
    CHECK(match_asterisk_notes(c, "c.txt", diagnostics) == 0);
    CHECK(a.notes.empty());
    CHECK(b.notes.empty());
    CHECK(c.notes.empty());
}

TEST_CASE("asterisk notes: a dagger pairs with a dagger note") {
    // Made up.
    doc::Document d = paragraphs({"The word\u2020 is rare.", "\u2020Found once in the text."});
    galley::Diagnostics diagnostics;
    REQUIRE(match_asterisk_notes(d, "d.txt", diagnostics) == 1);
    CHECK(doc::dump(d).find("para: The word^{1} is rare.\nnote 1:\n  para: Found once") !=
          std::string::npos);
}

TEST_CASE("numbered notes: [n] references and a closing Notes section become notes") {
    // Made up, in the shape of web articles with a notes list.
    const doc::Document d = galley::read::test::parse(
        "The River Book\n\nThis is a short account of a river and of the town that grew up "
        "beside it over the centuries.\n\nThe river rises in the hills.[1] It floods each "
        "spring.[2] The town "
        "was built on its bank.[1]\n\nNotes\n\n1. Survey of 1902, page 4.\n2. ^ Local records.\n",
        "en");
    const std::string dump = doc::dump(d);
    INFO(dump);
    CHECK(dump.find("para: The river rises in the hills.^{1} It floods each spring.^{2} The town "
                    "was built on its bank.^{1}\n") != std::string::npos);
    CHECK(
        dump.find("note 1:\n  para: Survey of 1902, page 4.\nnote 2:\n  para: Local records.\n") !=
        std::string::npos);
    CHECK(dump.find("Notes") == std::string::npos);
    CHECK(d.notes.size() == 2);
}

TEST_CASE("numbered notes: bracketed entries and other languages' section names") {
    // Made up.
    const doc::Document d = galley::read::test::parse(
        "Der Fluss\n\nDies ist ein kurzer Bericht über einen Fluss und über die Stadt, die an "
        "seinem Ufer gewachsen ist.\n\nDer Fluss entspringt in den Bergen.[1] Er tritt jedes "
        "Frühjahr über die "
        "Ufer, und die Stadt liegt an ihm.[2]\n\nAnmerkungen\n\n[1] Landesaufnahme 1902.\n\n[2] "
        "Stadtarchiv.\n",
        "de");
    CHECK(d.notes.size() == 2);
}

TEST_CASE("numbered notes: a mismatch leaves the text as written") {
    // Made up: a reference without its note, a note without a reference, out of order.
    for (const char* text : {"T\n\nOne.[1] Two.[3]\n\nNotes\n\n1. First.\n2. Second.\n",
                             "T\n\nOne.[1]\n\nNotes\n\n1. First.\n2. Second.\n",
                             "T\n\nOne.[2] Two.[1]\n\nNotes\n\n1. First.\n2. Second.\n",
                             "T\n\nOne.[1] Two.[2]\n\nNotes\n\n1. First.\nSome closing words.\n"}) {
        INFO(text);
        const doc::Document d = galley::read::test::parse(text, "en");
        CHECK(d.notes.empty());
        CHECK(doc::dump(d).find("[1]") != std::string::npos);
    }
}

TEST_CASE("group notes: a Wikipedia page's [n k] notes become notes, its citations stay text") {
    // shared corpus en/web-wikipedia-2-article.txt (Wikipedia, "New Zealand", CC BY-SA): eleven
    // "[n k]" references (note 3 twice), a "Footnotes" list of eleven entries followed by
    // "Citations" and "References"; the [k] citations are another group and stay as written.
    const std::string path = std::string(GALLEY_CORPUS_DIR) + "/en/web-wikipedia-2-article.txt";
    if (!std::filesystem::exists(path)) return;
    const doc::Document d = galley::read::test::parse(galley::read::test::slurp(path), "en");
    REQUIRE(d.notes.size() == 11);
    const std::string dump = doc::dump(d);
    CHECK(dump.find("[n ") == std::string::npos);
    CHECK(dump.find("\u201cGod Save the Queen\u201d^{1}") != std::string::npos);
    CHECK(dump.find(": Footnotes\n") == std::string::npos);  // the section's heading left
    CHECK(dump.find("Citations") != std::string::npos);
    CHECK(dump.find("[12]") != std::string::npos);  // a citation, left as written
    // Note 3 is referenced twice: Wikipedia's back-link letters "a b" go with its caret.
    CHECK(dump.find("note 3:\n  para: Ethnicity figures add") != std::string::npos);
    CHECK(dump.find("note 1:\n  para: \u201cGod Save the Queen\u201d is officially") !=
          std::string::npos);
}

TEST_CASE("group notes: [note k], [nb k] and lettered notes with their section") {
    // Made up, in the shape of Wikipedia's explanatory notes.
    const doc::Document a = galley::read::test::parse(
        "The Bridge\n\nThis is a short account of a bridge and of the river it crosses near "
        "the old town.\n\nThe bridge opened in 1902.[note 1] It was widened later.[note 2] "
        "Its piers are stone.[note 1][4]\n\nNotes\n\n1. ^ a b The date of the first "
        "crossing.\n2. ^ In 1958.\n\nReferences\n\n4. A citation.\n",
        "en");
    CHECK(a.notes.size() == 2);
    const std::string dump = doc::dump(a);
    INFO(dump);
    CHECK(dump.find("opened in 1902.^{1} It was widened later.^{2} Its piers are stone.^{1}[4]") !=
          std::string::npos);
    CHECK(dump.find("note 1:\n  para: The date of the first crossing.") != std::string::npos);
    CHECK(dump.find("References") != std::string::npos);  // what follows the section stays

    const doc::Document b = galley::read::test::parse(
        "The Bridge\n\nThis is a short account of a bridge and of the river it crosses near "
        "the old town.\n\nThe bridge opened in 1902.[a] It was widened later, when the road "
        "over it became the main road to the coast.[b]\n\n"
        "Notes\n\na. The date of the first crossing.\n\nb. In 1958.\n",
        "en");
    CHECK(b.notes.size() == 2);
}

TEST_CASE("group notes: a mismatch or mixed groups leave the text as written") {
    // Made up: a missing entry, a reference out of order, two groups, an editor's bracket.
    for (const char* text : {"T\n\nOne.[n 1] Two.[n 2]\n\nNotes\n\n1. First.\n",
                             "T\n\nOne.[n 2] Two.[n 1]\n\nNotes\n\n1. First.\n2. Second.\n",
                             "T\n\nOne.[n 1] Two.[note 2]\n\nNotes\n\n1. First.\n2. Second.\n",
                             "T\n\nOne.[n 1] Two.[n 2]\n\nNotes\n\n1. First.[n 2]\n2. Second.\n",
                             "T\n\nHe said [a]nd left.[a]\n\nNotes\n\n1. First.\n2. Second.\n"}) {
        INFO(text);
        const doc::Document d = galley::read::test::parse(text, "en");
        CHECK(d.notes.empty());
    }
}
