#include "layout/PagedDocument.hpp"

namespace galley::layout {

page::Font font_entry(const text::FontFace& face) {
    page::Font font;
    font.file = face.path().string();
    font.face_index = face.index();
    font.name = face.postscript_name();
    font.hold = text::FontFace::load_shared(face.path(), face.index());
    return font;
}

std::shared_ptr<const text::FontFace> face_of(const PagedDocument& paged, const GlyphRun& run) {
    if (!paged.fonts.contains(run.font)) return nullptr;
    const page::Font& font = paged.fonts[run.font];
    return text::FontFace::load_shared(font.file, font.face_index);
}

}  // namespace galley::layout
