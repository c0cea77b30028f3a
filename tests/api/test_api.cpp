// The typed job API (galley/galley.hpp): in-memory input to bytes, files, typed metadata, and
// failures as values with codes and diagnostics.
#include <unistd.h>
#include <zip.h>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>

#include "galley/galley.hpp"

namespace api = galley::api;
namespace fs = std::filesystem;

namespace {

const char* const kArticle = R"(Notes from the Harbour

By Anna Schmidt

The boats come in at dawn. The harbour master counts them from his window and writes the
number in a book that nobody else reads.

By seven the fish are on the quay, and by nine they are gone.
)";

/// The entry `name` of the zip `bytes`, or "" when it is missing.
std::string zip_entry(const std::string& bytes, const std::string& name) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    zip_t* z = src ? zip_open_from_source(src, ZIP_RDONLY, &error) : nullptr;
    if (!z) {
        if (src) zip_source_free(src);
        return "";
    }
    std::string out;
    zip_stat_t st;
    if (zip_stat(z, name.c_str(), 0, &st) == 0) {
        out.resize(st.size);
        zip_file_t* f = zip_fopen(z, name.c_str(), 0);
        zip_fread(f, out.data(), st.size);
        zip_fclose(f);
    }
    zip_close(z);
    return out;
}

/// A job converting kArticle (in memory, plain text) to memory outputs of `formats`.
api::Job memory_job(std::initializer_list<api::OutputFormat> formats) {
    api::Job job;
    job.input = api::Input::memory(kArticle, api::InputFormat::Text, "harbour.txt");
    job.timestamp = 1700000000;
    for (api::OutputFormat f : formats) job.outputs.push_back(api::Output::memory(f));
    return job;
}

