// read: language detection for articles that do not name their language. The dominant script
// (ICU uscript) decides most languages; Latin texts are told apart by small stop-word lists and
// distinctive letters, Devanagari (hi/mr) and Han (zh-Hans/zh-Hant/ja) by markers.
#pragma once

#include <string>
#include <string_view>

namespace galley::read {

/// Best-guess BCP 47 tag for `text` ("en", "de", "zh-Hans", "ja"...); "en" when nothing fits.
/// Looks at the first 64 KB only, so it is fast on any size.
std::string detect_language(std::string_view text);

/// Normalises a user-given language tag: "EN_us" → "en-US", "zh_hans" → "zh-Hans"; "" if empty
/// or malformed.
std::string normalize_language_tag(std::string_view tag);

}  // namespace galley::read
