#include "pdf/ContentBuilder.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <vector>

#include "base/Length.hpp"
#include "base/Utf8.hpp"
#include "pdf/DocumentInfo.hpp"

namespace galley::pdf {

/// Appends `v` with at most three decimals in the shortest form PDF reads: no trailing zeros,
/// no leading zero before the point ("-.5"), "0" for what rounds to zero; locale-independent.
void append_number(std::string& out, double v) {
    if (std::abs(v) < 0.0005) v = 0;
    char buf[64];
    auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, 3);
    if (ec != std::errc()) {
        out += '0';
        return;
    }
    char* end = ptr;
    while (end > buf && end[-1] == '0') --end;
    if (end > buf && end[-1] == '.') --end;
    const char* begin = buf;
    bool negative = false;
    if (*begin == '-') {
        negative = true;
        ++begin;
    }
    if (end - begin >= 2 && begin[0] == '0' && begin[1] == '.') ++begin;  // "0.5" -> ".5"
    if (begin == end || (end - begin == 1 && *begin == '0')) {
        out += '0';  // "-0" and "" are zero
        return;
    }
    if (negative) out += '-';
    out.append(begin, static_cast<std::size_t>(end - begin));
}

/// Appends a 2-byte character code to a literal string, escaping what the string syntax needs
/// (parentheses, backslash, and end-of-line bytes, which readers would normalise).
void append_code(std::string& out, unsigned v) {
    for (unsigned byte : {(v >> 8) & 0xFFu, v & 0xFFu}) {
        switch (byte) {
            case '(':
            case ')':
            case '\\':
                out += '\\';
                out += static_cast<char>(byte);
                break;
            case '\r':
                out += "\\r";
                break;
            case '\n':
                out += "\\n";
                break;
            default:
                out += static_cast<char>(byte);
        }
    }
}

namespace {

std::string num(double v) {
    std::string out;
    append_number(out, v);
    return out;
}

/// "r g b" from "#rrggbb" / "#rgb"; black when malformed.
std::string rgb(const std::string& color) {
    auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    int v[3] = {0, 0, 0};
    bool ok = false;
    if (color.size() == 7 && color[0] == '#') {
        ok = true;
        for (int i = 0; i < 3; ++i) {
            int hi = hex(color[1 + 2 * i]), lo = hex(color[2 + 2 * i]);
            if (hi < 0 || lo < 0) ok = false;
            v[i] = hi * 16 + lo;
        }
    } else if (color.size() == 4 && color[0] == '#') {
        ok = true;
        for (int i = 0; i < 3; ++i) {
            int h = hex(color[1 + i]);
            if (h < 0) ok = false;
            v[i] = h * 17;
        }
    }
    if (!ok) return "0 0 0";
    return num(v[0] / 255.0) + " " + num(v[1] / 255.0) + " " + num(v[2] / 255.0);
}

/// A PDF name token for a structure role (letters and digits only).
std::string role_tag(const std::string& role) {
    std::string out;
    for (char c : role) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
    }
    return out.empty() ? "Span" : out;
}

/// Page-wide graphics and text state, so operators are only written when something changes.
struct State {
    std::string color = "0 0 0";
    std::string color_source = "#000000";  // the layout colour `color` was made from
    int font = -1;
    double size = -1;
    double rise = 0;
    double tc = 0;    // character spacing (Tc), which persists across text objects
    double tz = 100;  // horizontal scaling (Tz, percent), which persists too
};

/// Sets the fill colour to `hex` when it differs from the current one (converted only when the
/// layout's colour string changes).
void set_color(std::string& out, State& state, const std::string& hex) {
    if (hex == state.color_source) return;
    state.color_source = hex;
    std::string color = rgb(hex);
    if (color != state.color) {
        out += color + " rg\n";
        state.color = std::move(color);
    }
}

