#include "base/ImageInfo.hpp"

namespace galley {
namespace {

unsigned byte_at(std::string_view b, std::size_t i) {
    return static_cast<unsigned char>(b[i]);
}

unsigned be16(std::string_view b, std::size_t i) {
    return byte_at(b, i) << 8 | byte_at(b, i + 1);
}

unsigned long be32(std::string_view b, std::size_t i) {
    return static_cast<unsigned long>(be16(b, i)) << 16 | be16(b, i + 2);
}

std::optional<ImageInfo> probe_png(std::string_view b) {
    // Signature, then the whole IHDR chunk (length, "IHDR", width, height, 5 bytes, CRC).
    if (b.size() < 33 || b.substr(12, 4) != "IHDR") return std::nullopt;
    // PNG allows up to 2^31 - 1 pixels a side; the caller decides what it will decode.
    const unsigned long w = be32(b, 16), h = be32(b, 20);
    if (w == 0 || h == 0 || w > 0x7FFFFFFFul || h > 0x7FFFFFFFul) return std::nullopt;
    // Samples per pixel and bits per sample, for the decoded size; an invalid colour type or bit
    // depth counts as the largest (the decoder refuses it later).
    const unsigned depth = byte_at(b, 24), colour = byte_at(b, 25);
    int components = 4;               // RGBA, and a palette expanded to RGB(A)
    if (colour == 0) components = 1;  // grey
    if (colour == 2) components = 3;  // RGB
    if (colour == 4) components = 2;  // grey + alpha
    const bool valid_depth = depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
    ImageInfo info{"png", static_cast<int>(w), static_cast<int>(h), components,
                   valid_depth ? static_cast<int>(depth) : 16};
    // The chunks after IHDR up to the image data: a pHYs chunk states pixels per metre.
    for (std::size_t i = 33; i + 12 <= b.size();) {
        const unsigned long length = be32(b, i);
        const std::string_view type = b.substr(i + 4, 4);
        if (type == "IDAT" || type == "IEND" || length > b.size()) break;
        if (type == "pHYs" && length == 9 && i + 17 <= b.size() && byte_at(b, i + 16) == 1)
            info.dpi = static_cast<double>(be32(b, i + 8)) * 0.0254;
        i += 12 + length;
    }
    return info;
}

std::optional<ImageInfo> probe_jpeg(std::string_view b) {
    // Walk the marker segments up to a start-of-frame (SOF0..SOF15 but DHT, JPG and DAC).
    std::size_t i = 2;
    double dpi = 0;
    while (i + 4 <= b.size()) {
        if (byte_at(b, i) != 0xFF) return std::nullopt;
        const unsigned marker = byte_at(b, i + 1);
        if (marker == 0xFF) {  // fill byte
            ++i;
            continue;
        }
        const unsigned length = be16(b, i + 2);
        const bool sof =
            marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (sof) {
            if (i + 10 > b.size()) return std::nullopt;
            const unsigned precision = byte_at(b, i + 4), components = byte_at(b, i + 9);
            const unsigned h = be16(b, i + 5), w = be16(b, i + 7);
            if (w == 0 || h == 0 || components == 0 || components > 4) return std::nullopt;
            ImageInfo info{"jpeg", static_cast<int>(w), static_cast<int>(h),
                           static_cast<int>(components), static_cast<int>(precision)};
            info.dpi = dpi;
            return info;
        }
        // APP0 "JFIF\0": version (2), units (1 = per inch, 2 = per cm), x density (2), y density.
        if (marker == 0xE0 && length >= 14 && i + 16 <= b.size() &&
            b.substr(i + 4, 5) == std::string_view("JFIF\0", 5)) {
            const unsigned units = byte_at(b, i + 11), x = be16(b, i + 12);
            if (units == 1) dpi = x;
            if (units == 2) dpi = x * 2.54;
        }
        if (marker == 0xDA || length < 2) return std::nullopt;  // scan data before any frame
        i += 2 + length;
    }
    return std::nullopt;
}

}  // namespace

std::uint64_t ImageInfo::decoded_bytes() const {
    const std::uint64_t sample = bit_depth > 8 ? 2 : 1;
    return static_cast<std::uint64_t>(width) * static_cast<std::uint64_t>(height) *
           static_cast<std::uint64_t>(components) * sample;
}

std::optional<ImageInfo> probe_image(std::string_view bytes) {
    if (bytes.size() >= 8 && bytes.substr(0, 8) == std::string_view("\x89PNG\r\n\x1a\n", 8))
        return probe_png(bytes);
    if (bytes.size() >= 3 && byte_at(bytes, 0) == 0xFF && byte_at(bytes, 1) == 0xD8 &&
        byte_at(bytes, 2) == 0xFF)
        return probe_jpeg(bytes);
    return std::nullopt;
}

}  // namespace galley
