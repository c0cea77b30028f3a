// read: language detection for articles that do not name their language. The script with the most
// letters outside Latin (ICU uscript) decides when it holds a fair share of them; Latin and
// Cyrillic texts are told apart by stop-word profiles and distinctive letters, Devanagari
// (hi/mr/ne), Arabic (ar/fa/ur) and Han (zh-Hans/zh-Hant/ja) by markers.
#pragma once

#include <string>
#include <string_view>

namespace galley::read {

/// Best-guess BCP 47 tag for `text` ("en", "de", "zh-Hans", "ja"...); "en" when nothing fits or
/// no language is confidently ahead (callers give a sidecar/front-matter/--lang value first).
/// Looks at the first 64 KB only, so it is fast on any size.
std::string detect_language(std::string_view text);

/// Normalises a user-given language tag: "EN_us" → "en-US", "zh_hans" → "zh-Hans"; "" if empty
/// or malformed.
std::string normalize_language_tag(std::string_view tag);

}  // namespace galley::read
