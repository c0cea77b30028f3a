#pragma once

#include <cstdint>
#include <set>
#include <string>

#include "text/FontSet.hpp"

namespace galley::text {

/// A subset of `face` keeping the glyphs `gids` (plus .notdef) at their original ids, without
/// the layout tables a PDF does not need. For PDF embedding. Throws Error(Font) on failure.
std::string subset_by_glyphs(const FontFace& face, const std::set<std::uint32_t>& gids);

/// A subset of `face` keeping the code points `codepoints` with their layout tables (GSUB,
/// GPOS) so reading systems can still shape. For EPUB embedding. Throws Error(Font) on failure.
std::string subset_by_unicodes(const FontFace& face, const std::set<char32_t>& codepoints);

}  // namespace galley::text
