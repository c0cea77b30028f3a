// page: the fonts a page model draws with. Glyph runs name their font by index (FontRef) into
// the document's FontTable; an entry says which face it is by file and face index, so any page
// backend can open it (the PDF writer through text::FontFace::load_shared, a preview through
// FreeType) without the page model depending on text/.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace galley::page {

/// A font by index into its document's FontTable; -1 = none.
struct FontRef {
    int index = -1;  ///< position in the table, -1 = no font

    /// True when it names a font.
    explicit operator bool() const { return index >= 0; }
    /// Same font.
    friend bool operator==(FontRef a, FontRef b) { return a.index == b.index; }
};

/// One face a document draws with, described so that a backend can load it.
struct Font {
    std::string file;                  ///< the font file
    unsigned face_index = 0;           ///< face inside a collection (0 for a plain .ttf/.otf)
    std::string name;                  ///< PostScript name (for dumps and diagnostics)
    std::shared_ptr<const void> hold;  ///< optional: the producer's loaded face, kept alive while
                                       ///< pages refer to it (backends never look inside)

    /// The identity of the face: same file, same face index.
    bool same_face(const Font& other) const {
        return face_index == other.face_index && file == other.file;
    }
};

/// The fonts of one document, in order of registration; entries never change once added, so a
/// FontRef stays valid while the table grows (pages may be handed on before the table is full).
class FontTable {
  public:
    /// The entry of `font`'s face, added when new.
    FontRef add(Font font);
    /// The entry of the face (file, face_index), or none.
    FontRef find(const std::string& file, unsigned face_index) const;
    /// The font `ref` names (must be valid).
    const Font& operator[](FontRef ref) const {
        return fonts_[static_cast<std::size_t>(ref.index)];
    }
    /// The font at `index`.
    const Font& at(std::size_t index) const { return fonts_.at(index); }
    /// True when `ref` names an entry of this table.
    bool contains(FontRef ref) const {
        return ref.index >= 0 && static_cast<std::size_t>(ref.index) < fonts_.size();
    }
    /// Number of fonts.
    std::size_t size() const { return fonts_.size(); }
    /// True when the table has no font.
    bool empty() const { return fonts_.empty(); }
    /// The fonts, by index.
    const std::vector<Font>& fonts() const { return fonts_; }

  private:
    std::vector<Font> fonts_;
};

}  // namespace galley::page
