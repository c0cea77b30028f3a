#include "svg/GlyphOutlines.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_OUTLINE_H

#include <vector>

#include "base/Error.hpp"

namespace galley::svg {
namespace {

/// Path data collected by FT_Outline_Decompose (font units; NO_SCALE gives whole units).
struct PathData {
    std::string d;
    bool open = false;

    void point(const FT_Vector* v) {
        d += std::to_string(v->x);
        d += ' ';
        d += std::to_string(v->y);
    }
};

int move_to(const FT_Vector* to, void* user) {
    auto& p = *static_cast<PathData*>(user);
    if (p.open) p.d += 'Z';
    p.d += 'M';
    p.point(to);
    p.open = true;
    return 0;
}

int line_to(const FT_Vector* to, void* user) {
    auto& p = *static_cast<PathData*>(user);
    p.d += 'L';
    p.point(to);
    return 0;
}

int conic_to(const FT_Vector* control, const FT_Vector* to, void* user) {
    auto& p = *static_cast<PathData*>(user);
    p.d += 'Q';
    p.point(control);
    p.d += ' ';
    p.point(to);
    return 0;
}

int cubic_to(const FT_Vector* c1, const FT_Vector* c2, const FT_Vector* to, void* user) {
    auto& p = *static_cast<PathData*>(user);
    p.d += 'C';
    p.point(c1);
    p.d += ' ';
    p.point(c2);
    p.d += ' ';
    p.point(to);
    return 0;
}

}  // namespace

struct GlyphOutlines::Impl {
    FT_Library library = nullptr;
    std::vector<FT_Face> faces;  // by FontTable index, null until loaded
    std::map<std::pair<int, unsigned>, std::string> paths;

    FT_Face face(const page::Font& font, int index) {
        const auto at = static_cast<std::size_t>(index);
        if (at >= faces.size()) faces.resize(at + 1, nullptr);
        if (faces[at] == nullptr) {
            FT_Face f = nullptr;
            if (FT_New_Face(library, font.file.c_str(), static_cast<FT_Long>(font.face_index),
                            &f) != 0)
                throw Error(ErrorCode::Font, font.file, "cannot read font for SVG outlines");
            faces[at] = f;
        }
        return faces[at];
    }
};

GlyphOutlines::GlyphOutlines() : impl_(std::make_unique<Impl>()) {
    if (FT_Init_FreeType(&impl_->library) != 0)
        throw Error(ErrorCode::Internal, "", "FreeType failed to start");
}

GlyphOutlines::~GlyphOutlines() {
    for (FT_Face f : impl_->faces)
        if (f != nullptr) FT_Done_Face(f);
    FT_Done_FreeType(impl_->library);
}

unsigned GlyphOutlines::units_per_em(const page::Font& font, int index) {
    const unsigned upem = impl_->face(font, index)->units_per_EM;
    return upem == 0 ? 1000 : upem;
}

std::string GlyphOutlines::path(const page::Font& font, int index, unsigned gid) {
    auto key = std::make_pair(index, gid);
    auto found = impl_->paths.find(key);
    if (found != impl_->paths.end()) return found->second;
    FT_Face f = impl_->face(font, index);
    PathData data;
    if (FT_Load_Glyph(f, gid, FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING | FT_LOAD_NO_BITMAP) == 0 &&
        f->glyph->format == FT_GLYPH_FORMAT_OUTLINE) {
        FT_Outline_Funcs funcs{};
        funcs.move_to = move_to;
        funcs.line_to = line_to;
        funcs.conic_to = conic_to;
        funcs.cubic_to = cubic_to;
        FT_Outline_Decompose(&f->glyph->outline, &funcs, &data);
        if (data.open) data.d += 'Z';
    }
    return impl_->paths.emplace(key, std::move(data.d)).first->second;
}

}  // namespace galley::svg
