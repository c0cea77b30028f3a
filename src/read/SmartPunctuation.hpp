// read: typographic punctuation by language. Straight quotes become the language's quotation
// marks (en “ ” ‘ ’, de „ “ ‚ ‘, fr « » with narrow no-break spaces, ru « »), apostrophes become
// ’, "--"/"---" become en/em dashes and "..." an ellipsis. Curly text is left as it is.
#pragma once

#include <string>
#include <string_view>

namespace galley::read {

/// Returns `text` with smart punctuation for `language` (a BCP 47 tag). `before`/`after` are
/// the characters just outside the segment (0 = none), so a segment cut out around a URL still
/// gets the right quote direction. Never call it on URLs.
std::string smart_punctuate(std::string_view text, std::string_view language, char32_t before = 0,
                            char32_t after = 0);

}  // namespace galley::read
