// api: what a job draws on besides its article: the fonts its style names, the style's own
// files, and the timestamp its outputs carry.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "style/StyleSheet.hpp"
#include "text/FontCatalog.hpp"

namespace galley::api {

/// The timestamp used for output dates: $SOURCE_DATE_EPOCH, else the article's date at
/// midnight UTC, else 1980-01-01 (so output never depends on the clock).
long long output_timestamp(const std::string& iso_date);

/// The font catalog over the bundled fonts plus the user fonts `style` brings, after checking that
/// every family the style names exists; throws Error(Style) pointing at the style file and line.
std::unique_ptr<text::FontCatalog> fonts_for(const style::StyleSheet& style);

/// The files a style loaded as `ref` reads: the style file itself (when `ref` names a file, not a
/// built-in style) and its user fonts. An output must be none of them.
std::vector<std::filesystem::path> style_files(const std::string& ref,
                                               const style::StyleSheet& style);

}  // namespace galley::api
