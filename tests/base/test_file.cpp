// File I/O: inputs are regular files read with a size cap (a FIFO never blocks, /dev/zero never
// grows without bound); outputs are written atomically and leave no temporary file; paths are
// compared by identity and containment.
#include <sys/stat.h>
#include <unistd.h>
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "base/Error.hpp"
#include "base/File.hpp"

using namespace galley;
namespace fs = std::filesystem;

namespace {

struct Folder {
    fs::path dir;
    explicit Folder(const std::string& name)
        : dir(fs::temp_directory_path() /
              ("galley-test-file-" + name + "-" + std::to_string(::getpid()))) {
        fs::remove_all(dir);
        fs::create_directories(dir);
    }
    ~Folder() { fs::remove_all(dir); }
    fs::path write(const std::string& name, const std::string& bytes) {
        std::ofstream(dir / name, std::ios::binary) << bytes;
        return dir / name;
    }
    std::vector<std::string> names() const {
        std::vector<std::string> out;
        for (const auto& e : fs::directory_iterator(dir)) out.push_back(e.path().filename());
        std::sort(out.begin(), out.end());
        return out;
    }
};

/// The error read_file throws for `path`.
Error read_error(const fs::path& path) {
    try {
        read_file(path);
    } catch (const Error& e) {
        return e;
    }
    FAIL("read_file accepted " << path);
    return Error(ErrorCode::Internal, "", "");
}

}  // namespace

TEST_CASE("read_file refuses what is not a regular file, without blocking") {
    Folder f("kinds");
    const fs::path fifo = f.dir / "pipe.txt";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    auto start = std::chrono::steady_clock::now();
    Error e = read_error(fifo);  // no writer: a blocking open would wait forever
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));
    CHECK(e.code() == ErrorCode::InputMissing);
    CHECK(e.file() == fifo.string());
    CHECK_THAT(e.what(), Catch::Contains("FIFO") && Catch::Contains("not a regular file"));
    CHECK_THAT(read_error(f.dir).what(), Catch::Contains("directory"));
    CHECK_THAT(read_error("/dev/zero").what(), Catch::Contains("character device"));
    CHECK_THAT(read_error(f.dir / "missing.txt").what(), Catch::Contains("no such file"));
    CHECK_THAT(input_problem(fifo), Catch::Contains("FIFO"));
    CHECK(input_problem(f.write("a.txt", "x")).empty());
}

TEST_CASE("read_file stops at the size cap") {
    Folder f("cap");
    const std::uint64_t before = max_input();
    set_max_input(10);
    CHECK(read_file(f.write("ten.txt", "0123456789")) == "0123456789");
    Error e = read_error(f.write("eleven.txt", "0123456789A"));
    CHECK(e.code() == ErrorCode::TooLarge);
    CHECK_THAT(e.what(), Catch::Contains("10 bytes") && Catch::Contains("--max-input"));
    // A file that states no size (/proc) is still cut off at the cap, not read to its end.
    CHECK(read_error("/proc/self/maps").code() == ErrorCode::TooLarge);
    set_max_input(before);
    CHECK(max_input() == kDefaultMaxInput);
    CHECK_FALSE(read_file("/proc/self/maps").empty());
}

TEST_CASE("sizes parse with units") {
    CHECK(parse_size("1000") == 1000u);
    CHECK(parse_size("64K") == 64u << 10);
    CHECK(parse_size("256M") == 256u << 20);
    CHECK(parse_size("256mb") == 256u << 20);
    CHECK(parse_size("1G") == std::uint64_t{1} << 30);
    CHECK_FALSE(parse_size(""));
    CHECK_FALSE(parse_size("0"));
    CHECK_FALSE(parse_size("M"));
    CHECK_FALSE(parse_size("12Q"));
    CHECK_FALSE(parse_size("-5"));
    CHECK_FALSE(parse_size("99999999999999999999999G"));
}

