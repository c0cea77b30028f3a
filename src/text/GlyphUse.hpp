// text: what one output drew with the shared FontCatalog — faces, glyphs and code points per
// face, and the characters no font covers. Each output (one EPUB, one PDF) keeps its own record,
// so nothing one output does can change another; the record feeds the subsetter (text/Subset)
// and the one missing-glyph report (report_missing).
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/Diagnostics.hpp"
#include "text/FontFace.hpp"

namespace galley::text {

/// The glyph use of one output. Not thread-safe: one record per output, filled by one thread.
class GlyphUse {
  public:
    /// What one face draws in this output.
    struct FaceUse {
        const FontFace* face = nullptr;               ///< the face (owned by the catalog)
        std::map<std::uint32_t, std::string> glyphs;  ///< glyph id → text it stands for
        std::set<char32_t> code_points;               ///< characters drawn (EPUB embedding)
    };
    /// A character no font covers, with the file where the output first met it.
    struct Missing {
        char32_t code_point = 0;  ///< the character
        std::string file;         ///< the input file it came from
    };

    /// Index of `face` among the faces used (registered on first use, in order of use).
    std::size_t add_face(const FontFace* face);
    /// Records glyph `gid` of face number `face` shown for `text`; the first non-empty text seen
    /// stays the glyph's text (its ToUnicode entry in a PDF).
    void add_glyph(std::size_t face, std::uint32_t gid, std::string_view text);
    /// Records that `face` draws the character `c`.
    void add_code_point(const FontFace* face, char32_t c);
    /// Records that no font covers `c`, met in `file` (kept once per character: the first file).
    void add_missing(char32_t c, const std::string& file);

    /// The faces used, in order of first use.
    const std::vector<FaceUse>& faces() const { return faces_; }
    /// Index of an already added face, or -1.
    int index_of(const FontFace* face) const;
    /// The characters no font covers, in the order the output met them.
    const std::vector<Missing>& missing() const { return missing_; }

  private:
    std::vector<FaceUse> faces_;
    std::unordered_map<const FontFace*, std::size_t> index_;
    std::vector<Missing> missing_;
    std::set<char32_t> missing_seen_;
};

/// "U+0041 'A'": a code point and, when printable, the character itself.
std::string describe_code_point(char32_t c);

/// The missing-glyph report: one warning per character no font covers in `use`, naming its file,
/// in the order the output met them; `consequence` says what the output does instead.
void report_missing(const GlyphUse& use, Diagnostics& diagnostics, const std::string& consequence);

}  // namespace galley::text
