#pragma once

#include <cstdint>
#include <map>
#include <string>

namespace galley::pdf {

/// The text of a ToUnicode CMap for 2-byte codes: `codes` maps each code to the UTF-8 text its
/// glyph stands for (several characters for a ligature). Consecutive codes mapping to
/// consecutive single characters become bfrange entries, the rest bfchar; blocks of at most 100.
std::string to_unicode_cmap(const std::map<std::uint32_t, std::string>& codes);

}  // namespace galley::pdf
