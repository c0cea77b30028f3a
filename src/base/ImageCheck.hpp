// base: an image is checked before anything uses it. The header's declared size is weighed first
// (so a small file that declares a huge image is refused before a pixel is decoded), then the
// whole image is decoded once by the real decoder (libpng, libjpeg-turbo), one row at a time, with
// error handlers that report instead of aborting: what passes here decodes for every backend.
#pragma once

#include <cstdint>
#include <string_view>

#include "base/ImageInfo.hpp"

namespace galley {

/// How large an image may be.
struct ImageLimits {
    std::uint64_t max_pixels = 256'000'000;                    ///< width × height: 256 megapixels
    std::uint64_t max_decoded_bytes = std::uint64_t{1} << 30;  ///< decoded size: 1 GB
    int max_side = 65'535;                                     ///< pixels on either side
};

/// Checks that `bytes` are a PNG or JPEG image within `limits` that decodes completely without
/// error (a truncated or corrupt file is refused); returns what its header says. Throws
/// Error(BadImage) with no file name and a one-line reason.
ImageInfo check_image(std::string_view bytes, const ImageLimits& limits = {});

}  // namespace galley
