// present: a book's cover image (PNG or JPEG), recognised by its magic bytes, with its pixel size
// read from the file's header (base/ImageInfo: PNG IHDR, JPEG start-of-frame). Shared by the
// EPUB book (a cover-image item and cover.xhtml) and the PDF book.
#pragma once

#include <optional>
#include <string>

namespace galley::present {

/// A cover image as the book carries it.
struct CoverImage {
    std::string bytes;       ///< the file's bytes, unchanged
    std::string media_type;  ///< "image/png" or "image/jpeg"
    std::string extension;   ///< "png" or "jpg"
    int width = 0;           ///< pixels
    int height = 0;          ///< pixels

    /// True when the book has a cover.
    bool present() const { return !bytes.empty(); }
};

/// `bytes` as a cover image when they are a PNG or a JPEG whose header gives a non-zero size,
/// else nullopt (GIF, SVG, WebP, text, a truncated or corrupt header...).
std::optional<CoverImage> cover_image(std::string bytes);

}  // namespace galley::present
