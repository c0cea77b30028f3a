#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/GlyphUse.hpp"

namespace PoDoFo {
class PdfVecObjects;
class PdfObject;
}  // namespace PoDoFo

namespace galley::pdf {

/// Cuts the faces of one PDF's glyph use down to their glyphs (text/Subset) and builds the PDF
/// font objects: a Type0 font with Identity-H per face, its CIDFontType2 (TrueType, glyph ids as
/// CIDs, FontFile2) or CIDFontType0 (CFF, FontFile3/OpenType, CIDs from the subset's charset)
/// descendant, /W widths, a FontDescriptor and a ToUnicode CMap.
/// Use: construct from the document's GlyphUse, then subset(), then code()/maps_to() while
/// writing content, then embed(). Pages may also be written while the glyph use still grows
/// (update() after each addition): an answer that could change once the use is complete
/// (a CFF code before subset(), a glyph whose text is not known yet) marks the embedder
/// provisional(), and the caller writes that page again after subset().
class FontEmbedder {
  public:
    /// The fonts of `use` (borrowed: it must outlive the embedder), indexed as in use.faces().
    explicit FontEmbedder(const text::GlyphUse& use);
    /// Takes in the faces and glyphs added to the glyph use since construction or the last call.
    void update();
    /// True when an answer since the last clear_provisional() may differ after subset().
    bool provisional() const { return provisional_; }
    /// Forgets earlier provisional answers.
    void clear_provisional() { provisional_ = false; }
    /// Index of a face of the glyph use, or -1.
    int index_of(const text::FontFace* face) const { return use_.index_of(face); }
    /// Subsets every font to its glyphs; code() is valid afterwards. Throws Error(Font).
    void subset();
    /// The 2-byte character code that shows `gid` (valid after subset()).
    std::uint16_t code(int font, std::uint32_t gid) const;
    /// True when the ToUnicode entry of `gid` is exactly `text` (else the run needs /ActualText).
    bool maps_to(int font, std::uint32_t gid, std::string_view text) const;
    /// The glyph's /W width in 1/1000 em, exactly as written to the PDF.
    double width(int font, std::uint32_t gid) const;
    /// Number of fonts registered.
    std::size_t size() const { return fonts_.size(); }
    /// Creates each font's objects in `objects`; returns the Type0 font objects by index.
    std::vector<PoDoFo::PdfObject*> embed(PoDoFo::PdfVecObjects& objects) const;

  private:
    struct Font {
        const text::FontFace* face = nullptr;
        std::size_t use = 0;                                     // index in use_.faces()
        std::map<std::uint32_t, double> widths;                  // gid → /W width
        std::unordered_map<std::uint32_t, std::uint16_t> codes;  // gid → code (CFF only)
        std::string program;                                     // subset font file
        std::string base_font;                                   // TAG+PostScriptName
    };
    /// gid → ToUnicode text of font `f`.
    const std::map<std::uint32_t, std::string>& glyphs(const Font& f) const {
        return use_.faces()[f.use].glyphs;
    }

    const text::GlyphUse& use_;
    std::vector<Font> fonts_;
    bool subset_ = false;               // subset() done: the glyph use is complete
    mutable bool provisional_ = false;  // an answer given before subset() may change
};

}  // namespace galley::pdf
