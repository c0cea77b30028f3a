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
#include "text/FontSet.hpp"

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

/// Decides which faces draw the book's text — the ones text::FontSet::face_for picks, as the
/// PDF does — collects the code points each face draws, and subsets them for embedding.
class FontEmbedder {
  public:
    /// An embedder choosing faces from `fonts`.
    explicit FontEmbedder(text::FontSet& fonts) : fonts_(fonts) {}

    /// Records that `text` is shown in `style`'s family with the given weight and slant.
    void add(std::string_view text, const style::TextStyle& style, bool bold, bool italic);

    /// Subsets every face used; `css_dir_to_root` prefixes font hrefs in the CSS ("../").
    /// Characters no font covers are reported once to `diagnostics` about `source`.
    EmbeddedFonts finish(const std::string& css_dir_to_root, Diagnostics& diagnostics,
                         const std::string& source);

  private:
    struct Use {
        const text::FontFace* face;      ///< the face
        std::set<char32_t> code_points;  ///< what it draws
    };
    /// The characters already placed for one (family, bold, italic): each is looked up once.
    struct Seen {
        std::vector<bool> bmp = std::vector<bool>(0x10000);  ///< U+0000..U+FFFF
        std::set<char32_t> astral;                           ///< the other planes
    };
    text::FontSet& fonts_;
    std::map<std::tuple<std::string, bool, bool>, Seen> seen_;
    std::vector<Use> uses_;                               // in order of first use
    std::map<const text::FontFace*, std::size_t> index_;  // face → position in uses_
    std::map<std::string, std::vector<const text::FontFace*>> family_faces_;  // first-use order
    std::set<char32_t> missing_;
};

}  // namespace galley::epub
