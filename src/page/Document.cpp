#include "page/Document.hpp"

#include <string>

#include "base/Length.hpp"

namespace galley::page {
namespace {

std::string num(double value) {
    return format_number(value, 2);
}

void dump_run(std::string& out, const GlyphRun& run, const FontTable& fonts) {
    out += "  run ";
    out += fonts.contains(run.font) ? fonts[run.font].name : std::string("(no face)");
    out += " " + num(run.size) + " at " + num(run.x) + "," + num(run.y);
    out += " struct=" + std::to_string(run.structure);
    if (run.color != "#000000") out += " color=" + run.color;
    out += "\n    text \"";
    for (const PlacedGlyph& g : run.glyphs) out += run.text_of(g);
    out += "\"\n";
    if (!run.actual_text.empty()) out += "    actual \"" + run.actual_text + "\"\n";
    out += "    glyphs";
    for (const PlacedGlyph& g : run.glyphs) {
        out += " " + std::to_string(g.gid) + "@" + num(g.x);
        if (g.y != 0) out += "^" + num(g.y);
    }
    out += "\n";
}

}  // namespace

void append(Document& whole, Document&& part, int parent, int outline_shift) {
    const int structure_base = static_cast<int>(whole.structure.size());
    const int page_base = static_cast<int>(whole.pages.size());
    const int image_base = static_cast<int>(whole.images.size());
    // part's font indices → whole's (an identity when both come from one producer's table).
    std::vector<int> font_map;
    bool fonts_moved = false;
    for (std::size_t i = 0; i < part.fonts.size(); ++i) {
        font_map.push_back(whole.fonts.add(part.fonts.at(i)).index);
        fonts_moved |= font_map.back() != static_cast<int>(i);
    }
    for (std::string& image : part.images) whole.images.push_back(std::move(image));
    for (StructureElement& element : part.structure) {
        element.parent = element.parent < 0 ? parent : element.parent + structure_base;
        whole.structure.push_back(std::move(element));
    }
    for (OutlineEntry& entry : part.outline) {
        entry.level += outline_shift;
        entry.page += page_base;
        whole.outline.push_back(std::move(entry));
    }
    for (Page& page : part.pages) {
        for (FrameItem& item : page.items) {
            if (auto* run = std::get_if<GlyphRun>(&item)) {
                if (run->structure >= 0) run->structure += structure_base;
                if (fonts_moved && part.fonts.contains(run->font))
                    run->font.index = font_map[static_cast<std::size_t>(run->font.index)];
            } else if (auto* link = std::get_if<LinkArea>(&item)) {
                if (link->page >= 0) link->page += page_base;
            } else if (auto* picture = std::get_if<Picture>(&item)) {
                picture->image += image_base;
                if (picture->structure >= 0) picture->structure += structure_base;
            }
        }
        whole.pages.push_back(std::move(page));
    }
    part = Document{};
}

std::string dump(const Document& paged) {
    std::string out;
    for (std::size_t p = 0; p < paged.pages.size(); ++p) {
        const Page& page = paged.pages[p];
        out += "page " + std::to_string(p + 1) + " label \"" + page.label + "\" size " +
               num(page.width) + "x" + num(page.height) + "\n";
        for (const LineInfo& line : page.lines) {
            out += "  line y=" + num(line.y) + " ratio=" + format_number(line.ratio, 3) +
                   " width=" + num(line.width) + " measure=" + num(line.measure) + "\n";
        }
        for (const FrameItem& item : page.items) {
            if (const auto* run = std::get_if<GlyphRun>(&item)) {
                dump_run(out, *run, paged.fonts);
            } else if (const auto* rule = std::get_if<Rule>(&item)) {
                out += "  rule " + num(rule->x) + "," + num(rule->y) + " " + num(rule->width) +
                       "x" + num(rule->height) + " " + rule->color + "\n";
            } else if (const auto* picture = std::get_if<Picture>(&item)) {
                out += "  picture " + num(picture->x) + "," + num(picture->y) + " " +
                       num(picture->width) + "x" + num(picture->height) + " image " +
                       std::to_string(picture->image) + "\n";
            } else if (const auto* link = std::get_if<LinkArea>(&item)) {
                out += "  link " + num(link->x) + "," + num(link->y) + " " + num(link->width) +
                       "x" + num(link->height) + " " +
                       (link->page >= 0
                            ? "page " + std::to_string(link->page + 1) + " y=" + num(link->target_y)
                            : link->url.str()) +
                       "\n";
            }
        }
    }
    for (const OutlineEntry& entry : paged.outline) {
        out += "outline level=" + std::to_string(entry.level) +
               " page=" + std::to_string(entry.page + 1) + " y=" + num(entry.y) + " \"" +
               entry.title + "\"\n";
    }
    for (std::size_t s = 0; s < paged.structure.size(); ++s) {
        out += "structure " + std::to_string(s) + " " + paged.structure[s].role +
               " parent=" + std::to_string(paged.structure[s].parent) +
               (paged.structure[s].lang.empty() ? "" : " lang=" + paged.structure[s].lang) + "\n";
    }
    return out;
}

}  // namespace galley::page
