// The converter's checks before any work: output names and outputs that are inputs.
#include <unistd.h>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "app/Converter.hpp"
#include "base/Error.hpp"

using namespace galley;
namespace fs = std::filesystem;

namespace {

/// The message of the usage error format_of gives for `name`.
std::string format_error(const std::string& name) {
    try {
        app::format_of(name);
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::Usage);
        return e.message();
    }
    return "no error";
}

}  // namespace

TEST_CASE("an output name needs a name and a known extension") {
    CHECK(app::format_of("book.EPUB") == app::Format::Epub);
    CHECK(app::format_of("dir/x.pdf") == app::Format::Pdf);
    CHECK_THAT(format_error(".pdf"),
               Catch::Contains("no name before its extension") && Catch::Contains("NAME.pdf"));
    CHECK_THAT(format_error("out/.epub"), Catch::Contains("no name before its extension"));
    CHECK_THAT(format_error("x"), Catch::Contains("x: output name has no extension"));
    CHECK_THAT(format_error("out/"), Catch::Contains("folder"));
    CHECK_THAT(format_error("x.docx"), Catch::Contains("unknown output format '.docx'"));
}

TEST_CASE("an output that is an input is refused, and the input stays") {
    const fs::path dir =
        fs::temp_directory_path() / ("galley-test-converter-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::ofstream(dir / "p.pdf") << "Title\n\nNot really a PDF, but an article.\n";
    fs::create_symlink(dir / "p.pdf", dir / "link.pdf");
    app::ConvertJob job;
    job.input = dir / "p.pdf";
    for (const fs::path& out : {dir / "p.pdf", dir / "." / "p.pdf", dir / "link.pdf"}) {
        job.outputs = {dir / "other.epub", out};
        try {
            style::StyleSheet style = style::load_style("classic");
            auto fonts = app::fonts_for(style);
            Diagnostics diagnostics;
            app::convert(job, style, *fonts, diagnostics);
            FAIL("no error for " << out);
        } catch (const Error& e) {
            CHECK(e.code() == ErrorCode::Usage);
            CHECK_THAT(e.message(), Catch::Contains("the output is an input"));
        }
        CHECK(fs::file_size(dir / "p.pdf") > 0);
        CHECK_FALSE(fs::exists(dir / "other.epub"));
    }
    CHECK_NOTHROW(app::refuse_overwriting_inputs({dir / "new.pdf"}, {dir / "p.pdf"}));
    fs::remove_all(dir);
}

TEST_CASE("the command line's options become a typed API job") {
    app::ConvertJob job;
    job.input = "a.md";
    job.outputs = {"x.epub", "y.PDF"};
    job.read.format = read::InputFormat::Text;
    // --meta as the command line gives it: "; " separates authors only here, at the boundary.
    for (const auto& [key, value] :
         std::vector<std::pair<std::string, std::string>>{{"author", "A. One; B. Two"},
                                                          {"keywords", "x, y"},
                                                          {"lang", "fr"},
                                                          {"colour", "red"},
                                                          {"title", "T"},
                                                          {"author", "C. Three"}})
        job.meta.set(key, value);
    job.read.language = "de";
    job.style = "report";
    job.style_settings = {{"body.font_size", "12pt"}};
    const api::Job out = app::api_job(job);
    CHECK(out.input.path == "a.md");
    CHECK(out.input.format == api::InputFormat::Text);
    CHECK(out.input.read_sidecar);
    CHECK(*out.metadata.authors == std::vector<std::string>{"A. One", "B. Two", "C. Three"});
    CHECK(*out.metadata.keywords == std::vector<std::string>{"x", "y"});
    CHECK(*out.metadata.language == "de");  // --lang wins over --meta lang
    CHECK(*out.metadata.title == "T");
    CHECK(out.metadata.unknown_keys == std::vector<std::string>{"colour"});
    CHECK(out.metadata.origin == "--meta");
    CHECK(out.style.name == "report");
    CHECK(out.style.settings == job.style_settings);
    REQUIRE(out.outputs.size() == 2);
    CHECK(out.outputs[1].path == "y.PDF");
    CHECK_FALSE(out.outputs[1].format.has_value());  // by extension, when the job runs
}

TEST_CASE("the output - of the command line is an output to memory in the --to format") {
    app::ConvertJob job;
    job.input = "a.txt";
    job.outputs = {"x.epub", app::kStdStream};
    job.stdout_format = app::Format::Pdf;
    const api::Job out = app::api_job(job);
    REQUIRE(out.outputs.size() == 2);
    CHECK(out.outputs[0].path == "x.epub");
    CHECK(out.outputs[1].path.empty());  // memory: main writes its bytes to standard output
    REQUIRE(out.outputs[1].format.has_value());
    CHECK(*out.outputs[1].format == api::OutputFormat::Pdf);
    CHECK(app::input_name(app::kStdStream) == "<stdin>");
    CHECK(app::input_name("a.txt") == "a.txt");
}

TEST_CASE("galley convert's failures keep their code and name the file") {
    app::ConvertJob job;
    job.input = "/nonexistent/galley/article.txt";
    job.outputs = {"/tmp/galley-never-written.pdf"};
    Diagnostics diagnostics;
    try {
        app::run_convert(job, diagnostics);
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::InputMissing);
        CHECK(e.file() == "/nonexistent/galley/article.txt");
    }
    job.input = GALLEY_SAMPLES "/azerbaijan-victory-day.txt";
    job.style = "no-such-style";
    try {
        app::run_convert(job, diagnostics);
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::Style);
    }
    CHECK_FALSE(fs::exists("/tmp/galley-never-written.pdf"));
}
