// layout/BalancedLines: display titles and headings of two lines or more set with lines of
// balanced length (as CSS's text-wrap: balance), broken before function words rather than after
// them and preferably after a sentence's or clause's end ("CHAPTER 54. / The Town-Ho's Story.",
// not "CHAPTER 54. The / Town-Ho's Story.").
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "layout/LineBreaker.hpp"
#include "layout/PreparedParagraph.hpp"

namespace galley::layout {

/// True when `word` (as written, trailing punctuation included) is a function word of
/// `language` (BCP 47) that binds to the word after it: an article, a preposition or a
/// conjunction ("the", "of", "and"; "der", "von"; "le", "de"...). Compared case-insensitively.
bool is_function_word(std::string_view word, std::string_view language);

/// The breaking of the ragged-right `prepared` paragraph (text `text`) into exactly `lines`
/// lines no wider than `measure` that minimises the squared shortfall of every line, the last
/// included (balanced lengths), plus a cost for a line ending in a function word of `language`
/// and less for one ending a sentence or clause; nullopt when no such breaking exists.
std::optional<BreakResult> balanced_breaks(const PreparedParagraph& prepared,
                                           const std::string& text, std::string_view language,
                                           double measure, std::size_t lines);

}  // namespace galley::layout
