// probe_image: format and pixel size from PNG and JPEG headers, nothing for anything else.
#include <catch2/catch.hpp>

#include <string>

#include "base/ImageInfo.hpp"

using galley::probe_image;

namespace {

std::string bytes(std::initializer_list<int> values) {
    std::string out;
    for (int v : values) out += static_cast<char>(v);
    return out;
}

/// The signature and IHDR chunk of a PNG of `w` × `h` pixels (enough for the probe).
std::string png_header(unsigned w, unsigned h) {
    std::string out = bytes({0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
    out += "IHDR";
    for (unsigned v : {w, h}) {
        for (int shift : {24, 16, 8, 0}) out += static_cast<char>((v >> shift) & 0xFF);
    }
    out += bytes({8, 2, 0, 0, 0, 0, 0, 0, 0});
    return out;
}

}  // namespace

TEST_CASE("a PNG header gives its size") {
    auto info = probe_image(png_header(600, 900));
    REQUIRE(info);
    CHECK(info->format == "png");
    CHECK(info->width == 600);
    CHECK(info->height == 900);
    CHECK_FALSE(probe_image(png_header(0, 900)));                  // no pixels
    CHECK_FALSE(probe_image(png_header(600, 900).substr(0, 20)));  // cut short
}

TEST_CASE("a JPEG's size comes from its start-of-frame segment, after other segments") {
    // SOI, an APP0 segment of 16 bytes, then SOF2 (progressive): precision, height 480, width 640.
    std::string jpeg = bytes({0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10});
    jpeg += std::string(14, 'J');
    jpeg += bytes({0xFF, 0xC2, 0x00, 0x11, 0x08, 0x01, 0xE0, 0x02, 0x80, 0x03});
    auto info = probe_image(jpeg);
    REQUIRE(info);
    CHECK(info->format == "jpeg");
    CHECK(info->width == 640);
    CHECK(info->height == 480);
    // A DHT segment (0xC4) is not a frame and is skipped.
    std::string with_dht = bytes({0xFF, 0xD8, 0xFF, 0xC4, 0x00, 0x04, 0x00, 0x00});
    with_dht += jpeg.substr(2);
    REQUIRE(probe_image(with_dht));
    CHECK(probe_image(with_dht)->width == 640);
    CHECK_FALSE(probe_image(jpeg.substr(0, 24)));  // the frame header is cut off
}

TEST_CASE("anything else is not an image") {
    CHECK_FALSE(probe_image(""));
    CHECK_FALSE(probe_image("GIF89a......"));
    CHECK_FALSE(probe_image("plain text, not a picture"));
    CHECK_FALSE(probe_image(bytes({0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x02})));  // scan, no frame
}

TEST_CASE("the header gives the decoded size, counted at its largest") {
    auto rgb = probe_image(png_header(600, 900));  // 8-bit RGB
    REQUIRE(rgb);
    CHECK(rgb->components == 3);
    CHECK(rgb->bit_depth == 8);
    CHECK(rgb->decoded_bytes() == 600u * 900u * 3u);
    std::string odd = png_header(40000, 40000);
    odd[24] = 3;  // not a PNG bit depth: counted as 16 bits
    odd[25] = 9;  // not a PNG colour type: counted as RGBA
    auto big = probe_image(odd);
    REQUIRE(big);
    CHECK(big->decoded_bytes() == std::uint64_t{40000} * 40000 * 4 * 2);
}

TEST_CASE("the pixel density a file states: PNG pHYs (per metre), JFIF (per inch or cm)") {
    CHECK(probe_image(png_header(600, 900))->dpi == 0);  // none stated
    // IHDR, then a pHYs chunk: 5906 pixels per metre both ways, unit 1 (metre) = 150.0 dpi.
    std::string png = png_header(600, 900);
    png += bytes({0x00, 0x00, 0x00, 0x09, 'p',  'H',  'Y',  's',  0x00, 0x00, 0x17,
                  0x12, 0x00, 0x00, 0x17, 0x12, 0x01, 0x00, 0x00, 0x00, 0x00});
    CHECK(probe_image(png)->dpi == Approx(150.0).epsilon(0.001));
    png[png.size() - 5] = 0;  // unit 0: an aspect ratio, not a density
    CHECK(probe_image(png)->dpi == 0);
    // APP0 JFIF 1.01, unit 1 (dots per inch), 300 x 300, no thumbnail; then SOF0.
    std::string jpeg = bytes({0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J',  'F',  'I',  'F',
                              0x00, 0x01, 0x01, 0x01, 0x01, 0x2C, 0x01, 0x2C, 0x00, 0x00});
    jpeg += bytes({0xFF, 0xC0, 0x00, 0x11, 0x08, 0x01, 0xE0, 0x02, 0x80, 0x03});
    CHECK(probe_image(jpeg)->dpi == 300);
    jpeg[13] = 2;  // unit 2: dots per cm → 300 × 2.54
    CHECK(probe_image(jpeg)->dpi == Approx(762));
}
