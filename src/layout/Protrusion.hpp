// layout/Protrusion: how far punctuation at a line's edge hangs into the margin (optical margin
// alignment, pdfTeX's character protrusion), as microtype's default protrusion set does it.
#pragma once

namespace galley::layout {

/// How far a character may hang into the margin, as a share of its own advance width: `start`
/// at the edge where lines begin (the left one in left-to-right text), `end` at the edge where
/// they end. Both 0 for characters that stay inside the measure.
struct ProtrusionFactors {
    double start = 0;  ///< at a line's start
    double end = 0;    ///< at a line's end
};

/// The factors of `c`: punctuation, quotes, hyphens and dashes (microtype's `default` set,
/// microtype.cfg: e.g. `.` 0.7 and `,` 0.5 at the end, `-` and the quotes at both edges), with
/// the same values for their Unicode relatives (the soft hyphen and U+2010 as `-`, the Arabic
/// comma and semicolon as `,` and `;`). Letters and digits do not protrude.
ProtrusionFactors protrusion_factors(char32_t c);

}  // namespace galley::layout
