#pragma once

#include <cstdint>
#include <set>
#include <string>

#include "text/FontSet.hpp"

namespace galley::text {

/// A subset of `face` keeping the glyphs `gids` (plus .notdef) at their original ids, without
/// the layout tables a PDF does not need. For PDF embedding. Throws Error(Font) on failure.
/// TrueType and name-keyed CFF keep their glyph ids (RETAIN_GIDS: CIDToGIDMap Identity works).
/// A CID-keyed CFF face (FontFace::is_cid_keyed(), e.g. Noto CJK) is renumbered compactly
/// instead — retaining 65,000 ids would cost ~300 KB — but its charset keeps the original ids
/// as CIDs: embed font_table(subset, "CFF ") as FontFile3 /CIDFontType0C and use original ids.
/// Deterministic: the same face and glyphs give the same bytes.
std::string subset_by_glyphs(const FontFace& face, const std::set<std::uint32_t>& gids);

/// The raw bytes of table `tag` ("CFF ", "glyf"...) of an sfnt font file (face 0), or empty.
std::string font_table(const std::string& font_file, const char (&tag)[5]);

/// A subset of `face` keeping the code points `codepoints` with their layout tables (GSUB,
/// GPOS) so reading systems can still shape. For EPUB embedding. Throws Error(Font) on failure.
std::string subset_by_unicodes(const FontFace& face, const std::set<char32_t>& codepoints);

}  // namespace galley::text