void write_run(std::string& out, const page::GlyphRun& run, double page_height, int font,
               const FontEmbedder& fonts, State& state) {
    // What the glyphs say through ToUnicode: their texts in visual order, which readers turn
    // back into logical order for right-to-left scripts.
    const std::string& joined = run.text;  // the glyph texts, in glyph order
    std::string says = joined;
    if (has_rtl(joined)) {
        says.clear();
        for (auto it = run.glyphs.rbegin(); it != run.glyphs.rend(); ++it) says += run.text_of(*it);
    }
    // The whole run needs /ActualText only when the layout says the text is something else;
    // otherwise single glyphs whose ToUnicode entry says another text get their own.
    const bool whole = !run.actual_text.empty() && run.actual_text != says;
    if (whole) out += "/Span <</ActualText <" + utf16be_hex(run.actual_text, true) + ">>> BDC\n";

    set_color(out, state, run.color);
    out += "BT\n";
    if (font != state.font || run.size != state.size) {
        out += "/" + font_resource(font) + " " + num(run.size) + " Tf\n";
        state.font = font;
        state.size = run.size;
    }
    // At BT the text matrix is the identity, so a Td sets the run's origin as Tm would.
    append_number(out, run.x);
    out += ' ';
    append_number(out, page_height - run.y);
    out += " Td\n";
    // Font expansion as Tz, which scales the glyphs, their advances, Tc and TJ adjustments
    // alike (PDF 32000 9.3.4): positions below are divided by it.
    const double tz = std::round(run.hscale * 100 * 1000) / 1000;
    if (tz != state.tz) {
        out += num(tz) + " Tz\n";
        state.tz = tz;
    }
    const double th = tz > 0 ? tz / 100 : 1;
    // Letter spacing as Tc: the glyphs then need no TJ adjustment of their own.
    const double tracking = std::round(run.tracking / th * 1000) / 1000;
    if (tracking != state.tc) {
        out += num(tracking) + " Tc\n";
        state.tc = tracking;
    }

    const double size = run.size > 0 ? run.size : 1;
    double pen = 0;  // current text position along the baseline, points from the origin
    bool in_array = false, in_string = false;
    auto close_string = [&] {
        if (in_string) out += ')';
        in_string = false;
    };
    auto open_array = [&] {
        if (!in_array) out += '[';
        in_array = true;
    };
    auto end_tj = [&] {
        close_string();
        if (in_array) out += "] TJ\n";
        in_array = false;
    };
    // Clusters: a glyph with text plus the text-less glyphs after it (the rest of a cluster,
    // marks). A cluster gets its own /ActualText when a glyph's ToUnicode entry says something
    // else, or when it has more than one glyph (marks, a reordered Indic vowel sign, a split
    // conjunct), which text extractors would otherwise read as gaps or stray letters.
    const auto& glyphs = run.glyphs;
    auto advance = [&](const page::PlacedGlyph& g) {
        return fonts.width(font, g.gid) * size / 1000.0;
    };
    auto draw = [&](const page::PlacedGlyph& g) {
        double rise = std::round(-g.y * 1000) / 1000;
        if (rise != state.rise) {
            end_tj();
            append_number(out, rise);
            out += " Ts\n";
            state.rise = rise;
        }
        open_array();
        double adjust = std::round((pen - g.x) * 1000.0 / (size * th) * 1000.0) / 1000.0;
        if (adjust != 0) {
            close_string();
            append_number(out, adjust);
            pen -= adjust * size * th / 1000.0;
        }
        if (!in_string) out += '(';
        in_string = true;
        append_code(out, fonts.code(font, g.gid));
        pen += (advance(g) + state.tc) * th;
    };
    std::vector<std::size_t> order;
    for (std::size_t begin = 0; begin < glyphs.size();) {
        std::size_t end = begin + 1;
        while (end < glyphs.size() && glyphs[end].text_size == 0) ++end;
        bool own = false;
        std::string cluster_text;
        if (!whole) {
            own = end - begin > 1;
            for (std::size_t i = begin; i < end; ++i) {
                const auto& g = glyphs[i];
                cluster_text += run.text_of(g);
                if (!fonts.maps_to(font, g.gid, run.text_of(g))) own = true;
            }
        }
        if (!own) {
            for (std::size_t i = begin; i < end; ++i) draw(glyphs[i]);
            begin = end;
            continue;
        }
        // Text extractors (poppler) give the whole span the box from the first glyph's origin
        // to the last glyph's origin plus advance, on the baseline of the first (a slanted box
        // when the last one is raised: a line of its own), and split its text evenly over
        // that box in reading order of the line. So the span holds the glyphs on the baseline,
        // leftmost first, the last one's advance stretched with Tc to the cluster's right edge
        // (no false word gap after a mark); raised or lowered marks follow in a span of their
        // own with an empty /ActualText. A right-to-left cluster's text is given in visual
        // order, as its ToUnicode would be.
        order.clear();
        double right = 0;
        for (std::size_t i = begin; i < end; ++i) {
            order.push_back(i);
            right = std::max(right, glyphs[i].x + advance(glyphs[i]) * th);
        }
        auto off_baseline = [&](std::size_t i) { return std::abs(glyphs[i].y) >= 0.001; };
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            if (off_baseline(a) != off_baseline(b)) return !off_baseline(a);
            return glyphs[a].x < glyphs[b].x;
        });
        std::size_t baseline_count = 0;
        while (baseline_count < order.size() && !off_baseline(order[baseline_count])) {
            ++baseline_count;
        }
        if (baseline_count == 0) baseline_count = order.size();
        std::string span_text = cluster_text;
        if (has_rtl(cluster_text)) {
            auto cps = decode_utf8(cluster_text);
            span_text.clear();
            for (auto it = cps.rbegin(); it != cps.rend(); ++it) append_utf8(span_text, *it);
        }
        end_tj();
        out += "/Span <</ActualText <" + utf16be_hex(span_text, true) + ">>> BDC\n";
        for (std::size_t k = 0; k < order.size(); ++k) {
            const auto& g = glyphs[order[k]];
            double stretch = std::round((right - g.x - advance(g) * th) / th * 1000) / 1000;
            if (k == baseline_count) {
                end_tj();
                out += "EMC\n/Span <</ActualText <FEFF>>> BDC\n";
            }
            if (k + 1 == baseline_count && stretch > 0) {
                end_tj();
                out += num(stretch) + " Tc\n";
                state.tc = stretch;
                draw(g);
                end_tj();
                out += num(tracking) + " Tc\n";
                state.tc = tracking;
            } else {
                draw(g);
            }
        }
        end_tj();
        out += "EMC\n";
        begin = end;
    }
    close_string();
    if (in_array) out += "] TJ\n";
    out += "ET\n";
    if (whole) out += "EMC\n";
}

}  // namespace

