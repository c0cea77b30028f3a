// A book's front matter: the title page and colophon both outputs show, and its identifier.
#include <catch2/catch.hpp>

#include "present/Book.hpp"

using namespace galley;
using namespace galley::present;

namespace {

BookInfo info(const std::string& language) {
    BookInfo b;
    b.meta.title = "Stimmen";
    b.meta.subtitle = "Ein Lesebuch";
    b.meta.language = language;
    b.meta.publisher = "Galley Press";
    b.meta.rights = "CC BY 4.0";
    b.meta.date = "2024-01-02";
    b.editors = {"Ed Itor", "Eva Lektor"};
    b.edition = "Erste Ausgabe";
    b.isbn = "978-3-16-148410-0";
    return b;
}

std::vector<BookPart> parts() {
    doc::Document a;
    a.meta.title = "Eins";
    a.meta.language = "de";
    a.blocks.push_back({doc::Paragraph{{{doc::Text{"Text."}}}}, 1});
    return {{"Teil 1", {a}}};
}

}  // namespace

TEST_CASE("the book's title page and colophon, in the book's language") {
    const BookFrontMatter front = book_front_matter(info("de"), parts());
    CHECK(front.title == "Stimmen");
    CHECK(front.labels.contents == "Inhalt");
    CHECK(front.identifier == "urn:isbn:9783161484100");
    std::vector<std::string> page;
    for (const TitleLine& line : front.title_page.lines) page.push_back(line.text);
    CHECK(page == std::vector<std::string>{"Stimmen", "Ein Lesebuch",
                                           "Herausgegeben von Ed Itor und Eva Lektor",
                                           "Galley Press"});
    CHECK(front.title_page.lines[2].field == Field::Editors);
    REQUIRE(front.colophon.size() == 8);
    CHECK(front.colophon[0] == "Stimmen: Ein Lesebuch");
    CHECK(front.colophon[1] == "Erste Ausgabe");
    CHECK(front.colophon[2] == "CC BY 4.0");
    CHECK(front.colophon[3] == "ISBN 978-3-16-148410-0");
    CHECK(front.colophon[4] == "Galley Press");
    CHECK(front.colophon[5] == "2024-01-02");
    CHECK(front.colophon[6] == "urn:isbn:9783161484100");
    CHECK(front.colophon[7].rfind("Made with galley ", 0) == 0);
}

TEST_CASE("authors of a book come before its editors; English words for an unknown language") {
    BookInfo b = info("sw");
    b.meta.authors = {"Ann Author"};
    b.isbn.clear();
    const BookFrontMatter front = book_front_matter(b, parts());
    CHECK(front.title_page.text(Field::Byline) == "By Ann Author");
    CHECK(front.title_page.text(Field::Editors) == "Edited by Ed Itor and Eva Lektor");
    CHECK(front.identifier.rfind("urn:uuid:", 0) == 0);
    CHECK(front.identifier == book_identifier(b, parts()));
    b.meta.identifier = "urn:x:given";
    CHECK(book_front_matter(b, parts()).identifier == "urn:x:given");
    CHECK(book_front_matter(b, parts()).colophon[5] == "urn:x:given");
}