/// A fresh folder for one test's files.
fs::path temp_folder(const std::string& name) {
    const fs::path dir =
        fs::temp_directory_path() / ("galley-test-api-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

std::string read_all(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

}  // namespace

TEST_CASE("an in-memory article becomes EPUB and PDF bytes") {
    const api::Result result =
        api::convert(memory_job({api::OutputFormat::Epub, api::OutputFormat::Pdf}));
    REQUIRE(result.ok());
    REQUIRE(result.outputs.size() == 2);
    const api::OutputResult& epub = result.outputs[0];
    const api::OutputResult& pdf = result.outputs[1];
    CHECK(epub.format == api::OutputFormat::Epub);
    CHECK(epub.path.empty());
    CHECK(epub.size == epub.bytes.size());
    // OCF: the first entry is "mimetype", stored, holding the media type.
    CHECK(epub.bytes.compare(0, 4, "PK\x03\x04") == 0);
    CHECK(epub.bytes.compare(30, 28, "mimetypeapplication/epub+zip") == 0);
    const std::string opf = zip_entry(epub.bytes, "EPUB/package.opf");
    CHECK_THAT(opf, Catch::Contains(">Notes from the Harbour</dc:title>"));
    CHECK_THAT(opf, Catch::Contains(">Anna Schmidt</dc:creator>"));
    CHECK(pdf.format == api::OutputFormat::Pdf);
    CHECK(pdf.bytes.compare(0, 5, "%PDF-") == 0);
    CHECK(pdf.bytes.find("%%EOF") != std::string::npos);
    CHECK(pdf.size == pdf.bytes.size());
}

TEST_CASE("Job::page_source and Job::cover: print pages and a cover in the EPUB") {
    // Beside its PDF the EPUB marks the PDF's pages; alone with page_source, the same EPUB.
    api::Job both = memory_job({api::OutputFormat::Epub, api::OutputFormat::Pdf});
    both.cover = "auto";
    const api::Result beside = api::convert(both);
    REQUIRE(beside.ok());
    const std::string& epub = beside.outputs[0].bytes;
    CHECK_THAT(zip_entry(epub, "EPUB/cover.xhtml"),
               Catch::Contains(
                   R"(epub:type="pagebreak" role="doc-pagebreak" id="page-1" aria-label="Cover")"));
    CHECK_THAT(zip_entry(epub, "EPUB/nav.xhtml"), Catch::Contains(R"(epub:type="page-list")"));
    CHECK(zip_entry(epub, "EPUB/images/cover.png").compare(0, 8, "\x89PNG\r\n\x1a\n") == 0);
    api::Job alone = memory_job({api::OutputFormat::Epub});
    alone.cover = "auto";
    alone.page_source = "classic";
    const api::Result source = api::convert(alone);
    REQUIRE(source.ok());
    CHECK(source.outputs[0].bytes == epub);
    // Without either, no page numbers and no cover.
    const api::Result plain = api::convert(memory_job({api::OutputFormat::Epub}));
    REQUIRE(plain.ok());
    CHECK(plain.outputs[0].bytes.find("cover.png") == std::string::npos);
    CHECK(zip_entry(plain.outputs[0].bytes, "EPUB/nav.xhtml").find("page-list") ==
          std::string::npos);
    // A cover that is not an image: the input-invalid code, naming the cover.
    api::Job bad = memory_job({api::OutputFormat::Epub});
    bad.cover = GALLEY_SAMPLES "/azerbaijan-victory-day.txt";
    const api::Result refused = api::convert(bad);
    REQUIRE(refused.error);
    CHECK(refused.error->code == api::ErrorCode::InputInvalid);
    CHECK_THAT(refused.error->file, Catch::Contains("azerbaijan-victory-day.txt"));
}

TEST_CASE("typed metadata lists arrive as lists, whatever characters an item holds") {
    api::Job job = memory_job({api::OutputFormat::Epub});
    job.metadata.title = "Harbour Notes";
    job.metadata.authors = std::vector<std::string>{"Smith; Jones & Partners", "Bernd Müller"};
    job.metadata.keywords = std::vector<std::string>{"Washington, D.C.", "harbours; ports", "fish"};
    job.metadata.identifier = "urn:isbn:9780000000002";
    job.metadata.language = "en";
    const api::Result result = api::convert(job);
    REQUIRE(result.ok());
    const std::string opf = zip_entry(result.outputs[0].bytes, "EPUB/package.opf");
    CHECK_THAT(opf, Catch::Contains(">Harbour Notes</dc:title>"));
    CHECK_THAT(opf, Catch::Contains(">Smith; Jones &amp; Partners</dc:creator>"));
    CHECK_THAT(opf, Catch::Contains(">Bernd Müller</dc:creator>"));
    CHECK_THAT(opf, !Catch::Contains(">Anna Schmidt</dc:creator>"));  // overridden, not added
    CHECK_THAT(opf, Catch::Contains("<dc:subject>Washington, D.C.</dc:subject>"));
    CHECK_THAT(opf, Catch::Contains("<dc:subject>harbours; ports</dc:subject>"));
    CHECK_THAT(opf, Catch::Contains("<dc:subject>fish</dc:subject>"));
    CHECK_THAT(opf, Catch::Contains("urn:isbn:9780000000002"));
}

TEST_CASE("Metadata::set takes the command line's text form") {
    api::Metadata meta;
    CHECK(meta.set("author", "A. One; B. Two"));
    CHECK(meta.set("authors", " C. Three "));
    CHECK(meta.set("keywords", "x, y; z"));
    CHECK(meta.set("lang", "de"));
    CHECK_FALSE(meta.set("colour", "blue"));
    CHECK(*meta.authors == std::vector<std::string>{"A. One", "B. Two", "C. Three"});
    CHECK(*meta.keywords == std::vector<std::string>{"x", "y", "z"});
    CHECK(*meta.language == "de");
    CHECK(meta.unknown_keys == std::vector<std::string>{"colour"});
    CHECK_FALSE(meta.title.has_value());

    // An unknown key is a warning naming the input, not a failure.
    api::Job job = memory_job({api::OutputFormat::Epub});
    job.metadata = meta;
    const api::Result result = api::convert(job);
    REQUIRE(result.ok());
    bool warned = false;
    for (const api::Diagnostic& d : result.diagnostics)
        warned = warned || (d.file == "harbour.txt" && d.severity == api::Severity::Warning &&
                            d.message == "ignored unknown metadata key 'colour'");
    CHECK(warned);
}

TEST_CASE("bad input fails with its code and a diagnostic naming the input") {
    SECTION("binary bytes in memory") {
        api::Job job = memory_job({api::OutputFormat::Pdf});
        job.input = api::Input::memory(std::string("\x00\x01\x02\x03PK\x00\x00", 8),
                                       api::InputFormat::Auto, "broken.txt");
        const api::Result result = api::convert(job);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error->code == api::ErrorCode::InputInvalid);
        CHECK(result.error->file == "broken.txt");
        CHECK(result.outputs.empty());
        REQUIRE_FALSE(result.diagnostics.empty());
        const api::Diagnostic& last = result.diagnostics.back();
        CHECK(last.severity == api::Severity::Error);
        CHECK(last.file == "broken.txt");
        CHECK(last.message == result.error->message);
        CHECK_THAT(last.format(), Catch::StartsWith("broken.txt: error: "));
    }
    SECTION("empty text") {
        api::Job job = memory_job({api::OutputFormat::Epub});
        job.input = api::Input::memory("", api::InputFormat::Text, "empty.txt");
        const api::Result result = api::convert(job);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error->code == api::ErrorCode::InputInvalid);
        CHECK(result.error->format().rfind("empty.txt: ", 0) == 0);
    }
    SECTION("a missing file") {
        api::Job job = memory_job({api::OutputFormat::Epub});
        job.input = api::Input::file("/nonexistent/galley/article.txt");
        const api::Result result = api::convert(job);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error->code == api::ErrorCode::InputMissing);
        CHECK(result.error->file == "/nonexistent/galley/article.txt");
    }
}

