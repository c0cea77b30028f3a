#pragma once

#include <set>
#include <string>
#include <vector>

#include "page/Document.hpp"
#include "pdf/FontEmbedder.hpp"

namespace galley::pdf {

/// One page's content stream and what the page dictionary must say about it.
struct PageContent {
    std::string stream;               ///< content stream operators (uncompressed)
    std::vector<int> mcid_structure;  ///< MCID → structure element index, for the ParentTree
    std::set<int> fonts;              ///< font indices used (resources /F<i+1>)
    std::set<int> images;             ///< image indices drawn (resources /Im<i+1>)
};

/// The PDF resource name of font `index` ("F1" for 0).
std::string font_resource(int index);

/// The PDF resource name of image `index` ("Im1" for 0).
std::string image_resource(int index);

/// Writes the drawing operators for one laid-out page: glyph runs as BT/Tf/Tm/TJ with the exact
/// x positions of the layout (TJ adjustments against the /W widths), y offsets as Ts rise,
/// colours, rules as `re f`, pictures as image XObjects (in their Figure's marked content, else
/// artifacts), everything in marked content (MCID sequences for structured runs, /Artifact for the
/// rest, /Span /ActualText where glyphs cannot say the text). y-down layout coordinates become
/// PDF's y-up. `font_of` maps the document's FontTable indices to `fonts`' (-1: not drawn); glyph
/// codes are final once `fonts` has been subset (see FontEmbedder::provisional()).
PageContent build_page_content(const page::Page& page, const FontEmbedder& fonts,
                               const std::vector<int>& font_of,
                               const std::vector<page::StructureElement>& structure);

/// Appends `v` to a content stream in the shortest form with at most three decimals ("-.5",
/// "12", "0"), independent of the locale.
void append_number(std::string& out, double v);

/// Appends the 2-byte character code `code` to an open literal string, escaping `(`, `)`, `\`
/// and end-of-line bytes.
void append_code(std::string& out, unsigned code);

/// True when the text holds a strong right-to-left character (Hebrew, Arabic, Syriac...).
bool has_rtl(const std::string& utf8);

}  // namespace galley::pdf
