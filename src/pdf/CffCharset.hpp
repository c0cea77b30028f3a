#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace galley::pdf {

/// For a CID-keyed CFF table (the bytes of an OpenType font's 'CFF ' table), the CID of each
/// glyph id read from its charset; nullopt when the table is not CID-keyed (then CID = GID) or
/// cannot be parsed. A PDF reader maps a CIDFontType0's CIDs to glyphs through this charset.
std::optional<std::vector<std::uint16_t>> cff_glyph_cids(std::string_view cff);

}  // namespace galley::pdf
