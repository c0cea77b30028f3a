#pragma once

#include <cstddef>
#include <future>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace galley::text {

/// Hyphenation points for one language from libhyphen patterns (/usr/share/hyphen). Each
/// dictionary is loaded once per process and shared (thread-safe lookup).
class Hyphenator {
  public:
    /// The hyphenator for BCP 47 `language`, or nullptr when no dictionary exists. Loads the
    /// dictionary on first use (en_US ~10 ms, de_DE ~2 s) or waits for a preload() under way.
    static const Hyphenator* for_language(const std::string& language);
    /// Starts loading the dictionary for `language` on a background thread so that a later
    /// for_language() finds it ready (call it as soon as the document's language is known).
    static void preload(const std::string& language);

    /// Byte offsets inside `word` (UTF-8) where a hyphen may be inserted, honouring the left and
    /// right minimums (in characters). Empty for words with digits, all-caps words, URLs, e-mail
    /// addresses, paths, words shorter than `min_word` characters. Punctuation around the word
    /// ("“word,”") is skipped; the parts of a compound ("well-known") are hyphenated separately;
    /// a word with soft hyphens (U+00AD) breaks exactly after each of them.
    std::vector<std::size_t> points(std::string_view word, int left_min, int right_min,
                                    int min_word) const;

    ~Hyphenator();

  private:
    Hyphenator() = default;
    /// Loads `file` (lowercasing words with `language`'s rules); nullptr when unusable.
    static std::shared_ptr<const Hyphenator> load(const std::string& file,
                                                  const std::string& language);
    /// The (possibly pending) hyphenator for `language`, loaded now or on a background thread.
    static std::shared_future<std::shared_ptr<const Hyphenator>> lookup(const std::string& language,
                                                                        bool background);
    struct Impl;
    Impl* impl_ = nullptr;
};

}  // namespace galley::text
