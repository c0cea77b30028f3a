// read: the evidence the reader's classifier weighs for one line (see ReaderThresholds.hpp):
// its length in characters and words, sentence punctuation, stop-word density in the detected
// language (small lists for 16 languages, as jusText ships), capitalisation, the share of digits
// and of URL characters. Measured in one pass over the line.
#pragma once

#include <cstddef>
#include <string_view>

namespace galley::read {

/// What one line looks like.
struct LineEvidence {
    std::size_t chars = 0;           ///< code points (trimmed line)
    std::size_t words = 0;           ///< white-space separated words
    std::size_t letters = 0;         ///< letters in any script
    std::size_t digits = 0;          ///< decimal digits
    std::size_t caseless = 0;        ///< letters of space-less scripts (Han, kana, Thai)
    std::size_t stop_words = 0;      ///< words in the language's stop-word list
    std::size_t any_stop_words = 0;  ///< words in any language's list (quoted foreign prose)
    std::size_t capital_words = 0;   ///< words starting with an uppercase letter
    std::size_t url_chars = 0;       ///< characters inside "http://", "https://", "www." words
    bool starts_lower = false;       ///< first letter is lowercase
    bool sentence_end = false;       ///< ends with . ! ? … 。！？ (or one of them and a quote)
    bool question = false;           ///< ends with ? or ？
    bool colon_end = false;          ///< ends with : or ：

    /// Stop words per word (0 when there are no words).
    double stop_density() const;
    /// Stop words of any language per word: a paragraph quoted in another language is prose.
    double any_stop_density() const;
    /// Digits per non-space character.
    double digit_share() const;
    /// URL characters per character.
    double url_share() const;
};

/// Measures `line` (trimmed first) for `language` (a BCP 47 tag; unknown languages use the
/// union of the lists, which still separates prose from labels).
LineEvidence measure_line(std::string_view line, std::string_view language);

/// True when `line` is a sentence of prose: enough words (or caseless characters), sentence
/// punctuation and function words. Such a line is never dropped as furniture.
bool is_prose(const LineEvidence& e);

/// Whether a line is set in title case: at least two words that are not stop words, and
/// (threshold::kTitleCaseShare of) them capitalised, as headlines are and sentences are not.
bool title_cased(const LineEvidence& e);

/// True when `word` (lowercase) is a stop word of `language` or, for an empty or unknown
/// language, of any of the lists.
bool is_stop_word(std::string_view word, std::string_view language);

}  // namespace galley::read
