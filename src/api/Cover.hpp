// api: the cover a job asks for (Job::cover): an image file, or "auto", a typographic cover set
// in the style's fonts. The EPUB gets it as its cover image (the typographic one rasterised to a
// PNG), the PDF as a page before its first (vector text for the typographic one).
#pragma once

#include <optional>
#include <string>

#include "doc/Document.hpp"
#include "galley/Job.hpp"
#include "layout/PagedDocument.hpp"
#include "present/CoverImage.hpp"
#include "style/StyleSheet.hpp"
#include "text/FontCatalog.hpp"

namespace galley::api {

/// Width in pixels of a generated cover's image: 1600 px across, as e-book stores ask for
/// (the height follows the page's proportions).
inline constexpr int kCoverPixels = 1600;

/// A job's cover.
struct JobCover {
    bool typographic = false;                  ///< generated ("auto")
    std::optional<present::CoverImage> image;  ///< the EPUB's cover image
    std::string alt;                           ///< its text alternative
};

/// The cover `job` asks for (none when Job::cover is empty): an image file is read and decoded
/// once (Error(InputMissing) when unreadable, Error(BadImage)/InputInvalid when not a sound PNG
/// or JPEG); "auto" is set in `style` and rasterised.
JobCover load_cover(const Job& job, const doc::Document& document, const style::StyleSheet& style,
                    const text::FontCatalog& fonts);

/// Puts `cover`'s page (and its blank back, two-sided) before the pages of `paged`, laid out in
/// `style`; nothing without a cover.
void add_cover_pages(layout::PagedDocument& paged, const JobCover& cover,
                     const doc::Document& document, const style::StyleSheet& style,
                     const text::FontCatalog& fonts);

}  // namespace galley::api