TEST_CASE("same_file compares identity, not spelling") {
    Folder f("same");
    const fs::path a = f.write("a.pdf", "A"), b = f.write("b.pdf", "B");
    fs::create_hard_link(a, f.dir / "hard.pdf");
    fs::create_symlink(a, f.dir / "soft.pdf");
    CHECK(same_file(a, a));
    CHECK(same_file(a, f.dir / "." / "a.pdf"));
    CHECK(same_file(a, f.dir / "hard.pdf"));
    CHECK(same_file(a, f.dir / "soft.pdf"));
    CHECK_FALSE(same_file(a, b));
    CHECK_FALSE(same_file(a, f.dir / "missing.pdf"));
}

TEST_CASE("inside_folder resolves .. and symbolic links") {
    Folder f("inside");
    fs::create_directories(f.dir / "sub");
    const fs::path a = f.write("sub/a.txt", "A");
    fs::create_symlink("/etc/hostname", f.dir / "out.txt");
    fs::create_symlink(a, f.dir / "in.txt");
    CHECK(inside_folder(a, f.dir));
    CHECK(inside_folder(f.dir / "sub" / ".." / "sub" / "a.txt", f.dir));
    CHECK(inside_folder(f.dir / "in.txt", f.dir));
    CHECK(inside_folder(f.dir / "not-yet.txt", f.dir));
    CHECK_FALSE(inside_folder(f.dir / "out.txt", f.dir));
    CHECK_FALSE(inside_folder(f.dir / ".." / ".." / ".." / "etc" / "passwd", f.dir));
    CHECK_FALSE(inside_folder("/etc/hostname", f.dir));
    CHECK_FALSE(
        inside_folder(f.dir.string() + "-sibling/x.txt", f.dir));  // a prefix is not a folder
    CHECK_FALSE(inside_folder(a, f.dir / "sub" / "a"));
}

TEST_CASE("temporary names are recognised") {
    CHECK(is_temp_name(".book.pdf.galley-tmp.a1B2c3"));
    CHECK_FALSE(is_temp_name("book.pdf.galley-tmp.a1B2c3"));
    CHECK_FALSE(is_temp_name(".book.pdf.galley-tmp.a1B2c"));
    CHECK_FALSE(is_temp_name(".book.pdf.a1B2c3"));
    CHECK_FALSE(is_temp_name(".galley-tmp.a1B2c3"));
}

TEST_CASE("write_file_atomic writes and replaces, leaving no temporary file") {
    Folder f("write");
    for (const char* fallback : {"0", "1"}) {
        ::setenv("GALLEY_NO_TMPFILE", fallback, 1);
        const fs::path out = f.dir / (std::string("out-") + fallback + ".pdf");
        write_file_atomic(out, "first");
        CHECK(read_file(out) == "first");
        write_file_atomic(out, "second, longer");
        CHECK(read_file(out) == "second, longer");
        mode_t mask = ::umask(0);
        ::umask(mask);
        CHECK((fs::status(out).permissions() & fs::perms::all) ==
              static_cast<fs::perms>(0666 & ~mask));
    }
    ::unsetenv("GALLEY_NO_TMPFILE");
    CHECK(f.names() == std::vector<std::string>{"out-0.pdf", "out-1.pdf"});
    try {
        write_file_atomic(f.dir / "missing-folder" / "x.pdf", "x");
        FAIL("no error for a missing folder");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::OutputFailed);
    }
}

TEST_CASE("the first write into a folder removes a killed run's temporary files") {
    Folder f("stale");
    const fs::path stale = f.write(".book.pdf.galley-tmp.Ab12Cd", "left by kill -9");
    const fs::path newer = f.write(".book.pdf.galley-tmp.Zz99Yy", "another run, still writing");
    const fs::path other = f.write(".book.pdf.Ab12Cd", "not galley's pattern");
    const auto now = fs::file_time_type::clock::now();
    fs::last_write_time(stale, now - std::chrono::hours(1));
    fs::last_write_time(other, now - std::chrono::hours(1));
    fs::last_write_time(newer, now + std::chrono::hours(1));
    write_file_atomic(f.dir / "book.pdf", "book");
    CHECK_FALSE(fs::exists(stale));
    CHECK(fs::exists(newer));
    CHECK(fs::exists(other));
    CHECK(read_file(f.dir / "book.pdf") == "book");
}
