// read: typographic punctuation by language. Straight quotes become the language's quotation
// marks (en “ ” ‘ ’, de „ “ ‚ ‘, fr « » with narrow no-break spaces, ru « »), apostrophes become
// ’, "--"/"---" become en/em dashes and "..." an ellipsis ("...." and "......" as the language
// writes them). Curly text is left as it is.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace galley::read {

/// How a language writes a typed ellipsis: "..." always becomes one; a fourth dot and six dots
/// follow the language's convention.
enum class EllipsisStyle {
    StopAfter,  ///< English: "...." is an ellipsis and the sentence's full stop, "…."
    Absorb,     ///< "...." is "…": the ellipsis ends the sentence (German, French, Spanish...)
    Chinese,    ///< "..." and "......" are "……", the width of two characters
    Japanese,   ///< "..." is "…", "......" "……"
};

/// The quotation marks of a language: outer open/close, inner open/close, and whether a narrow
/// no-break space goes inside the outer ones (French); with its ellipsis convention.
struct QuoteMarks {
    char32_t open2 = U'\u201c', close2 = U'\u201d', open1 = U'\u2018',
             close1 = U'\u2019';                        ///< marks
    bool french_spacing = false;                        ///< « mot » with narrow no-break spaces
    EllipsisStyle ellipsis = EllipsisStyle::StopAfter;  ///< how "...." and "......" are written
};

/// The marks for `language` (BCP 47): from `table` (four characters per tag, as a style's
/// [quotes] gives them; the full tag wins over its primary language) when it lists them, else
/// galley's own table.
QuoteMarks quote_marks(std::string_view language,
                       const std::map<std::string, std::u32string>& table = {});

/// Returns `text` with smart punctuation using `marks`. `before`/`after` are the characters just
/// outside the segment (0 = none), so a segment cut out around a URL still gets the right quote
/// direction. Never call it on URLs.
std::string smart_punctuate(std::string_view text, const QuoteMarks& marks, char32_t before = 0,
                            char32_t after = 0);

/// Returns `text` with smart punctuation for `language` (a BCP 47 tag) in galley's own marks.
std::string smart_punctuate(std::string_view text, std::string_view language, char32_t before = 0,
                            char32_t after = 0);

}  // namespace galley::read