TEST_CASE("a bad job, style or font fails with the CLI's exit code") {
    SECTION("an unknown output extension") {
        api::Job job = memory_job({});
        job.outputs = {api::Output::file("out.docx")};
        const api::Result result = api::convert(job);
        REQUIRE_FALSE(result.ok());
        CHECK(static_cast<int>(result.error->code) == 2);
        CHECK_THAT(result.error->message, Catch::Contains("unknown output format '.docx'"));
    }
    SECTION("no output at all") {
        const api::Result result = api::convert(memory_job({}));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error->code == api::ErrorCode::Usage);
    }
    SECTION("an unknown style and a bad setting") {
        api::Job job = memory_job({api::OutputFormat::Pdf});
        job.style.name = "no-such-style";
        CHECK(api::convert(job).error->code == api::ErrorCode::Style);
        job.style = {};
        job.style.settings = {{"body.font_size", "huge"}};
        CHECK(static_cast<int>(api::convert(job).error->code) == 5);
    }
    SECTION("an unknown font family") {
        api::Job job = memory_job({api::OutputFormat::Pdf});
        job.style.settings = {{"body.family", "No Such Family Anywhere"}};
        const api::Result result = api::convert(job);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error->code == api::ErrorCode::Style);
        CHECK_THAT(result.error->message, Catch::Contains("unknown font family"));
    }
}

TEST_CASE("file outputs are written whole, match the memory bytes, and never overwrite input") {
    const fs::path dir = temp_folder("files");
    std::ofstream(dir / "harbour.txt") << kArticle;
    api::Job job;
    job.input = api::Input::file(dir / "harbour.txt");
    job.timestamp = 1700000000;
    job.outputs = {api::Output::file(dir / "harbour.epub"), api::Output::file(dir / "harbour.pdf"),
                   api::Output::memory(api::OutputFormat::Pdf)};
    const api::Result result = api::convert(job);
    REQUIRE(result.ok());
    REQUIRE(result.outputs.size() == 3);
    CHECK(result.outputs[0].path == dir / "harbour.epub");
    CHECK(result.outputs[0].bytes.empty());
    CHECK(result.outputs[0].size == fs::file_size(dir / "harbour.epub"));
    CHECK(result.outputs[1].format == api::OutputFormat::Pdf);
    // The same job gives the same bytes to a file and to memory.
    CHECK(read_all(dir / "harbour.pdf") == result.outputs[2].bytes);

    // Memory input with the same name and text: the same PDF as the file.
    api::Job memory = memory_job({api::OutputFormat::Pdf});
    memory.input.name = (dir / "harbour.txt").string();
    const api::Result from_memory = api::convert(memory);
    REQUIRE(from_memory.ok());
    CHECK(from_memory.outputs[0].bytes == result.outputs[2].bytes);

    // An output that is the input is refused and the input stays; a failed job leaves no output.
    job.outputs = {api::Output::file(dir / "harbour.pdf"),
                   api::Output::file(dir / "harbour.txt", api::OutputFormat::Pdf)};
    const api::Result refused = api::convert(job);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error->code == api::ErrorCode::Usage);
    CHECK_THAT(refused.error->message, Catch::Contains("the output is an input"));
    CHECK(read_all(dir / "harbour.txt") == kArticle);
    CHECK(fs::exists(dir / "harbour.pdf"));  // refused before anything was touched

    job.input = api::Input::memory("", api::InputFormat::Text, "empty.txt");
    job.outputs = {api::Output::file(dir / "harbour.pdf")};
    CHECK_FALSE(api::convert(job).ok());
    CHECK_FALSE(fs::exists(dir / "harbour.pdf"));  // the stale output is gone
    fs::remove_all(dir);
}

