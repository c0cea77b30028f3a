#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>

#include "text/FontFace.hpp"

namespace galley::text {

/// A subset of `face` keeping the glyphs `gids` (plus .notdef), without the layout tables a PDF
/// does not need: the one glyph subsetter of PDF embedding (the glyphs come from the output's
/// GlyphUse). Throws Error(Font) on failure.
/// TrueType keeps its glyph ids (RETAIN_GIDS: CIDToGIDMap Identity works). A CFF face is
/// renumbered compactly instead — retaining 65,000 ids of a CJK font would cost ~300 KB — and
/// `old_to_new` (when given) receives where each kept glyph went; a CID-keyed CFF's charset keeps
/// the original ids as CIDs (embed font_table(subset, "CFF ") as FontFile3 /CIDFontType0C).
/// Deterministic: the same face and glyphs give the same bytes.
std::string subset_by_glyphs(const FontFace& face, const std::set<std::uint32_t>& gids,
                             std::map<std::uint32_t, std::uint32_t>* old_to_new = nullptr);

/// The raw bytes of table `tag` ("CFF ", "glyf"...) of an sfnt font file (face 0), or empty.
std::string font_table(const std::string& font_file, const char (&tag)[5]);

/// A subset of `face` keeping the code points `codepoints` with their layout tables (GSUB,
/// GPOS) so reading systems can still shape. For EPUB embedding. Throws Error(Font) on failure.
std::string subset_by_unicodes(const FontFace& face, const std::set<char32_t>& codepoints);

}  // namespace galley::text
