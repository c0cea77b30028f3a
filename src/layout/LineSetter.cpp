// Stage 4 of paragraph layout (finalize): turns the chosen breaks into set lines. Each line's
// glue is set from its own content (justified lines fill the measure exactly, word spaces and
// letter spacing sharing the slack), a hyphenated line end is reshaped with its "-", a compound
// broken at its own hyphen carries its rest as text, right-to-left material is reordered
// visually per line (ICU bidi levels, rule L2), and glyph runs are built with the text each
// glyph stands for.
#include <hb-ot.h>
#include <unicode/ubidi.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>

#include "base/Length.hpp"
#include "layout/ParagraphBuilder.hpp"

namespace galley::layout {
namespace {

/// The most a justified line's spaces are stretched (in units of their stretchability).
constexpr double kMaxRatio = 3;
/// Beyond this ratio a justified line's word spaces stretch no further and the rest of its slack
/// goes into letter spacing (as InDesign's justification does), so that no line shows gaps much
/// wider than its neighbours' (1 + 0.9 / 2 = 1.45 times the natural space).
constexpr double kSpaceRatioLimit = 0.9;
/// The most letter spacing added between two glyphs, as a multiple of the letter spacing at a
/// line's adjustment ratio 1 (ParagraphSpec::letter_stretch): 0.04 em for the classic 0.02 em.
constexpr double kMaxTracking = 2;
/// Font expansion is set in steps of this share of the glyphs' width (microtype's `step` of 1,
/// in thousandths): the word spaces take what a step leaves.
constexpr double kExpansionStep = 0.001;

/// One visual unit of a line: a shaped run, a space or the indent.
struct Unit {
    const text::ShapedRun* run = nullptr;  ///< null for spaces and the indent
    int style = 0;                         ///< WordCache style of the run
    int link = -1;                         ///< link index
    double width = 0;                      ///< natural width (points)
    double stretch = 0, shrink = 0;        ///< for spaces
    bool space = false;                    ///< an adjustable space
    UBiDiLevel level = 0;                  ///< bidi embedding level
    int gaps = 0;                          ///< glyph gaps that may take letter spacing
    double tracking = 0;                   ///< letter spacing added at each of them
    bool expands = false;                  ///< a run whose glyphs font expansion may widen
    double hscale = 1;                     ///< the horizontal scale it is set at
    std::size_t begin = 0, end = 0;        ///< a run's bytes in the paragraph text
    bool textless = false;    ///< its glyphs stand for no text (the previous line's hyphen does)
    bool strike = false;      ///< struck through
    bool word_space = false;  ///< a space that stands for a space character (not CJK glue)
};

/// The strikeout stroke of `face` at `size`: its top (points above the baseline) and thickness,
/// from the OS/2 table (yStrikeoutPosition, yStrikeoutSize); a face without them gets a stroke
/// of 1/20 em at a quarter em.
std::pair<double, double> strikeout(const text::FontFace& face, double size) {
    const double scale = size / face.units_per_em();
    hb_position_t offset = 0, thickness = 0;
    const bool has_offset =
        hb_ot_metrics_get_position(face.hb_font(), HB_OT_METRICS_TAG_STRIKEOUT_OFFSET, &offset);
    const bool has_size =
        hb_ot_metrics_get_position(face.hb_font(), HB_OT_METRICS_TAG_STRIKEOUT_SIZE, &thickness);
    const double top = has_offset && offset > 0 ? offset * scale : 0.25 * size + 0.025 * size;
    const double height = has_size && thickness > 0 ? thickness * scale : 0.05 * size;
    return {top, height};
}

/// A paragraph's bidi levels per byte, or empty when it is all left-to-right.
std::vector<UBiDiLevel> byte_levels(const std::string& text, bool rtl) {
    bool maybe_rtl = rtl;
    for (std::size_t i = 0; i < text.size() && !maybe_rtl; ++i) {
        auto b = static_cast<unsigned char>(text[i]);
        if (b >= 0xD6 && b <= 0xDF) maybe_rtl = true;
        if (b == 0xEF && i + 1 < text.size()) {
            auto n = static_cast<unsigned char>(text[i + 1]);
            if (n >= 0xAC && n <= 0xBB) maybe_rtl = true;
        }
    }
    if (!maybe_rtl) return {};
    std::vector<UChar> utf16;
    std::vector<std::int32_t> unit_of_byte(text.size() + 1, 0);
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    auto length = static_cast<std::int32_t>(text.size());
    std::int32_t i = 0;
    while (i < length) {
        std::int32_t at = i;
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        if (c < 0) c = 0xFFFD;
        for (std::int32_t k = at; k < i; ++k) {
            unit_of_byte[static_cast<std::size_t>(k)] = static_cast<std::int32_t>(utf16.size());
        }
        if (c > 0xFFFF) {
            utf16.push_back(static_cast<UChar>(U16_LEAD(c)));
            utf16.push_back(static_cast<UChar>(U16_TRAIL(c)));
        } else {
            utf16.push_back(static_cast<UChar>(c));
        }
    }
    UErrorCode status = U_ZERO_ERROR;
    UBiDi* bidi = ubidi_open();
    ubidi_setPara(bidi, utf16.data(), static_cast<std::int32_t>(utf16.size()), rtl ? 1 : 0, nullptr,
                  &status);
    std::vector<UBiDiLevel> levels;
    if (U_SUCCESS(status)) {
        const UBiDiLevel* unit_levels = ubidi_getLevels(bidi, &status);
        if (U_SUCCESS(status) && unit_levels != nullptr) {
            levels.resize(text.size());
            for (std::size_t b = 0; b < text.size(); ++b) {
                levels[b] = unit_levels[unit_of_byte[b]];
            }
        }
    }
    ubidi_close(bidi);
    return levels;
}

/// Appends the glyphs of `run` to `out`, the pen at `pen` (relative to out's origin), each glyph
/// carrying the text of its cluster (the first glyph of a cluster; later ones get "").
void append_glyphs(GlyphRun& out, const text::ShapedRun& run, double pen, double size,
                   double tracking, bool textless, double hscale = 1) {
    const double scale = size / run.face->units_per_em();
    const double xscale = scale * hscale;
    const auto& glyphs = run.glyphs;
    const std::size_t n = glyphs.size();
    // Clusters run monotonically (HarfBuzz's default cluster level): ascending in a left-to-right
    // run, descending in a right-to-left one. A cluster's text ends where the next larger
    // cluster value begins.
    auto cluster_end = [&](std::size_t i) -> std::size_t {
        const std::uint32_t c = glyphs[i].cluster;
        std::size_t end = run.text.size();
        if (!run.rtl) {
            for (std::size_t j = i + 1; j < n; ++j) {
                if (glyphs[j].cluster != c) return std::min<std::size_t>(glyphs[j].cluster, end);
            }
        } else {
            for (std::size_t j = i; j-- > 0;) {
                if (glyphs[j].cluster != c) return std::min<std::size_t>(glyphs[j].cluster, end);
            }
        }
        return end;
    };
    const std::string_view text = run.text;
    for (std::size_t i = 0; i < n; ++i) {
        const text::ShapedGlyph& g = glyphs[i];
        PlacedGlyph placed;
        placed.gid = static_cast<std::uint16_t>(g.gid);
        placed.x = pen + g.x_offset * xscale;
        placed.y = static_cast<float>(-g.y_offset * scale);
        placed.advance = static_cast<float>(run.face->advance(g.gid) * scale);
        // The first glyph of a cluster (in visual order) carries its text.
        std::string_view glyph_text;
        if (!textless && (i == 0 || glyphs[i - 1].cluster != g.cluster)) {
            const std::size_t end = cluster_end(i);
            if (g.cluster < text.size() && end > g.cluster)
                glyph_text = text.substr(g.cluster, end - g.cluster);
        }
        out.add(placed, glyph_text);
        pen += g.x_advance * xscale;
        if (g.x_advance != 0) pen += tracking;
    }
}

/// Appends a word space to `run` at `x` (relative to the run's origin): the face's own space
/// glyph standing for " ", so text read from the glyphs (tagged PDF, copy and paste) has its
/// words apart; the glyphs after it keep their positions (the PDF corrects the advance). With
/// `ending_at` the space ends at `x` instead (a line's last space stays inside the measure).
/// `face` is the run's. Returns false when the face has no space glyph.
bool add_word_space(GlyphRun& run, const text::FontFace* face, double x, bool ending_at = false) {
    if (face == nullptr) return false;
    const unsigned gid = face->glyph_for(U' ');
    if (gid == 0 || gid > 0xFFFF) return false;
    PlacedGlyph space;
    space.gid = static_cast<std::uint16_t>(gid);
    space.advance = static_cast<float>(face->advance(gid) * run.size / face->units_per_em());
    // Where the PDF's pen stands after the word (its letter spacing, Tc, follows every glyph):
    // no positioning needed before the space, only after it.
    space.x = ending_at ? x - space.advance : x + run.tracking;
    run.add(space, " ");
    return true;
}

/// Makes the last glyph of `run`, a compound's own hyphen ending a line ("whale-|ship"), stand
/// for the rest of the compound too ("-ship"), whose glyphs on the next line then stand for
/// nothing: text extractors read the compound whole, where poppler would take a line-end "-" for
/// a hyphenation point and drop it.
/// Returns false (and changes nothing) when the run does not end in such a hyphen.
bool carry_compound(GlyphRun& run, std::string_view rest) {
    if (run.glyphs.empty() || rest.size() > 1000) return false;
    PlacedGlyph& g = run.glyphs.back();
    if (run.text_of(g) != "-" || g.text_begin + g.text_size != run.text.size()) return false;
    run.text += rest;
    g.text_size = static_cast<std::uint16_t>(1 + rest.size());
    return true;
}

}  // namespace

std::vector<SetLine> ParagraphBuilder::finalize(const StyledText& styled, const ParagraphSpec& spec,
                                                const PreparedParagraph& prepared,
                                                const BreakResult& result) {
    const std::string& text = styled.text;
    const auto& items = prepared.items;
    const std::vector<UBiDiLevel> levels = byte_levels(text, spec.rtl);
    const UBiDiLevel base_level = spec.rtl ? 1 : 0;
    auto level_at = [&](std::size_t byte) -> UBiDiLevel {
        if (levels.empty()) return base_level;
        return levels[std::min(byte, levels.size() - 1)];
    };
    const double ascent = spec.font.size * 0.8;
    const double descent = spec.font.size * 0.25;

    std::vector<SetLine> lines;
    lines.reserve(result.breaks.size());
    std::size_t begin = 0;
    std::vector<Unit> units;
    // The run of the previous line that ends in a compound's own hyphen (see carry_compound).
    struct Carry {
        std::size_t line = 0, item = 0;
        bool pending = false;
    } carry;
    std::string fragment;
    for (const Break& brk : result.breaks) {
        const std::size_t end = std::min(brk.position, items.size());
        while (begin < end && items[begin].type != Item::Type::Box) ++begin;
        const std::size_t begin_box = begin;
        units.clear();
        // The word fragment being gathered: contiguous text in one style and link.
        struct Pending {
            std::size_t start = 0, end = 0, word = 0, word_end = 0;
            int style = -1, link = -1;
            const ShapedWord* shaped = nullptr;
        } pending;
        auto flush = [&](bool hyphen) {
            if (pending.style < 0) return;
            const ShapedWord* whole = pending.shaped;
            if (hyphen || whole == nullptr || pending.start != pending.word ||
                pending.end != pending.word_end) {
                fragment.assign(text, pending.start, pending.end - pending.start);
                if (hyphen) fragment += '-';
                whole = &words_.shape(pending.style, fragment);
            }
            const ShapedWord& shaped = *whole;
            for (std::size_t r = 0; r < shaped.runs->size(); ++r) {
                const text::ShapedRun& run = (*shaped.runs)[r];
                Unit unit;
                unit.run = &run;
                unit.style = pending.style;
                unit.link = pending.link;
                unit.width = shaped.run_widths[r];
                unit.gaps = shaped.run_gaps[r];
                std::size_t at = pending.start + shaped.run_offsets[r];
                unit.begin = at;
                unit.end = std::min(at + run.text.size(), pending.end);
                unit.level = level_at(std::min(at, pending.end > 0 ? pending.end - 1 : 0));
                unit.strike = styled.span_at(pending.start).strike;
                unit.expands = spec.expansion > 0 && expandable_text(run.text);
                units.push_back(unit);
            }
            pending = Pending{};
        };
        for (std::size_t i = begin; i < end; ++i) {
            const ItemRole role = prepared.roles[i];
            if (role == ItemRole::Word) {
                const Piece& piece = prepared.pieces[static_cast<std::size_t>(prepared.index[i])];
                // Fragments of one shaped word join again; separate words stay separate so
                // the line is exactly as wide as the breaker measured it.
                if (pending.style == piece.style && pending.word == piece.word &&
                    pending.end == piece.start) {
                    pending.end = piece.end;
                } else {
                    flush(false);
                    pending = {piece.start, piece.end,  piece.word,  piece.word_end,
                               piece.style, piece.link, piece.shaped};
                }
            } else if (role == ItemRole::Space) {
                flush(false);
                const Space& space = prepared.spaces[static_cast<std::size_t>(prepared.index[i])];
                Unit unit;
                unit.width = space.width;
                unit.stretch = space.stretch;
                unit.shrink = space.shrink;
                unit.space = true;
                unit.word_space = space.position < text.size() &&
                                  (text[space.position] == ' ' || text[space.position] == '\t' ||
                                   text[space.position] == '\n' || text[space.position] == '\r');
                unit.link = space.link;
                unit.level = level_at(space.position);
                unit.strike = styled.span_at(space.position).strike;
                units.push_back(unit);
            } else if (role == ItemRole::Indent) {
                flush(false);
                Unit unit;
                unit.width = prepared.indent;
                unit.level = base_level;
                units.push_back(unit);
            }
        }
        const bool hyphenated = end < items.size() && prepared.roles[end] == ItemRole::Hyphen;
        const bool compound = end < items.size() && prepared.roles[end] == ItemRole::CompoundHyphen;
        flush(hyphenated);
        begin = end + 1;
        // Drop spaces left at the line's ends.
        while (!units.empty() && units.back().space) units.pop_back();
        if (carry.pending) {
            // The rest of the compound the previous line broke: its text goes to that line.
            std::size_t rest = 0;
            while (rest < units.size() && units[rest].run != nullptr && !units[rest].run->rtl)
                ++rest;
            auto& run = std::get<GlyphRun>(lines[carry.line].items[carry.item]);
            if (rest > 0 &&
                carry_compound(run, std::string_view(text).substr(
                                        units[0].begin, units[rest - 1].end - units[0].begin))) {
                for (std::size_t k = 0; k < rest; ++k) units[k].textless = true;
            }
            carry.pending = false;
        }

        // Set the glue: a justified line fills its measure with its word spaces and its letter
        // spacing at one adjustment ratio, as the breaker measured it, except that the word
        // spaces stop at kSpaceRatioLimit and letter spacing takes the rest (up to kMaxTracking).
        double natural = 0, stretch = 0, shrink = 0, expandable = 0;
        int gaps = 0;
        for (Unit& u : units) {
            natural += u.width;
            stretch += u.stretch;
            shrink += u.shrink;
            gaps += u.gaps;
            if (u.expands) expandable += u.width;
        }
        const bool last = end >= items.size() || (items[end].type == Item::Type::Penalty &&
                                                  items[end].penalty <= -kInfinitePenalty);
        const bool justify = spec.align == style::Align::Justify && !last;
        // Protrusion: the first and last characters may hang into the margins by what the
        // breaker lent the line (zero unless the paragraph protrudes).
        const double hang_start = begin_box < end && items[begin_box].type == Item::Type::Box
                                      ? items[begin_box].protrude_left
                                      : 0;
        const double hang_end = end < items.size() ? items[end].protrude_right : 0;
        const double measure = spec.measure + hang_start + (justify ? hang_end : 0);
        // Font expansion takes the slack first, up to spec.expansion (pdfTeX sets a line's
        // expansion from its whole shortfall over its font stretch and lets the glue take the
        // rest), in steps of kExpansionStep; the spaces and letters then fill what is left.
        double hscale = 1;
        if (expandable > 0 && spec.align == style::Align::Justify &&
            (justify || natural > measure)) {
            const double limit = spec.expansion;
            double e = std::clamp((measure - natural) / expandable, -limit, limit);
            // Down to a step: a stretched line keeps a little for its spaces to stretch, a
            // shrunk one shrinks a little more than it must (its spaces then open up by as
            // much), never past the limit, so no line comes out wider than the breaker set it.
            e = std::max(-limit, std::floor(e / kExpansionStep + 1e-9) * kExpansionStep);
            if (e != 0) {
                hscale = 1 + e;
                for (Unit& u : units) {
                    if (!u.expands) continue;
                    u.hscale = hscale;
                    u.width *= hscale;
                }
                natural += e * expandable;
            }
        }
        // Letter spacing of justified text (a last line may need it too, to shrink).
        const double letters =
            spec.align == style::Align::Justify ? spec.letter_stretch * spec.font.size * gaps : 0;
        double ratio = 0;
        double tracking = 0;
        if (justify && natural < measure && stretch + letters > 0) {
            // A line that only an emergency pass could make is left short rather than gappy.
            const double r = std::min(kMaxRatio, (measure - natural) / (stretch + letters));
            const double fill = r * (stretch + letters);
            ratio = stretch > 0 ? std::min(r, kSpaceRatioLimit) : 0;
            if (gaps > 0) {
                tracking = std::min((fill - ratio * stretch) / gaps,
                                    kMaxTracking * spec.letter_stretch * spec.font.size);
                // In thousandths of a point, as the PDF writes it (Tc, which the expansion's
                // Tz scales): the word spaces take the rounding, and the glyphs need no
                // adjustments of their own.
                tracking = std::floor(tracking / hscale * 1000) / 1000 * hscale;
            }
            if (stretch > 0) ratio = std::min(kMaxRatio, (fill - tracking * gaps) / stretch);
        } else if (natural > measure && shrink + letters > 0) {
            // Shrinking, spaces and letters go together (letters by half their stretch); a line
            // with no space (a fragment of a word too long for the measure) by its letters alone.
            const double tighter = letters * kLetterShrinkShare;
            ratio = std::max(-1.0, (measure - natural) / (shrink + tighter));
            if (gaps > 0 && tighter > 0) {
                tracking = std::ceil(ratio * tighter / gaps / hscale * 1000) / 1000 * hscale;
                ratio =
                    shrink > 0 ? std::max(-1.0, (measure - natural - tracking * gaps) / shrink) : 0;
            }
        }
        if (tracking != 0) {
            // Only runs that take letter spacing are tracked: a run with no gaps (joining or
            // stacking scripts) drawn with tracking would overrun the space after it.
            for (Unit& u : units) {
                u.tracking = u.gaps > 0 ? tracking : 0;
                u.width += tracking * u.gaps;
            }
        }
        double width = 0;
        for (Unit& u : units) {
            if (u.space) u.width += ratio > 0 ? ratio * u.stretch : ratio * u.shrink;
            width += u.width;
        }
        if (width > measure + 0.5) {
            diagnostics_.warn(file_, spec.source_line,
                              "overfull line: " + format_number(width - measure, 1) +
                                  " pt wider than the measure");
        }

        // Visual order.
        std::vector<std::int32_t> order(units.size());
        for (std::size_t k = 0; k < order.size(); ++k) order[k] = static_cast<std::int32_t>(k);
        if (!levels.empty() || spec.rtl) {
            std::vector<UBiDiLevel> unit_levels;
            for (const Unit& u : units) unit_levels.push_back(u.level);
            if (!unit_levels.empty()) {
                ubidi_reorderVisual(unit_levels.data(), static_cast<std::int32_t>(units.size()),
                                    order.data());
            }
        }

        // Alignment.
        double x = 0;
        const double slack = spec.measure - width;
        switch (spec.align) {
            case style::Align::Justify:
            case style::Align::Left:
                // A protruding first character hangs before the start edge.
                x = spec.rtl ? slack + hang_start : -hang_start;
                break;
            case style::Align::Right:
                x = spec.rtl ? 0 : slack;
                break;
            case style::Align::Center:
                x = slack / 2;
                break;
        }

        const double line_left = x;
        SetLine line;
        line.ascent = ascent;
        line.descent = descent;
        line.leading = spec.leading;
        line.info.width = width - hang_start - (justify ? hang_end : 0);  // within the measure
        line.info.measure = spec.measure;
        line.info.ratio = ratio;
        line.hyphenated = hyphenated || compound;
        line.text_start = text.size();  // the line starts where its first text does
        for (const Unit& u : units)
            if (u.run != nullptr) line.text_start = std::min(line.text_start, u.begin);
        GlyphRun* current = nullptr;
        // Link text belongs to the link's own structure element when the caller made one.
        auto structure_of = [&](int link) {
            if (link >= 0 && static_cast<std::size_t>(link) < spec.link_structures.size())
                return spec.link_structures[static_cast<std::size_t>(link)];
            return spec.structure;
        };
        LinkArea* area = nullptr;
        int area_link = -1;
        std::vector<LinkArea> areas;
        // Struck-through stretches in visual order: a rule through their runs and the spaces
        // between them, at the strikeout position of the face of the run that starts each.
        std::vector<Rule> strokes;
        bool stroking = false;
        // Glyph vectors are sized up front (the pages hold millions of glyphs: no slack).
        std::size_t glyphs_left = 0;
        for (const Unit& u : units) glyphs_left += u.run != nullptr ? u.run->glyphs.size() : 1;
        ++glyphs_left;  // the space that may end the line
        // A word space joins the run before it, or starts a run of its own after a run that
        // states its whole text (right-to-left), in that run's face.
        auto word_space = [&](double at, bool ending_at) {
            if (current == nullptr) return;
            const auto font = static_cast<std::size_t>(current->font.index);
            const text::FontFace* face = font < font_faces_.size() ? font_faces_[font] : nullptr;
            if (current->actual_text.empty() &&
                add_word_space(*current, face, at - current->x, ending_at))
                return;
            GlyphRun run;
            run.font = current->font;
            run.size = current->size;
            run.x = at;
            run.color = current->color;
            run.structure = current->structure;
            if (!add_word_space(run, face, 0, ending_at)) return;
            line.items.emplace_back(std::move(run));
            current = &std::get<GlyphRun>(line.items.back());
        };
        for (std::int32_t k : order) {
            const Unit& u = units[static_cast<std::size_t>(k)];
            if (u.run != nullptr) {
                const double size = words_.style(u.style).size;
                const std::string& color = u.link >= 0 ? spec.link_color : spec.color;
                const bool rtl_run = u.run->rtl;
                const int structure = structure_of(u.link);
                const page::FontRef font = font_ref(u.run->face);
                if (current == nullptr || rtl_run || !current->actual_text.empty() ||
                    current->font != font || current->size != size || current->color != color ||
                    current->structure != structure || current->hscale != u.hscale ||
                    (u.gaps > 0 && current->tracking != u.tracking)) {
                    GlyphRun run;
                    run.font = font;
                    run.size = size;
                    run.x = x;
                    run.color = color;
                    run.structure = structure;
                    run.tracking = u.tracking;
                    run.hscale = u.hscale;
                    if (rtl_run) run.actual_text = u.run->text;
                    run.glyphs.reserve(glyphs_left);
                    line.items.emplace_back(std::move(run));
                    current = &std::get<GlyphRun>(line.items.back());
                }
                glyphs_left -= u.run->glyphs.size();
                append_glyphs(*current, *u.run, x - current->x, size, u.tracking, u.textless,
                              u.hscale);
                if (compound && !rtl_run && static_cast<std::size_t>(k) + 1 == units.size())
                    carry = {lines.size(), line.items.size() - 1, true};
                if (u.link >= 0) {
                    if (area != nullptr && area_link == u.link) {
                        area->width = x + u.width - area->x;
                    } else {
                        LinkArea link{x, -ascent, u.width, ascent + descent,
                                      styled.links[static_cast<std::size_t>(u.link)]};
                        if (structure != spec.structure) link.structure = structure;
                        areas.push_back(std::move(link));
                        area = &areas.back();
                        area_link = u.link;
                    }
                } else {
                    area = nullptr;
                    area_link = -1;
                }
            } else if (!u.space) {
                area = nullptr;
                area_link = -1;
            } else if (u.word_space) {
                word_space(x, false);
            }
            if (u.strike && (u.run != nullptr || stroking)) {
                if (!stroking) {
                    const auto [top, height] = strikeout(*u.run->face, words_.style(u.style).size);
                    strokes.push_back(
                        {x, -top, 0, height, u.link >= 0 ? spec.link_color : spec.color});
                    stroking = true;
                }
                if (u.run != nullptr) strokes.back().width = x + u.width - strokes.back().x;
            } else {
                stroking = false;
            }
            x += u.width;
        }
        // A line broken at a word space ends with it: the words either side of the break stay
        // apart in the text (not after a hyphen, nor between CJK characters). It is drawn over
        // the line's logical end, inside the measure: its right end, or its left in RTL text.
        if (!last && !units.empty() && units.back().run != nullptr &&
            units.back().end < text.size()) {
            const char after = text[units.back().end];
            if (after == ' ' || after == '\t' || after == '\n' || after == '\r')
                word_space(spec.rtl ? std::max(line_left, 0.0) : std::min(x, spec.measure),
                           !spec.rtl);
        }
        for (FrameItem& item : line.items) {
            auto& glyphs = std::get<GlyphRun>(item).glyphs;
            if (glyphs.capacity() > glyphs.size()) glyphs.shrink_to_fit();
        }
        line.items.reserve(line.items.size() + areas.size() + strokes.size());
        for (Rule& r : strokes) line.items.emplace_back(std::move(r));
        for (LinkArea& a : areas) line.items.emplace_back(std::move(a));
        lines.push_back(std::move(line));
    }
    return lines;
}

}  // namespace galley::layout