TEST_CASE("a BookJob makes a manifest's book, all or none, with the manifest's style") {
    const fs::path dir = temp_folder("book");
    std::ofstream(dir / "harbour.txt") << kArticle;
    std::ofstream(dir / "quay.txt") << "The Quay at Noon\n\nBy Bernd M\u00fcller\n\nThe quay is "
                                       "empty at noon. The gulls have it to themselves.\n";
    std::ofstream(dir / "book.toml")
        << "title = \"Two Harbours\"\neditors = [\"A. Editor\"]\nlanguage = \"en\"\n"
           "style = \"report\"\narticles = [\"harbour.txt\", {file = \"quay.txt\", authors = "
           "[\"B. M\u00fcller; Jr.\", \"C. Two\"]}]\n";
    api::BookJob job;
    job.manifest = dir / "book.toml";
    job.timestamp = 1700000000;
    job.outputs = {api::Output::file(dir / "book.epub"), api::Output::file(dir / "book.pdf")};
    const api::Result result = api::make_book(job);
    INFO((result.error ? result.error->format() : std::string("ok")));
    REQUIRE(result.ok());
    CHECK(result.articles == 2);
    REQUIRE(result.outputs.size() == 2);
    CHECK(result.outputs[0].format == api::OutputFormat::Epub);
    CHECK(result.outputs[1].format == api::OutputFormat::Pdf);
    CHECK(result.outputs[1].size == fs::file_size(dir / "book.pdf"));
    const std::string epub = read_all(dir / "book.epub");
    const std::string opf = zip_entry(epub, "EPUB/package.opf");
    CHECK_THAT(opf, Catch::Contains("Two Harbours"));
    // The manifest's author array reaches the article's title block item by item.
    CHECK_THAT(zip_entry(epub, "EPUB/a002.xhtml"),
               Catch::Contains("B. M\u00fcller; Jr. and C. Two"));
    // The manifest's style (report) when the job names none; the same book in classic differs.
    const std::string report_pdf = read_all(dir / "book.pdf");
    job.style.name = "classic";
    REQUIRE(api::make_book(job).ok());
    CHECK(read_all(dir / "book.pdf") != report_pdf);
    job.style.name = "report";
    REQUIRE(api::make_book(job).ok());
    CHECK(read_all(dir / "book.pdf") == report_pdf);  // the same job, the same bytes

    // A book's outputs are files; an unreadable manifest is the CLI's exit code 3, and a failed
    // book leaves none of its outputs.
    job.outputs = {api::Output::memory(api::OutputFormat::Pdf)};
    CHECK(api::make_book(job).error->code == api::ErrorCode::Usage);
    job.outputs = {api::Output::file(dir / "book.pdf")};
    job.manifest = dir / "missing.toml";
    const api::Result missing = api::make_book(job);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error->code == api::ErrorCode::InputMissing);
    CHECK(missing.articles == 0);
    std::ofstream(dir / "bad.toml") << "title = \"T\"\narticles = [\"nowhere.txt\"]\n";
    job.manifest = dir / "bad.toml";
    const api::Result bad = api::make_book(job);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error->code == api::ErrorCode::InputInvalid);
    CHECK(bad.error->file == (dir / "bad.toml").string());
    CHECK(bad.diagnostics.back().severity == api::Severity::Error);
    fs::remove_all(dir);
}

TEST_CASE("jobs on separate threads give the bytes one job gives alone") {
    const api::Job job = memory_job({api::OutputFormat::Epub, api::OutputFormat::Pdf});
    const api::Result alone = api::convert(job);
    REQUIRE(alone.ok());
    api::Result results[2];
    std::thread a([&] { results[0] = api::convert(job); });
    std::thread b([&] { results[1] = api::convert(job); });
    a.join();
    b.join();
    for (const api::Result& r : results) {
        REQUIRE(r.ok());
        CHECK(r.outputs[0].bytes == alone.outputs[0].bytes);
        CHECK(r.outputs[1].bytes == alone.outputs[1].bytes);
    }
}

TEST_CASE("the version and the data folder") {
    CHECK(api::version() == GALLEY_VERSION);
    CHECK(fs::exists(api::data_folder() / "styles" / "classic.toml"));
    CHECK(fs::exists(api::data_folder() / "fonts"));
}
