// Test fixture: a real PNG written by libpng's simplified API (so that decoders accept it).
#pragma once

#include <png.h>
#include <string>
#include <vector>

namespace galley::test {

/// A valid RGB PNG of `width` x `height` pixels (a gradient), as bytes.
inline std::string png_file(unsigned width, unsigned height) {
    png_image image{};
    image.version = PNG_IMAGE_VERSION;
    image.width = width;
    image.height = height;
    image.format = PNG_FORMAT_RGB;
    std::vector<png_byte> pixels(static_cast<std::size_t>(width) * height * 3);
    for (std::size_t i = 0; i < pixels.size(); ++i) pixels[i] = static_cast<png_byte>(i * 7);
    png_alloc_size_t size = 0;
    png_image_write_to_memory(&image, nullptr, &size, 0, pixels.data(), 0, nullptr);
    std::string out(size, '\0');
    png_image_write_to_memory(&image, out.data(), &size, 0, pixels.data(), 0, nullptr);
    out.resize(size);
    return out;
}

}  // namespace galley::test
