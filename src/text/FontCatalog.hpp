// text: the fonts one process draws from, below epub/ and layout/.
//   fonts/ (+ user fonts of the style, + system fonts via fontconfig) → FontCatalog → FaceRole →
//   FontFace. The catalog is immutable once built and shared by every output and every thread:
//   which face draws a character is a pure function of (character, family and style, language),
//   never of what was asked before. What one output used is recorded apart, in a GlyphUse.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "text/FontFace.hpp"

namespace galley::text {

/// A font file a style brings, under the family name the style gives it.
struct FontFile {
    std::string family;          ///< the family name styles use ("Body")
    std::filesystem::path path;  ///< the .ttf / .otf file
};

/// The faces tried in order for one family and style: the family's own face for the style, then
/// its bundled script fallbacks (Arabic, Hebrew, Devanagari of the same design class). Owned by
/// the catalog and immutable.
struct FaceRole {
    std::vector<const FontFace*> faces;  ///< never empty; the first is the primary face
    bool sans = false;                   ///< design class: picks sans or serif system fallbacks
    bool bold = false;                   ///< bold style asked for
    bool italic = false;                 ///< italic style asked for
    /// The family's face for the style (metrics of empty lines, .notdef of missing characters).
    const FontFace& primary() const { return *faces.front(); }
};

/// The fonts available to a process: the bundled faces of fonts/ first, the user fonts of a
/// style, then system fonts found through fontconfig for characters they lack (CJK...).
/// Families: "serif" (= "Noto Serif", with Noto Naskh Arabic, Noto Serif Hebrew and Noto Serif
/// Devanagari as script fallbacks), "sans" / "sans-serif" (= "Noto Sans" with its Sans script
/// faces), every bundled family by its real name, the user fonts' families, and any fontconfig
/// family. A style a face lacks falls back to the nearest one (bold italic → bold → italic →
/// regular); an unknown family falls back to "serif".
/// Thread-safe and immutable in what it answers: lookups fill internal memos under a lock, and
/// every memo holds the value of a pure function of its key, so answers never depend on the
/// order of questions, on other outputs or on other threads. FontFace pointers stay valid for
/// the catalog's lifetime.
class FontCatalog {
  public:
    /// A catalog over the bundled fonts folder and `user_fonts` (each added under its family, in
    /// its own style slot); throws Error(Font) naming a user font file that is unusable.
    explicit FontCatalog(std::filesystem::path fonts_dir,
                         const std::vector<FontFile>& user_fonts = {});
    /// Releases the faces (they go when no other catalog shares them).
    ~FontCatalog();
    FontCatalog(const FontCatalog&) = delete;
    FontCatalog& operator=(const FontCatalog&) = delete;

    /// True when `family` names a bundled, user or system family ("serif", "sans",
    /// "Noto Serif", a fontconfig family).
    bool has_family(const std::string& family) const;
    /// The faces for `family` in the style; throws Error(Font) when the family has no usable face.
    const FaceRole& role(const std::string& family, bool bold, bool italic) const;
    /// The face to draw `c` with in `role`: the first of the role's faces covering it, else the
    /// system face fontconfig ranks first for the role's design class, style and `language`
    /// (BCP 47; it picks Japanese or Chinese forms of Han characters) among those covering `c`.
    /// Returns nullptr when no font covers `c`. A pure function of its arguments.
    const FontFace* face_for(char32_t c, const FaceRole& role, const std::string& language) const;
    /// face_for() on role(family, bold, italic).
    const FontFace* face_for(char32_t c, const std::string& family, bool bold, bool italic,
                             const std::string& language = {}) const;
    /// The family's primary face for the style (used for metrics of empty lines, rules...).
    const FontFace& primary(const std::string& family, bool bold, bool italic) const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace galley::text
