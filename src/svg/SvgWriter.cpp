#include "svg/SvgWriter.hpp"

#include <algorithm>
#include <set>
#include <string_view>
#include <utility>

#include "base/ImageInfo.hpp"
#include "base/Length.hpp"
#include "base/XmlText.hpp"
#include "svg/GlyphOutlines.hpp"

namespace galley::svg {
namespace {

std::string num(double v) {
    return format_number(v, 3);
}

std::string base64(std::string_view bytes) {
    static constexpr char kDigits[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        unsigned v = static_cast<unsigned char>(bytes[i]) << 16;
        if (i + 1 < bytes.size()) v |= static_cast<unsigned char>(bytes[i + 1]) << 8;
        if (i + 2 < bytes.size()) v |= static_cast<unsigned char>(bytes[i + 2]);
        out += kDigits[(v >> 18) & 63];
        out += kDigits[(v >> 12) & 63];
        out += i + 1 < bytes.size() ? kDigits[(v >> 6) & 63] : '=';
        out += i + 2 < bytes.size() ? kDigits[v & 63] : '=';
    }
    return out;
}

/// The id of a glyph's outline in <defs>.
std::string glyph_id(int font, unsigned gid) {
    return "g" + std::to_string(font) + "-" + std::to_string(gid);
}

}  // namespace

struct SvgPageWriter::Impl {
    GlyphOutlines outlines;
    std::set<std::pair<int, unsigned>> defined;  // glyphs already in defs
    std::string defs, body, svg;
    double width = 0, height = 0;  // of the whole stack of pages

    void draw_run(const page::GlyphRun& run, const page::FontTable& fonts, double top) {
        if (!fonts.contains(run.font) || run.glyphs.empty()) return;
        const page::Font& font = fonts[run.font];
        const int f = run.font.index;
        const double scale = run.size / outlines.units_per_em(font, f);
        body += "<g fill=\"" + xml_escape(run.color) + "\">";
        for (const page::PlacedGlyph& g : run.glyphs) {
            const std::string& d = outlines.path(font, f, g.gid);
            if (d.empty()) continue;
            if (defined.emplace(f, g.gid).second)
                defs += "<path id=\"" + glyph_id(f, g.gid) + "\" d=\"" + d + "\"/>\n";
            body += "<use xlink:href=\"#" + glyph_id(f, g.gid) + "\" transform=\"matrix(" +
                    num(scale * run.hscale) + " 0 0 " + num(-scale) + " " + num(run.x + g.x) + " " +
                    num(top + run.y + g.y) + ")\"/>";
        }
        body += "</g>\n";
    }
};

SvgPageWriter::SvgPageWriter() : impl_(std::make_unique<Impl>()) {}

SvgPageWriter::~SvgPageWriter() = default;

void SvgPageWriter::page(page::Page&& p, const page::Document& context) {
    Impl& m = *impl_;
    const double top = m.height == 0 ? 0 : m.height + kPageGap;
    m.body += "<rect x=\"0\" y=\"" + num(top) + "\" width=\"" + num(p.width) + "\" height=\"" +
              num(p.height) + "\" fill=\"#fff\"/>\n";
    for (const page::FrameItem& item : p.items) {
        if (const auto* run = std::get_if<page::GlyphRun>(&item)) {
            m.draw_run(*run, context.fonts, top);
        } else if (const auto* rule = std::get_if<page::Rule>(&item)) {
            m.body += "<rect x=\"" + num(rule->x) + "\" y=\"" + num(top + rule->y) + "\" width=\"" +
                      num(rule->width) + "\" height=\"" + num(rule->height) + "\" fill=\"" +
                      xml_escape(rule->color) + "\"/>\n";
        } else if (const auto* picture = std::get_if<page::Picture>(&item)) {
            if (picture->image < 0 ||
                static_cast<std::size_t>(picture->image) >= context.images.size())
                continue;
            const std::string& bytes = context.images[static_cast<std::size_t>(picture->image)];
            auto info = probe_image(bytes);
            if (!info) continue;
            m.body += "<image x=\"" + num(picture->x) + "\" y=\"" + num(top + picture->y) +
                      "\" width=\"" + num(picture->width) + "\" height=\"" + num(picture->height) +
                      "\" preserveAspectRatio=\"none\" xlink:href=\"data:image/" + info->format +
                      ";base64," + base64(bytes) + "\"/>\n";
        } else if (const auto* link = std::get_if<page::LinkArea>(&item)) {
            if (link->page >= 0 || link->url.str().empty()) continue;
            m.body += "<a xlink:href=\"" + xml_escape(link->url.str()) + "\"><rect x=\"" +
                      num(link->x) + "\" y=\"" + num(top + link->y) + "\" width=\"" +
                      num(link->width) + "\" height=\"" + num(link->height) +
                      "\" fill=\"none\" pointer-events=\"all\"/></a>\n";
        }
    }
    m.height = top + p.height;
    m.width = std::max(m.width, p.width);
    p = page::Page{};  // drawn: release its items
}

void SvgPageWriter::finish(const page::Document&) {
    Impl& m = *impl_;
    const std::string w = num(m.width), h = num(m.height);
    m.svg =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<svg xmlns=\"http://www.w3.org/2000/svg\" "
        "xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\" width=\"" +
        w + "pt\" height=\"" + h + "pt\" viewBox=\"0 0 " + w + " " + h + "\">\n";
    m.svg += "<rect width=\"" + w + "\" height=\"" + h + "\" fill=\"#808080\"/>\n";
    m.svg += "<defs>\n" + m.defs + "</defs>\n";
    m.svg += m.body;
    m.svg += "</svg>\n";
    std::string().swap(m.defs);
    std::string().swap(m.body);
}

std::string SvgPageWriter::take() {
    return std::move(impl_->svg);
}

std::string write_svg(const page::Document& paged) {
    SvgPageWriter writer;
    page::send(paged, writer);
    return writer.take();
}

}  // namespace galley::svg
