// Book assembly: parts, per-article overrides, all-or-nothing errors naming the manifest line.
// Fixtures: tests/book/data (Moby-Dick excerpts, public domain; the start of an el Wikipedia
// article, CC BY-SA; the start of the Arabic UDHR; see data/SOURCES.md).
#include <unistd.h>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "api/Book.hpp"
#include "base/Error.hpp"

using namespace galley;
namespace fs = std::filesystem;

namespace {

const fs::path kData = GALLEY_BOOK_DATA;

struct BookFolder {
    fs::path dir = fs::temp_directory_path() / ("galley-test-book-" + std::to_string(::getpid()));
    BookFolder() {
        fs::remove_all(dir);
        fs::create_directories(dir);
        for (const char* name :
             {"md-005-chapter-4-the-counterpane.txt", "md-006-chapter-5-breakfast.txt",
              "md-026-chapter-25-postscript.txt", "wp-el-869.txt", "udhr-arb.txt"})
            fs::copy_file(kData / name, dir / name);
        std::ofstream(dir / "empty.txt");  // not usable text
    }
    ~BookFolder() { fs::remove_all(dir); }
    fs::path write(const std::string& text) {
        std::ofstream(dir / "book.toml") << text;
        return dir / "book.toml";
    }
};

const char* kParts = R"(title = "Whaling"
authors = ["Herman Melville"]
editors = ["A. Editor"]
language = "en"
isbn = "978-3-16-148410-0"

[[parts]]
title = "Ashore"
articles = ["md-005-chapter-4-the-counterpane.txt",
            { file = "md-006-chapter-5-breakfast.txt", title = "Breakfast at the Inn", author = "Ishmael" }]

[[parts]]
title = "Afloat"
articles = [{ file = "md-026-chapter-25-postscript.txt", lang = "en-GB" }]
)";

}  // namespace

TEST_CASE("a book keeps the manifest's parts and the articles' order") {
    BookFolder f;
    Diagnostics diagnostics;
    api::Book b = api::assemble_book(api::load_manifest(f.write(kParts)), diagnostics);
    REQUIRE(b.parts.size() == 2);
    CHECK(b.parts[0].title == "Ashore");
    CHECK(b.parts[1].title == "Afloat");
    REQUIRE(b.parts[0].articles.size() == 2);
    REQUIRE(b.parts[1].articles.size() == 1);
    CHECK(b.article_count() == 3);
    CHECK(b.parts[0].articles[0].meta.title == "CHAPTER 4. The Counterpane.");
    CHECK(b.parts[1].articles[0].meta.title == "CHAPTER 25. Postscript.");
    CHECK_FALSE(b.parts[0].articles[0].blocks.empty());
    CHECK(b.parts[0].articles[0].meta.language == "en");  // detected
    CHECK(b.parts[0].articles[1].meta.language == "en");
    CHECK(b.parts[1].articles[0].meta.language == "en-GB");  // the article's own wins
}

TEST_CASE("per-article overrides win over what the article says") {
    BookFolder f;
    Diagnostics diagnostics;
    api::Book b = api::assemble_book(api::load_manifest(f.write(kParts)), diagnostics);
    const doc::Document& breakfast = b.parts[0].articles[1];
    CHECK(breakfast.meta.title == "Breakfast at the Inn");
    CHECK(breakfast.meta.authors == std::vector<std::string>{"Ishmael"});
    CHECK(b.parts[0].articles[0].meta.authors.empty());
}

TEST_CASE("the book metadata comes from the manifest") {
    BookFolder f;
    api::Manifest m = api::load_manifest(f.write(kParts));
    present::BookInfo info = api::book_info(m);
    CHECK(info.meta.title == "Whaling");
    CHECK(info.meta.authors == std::vector<std::string>{"Herman Melville"});
    CHECK(info.editors == std::vector<std::string>{"A. Editor"});
    CHECK(info.meta.language == "en");
    CHECK(present::book_identifier(info, {}) == "urn:isbn:9783161484100");
    info.isbn.clear();
    Diagnostics diagnostics;
    api::Book b = api::assemble_book(m, diagnostics);
    std::string id = present::book_identifier(info, b.parts);
    CHECK(id.rfind("urn:uuid:", 0) == 0);
    CHECK(present::book_identifier(info, b.parts) == id);  // same book, same identifier
    b.parts[1].articles.pop_back();
    CHECK(present::book_identifier(info, b.parts) != id);  // different content, different one
}

TEST_CASE("an unreadable article fails the whole book, naming its manifest line") {
    BookFolder f;
    api::Manifest m = api::load_manifest(
        f.write("title = \"T\"\nauthors = [\"A\"]\nlanguage = \"en\"\narticles = [\n"
                "  \"md-005-chapter-4-the-counterpane.txt\",\n  \"empty.txt\",\n]\n"));
    Diagnostics diagnostics;
    try {
        api::assemble_book(m, diagnostics);
        FAIL("no error for an empty article");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::InputInvalid);
        CHECK(e.file() == (f.dir / "book.toml").string());
        CHECK_THAT(e.message(), Catch::Contains("line 6: ") && Catch::Contains("empty.txt"));
    }
}

