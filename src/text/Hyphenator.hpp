#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace galley::text {

/// Hyphenation points for one language from libhyphen patterns (/usr/share/hyphen). Each
/// dictionary is loaded once per process and shared (thread-safe lookup).
class Hyphenator {
  public:
    /// The hyphenator for BCP 47 `language`, or nullptr when no dictionary exists.
    static const Hyphenator* for_language(const std::string& language);

    /// Byte offsets inside `word` (UTF-8) where a hyphen may be inserted, honouring the left and
    /// right minimums (in characters). Empty for words with digits, all-caps words, URLs, words
    /// shorter than `min_word` characters.
    std::vector<std::size_t> points(std::string_view word, int left_min, int right_min,
                                    int min_word) const;

    ~Hyphenator();

  private:
    Hyphenator() = default;
    struct Impl;
    Impl* impl_ = nullptr;
};

}  // namespace galley::text
