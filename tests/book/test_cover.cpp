// The cover image: PNG and JPEG recognised by their magic bytes with their pixel size; anything
// else refused, naming the manifest line. Fixture: tests/book/data/cover.jpg (see SOURCES.md);
// PNG headers are written here.
#include <unistd.h>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <tuple>

#include "../base/PngFixture.hpp"
#include "api/Book.hpp"
#include "base/Error.hpp"
#include "base/File.hpp"
#include "present/CoverImage.hpp"

using namespace galley;
namespace fs = std::filesystem;

namespace {

const fs::path kData = GALLEY_BOOK_DATA;

/// The signature and IHDR chunk of a PNG of `width` x `height` (CRC not checked by the reader).
std::string png_header(unsigned width, unsigned height) {
    std::string b("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16);
    for (unsigned v : {width, height})
        for (int shift = 24; shift >= 0; shift -= 8) b += static_cast<char>((v >> shift) & 0xFF);
    b += std::string("\x08\x02\0\0\0", 5);
    b += std::string(4, '\0');  // CRC
    return b;
}

struct CoverFolder {
    fs::path dir = fs::temp_directory_path() / ("galley-test-cover-" + std::to_string(::getpid()));
    CoverFolder() {
        fs::remove_all(dir);
        fs::create_directories(dir);
        fs::copy_file(kData / "md-005-chapter-4-the-counterpane.txt", dir / "a.txt");
    }
    ~CoverFolder() { fs::remove_all(dir); }
    fs::path manifest(const std::string& cover_name, const std::string& cover_bytes) {
        std::ofstream(dir / cover_name, std::ios::binary) << cover_bytes;
        std::ofstream(dir / "book.toml") << "title = \"T\"\nlanguage = \"en\"\n\ncover = \""
                                         << cover_name << "\"\narticles = [\"a.txt\"]\n";
        return dir / "book.toml";
    }
};

}  // namespace

TEST_CASE("a PNG cover: media type and size from its header") {
    std::optional<present::CoverImage> c = present::cover_image(png_header(600, 900));
    REQUIRE(c);
    CHECK(c->media_type == "image/png");
    CHECK(c->extension == "png");
    CHECK(c->width == 600);
    CHECK(c->height == 900);
    CHECK(c->bytes == png_header(600, 900));
    CHECK(c->present());
}

TEST_CASE("a JPEG cover: size from its start-of-frame marker") {
    std::optional<present::CoverImage> c = present::cover_image(read_file(kData / "cover.jpg"));
    REQUIRE(c);
    CHECK(c->media_type == "image/jpeg");
    CHECK(c->extension == "jpg");
    CHECK(c->width == 60);
    CHECK(c->height == 90);
}

TEST_CASE("what is not a whole PNG or JPEG header is no cover") {
    CHECK_FALSE(present::cover_image(""));
    CHECK_FALSE(present::cover_image("GIF89a\x01\0\x01\0"));
    CHECK_FALSE(present::cover_image("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"));
    CHECK_FALSE(present::cover_image(png_header(600, 900).substr(0, 20)));  // truncated
    CHECK_FALSE(present::cover_image(png_header(0, 900)));                  // no pixels
    const std::string jpeg = read_file(kData / "cover.jpg");
    CHECK_FALSE(present::cover_image(jpeg.substr(0, 40)));  // cut before its frame header
    CHECK_FALSE(present::cover_image(std::string(3, '\xFF')));
}

TEST_CASE("every cut of a cover file is refused or read whole, never read past its end") {
    const std::string jpeg = read_file(kData / "cover.jpg");
    std::size_t refused = 0;
    for (std::size_t n = 0; n <= jpeg.size(); ++n) {
        std::optional<present::CoverImage> c = present::cover_image(jpeg.substr(0, n));
        if (!c) {
            ++refused;
            continue;
        }
        CHECK(c->width == 60);  // the frame header is whole once it is read
        CHECK(c->height == 90);
    }
    CHECK(refused > 0);
    CHECK(refused < jpeg.size());
    const std::string png = png_header(7, 9);
    for (std::size_t n = 0; n < png.size(); ++n)
        CHECK_FALSE(present::cover_image(png.substr(0, n)));
}

TEST_CASE("the book carries the manifest's cover") {
    CoverFolder f;
    api::Manifest m = api::load_manifest(f.manifest("cover.png", test::png_file(10, 16)));
    CHECK(m.cover == f.dir / "cover.png");
    CHECK(m.cover_line == 4);
    present::BookInfo info = api::book_info(m);
    CHECK(info.cover.present());
    CHECK(info.cover.width == 10);
    CHECK(info.cover.height == 16);
    CHECK_FALSE(api::load_cover(api::load_manifest(f.manifest("x.png", test::png_file(1, 1))))
                    .bytes.empty());
}

TEST_CASE("a cover that is not an image is an error naming the manifest line") {
    CoverFolder f;
    for (const auto& [name, bytes] : std::vector<std::pair<std::string, std::string>>{
             {"cover.gif", "GIF89a\x01\0\x01\0"}, {"cover.png", "just text\n"}}) {
        try {
            api::load_manifest(f.manifest(name, bytes));
            FAIL("no error for " + name);
        } catch (const Error& e) {
            CHECK(e.code() == ErrorCode::InputInvalid);
            CHECK(e.file() == (f.dir / "book.toml").string());
            CHECK_THAT(e.message(), Catch::Contains("line 4: the cover is not a PNG or JPEG") &&
                                        Catch::Contains(name));
        }
    }
    // Replaced after the manifest was read: the book still refuses it, naming the line.
    api::Manifest m = api::load_manifest(f.manifest("cover.png", png_header(10, 16)));
    std::ofstream(f.dir / "cover.png") << "no longer an image";
    try {
        api::book_info(m);
        FAIL("no error for a cover that changed");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::InputInvalid);
        CHECK_THAT(e.message(),
                   Catch::Contains("book.toml: line 4: ") && Catch::Contains("cover.png"));
    }
}

TEST_CASE("a broken or oversized cover is refused for the book, naming the manifest line") {
    CoverFolder f;
    const std::string png = test::png_file(30, 40), jpeg = read_file(kData / "cover.jpg");
    std::string huge = png;
    for (int i : {16, 20})
        huge.replace(static_cast<std::size_t>(i), 4, "\0\0\x9c\x40", 4);  // 40000
    for (const auto& [name, bytes, reason] :
         std::vector<std::tuple<std::string, std::string, std::string>>{
             {"cut.png", png.substr(0, png.size() / 2), "broken PNG"},
             {"cut.jpg", jpeg.substr(0, jpeg.size() * 2 / 3), "broken JPEG"},
             {"huge.png", huge, "40000 x 40000"}}) {
        api::Manifest m = api::load_manifest(f.manifest(name, bytes));  // the header is whole
        try {
            api::book_info(m);
            FAIL("no error for " + name);
        } catch (const Error& e) {
            CHECK(e.code() == ErrorCode::BadImage);
            CHECK(e.file() == (f.dir / "book.toml").string());
            CHECK_THAT(e.message(), Catch::Contains("line 4: cover ") && Catch::Contains(name) &&
                                        Catch::Contains(reason));
        }
    }
}
