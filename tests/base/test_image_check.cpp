// check_image: the declared size is weighed before decoding; PNG and JPEG are decoded fully by
// libpng and libjpeg-turbo, so a truncated or corrupt image is refused with a reason, never
// accepted and never aborting. Fixtures: a PNG written by libpng here, tests/book/data/cover.jpg.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

// jpeglib.h needs <cstdio> first.
#include <jpeglib.h>
#include <cstdio>

#include "PngFixture.hpp"
#include "base/Error.hpp"
#include "base/ImageCheck.hpp"

using namespace galley;

namespace {

std::string read_bytes(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// The reason check_image gives for `bytes`, or "" when it accepts them.
std::string refusal(const std::string& bytes, const ImageLimits& limits = {}) {
    try {
        check_image(bytes, limits);
        return "";
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::BadImage);
        return e.what();
    }
}

/// Replaces the width and height of a PNG's IHDR (and keeps its CRC wrong: it must not matter,
/// the size is refused before any chunk is decoded).
std::string with_declared_size(std::string png, unsigned w, unsigned h) {
    for (int i = 0; i < 4; ++i) {
        png[16 + i] = static_cast<char>((w >> (24 - 8 * i)) & 0xFF);
        png[20 + i] = static_cast<char>((h >> (24 - 8 * i)) & 0xFF);
    }
    return png;
}

/// A progressive JPEG of `width` x `height` written by libjpeg (every coefficient of such an image
/// is held in memory while it is decoded).
std::string progressive_jpeg(unsigned width, unsigned height) {
    jpeg_compress_struct cinfo{};
    jpeg_error_mgr err{};
    cinfo.err = jpeg_std_error(&err);
    jpeg_create_compress(&cinfo);
    unsigned char* buffer = nullptr;
    unsigned long size = 0;
    jpeg_mem_dest(&cinfo, &buffer, &size);
    cinfo.image_width = width;
    cinfo.image_height = height;
    cinfo.input_components = 3;
    cinfo.in_color_space = JCS_RGB;
    jpeg_set_defaults(&cinfo);
    jpeg_simple_progression(&cinfo);
    jpeg_start_compress(&cinfo, TRUE);
    std::vector<JSAMPLE> row(width * 3);
    for (unsigned y = 0; y < height; ++y) {
        for (unsigned x = 0; x < width * 3; ++x) row[x] = static_cast<JSAMPLE>(x * 5 + y * 3);
        JSAMPROW rows[1] = {row.data()};
        jpeg_write_scanlines(&cinfo, rows, 1);
    }
    jpeg_finish_compress(&cinfo);
    std::string out(reinterpret_cast<const char*>(buffer), size);
    jpeg_destroy_compress(&cinfo);
    std::free(buffer);
    return out;
}

const std::filesystem::path kJpeg = std::filesystem::path(GALLEY_TEST_DATA) / "cover.jpg";

}  // namespace

TEST_CASE("a whole PNG and a whole JPEG pass") {
    ImageInfo png = check_image(test::png_file(40, 64));
    CHECK(png.format == "png");
    CHECK(png.width == 40);
    CHECK(png.height == 64);
    ImageInfo jpeg = check_image(read_bytes(kJpeg));
    CHECK(jpeg.format == "jpeg");
    CHECK(jpeg.width == 60);
    CHECK(jpeg.height == 90);
}

TEST_CASE("a truncated PNG is refused at every length") {
    const std::string png = test::png_file(30, 20);
    for (std::size_t n = 0; n < png.size(); ++n) CHECK_FALSE(refusal(png.substr(0, n)).empty());
    CHECK_THAT(refusal(png.substr(0, png.size() - 20)), Catch::Contains("broken PNG"));
}

TEST_CASE("a PNG with corrupt compressed data is refused") {
    std::string png = test::png_file(30, 20);
    const std::size_t idat = png.find("IDAT");
    REQUIRE(idat != std::string::npos);
    png[idat + 8] = static_cast<char>(png[idat + 8] ^ 0x5A);  // CRC now wrong as well
    CHECK_THAT(refusal(png), Catch::Contains("broken PNG"));
}

TEST_CASE("a truncated JPEG is refused") {
    const std::string jpeg = read_bytes(kJpeg);
    for (std::size_t n : {jpeg.size() / 3, jpeg.size() / 2, jpeg.size() * 2 / 3, jpeg.size() - 10})
        CHECK_THAT(refusal(jpeg.substr(0, n)), Catch::Contains("JPEG"));
    CHECK_THAT(refusal(jpeg.substr(0, jpeg.size() - 10)), Catch::Contains("broken JPEG"));
}

TEST_CASE("a declared size over the limits is refused before decoding, fast") {
    const std::string png = test::png_file(30, 20);
    auto start = std::chrono::steady_clock::now();
    CHECK_THAT(refusal(with_declared_size(png, 40000, 40000)), Catch::Contains("megapixels"));
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::milliseconds(200));
    CHECK_THAT(refusal(with_declared_size(png, 70000, 10)), Catch::Contains("a side"));
    ImageLimits small;
    small.max_decoded_bytes = 1000;  // 30 x 20 x 3 = 1800 bytes
    CHECK_THAT(refusal(png, small), Catch::Contains("MB decoded"));
    small = {};
    small.max_pixels = 500;
    CHECK_THAT(refusal(png, small), Catch::Contains("megapixels"));
}

TEST_CASE("what is not a PNG or JPEG is refused") {
    CHECK_THAT(refusal("GIF89a\x01\0\x01\0"), Catch::Contains("not a PNG or JPEG"));
    CHECK_THAT(refusal(""), Catch::Contains("not a PNG or JPEG"));
}

TEST_CASE("a progressive JPEG passes whole, is refused cut, and is held to the memory budget") {
    const std::string jpeg = progressive_jpeg(320, 240);
    ImageInfo info = check_image(jpeg);
    CHECK(info.width == 320);
    CHECK(info.height == 240);
    CHECK_THAT(refusal(jpeg.substr(0, jpeg.size() / 2)), Catch::Contains("broken JPEG"));
    ImageLimits tight;
    tight.max_decoded_bytes = 320 * 240 * 3;  // the pixels fit, their coefficients (2 bytes) do not
    CHECK_THAT(refusal(jpeg, tight), Catch::Contains("broken JPEG"));
}
