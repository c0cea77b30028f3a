#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "base/Diagnostics.hpp"
#include "style/Css.hpp"
#include "style/StyleSheet.hpp"
#include "text/FontCatalog.hpp"
#include "text/GlyphUse.hpp"

namespace galley::epub {

/// One subset font file to put in the book.
struct EmbeddedFont {
    std::string href;        ///< path relative to the OPF ("fonts/NotoSerif-Regular.ttf")
    std::string media_type;  ///< "font/ttf" or "font/otf" (CFF outlines)
    std::string bytes;       ///< the subset font
};

/// The fonts of the book and how the CSS reaches them.
struct EmbeddedFonts {
    std::vector<EmbeddedFont> files;                         ///< in order of first use
    std::vector<style::CssFont> css_fonts;                   ///< one @font-face per file
    std::map<std::string, std::vector<std::string>> stacks;  ///< style family → CSS families
};

/// Decides which faces draw the book's text — the ones text::FontCatalog::face_for picks, as
/// the PDF does — records the code points each face draws in this EPUB's own GlyphUse, and
/// subsets them for embedding.
class FontEmbedder {
  public:
    /// An embedder choosing faces from `fonts` for text in `language` (BCP 47) read from
    /// `source` (the file named in missing-glyph warnings).
    FontEmbedder(const text::FontCatalog& fonts, std::string language, std::string source)
        : fonts_(fonts), language_(std::move(language)), source_(std::move(source)) {}

    /// Records that `text` is shown in `style`'s family with the given weight and slant.
    void add(std::string_view text, const style::TextStyle& style, bool bold, bool italic);

    /// Subsets every face used; `css_dir_to_root` prefixes font hrefs in the CSS ("../").
    /// Each character no font covers is reported once to `diagnostics`.
    EmbeddedFonts finish(const std::string& css_dir_to_root, Diagnostics& diagnostics);

  private:
    /// The characters already placed for one (family, bold, italic): each is looked up once.
    struct Seen {
        std::vector<bool> bmp = std::vector<bool>(0x10000);  ///< U+0000..U+FFFF
        std::set<char32_t> astral;                           ///< the other planes
    };
    const text::FontCatalog& fonts_;
    std::string language_, source_;
    std::map<std::tuple<std::string, bool, bool>, Seen> seen_;
    text::GlyphUse use_;  // faces in order of first use, their code points, missing characters
    std::map<std::string, std::vector<const text::FontFace*>> family_faces_;  // first-use order
};

}  // namespace galley::epub
