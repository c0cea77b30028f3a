#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace galley {

/// What the header of an image file says: its format and pixel size.
struct ImageInfo {
    std::string format;  ///< "png" or "jpeg"
    int width = 0;       ///< pixels
    int height = 0;      ///< pixels
    int components = 0;  ///< samples per decoded pixel, at most (a PNG palette counts as RGBA: 4)
    int bit_depth = 8;   ///< bits per sample (PNG: 1 to 16; JPEG: 8 or 12)
    double dpi = 0;      ///< horizontal pixels per inch the file states (PNG pHYs in metres,
                         ///< JFIF density in inches or cm); 0 when it states none

    /// Bytes the decoded image takes at most: width × height × components × bytes per sample.
    std::uint64_t decoded_bytes() const;
};

/// Reads the format and size from the first bytes of a PNG or JPEG file; nothing when `bytes` is
/// neither or its header is cut short.
std::optional<ImageInfo> probe_image(std::string_view bytes);

}  // namespace galley
