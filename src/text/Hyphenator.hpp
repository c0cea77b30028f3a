#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace galley::text {

/// The folder of libhyphen pattern dictionaries: $GALLEY_HYPHEN_DIR, else /usr/share/hyphen.
std::filesystem::path hyphen_dictionary_folder();

/// Hyphenation points for one language from libhyphen patterns (/usr/share/hyphen). Each
/// dictionary is loaded once per process and shared (thread-safe lookup).
class Hyphenator {
  public:
    /// The hyphenator for BCP 47 `language` ("en-US" → hyph_en_US.dic, "ru" → hyph_ru_RU.dic),
    /// or nullptr when no dictionary exists. Cheap: the dictionary itself is loaded by the first
    /// points() call (milliseconds: see HyphenDictLoader.hpp), so a document that never needs
    /// a hyphen never pays for it.
    static const Hyphenator* for_language(const std::string& language);
    /// Starts loading the dictionary for `language` on a background thread, so that the first
    /// points() finds it ready (or waits for the rest). Call it once the language is known.
    static void preload(const std::string& language);

    /// Byte offsets inside `word` (UTF-8) where a hyphen may be inserted, honouring the left and
    /// right minimums (in characters). Empty for words with digits, all-caps words, URLs, e-mail
    /// addresses, paths, words shorter than `min_word` characters. Punctuation around the word
    /// ("“word,”") is skipped; the parts of a compound ("well-known") are hyphenated separately;
    /// a word with soft hyphens (U+00AD) breaks exactly after each of them.
    std::vector<std::size_t> points(std::string_view word, int left_min, int right_min,
                                    int min_word) const;

    /// Frees the dictionary (at process exit: hyphenators live as long as the process).
    ~Hyphenator();

  private:
    Hyphenator() = default;
    struct Impl;
    Impl* impl_ = nullptr;
};

}  // namespace galley::text
