// fuzz: the image header checks. base/ImageInfo's probe_image (PNG IHDR, JPEG start-of-frame)
// and present/CoverImage's cover_image, which promises a non-zero size when it accepts an image.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "FuzzSupport.hpp"
#include "base/ImageInfo.hpp"
#include "present/CoverImage.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view bytes = galley::fuzz::input(data, size);
    if (auto info = galley::probe_image(bytes)) {
        if (info->format != "png" && info->format != "jpeg") std::abort();
    }
    if (auto cover = galley::present::cover_image(std::string(bytes))) {
        if (cover->width <= 0 || cover->height <= 0 || cover->bytes != bytes) std::abort();
    }
    return 0;
}
