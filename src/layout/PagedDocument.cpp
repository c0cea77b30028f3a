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

}  // namespace galley::layout
