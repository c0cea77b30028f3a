#include "page/Page.hpp"

#include <algorithm>

namespace galley::page {

void GlyphRun::add(PlacedGlyph g, std::string_view glyph_text) {
    g.text_begin = static_cast<std::uint32_t>(text.size());
    g.text_size = static_cast<std::uint16_t>(std::min<std::size_t>(glyph_text.size(), 0xFFFF));
    text.append(glyph_text.substr(0, g.text_size));
    glyphs.push_back(g);
}

void move_onto(Page& page, std::vector<FrameItem>& items, double dx, double dy) {
    for (FrameItem& item : items) {
        std::visit(
            [&](auto& thing) {
                thing.x += dx;
                thing.y += dy;
            },
            item);
        page.items.push_back(std::move(item));
    }
    items.clear();
}

}  // namespace galley::page
