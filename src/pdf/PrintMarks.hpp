// pdf: what a printer needs around a page — the page boxes (TrimBox always; MediaBox grown by the
// bleed, BleedBox) and crop marks outside the trim.
#pragma once

#include <array>
#include <string>

namespace galley::pdf {

/// A PDF rectangle: lower-left x, y, upper-right x, y (points, y up).
using Box = std::array<double, 4>;

/// One page's boxes and the shift that puts the laid-out page (the trim) inside its media.
struct PageBoxes {
    double margin = 0;  ///< media added on each side of the trim (points)
    Box media{};        ///< MediaBox: the trim grown by `margin` on each side
    Box bleed{};        ///< BleedBox: the trim grown by the bleed (the trim when there is none)
    Box trim{};         ///< TrimBox: the laid-out page
};

/// Room for crop marks around the trim when there is no bleed: 3 mm.
constexpr double kCropMarkRoom = 3 * 72 / 25.4;

/// The boxes of a `width` × `height` page with `bleed` points of bleed; crop marks need room
/// outside the trim, so with `crop_marks` and no bleed the media still grows by kCropMarkRoom.
PageBoxes page_boxes(double width, double height, double bleed, bool crop_marks);

/// Content-stream operators that go before a page's own content: the crop marks (when asked
/// for) as an /Artifact of type /Page (production aids), in the margin outside the trim and
/// clear of its corners, then, when the media is larger than the trim, the shift of the page into
/// the trim and a clip to it (nothing of the page reaches the bleed). Empty for a plain page.
std::string print_prefix(const PageBoxes& boxes, bool crop_marks);

}  // namespace galley::pdf
