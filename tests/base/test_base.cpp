#include <unistd.h>
#include <catch2/catch.hpp>
#include <clocale>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "base/Diagnostics.hpp"
#include "base/Error.hpp"
#include "base/File.hpp"
#include "base/Length.hpp"

using namespace galley;
namespace fs = std::filesystem;

TEST_CASE("parse_length converts units to points and rejects junk") {
    CHECK(parse_length("12pt")->value == Approx(12));
    CHECK(parse_length("12")->value == Approx(12));
    CHECK(parse_length("1in")->value == Approx(72));
    CHECK(parse_length("25.4mm")->value == Approx(72));
    CHECK(parse_length("2.54cm")->value == Approx(72));
    CHECK(parse_length("1pc")->value == Approx(12));
    CHECK_FALSE(parse_length("12ptx"));
    CHECK_FALSE(parse_length("pt"));
    CHECK_FALSE(parse_length(""));
    CHECK_FALSE(parse_length("12 pt"));
}

TEST_CASE("format_number ignores the user's locale and trims zeros") {
    std::setlocale(LC_ALL, "de_DE.UTF-8");  // may not exist; the result must not change anyway
    CHECK(format_number(12.5) == "12.5");
    CHECK(format_number(12.0) == "12");
    CHECK(format_number(-0.0001) == "0");
    CHECK(format_number(1.23456, 2) == "1.23");
    CHECK(format_number(-3.1) == "-3.1");
    std::setlocale(LC_ALL, "C");
}

TEST_CASE("Diagnostics formats file:line: warning: and caps what it keeps") {
    Diagnostics d;
    d.warn("a.txt", 3, "dropped 'Notify of'");
    d.warn("a.txt", 0, "no line");
    REQUIRE(d.warnings().size() == 2);
    CHECK(d.warnings()[0].format() == "a.txt:3: warning: dropped 'Notify of'");
    CHECK(d.warnings()[1].format() == "a.txt: warning: no line");
    for (std::size_t i = 0; i < Diagnostics::kMaxKept + 5; ++i) d.warn("b", 1, "x");
    CHECK(d.warnings().size() == Diagnostics::kMaxKept);
    CHECK(d.count() == Diagnostics::kMaxKept + 7);
}

TEST_CASE("write_file_atomic replaces the file whole and leaves no temporary behind") {
    fs::path dir = fs::temp_directory_path() / ("galley-test-base-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    fs::path out = dir / "out.bin";
    write_file_atomic(out, "first");
    write_file_atomic(out, "second version");
    CHECK(read_file(out) == "second version");
    CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
    SECTION("an unwritable path throws OutputFailed naming the file") {
        try {
            write_file_atomic(out / "child.bin", "x");  // parent is a regular file
            FAIL("no exception");
        } catch (const Error& e) {
            CHECK(e.code() == ErrorCode::OutputFailed);
            CHECK(e.message().find("child.bin") != std::string::npos);
        }
    }
    fs::remove_all(dir);
}

TEST_CASE("read_file reports a missing file with its name") {
    try {
        read_file("/nonexistent/galley.txt");
        FAIL("no exception");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::InputMissing);
        CHECK(e.message() == "/nonexistent/galley.txt: no such file");
    }
}

TEST_CASE("source_date_epoch and format_utc") {
    ::setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
    CHECK(source_date_epoch() == 1700000000LL);
    ::setenv("SOURCE_DATE_EPOCH", "12abc", 1);
    CHECK_FALSE(source_date_epoch());
    ::unsetenv("SOURCE_DATE_EPOCH");
    CHECK_FALSE(source_date_epoch());
    CHECK(format_utc(1700000000) == "2023-11-14T22:13:20Z");
    CHECK(format_utc(0) == "1970-01-01T00:00:00Z");
}
