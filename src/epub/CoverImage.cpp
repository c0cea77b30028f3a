#include "epub/CoverImage.hpp"

#include <cstdint>

namespace galley::epub {

namespace {

std::uint32_t big_endian(const std::string& b, std::size_t at, int n) {
    std::uint32_t v = 0;
    for (int i = 0; i < n; ++i) v = (v << 8) | static_cast<unsigned char>(b[at + i]);
    return v;
}

/// Width and height from a PNG's IHDR chunk (always the first chunk).
bool png_size(const std::string& b, int& width, int& height) {
    static const std::string signature("\x89PNG\r\n\x1a\n", 8);
    if (b.size() < 33 || b.compare(0, 8, signature) != 0 || b.compare(12, 4, "IHDR") != 0)
        return false;
    const std::uint32_t w = big_endian(b, 16, 4), h = big_endian(b, 20, 4);
    if (w == 0 || h == 0 || w > 0x7FFFFFFF || h > 0x7FFFFFFF) return false;
    width = static_cast<int>(w);
    height = static_cast<int>(h);
    return true;
}

/// Width and height from a JPEG's first start-of-frame marker (SOF0..SOF15 but DHT, JPG, DAC).
bool jpeg_size(const std::string& b, int& width, int& height) {
    if (b.size() < 4 || static_cast<unsigned char>(b[0]) != 0xFF ||
        static_cast<unsigned char>(b[1]) != 0xD8 || static_cast<unsigned char>(b[2]) != 0xFF)
        return false;
    std::size_t p = 2;
    while (p + 4 <= b.size()) {
        if (static_cast<unsigned char>(b[p]) != 0xFF) return false;
        const unsigned marker = static_cast<unsigned char>(b[p + 1]);
        if (marker == 0xFF) {  // fill byte
            ++p;
            continue;
        }
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {  // no length
            p += 2;
            continue;
        }
        if (marker == 0xD9 || marker == 0xDA) return false;  // end of image / scan before a frame
        const std::size_t length = big_endian(b, p + 2, 2);
        if (length < 2 || p + 2 + length > b.size()) return false;
        const bool frame =
            marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (frame) {
            if (length < 7) return false;
            height = static_cast<int>(big_endian(b, p + 5, 2));
            width = static_cast<int>(big_endian(b, p + 7, 2));
            return width > 0 && height > 0;
        }
        p += 2 + length;
    }
    return false;
}

}  // namespace

std::optional<CoverImage> cover_image(std::string bytes) {
    CoverImage cover;
    if (png_size(bytes, cover.width, cover.height)) {
        cover.media_type = "image/png";
        cover.extension = "png";
    } else if (jpeg_size(bytes, cover.width, cover.height)) {
        cover.media_type = "image/jpeg";
        cover.extension = "jpg";
    } else {
        return std::nullopt;
    }
    cover.bytes = std::move(bytes);
    return cover;
}

}  // namespace galley::epub
