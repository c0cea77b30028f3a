#include <sys/stat.h>
#include <unistd.h>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "api/Manifest.hpp"
#include "base/Error.hpp"
#include "base/File.hpp"
#include "book/BatchRunner.hpp"

using namespace galley;
namespace fs = std::filesystem;

namespace {

struct Folder {
    fs::path dir =
        fs::temp_directory_path() / ("galley-test-manifest-" + std::to_string(::getpid()));
    Folder() {
        fs::remove_all(dir);
        fs::create_directories(dir);
        for (const char* name : {"a.txt", "b.txt", "c.txt"})
            std::ofstream(dir / name) << "Title\n\nText.\n";
    }
    ~Folder() { fs::remove_all(dir); }
    fs::path write(const std::string& text) {
        std::ofstream(dir / "book.toml") << text;
        return dir / "book.toml";
    }
    std::string error_of(const std::string& text) {
        try {
            api::load_manifest(write(text));
        } catch (const Error& e) {
            return e.message();
        }
        return "no error";
    }
};

}  // namespace

TEST_CASE("the minimal manifest works") {
    Folder f;
    auto m = api::load_manifest(
        f.write("title = \"An Anthology\"\nauthors = [\"Ann\", \"Bob\"]\nlanguage = \"en\"\n"
                "articles = [\"a.txt\", \"b.txt\"]\n"));
    CHECK(m.title == "An Anthology");
    CHECK(m.authors == std::vector<std::string>{"Ann", "Bob"});
    REQUIRE(m.all_articles().size() == 2);
    CHECK(m.all_articles()[1]->path == f.dir / "b.txt");
    CHECK(m.all_articles()[1]->line == 4);
}

TEST_CASE("parts and per-article metadata") {
    Folder f;
    auto m = api::load_manifest(f.write(
        "title = \"T\"\n[[parts]]\ntitle = \"One\"\narticles = [\"a.txt\"]\n"
        "[[parts]]\ntitle = \"Two\"\narticles = [{file = \"b.txt\", title = \"Bee\", authors = "
        "[\"X\", \"Y; Jr.\"]}, {file = \"c.txt\", author = \"P; Q \"}, \"a.txt\"]\n"));
    REQUIRE(m.parts.size() == 2);
    CHECK(m.parts[1].title == "Two");
    CHECK(m.parts[1].articles[0].meta.at("title") == "Bee");
    // Authors are a list: an array's items stay whole; a string lists names separated by ';'.
    CHECK(m.parts[1].articles[0].meta.count("author") == 0);
    CHECK(*m.parts[1].articles[0].authors == std::vector<std::string>{"X", "Y; Jr."});
    CHECK(*m.parts[1].articles[1].authors == std::vector<std::string>{"P", "Q"});
    CHECK_FALSE(m.parts[1].articles[2].authors.has_value());
    CHECK(m.all_articles().size() == 4);
}

TEST_CASE("manifest errors name the file and line") {
    Folder f;
    CHECK(f.error_of("title = \"T\"\narticles = [\"a.txt\",\n  \"missing.txt\"]\n")
              .find("book.toml: line 3: article not found") != std::string::npos);
    CHECK(f.error_of("title = \"T\"\ncolour = \"red\"\narticles = [\"a.txt\"]\n")
              .find("line 2: unknown key 'colour'") != std::string::npos);
    CHECK(f.error_of("title = \"T\"\narticles = [\"a.txt\"\n").find("line ") != std::string::npos);
    CHECK(f.error_of("title = 3\narticles = [\"a.txt\"]\n")
              .find("line 1: 'title' must be a string") != std::string::npos);
    CHECK(f.error_of("articles = [\"a.txt\"]\n").find("needs a title") != std::string::npos);
}

TEST_CASE("a missing file is named with the manifest line, in every form of the manifest") {
    Folder f;
    // In a part, as a table entry.
    CHECK(f.error_of("title = \"T\"\n[[parts]]\ntitle = \"One\"\narticles = [\"a.txt\"]\n"
                     "[[parts]]\ntitle = \"Two\"\narticles = [\n  \"b.txt\",\n"
                     "  { file = \"gone.txt\", title = \"Gone\" },\n]\n")
              .find("book.toml: line 9: article not found: ") != std::string::npos);
    // A folder is not an article.
    fs::create_directories(f.dir / "folder.txt");
    CHECK_THAT(f.error_of("title = \"T\"\narticles = [\"folder.txt\"]\n"),
               Catch::Contains("line 2: article ") &&
                   Catch::Contains("is a directory, not a regular file"));
    CHECK(f.error_of("title = \"T\"\nintroduction = \"intro.txt\"\narticles = [\"a.txt\"]\n")
              .find("line 2: introduction not found") != std::string::npos);
    CHECK(f.error_of("title = \"T\"\narticles = [\"a.txt\"]\ncover = \"cover.png\"\n")
              .find("line 3: cover not found") != std::string::npos);
    CHECK(f.error_of("title = \"T\"\narticles = [{ title = \"No file\" }]\n")
              .find("line 2: an article table needs 'file'") != std::string::npos);
}

TEST_CASE("shards split names with no overlap and no gap") {
    for (unsigned n : {1u, 2u, 3u, 7u}) {
        for (int i = 0; i < 200; ++i) {
            std::string name = "article-" + std::to_string(i) + ".txt";
            int owners = 0;
            for (unsigned k = 1; k <= n; ++k) owners += book::in_shard(name, k, n);
            CHECK(owners == 1);
        }
    }
}

