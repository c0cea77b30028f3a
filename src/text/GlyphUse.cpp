#include "text/GlyphUse.hpp"

#include <unicode/utf8.h>

#include <cstdio>

namespace galley::text {

std::size_t GlyphUse::add_face(const FontFace* face) {
    auto [it, inserted] = index_.try_emplace(face, faces_.size());
    if (inserted) faces_.push_back({face, {}, {}});
    return it->second;
}

void GlyphUse::add_glyph(std::size_t face, std::uint32_t gid, std::string_view text) {
    auto& glyphs = faces_[face].glyphs;
    auto [it, inserted] = glyphs.try_emplace(gid, text);
    if (!inserted && it->second.empty() && !text.empty()) it->second = text;
}

void GlyphUse::add_code_point(const FontFace* face, char32_t c) {
    faces_[add_face(face)].code_points.insert(c);
}

void GlyphUse::add_missing(char32_t c, const std::string& file) {
    if (missing_seen_.insert(c).second) missing_.push_back({c, file});
}

int GlyphUse::index_of(const FontFace* face) const {
    auto it = index_.find(face);
    return it == index_.end() ? -1 : static_cast<int>(it->second);
}

std::string describe_code_point(char32_t c) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
    std::string out = buf;
    if (c >= 0x20 && c <= 0x10FFFF && !(c >= 0xD800 && c <= 0xDFFF) && !(c >= 0x7F && c < 0xA0)) {
        char u8[5];
        std::int32_t n = 0;
        UBool err = false;
        U8_APPEND(u8, n, 4, static_cast<UChar32>(c), err);
        if (!err) out += " '" + std::string(u8, static_cast<std::size_t>(n)) + "'";
    }
    return out;
}

void report_missing(const GlyphUse& use, Diagnostics& diagnostics, const std::string& consequence) {
    for (const GlyphUse::Missing& m : use.missing())
        diagnostics.warn(
            m.file, 0, "no font covers " + describe_code_point(m.code_point) + "; " + consequence);
}

}  // namespace galley::text
