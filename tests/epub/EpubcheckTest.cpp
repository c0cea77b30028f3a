// Writes books for a spread of hand-built documents (every script the corpus has, every block
// kind, metadata present and absent, a split article, odd input) and runs epubcheck on them in
// one JVM: each must report 0 errors and 0 warnings. Slow (about 15 s): ctest label "epubcheck".
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

#include "EpubTestSupport.hpp"
#include "base/File.hpp"
#include "epub/EpubWriter.hpp"

using namespace galley;
using namespace galley::epub;
using namespace galley::epub::test;
namespace fs = std::filesystem;

namespace {

std::vector<std::pair<std::string, doc::Document>> books() {
    std::vector<std::pair<std::string, doc::Document>> out;
    out.emplace_back("moby-dick", moby_dick());
    out.emplace_back("arabic", udhr_arabic());
    out.emplace_back("hebrew", udhr_hebrew());
    out.emplace_back("japanese", udhr_japanese());
    out.emplace_back("hindi", udhr_hindi());

    doc::Document full = moby_dick();
    full.meta.identifier = "urn:isbn:9780142437247";
    full.meta.authors.push_back("Ishmael");
    full.meta.description = "Ishmael goes to sea.";
    full.meta.publisher = "Harper & Brothers";
    full.meta.rights = "Public domain";
    full.meta.keywords = {"whaling", "Nantucket"};
    full.meta.date = "1851";
    full.meta.dateline = "NANTUCKET —";
    out.emplace_back("full-metadata", full);

    doc::Document bare;  // no title, no language, no headings, one odd paragraph
    bare.meta.source = "untitled.txt";
    bare.blocks.push_back(
        para({test::text(std::string("control\x01 chars \xef\xbf\xbe and a link ")),
              doc::Inline{doc::Link{"https://example.org/a b|c", {}}}}));
    out.emplace_back("bare", bare);

    doc::Document empty;  // nothing at all in the body
    empty.meta.title = "Empty";
    empty.meta.language = "zh-Hans";
    out.emplace_back("empty", empty);

    doc::Document unknown = udhr_hebrew();  // a language without labels
    unknown.meta.language = "sw";
    unknown.meta.title = "Tamko la Ulimwengu la Haki za Binadamu";
    out.emplace_back("swahili", unknown);

    doc::Document big;  // past the split size: several files
    big.meta.title = "A long book";
    big.meta.language = "en";
    std::string sentence =
        "Call me Ishmael. Some years ago—never mind how long precisely—having little or no money "
        "in my purse, and nothing particular to interest me on shore, I thought I would sail. ";
    std::string para_text;
    for (int i = 0; i < 20; ++i) para_text += sentence;
    for (int c = 1; c <= 40; ++c) {
        big.blocks.push_back(heading(1, "Chapter " + std::to_string(c), "h-" + std::to_string(c)));
        if (c % 5 == 0) big.blocks.push_back(heading(3, "A section", "s"));
        for (int p = 0; p < 20; ++p) big.blocks.push_back(para({test::text(para_text)}));
    }
    out.emplace_back("split", big);
    return out;
}

}  // namespace

TEST_CASE("epubcheck reports no error and no warning for a spread of books") {
    fs::path dir = fs::path(GALLEY_EPUBCHECK_DIR);
    fs::remove_all(dir);
    fs::create_directories(dir);
    text::FontCatalog fonts(fonts_dir());
    style::StyleSheet style;
    EpubOptions options;
    options.timestamp = 1700000000;
    std::vector<std::string> names;
    for (const auto& [name, d] : books()) {
        Diagnostics diags;
        std::string bytes = write_epub(d, style, fonts, options, diags);
        write_file_atomic(dir / (name + ".epub"), bytes);
        names.push_back(name);
    }
    // One JVM checks every book (EpubcheckBatch.java); stderr joins stdout so that each
    // book's messages stay between its BEGIN and END lines.
    std::string cmd = "cd '" + dir.string() + "' && java -cp " GALLEY_EPUBCHECK_JAR " '" +
                      GALLEY_EPUBCHECK_BATCH "'";
    for (const std::string& name : names) cmd += " " + name + ".epub";
    cmd += " > epubcheck.log 2>&1";
    int rc = std::system(cmd.c_str());
    std::string log = read_file(dir / "epubcheck.log");
    INFO(log);
    CHECK(rc == 0);
    for (const std::string& name : names) {
        auto begin = log.find("=== BEGIN " + name + ".epub\n");
        auto end = log.find("=== END " + name + ".epub ");
        REQUIRE(begin != std::string::npos);
        REQUIRE(end != std::string::npos);
        std::string report = log.substr(begin, end - begin);
        INFO(name << ":\n" << report);
        CHECK(report.find("Messages: 0 fatals / 0 errors / 0 warnings") != std::string::npos);
        CHECK(report.find("ERROR") == std::string::npos);
        CHECK(report.find("WARNING") == std::string::npos);
    }
    // The split book really has several content files.
    std::string split = read_file(dir / "split.epub");
    CHECK(!entry(read_zip(split), "EPUB/article-2.xhtml").empty());
}
