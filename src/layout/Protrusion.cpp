#include "layout/Protrusion.hpp"

namespace galley::layout {

// The values are microtype's `default` protrusion set (microtype.cfg, generated from
// microtype.dtx, "Character protrusion / Normal": "The default settings always use the most
// moderate value"), in thousandths of the character's width, {left, right}:
//   . {,700}  , {,500}  : {,500}  ; {,300}  ! {,100}  ? {,100}  ( {100,}  ) {,200}
//   - {500,500}  \textendash {200,200}  \textemdash {150,150}
//   \textquoteleft {300,400}  \textquoteright {300,400}
//   \textquotedblleft {300,300}  \textquotedblright {300,300}
// Lines begin at the left in left-to-right text and at the right in right-to-left text: the
// "left" value is the start edge's, the "right" value the end edge's (mirrored for RTL).
ProtrusionFactors protrusion_factors(char32_t c) {
    switch (c) {
        case U'.':
            return {0, 0.7};
        case U',':
        case U'\u060C':  // Arabic comma
        case U':':
            return {0, 0.5};
        case U';':
        case U'\u061B':  // Arabic semicolon
            return {0, 0.3};
        case U'!':
        case U'?':
        case U'\u061F':  // Arabic question mark
            return {0, 0.1};
        case U'(':
            return {0.1, 0};
        case U')':
            return {0, 0.2};
        case U'-':
        case U'\u00AD':  // soft hyphen
        case U'\u2010':  // hyphen
        case U'\u2011':  // non-breaking hyphen
            return {0.5, 0.5};
        case U'\u2013':  // en dash
            return {0.2, 0.2};
        case U'\u2014':  // em dash
            return {0.15, 0.15};
        case U'\'':
        case U'\u2019':
            return {0.3, 0.4};
        case U'"':
        case U'\u201D':
            return {0.3, 0.3};
        // Opening quotes hang at a line's start only: where one closes a quotation (German
        // „…“) a reader of the PDF cannot tell its hanging from an overfull line.
        case U'\u2018':
        case U'\u201A':
            return {0.3, 0};
        case U'\u201C':
        case U'\u201E':
            return {0.3, 0};
        default:
            return {};
    }
}

}  // namespace galley::layout
