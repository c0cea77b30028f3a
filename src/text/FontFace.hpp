// text: one font file (or one face of a collection), no size: FreeType + HarfBuzz metrics and
// the bytes the subsetter cuts down. Faces are immutable and shared by the whole process.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

struct hb_face_t;
struct hb_font_t;

namespace galley::text {

/// One font file (or one face of a collection): no size. Owns its bytes and HarfBuzz objects.
/// Immutable after loading, so shared freely between threads for reading.
class FontFace {
  public:
    /// Loads face `index` of the file; throws Error(Font) naming the file when unusable.
    FontFace(std::filesystem::path path, unsigned index = 0);
    /// Releases the HarfBuzz objects (the file mapping goes with the last face using it).
    ~FontFace();
    FontFace(const FontFace&) = delete;
    FontFace& operator=(const FontFace&) = delete;

    /// The font file.
    const std::filesystem::path& path() const { return path_; }
    /// Face index inside a collection (0 for a plain .ttf/.otf).
    unsigned index() const { return index_; }
    /// The face for (path, index) shared by the whole process: loaded once, then handed to every
    /// FontCatalog while anyone holds it. Thread-safe.
    static std::shared_ptr<const FontFace> load_shared(const std::filesystem::path& path,
                                                       unsigned index = 0);

    /// The whole file's bytes: a read-only mapping of the file, shared between the faces of one
    /// collection and alive as long as this face.
    std::string_view bytes() const { return bytes_; }
    /// Family name from the name table ("Noto Serif").
    const std::string& family() const { return family_; }
    /// PostScript name ("NotoSerif-Bold").
    const std::string& postscript_name() const { return postscript_name_; }
    /// Bold weight (>= 600).
    bool bold() const { return bold_; }
    /// Italic or oblique.
    bool italic() const { return italic_; }
    /// CFF outlines (an .otf with a CFF table) rather than TrueType glyf.
    bool is_cff() const { return is_cff_; }
    /// CID-keyed CFF whose CIDs equal the glyph ids (Noto CJK): subset_by_glyphs() then
    /// renumbers glyphs compactly while the CFF charset keeps the original ids as CIDs, so embed
    /// the subset's 'CFF ' table (font_table()) as FontFile3 /CIDFontType0C and draw with the
    /// original glyph ids as CIDs.
    bool is_cid_keyed() const { return cid_keyed_; }
    /// Font design units per em.
    unsigned units_per_em() const { return upem_; }
    /// Typographic ascender in font units (hhea, or OS/2 typo with USE_TYPO_METRICS).
    int ascender() const { return ascender_; }
    /// Typographic descender in font units (negative).
    int descender() const { return descender_; }
    /// Cap height in font units (OS/2; 70 % of the em when the font has none).
    int cap_height() const { return cap_height_; }
    /// Font bounding box in font units (xMin, yMin, xMax, yMax).
    const int* bbox() const { return bbox_; }
    /// Italic angle in degrees (0 for upright).
    double italic_angle() const { return italic_angle_; }
    /// Whether the cmap maps code point `c` to a real glyph.
    bool covers(char32_t c) const;
    /// Glyph id for code point `c` (0 = .notdef when not covered).
    unsigned glyph_for(char32_t c) const;
    /// Horizontal advance of glyph `gid` in font units.
    int advance(unsigned gid) const;
    /// HarfBuzz face (borrowed; lives as long as this object).
    hb_face_t* hb_face() const { return face_; }
    /// HarfBuzz font at scale = units_per_em (borrowed).
    hb_font_t* hb_font() const { return font_; }

  private:
    std::filesystem::path path_;
    unsigned index_;
    std::shared_ptr<const void> file_;  // keeps the mapping alive
    std::string_view bytes_;
    std::string family_, postscript_name_;
    bool bold_ = false, italic_ = false, is_cff_ = false, cid_keyed_ = false;
    unsigned upem_ = 1000;
    int ascender_ = 0, descender_ = 0, cap_height_ = 0;
    int bbox_[4] = {0, 0, 0, 0};
    double italic_angle_ = 0;
    hb_face_t* face_ = nullptr;
    hb_font_t* font_ = nullptr;
};

}  // namespace galley::text