TEST_CASE("a binary article in a part fails the whole book, naming its line and file") {
    BookFolder f;
    std::ofstream(f.dir / "image.txt", std::ios::binary)
        << std::string("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR\0\0\0\x10\0\0\0\x10\x08\x02\0\0\0", 29);
    api::Manifest m =
        api::load_manifest(f.write("title = \"T\"\n[[parts]]\ntitle = \"One\"\narticles = [\n"
                                   "  \"md-005-chapter-4-the-counterpane.txt\",\n"
                                   "  { file = \"image.txt\", title = \"A picture\" },\n]\n"));
    Diagnostics diagnostics;
    try {
        api::assemble_book(m, diagnostics);
        FAIL("no error for a binary article");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::InputInvalid);
        CHECK(e.file() == (f.dir / "book.toml").string());
        CHECK_THAT(e.message(), Catch::Contains("line 6: article ") &&
                                    Catch::Contains("image.txt") && Catch::Contains("binary"));
    }
}

TEST_CASE("the introduction opens the book, before the first part") {
    BookFolder f;
    Diagnostics diagnostics;
    api::Book b = api::assemble_book(
        api::load_manifest(f.write(std::string("introduction = "
                                               "\"md-026-chapter-25-postscript.txt\"\n") +
                                   kParts)),
        diagnostics);
    REQUIRE(b.parts.size() == 3);
    CHECK(b.parts[0].title.empty());
    REQUIRE(b.parts[0].articles.size() == 1);
    CHECK(b.parts[0].articles[0].meta.title == "CHAPTER 25. Postscript.");
    CHECK(b.parts[1].title == "Ashore");
    CHECK(b.article_count() == 4);
}

TEST_CASE("each article keeps its own language; the manifest's is the book's") {
    BookFolder f;
    Diagnostics diagnostics;
    // A Greek book: the articles are English, Greek and Arabic, and one is forced to French.
    api::Book b = api::assemble_book(
        api::load_manifest(
            f.write("title = \"Three languages\"\nlanguage = \"el\"\narticles = [\n"
                    "  \"md-005-chapter-4-the-counterpane.txt\",\n  \"wp-el-869.txt\",\n"
                    "  \"udhr-arb.txt\",\n"
                    "  { file = \"md-006-chapter-5-breakfast.txt\", lang = \"fr\" },\n]\n")),
        diagnostics);
    CHECK(b.info.meta.language == "el");
    std::vector<const doc::Document*> articles = b.articles();
    REQUIRE(articles.size() == 4);
    CHECK(articles[0]->meta.language == "en");
    CHECK(articles[1]->meta.language == "el");
    CHECK(articles[1]->meta.title == "Ζώνη ώρας");
    CHECK(articles[2]->meta.language == "ar");
    CHECK(articles[3]->meta.language == "fr");  // the manifest entry's lang forces it
    CHECK(articles[3]->meta.title == "CHAPTER 5. Breakfast.");
}

TEST_CASE("a manifest without a language makes a book in its articles' most common language") {
    BookFolder f;
    Diagnostics diagnostics;
    api::Book greek = api::assemble_book(
        api::load_manifest(
            f.write("title = \"T\"\narticles = [\"md-005-chapter-4-the-counterpane.txt\","
                    " \"wp-el-869.txt\", {file = \"udhr-arb.txt\", lang = \"el\"}]\n")),
        diagnostics);
    CHECK(greek.info.meta.language == "el");  // two Greek articles (one forced), one English
    api::Book tie = api::assemble_book(
        api::load_manifest(
            f.write("title = \"T\"\narticles = [\"udhr-arb.txt\", \"wp-el-869.txt\"]\n")),
        diagnostics);
    CHECK(tie.info.meta.language == "ar");  // a tie: the first article's
    CHECK(api::book_info(
              api::load_manifest(f.write("title = \"T\"\narticles = [\"wp-el-869.txt\"]\n")))
              .meta.language == "en");  // the manifest alone says nothing
}

TEST_CASE("a book's articles quote with the style's marks") {
    BookFolder f;
    std::ofstream(f.dir / "zitat.txt")
        << "Ein Schild\n\n\"Sie k\u00F6nnen uns nicht ihre Ideen in den Kopf setzen\" steht "
           "auf dem Schild.\n";
    const fs::path manifest = f.write(
        "title = \"Zitate\"\nlanguage = \"de\"\narticles = [{ file = \"zitat.txt\", lang = \"de\" "
        "}]\n");
    Diagnostics diagnostics;
    auto text_of = [&](const std::map<std::string, std::u32string>& quotes) {
        api::Book b = api::assemble_book(api::load_manifest(manifest), diagnostics, quotes);
        return doc::dump(b.parts.at(0).articles.at(0));
    };
    CHECK(text_of({}).find("\u201ESie") != std::string::npos);  // galley's own: „…“
    const std::string guillemets = text_of({{"de", U"\u00BB\u00AB\u203A\u2039"}});
    CHECK(guillemets.find("\u00BBSie") != std::string::npos);
    CHECK(guillemets.find("setzen\u00AB") != std::string::npos);
}
