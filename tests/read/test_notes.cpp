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
