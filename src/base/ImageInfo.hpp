#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace galley {

/// What the header of an image file says: its format and pixel size.
struct ImageInfo {
    std::string format;  ///< "png" or "jpeg"
    int width = 0;       ///< pixels
    int height = 0;      ///< pixels
};

/// Reads the format and size from the first bytes of a PNG or JPEG file; nothing when `bytes` is
/// neither or its header is cut short.
std::optional<ImageInfo> probe_image(std::string_view bytes);

}  // namespace galley
