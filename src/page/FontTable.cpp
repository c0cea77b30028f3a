#include "page/FontTable.hpp"

namespace galley::page {

FontRef FontTable::add(Font font) {
    FontRef found = find(font.file, font.face_index);
    if (found) return found;
    fonts_.push_back(std::move(font));
    return FontRef{static_cast<int>(fonts_.size()) - 1};
}

FontRef FontTable::find(const std::string& file, unsigned face_index) const {
    for (std::size_t i = 0; i < fonts_.size(); ++i) {
        if (fonts_[i].face_index == face_index && fonts_[i].file == file)
            return FontRef{static_cast<int>(i)};
    }
    return {};
}

}  // namespace galley::page