TEST_CASE("report.json lists articles and totals") {
    std::vector<book::ArticleResult> r(2);
    r[0] = {"a.txt", "ok", "", {"a.txt:3: warning: dropped \"x\""}, {10, 20}, 1.25};
    r[1] = {"b.txt", "failed", "b.txt: empty article", {}, {}, 0.5};
    std::string json = book::report_json(r);
    CHECK(json.find("\"name\": \"a.txt\", \"status\": \"ok\"") != std::string::npos);
    CHECK(json.find("dropped \\\"x\\\"") != std::string::npos);
    CHECK(json.find("\"error\": \"b.txt: empty article\"") != std::string::npos);
    CHECK(json.find("\"ok\": 1,\n  \"skipped\": 0,\n  \"failed\": 1") != std::string::npos);
}

TEST_CASE("a manifest names no file outside its folder unless allowed") {
    Folder f;
    fs::create_symlink("/etc/hostname", f.dir / "link.txt");
    fs::create_directories(f.dir / "sub");
    std::ofstream(f.dir / "sub" / "d.txt") << "Title\n\nText.\n";
    for (const std::string& entry :
         {std::string("articles = [\"../../../../../../../../etc/passwd\"]"),
          std::string("articles = [\"/etc/hostname\"]"), std::string("articles = [\"link.txt\"]"),
          std::string("articles = [{ file = \"sub/../../x.txt\" }]"),
          std::string("articles = [\"a.txt\"]\ncover = \"/etc/hostname\""),
          std::string("articles = [\"a.txt\"]\nintroduction = \"link.txt\"")}) {
        const std::string text = "title = \"T\"\n" + entry + "\n";
        const std::string error = f.error_of(text);
        CHECK_THAT(error, Catch::Contains("book.toml: line ") &&
                              Catch::Contains("outside the manifest's folder") &&
                              Catch::Contains("--allow-outside"));
    }
    // An article inside whose sidecar leads out.
    fs::create_symlink("/etc/hostname", f.dir / "b.toml");
    CHECK_THAT(f.error_of("title = \"T\"\narticles = [\"b.txt\"]\n"),
               Catch::Contains("line 2: the sidecar") && Catch::Contains("outside"));
    // Inside, through a sub-folder and back: fine.
    CHECK(api::load_manifest(f.write("title = \"T\"\narticles = [\"sub/../sub/d.txt\"]\n"))
              .all_articles()
              .size() == 1);
    // Allowed: the outside files are taken.
    auto m = api::load_manifest(
        f.write("title = \"T\"\narticles = [\"/etc/hostname\", \"link.txt\"]\n"), true);
    CHECK(m.all_articles().size() == 2);
}

TEST_CASE("batch lists every *.txt entry, reporting what it cannot convert") {
    Folder f;
    fs::create_directories(f.dir / "folder.txt");
    fs::create_symlink(f.dir / "gone", f.dir / "dangling.txt");
    fs::create_symlink("/etc/hostname", f.dir / "passwd.txt");
    fs::create_symlink(f.dir / "a.txt", f.dir / "alias.txt");
    REQUIRE(::mkfifo((f.dir / "pipe.txt").c_str(), 0600) == 0);
    book::BatchOptions options;
    options.input_dir = f.dir;
    std::map<std::string, std::string> problems;
    for (const book::BatchEntry& e : book::list_articles(options))
        problems[e.path.filename().string()] = e.problem;
    CHECK(problems.size() == 8);
    for (const char* ok : {"a.txt", "b.txt", "c.txt", "alias.txt"}) CHECK(problems[ok].empty());
    CHECK_THAT(problems["folder.txt"], Catch::Contains("directory"));
    CHECK_THAT(problems["dangling.txt"], Catch::Contains("dangling symbolic link"));
    CHECK_THAT(problems["passwd.txt"], Catch::Contains("leads outside"));
    CHECK_THAT(problems["pipe.txt"], Catch::Contains("FIFO"));
}

TEST_CASE("report.json is valid UTF-8 whatever the file names") {
    std::vector<book::ArticleResult> r(1);
    r[0] = {
        "caf\xe9 \xc3\xa9t\xc3\xa9 \xed\xa0\x80.txt", "failed", "caf\xe9.txt: x\x01", {}, {}, 0};
    std::string json = book::report_json(r);
    CHECK(json.find("caf\xEF\xBF\xBD \xc3\xa9t\xc3\xa9 \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD.txt") !=
          std::string::npos);
    CHECK(json.find("x\\u0001") != std::string::npos);
    for (unsigned char c : json) CHECK(c != 0xE9);
}

TEST_CASE("a manifest must be a regular file under the size cap") {
    Folder f;
    const fs::path fifo = f.dir / "pipe.toml";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    try {
        api::load_manifest(fifo);  // must not wait for a writer
        FAIL("a FIFO manifest was read");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::InputMissing);
        CHECK_THAT(e.message(), Catch::Contains("pipe.toml: is a FIFO"));
    }
    const fs::path m = f.write("title = \"T\"\narticles = [\"a.txt\"]\n");
    const std::uint64_t before = max_input();
    set_max_input(10);
    try {
        api::load_manifest(m);
        FAIL("a manifest over the cap was read");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::TooLarge);
    }
    set_max_input(before);
    CHECK(api::load_manifest(m).title == "T");
}