std::string font_resource(int index) {
    return "F" + std::to_string(index + 1);
}

std::string image_resource(int index) {
    return "Im" + std::to_string(index + 1);
}

bool has_rtl(const std::string& utf8) {
    bool non_ascii = false;
    for (unsigned char c : utf8) non_ascii |= c >= 0xD6;  // lead bytes from U+0580 up
    if (!non_ascii) return false;
    for (char32_t cp : decode_utf8(utf8)) {
        if ((cp >= 0x0590 && cp <= 0x08FF) || (cp >= 0xFB1D && cp <= 0xFDFF) ||
            (cp >= 0xFE70 && cp <= 0xFEFC) || (cp >= 0x10800 && cp <= 0x10FFF) ||
            (cp >= 0x1E800 && cp <= 0x1EFFF)) {
            return true;
        }
    }
    return false;
}

PageContent build_page_content(const page::Page& page, const FontEmbedder& fonts,
                               const std::vector<int>& font_of,
                               const std::vector<page::StructureElement>& structure) {
    const std::size_t structure_count = structure.size();
    PageContent pc;
    std::string& out = pc.stream;
    out.reserve(4096);
    State state;
    // Marked content currently open: -2 none, -1 pagination artifact (running heads, folios),
    // -3 layout artifact (rules, ornaments, untagged pictures), >= 0 the structure element.
    int open = -2;
    auto switch_to = [&](int want) {
        if (want == open) return;
        if (open != -2) out += "EMC\n";
        if (want == -1) {
            out += "/Artifact <</Type /Pagination>> BDC\n";
        } else if (want == -3) {
            out += "/Artifact <</Type /Layout>> BDC\n";
        } else if (want >= 0) {
            out += "/" + role_tag(structure[static_cast<std::size_t>(want)].role) + " <</MCID " +
                   std::to_string(pc.mcid_structure.size()) + ">> BDC\n";
            pc.mcid_structure.push_back(want);
        }
        open = want;
    };
    for (const auto& item : page.items) {
        if (const auto* run = std::get_if<page::GlyphRun>(&item)) {
            if (run->glyphs.empty() || run->font.index < 0 ||
                static_cast<std::size_t>(run->font.index) >= font_of.size())
                continue;
            int font = font_of[static_cast<std::size_t>(run->font.index)];
            if (font < 0) continue;
            int s = run->structure;
            if (s < 0 || static_cast<std::size_t>(s) >= structure_count) s = -1;
            switch_to(s);
            pc.fonts.insert(font);
            write_run(out, *run, page.height, font, fonts, state);
        } else if (const auto* rule = std::get_if<page::Rule>(&item)) {
            switch_to(-3);
            set_color(out, state, rule->color);
            out += num(rule->x) + " " + num(page.height - rule->y - rule->height) + " " +
                   num(rule->width) + " " + num(rule->height) + " re f\n";
        } else if (const auto* picture = std::get_if<page::Picture>(&item)) {
            // A figure's picture is tagged with its Figure; an untagged picture is a layout
            // artifact.
            int s = picture->structure;
            if (s < 0 || static_cast<std::size_t>(s) >= structure_count) s = -3;
            switch_to(s);
            pc.images.insert(picture->image);
            out += "q " + num(picture->width) + " 0 0 " + num(picture->height) + " " +
                   num(picture->x) + " " + num(page.height - picture->y - picture->height) +
                   " cm /" + image_resource(picture->image) + " Do Q\n";
        }
    }
    switch_to(-2);
    return pc;
}

}  // namespace galley::pdf
