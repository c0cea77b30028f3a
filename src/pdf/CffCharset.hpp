#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace galley::pdf {

/// For a CID-keyed CFF table (the bytes of an OpenType font's 'CFF ' table), the CID of each
/// glyph id read from its charset; nullopt when the table is not CID-keyed (then CID = GID) or
/// cannot be parsed. A PDF reader maps a CIDFontType0's CIDs to glyphs through this charset.
std::optional<std::vector<std::uint16_t>> cff_glyph_cids(std::string_view cff);

/// Rewrites the charset of the CID-keyed CFF table inside the OpenType file `font` so that every
/// glyph's CID equals its glyph id (and fixes the checksums). Readers disagree on CIDFontType0
/// OpenType programs: the PDF specification maps CIDs to glyphs through the charset, while
/// FreeType (and so poppler) uses the CID as the glyph id; with CID = GID both agree.
/// Returns false when the font has no CID-keyed CFF table (nothing to do) or cannot be parsed.
bool make_cids_identity(std::string& font);

}  // namespace galley::pdf
