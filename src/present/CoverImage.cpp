#include "present/CoverImage.hpp"

#include "base/ImageInfo.hpp"

namespace galley::present {

std::optional<CoverImage> cover_image(std::string bytes) {
    std::optional<ImageInfo> info = probe_image(bytes);
    if (!info) return std::nullopt;
    CoverImage cover;
    cover.width = info->width;
    cover.height = info->height;
    const bool png = info->format == "png";
    cover.media_type = png ? "image/png" : "image/jpeg";
    cover.extension = png ? "png" : "jpg";
    cover.bytes = std::move(bytes);
    return cover;
}

}  // namespace galley::present
