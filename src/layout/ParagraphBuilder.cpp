#include "layout/ParagraphBuilder.hpp"

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <optional>

#include "base/Length.hpp"
#include "base/Utf8.hpp"
#include "layout/BalancedLines.hpp"
#include "layout/Protrusion.hpp"

namespace galley::layout {
namespace {

/// Penalty of breaking a link after '/', '.' and the like.
constexpr double kUrlPenalty = 100;
/// A paragraph's last word narrower than this (in ems) is kept with the word before it.
constexpr double kRuntWidth = 3;
/// Penalty of breaking between two characters of a word wider than the measure.
constexpr double kEmergencyPenalty = 1000;
/// Most lines in a row that end in a hyphen (a third one only when nothing else fits).
constexpr int kMaxHyphenRun = 2;
/// The tolerance a paragraph may be raised to rather than end three lines in a row in hyphens.
constexpr double kLadderTolerance = 1000;
// Most tolerance for a paragraph set a line longer or shorter to fill a page (build_loose):
// TeX's \tolerance. At 400 (before font expansion took part of the slack) short paragraphs set
// a line longer came out visibly letter- and word-spaced (Moby-Dick ch. 91: 2 loose lines of
// 186); at 200 two more pages of 309 end a line short in e2e_makeup (7, within its 3 %).
constexpr double kLooseTolerance = 200;
// A paragraph set a line longer or shorter (build_loose) whose last line is narrower than this
// share of the measure costs kRuntDemerits more.
constexpr double kMinLastLine = 0.15;
constexpr double kRuntDemerits = 1e6;
// Penalty of a hyphen that leaves a fragment narrower than kRuntWidth on a last line: chosen only
// where nothing else is feasible (TeX's demerits grow with its square).
constexpr double kRuntPenalty = 5000;
/// How much of its width a word space may shrink (TeX's fonts: a third) and, with font
/// expansion, a quarter.
constexpr double kSpaceShrink = 1.0 / 3;
constexpr double kExpandedSpaceShrink = 1.0 / 4;

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

char32_t char_before(const std::string& s, std::size_t end) {
    if (end == 0) return 0;
    std::int32_t i = static_cast<std::int32_t>(end);
    UChar32 c = 0;
    U8_PREV(reinterpret_cast<const uint8_t*>(s.data()), 0, i, c);
    return c < 0 ? 0 : static_cast<char32_t>(c);
}

char32_t char_at(const std::string& s, std::size_t at) {
    if (at >= s.size()) return 0;
    std::int32_t i = static_cast<std::int32_t>(at);
    UChar32 c = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<std::int32_t>(s.size()), c);
    return c < 0 ? 0 : static_cast<char32_t>(c);
}

bool is_cjk(char32_t c) {
    return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF) ||
           (c >= 0x20000 && c <= 0x3FFFF);
}

/// Characters no line may start with (JIS X 4051 / W3C JLREQ classes cl-01 closing brackets,
/// cl-02 hyphens, cl-03 dividing punctuation, cl-05 middle dots, cl-06 full stops, cl-07 commas,
/// cl-09 iteration marks, cl-10 prolonged sound mark, cl-11 small kana): strict kinsoku.
constexpr char32_t kLineStartProhibited[] = {
    // closing brackets and quotes
    0x0029, 0x005D, 0x007D, 0x00BB, 0x2019, 0x201D, 0x3009, 0x300B, 0x300D, 0x300F, 0x3011, 0x3015,
    0x3017, 0x3019, 0x301B, 0x301E, 0x301F, 0xFF09, 0xFF3D, 0xFF5D, 0xFF60, 0xFF63,
    // hyphens, dividing punctuation, middle dots, full stops and commas
    0x2010, 0x2013, 0x301C, 0x30A0, 0x0021, 0x003F, 0x203C, 0x2047, 0x2048, 0x2049, 0xFF01, 0xFF1F,
    0x30FB, 0xFF1A, 0xFF1B, 0x003A, 0x003B, 0x3001, 0x3002, 0xFF0C, 0xFF0E, 0x002C, 0x002E, 0xFF61,
    0xFF64, 0xFF65,
    // iteration marks and the prolonged sound mark
    0x3005, 0x303B, 0x309D, 0x309E, 0x30FD, 0x30FE, 0x30FC, 0xFF70,
    // small kana
    0x3041, 0x3043, 0x3045, 0x3047, 0x3049, 0x3063, 0x3083, 0x3085, 0x3087, 0x308E, 0x3095, 0x3096,
    0x30A1, 0x30A3, 0x30A5, 0x30A7, 0x30A9, 0x30C3, 0x30E3, 0x30E5, 0x30E7, 0x30EE, 0x30F5, 0x30F6};

/// Opening brackets and quotes: no line may end with one.
constexpr char32_t kLineEndProhibited[] = {0x0028, 0x005B, 0x007B, 0x00AB, 0x2018, 0x201C, 0x3008,
                                           0x300A, 0x300C, 0x300E, 0x3010, 0x3014, 0x3016, 0x3018,
                                           0x301A, 0x301D, 0xFF08, 0xFF3B, 0xFF5B, 0xFF5F, 0xFF62};

}  // namespace

bool expandable_text(std::string_view text) {
    std::int32_t i = 0;
    UChar32 c = 0;
    if (text.empty()) return true;
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i,
            static_cast<std::int32_t>(text.size()), c);
    return c < 0 || !is_cjk(static_cast<char32_t>(c));
}

bool is_line_start_prohibited(char32_t c) {
    return std::find(std::begin(kLineStartProhibited), std::end(kLineStartProhibited), c) !=
               std::end(kLineStartProhibited) ||
           (c >= 0x31F0 && c <= 0x31FF) || (c >= 0xFF67 && c <= 0xFF6F);
}

bool is_line_end_prohibited(char32_t c) {
    return std::find(std::begin(kLineEndProhibited), std::end(kLineEndProhibited), c) !=
           std::end(kLineEndProhibited);
}

namespace {

/// ICU's line-break locale for `language`: strict rules for Chinese, Japanese and Korean (ICU's
/// default, "normal", breaks before small kana and the prolonged sound mark).
std::string break_locale(const std::string& language) {
    const std::string primary = language.substr(0, language.find_first_of("-_"));
    if (primary == "ja" || primary == "zh" || primary == "ko") return primary + "@lb=strict";
    return language;
}

/// An en or em dash: a line may break after it.
bool is_dash(char32_t c) {
    return c == 0x2013 || c == 0x2014;
}

bool is_url_break_after(char c) {
    return c == '/' || c == '.' || c == '?' || c == '&' || c == '=' || c == '#' || c == '_';
}

/// A handle (@name), tag (#name), e-mail address or URL: never hyphenated, as a hyphen would
/// read as part of it (the hyphenator sees only the letters, without the @ or #).
bool is_address(std::string_view word) {
    return word.find_first_of("@#") != std::string_view::npos ||
           word.find("://") != std::string_view::npos ||
           word.find("www.") != std::string_view::npos;
}

/// The run of non-space characters around [start, end) (UAX #14 splits a URL after its
/// slashes), looked for up to 256 bytes either way.
std::string_view token_around(const std::string& text, std::size_t start, std::size_t end) {
    const std::size_t low = start > 256 ? start - 256 : 0;
    const std::size_t high = std::min(text.size(), end + 256);
    while (start > low && !is_space(text[start - 1])) --start;
    while (end < high && !is_space(text[end])) ++end;
    return std::string_view(text).substr(start, end - start);
}

/// The letters of a word between its leading and trailing punctuation, as a byte range.
std::pair<std::size_t, std::size_t> letter_core(std::string_view word) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(word.data());
    auto length = static_cast<std::int32_t>(word.size());
    std::size_t first = word.size(), last = 0;
    std::int32_t i = 0;
    while (i < length) {
        std::int32_t at = i;
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        if (c >= 0 && u_isalpha(c)) {
            first = std::min(first, static_cast<std::size_t>(at));
            last = static_cast<std::size_t>(i);
        }
    }
    if (first >= last) return {0, 0};
    return {first, last};
}

/// True when the words after item `from` hold one character besides line-start-prohibited
/// punctuation (a CJK paragraph's last line would be "る。").
bool cjk_tail_is_single(const PreparedParagraph& p, const std::string& text, std::size_t from) {
    int characters = 0;
    for (std::size_t i = from + 1; i < p.items.size(); ++i) {
        if (p.roles[i] != ItemRole::Word || p.index[i] < 0) continue;
        const Piece& piece = p.pieces[static_cast<std::size_t>(p.index[i])];
        for (std::size_t at = piece.start; at < piece.end;) {
            const char32_t c = char_at(text, at);
            at += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            if (!is_line_start_prohibited(c) &&
                !u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_GRAPHEME_EXTEND))
                ++characters;
            if (characters > 1) return false;
        }
    }
    return characters == 1;
}

}  // namespace

ParagraphSpec spec_for(const style::TextStyle& text_style, const std::string& language,
                       style::Align align, double measure) {
    ParagraphSpec spec;
    spec.font.family = text_style.family;
    spec.font.bold = text_style.bold;
    spec.font.italic = text_style.italic;
    spec.font.size = text_style.font_size.value;
    spec.font.language = language.empty() ? "en" : language;
    spec.leading = text_style.leading.value;
    spec.align = align;
    spec.measure = measure;
    spec.hyphenate = false;
    spec.rtl = doc::direction_of(language) == "rtl";
    spec.color = text_style.color;
    spec.link_color = text_style.color;
    return spec;
}

ParagraphBuilder::ParagraphBuilder(const text::FontCatalog& fonts, Diagnostics& diagnostics,
                                   std::string file)
    : fonts_(fonts),
      diagnostics_(diagnostics),
      file_(file),
      shaper_(std::make_unique<text::Shaper>(fonts, use_)),
      words_(*shaper_, std::move(file)) {
    settings_.max_hyphen_run = kMaxHyphenRun;
}

void ParagraphBuilder::report_missing() const {
    text::report_missing(use_, diagnostics_, "drawn as .notdef");
}

page::FontRef ParagraphBuilder::font_ref(const text::FontFace* face) {
    if (face == nullptr) return {};
    for (std::size_t i = 0; i < font_faces_.size(); ++i) {
        if (font_faces_[i] == face) return page::FontRef{static_cast<int>(i)};
    }
    page::FontRef ref = font_table_.add(font_entry(*face));
    if (static_cast<std::size_t>(ref.index) >= font_faces_.size())
        font_faces_.resize(ref.index + 1);
    font_faces_[static_cast<std::size_t>(ref.index)] = face;
    return ref;
}

ParagraphBuilder::~ParagraphBuilder() {
    for (auto& [language, breaker] : breakers_) ubrk_close(breaker);
    if (graphemes_ != nullptr) ubrk_close(graphemes_);
}

void ParagraphBuilder::add_grapheme_splits(std::string_view word,
                                           std::vector<std::pair<std::size_t, int>>& splits) {
    UErrorCode status = U_ZERO_ERROR;
    if (graphemes_ == nullptr) graphemes_ = ubrk_open(UBRK_CHARACTER, "", nullptr, 0, &status);
    UText* utext = utext_openUTF8(nullptr, word.data(), static_cast<int64_t>(word.size()), &status);
    if (graphemes_ != nullptr && U_SUCCESS(status)) {
        ubrk_setUText(graphemes_, utext, &status);
        for (std::int32_t at = ubrk_next(graphemes_); U_SUCCESS(status) && at != UBRK_DONE;
             at = ubrk_next(graphemes_)) {
            if (static_cast<std::size_t>(at) < word.size())
                splits.emplace_back(static_cast<std::size_t>(at), 2);
        }
    }
    utext_close(utext);
}

UBreakIterator* ParagraphBuilder::line_breaker(const std::string& language) {
    auto found = breakers_.find(language);
    if (found != breakers_.end()) return found->second;
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator* breaker =
        ubrk_open(UBRK_LINE, break_locale(language).c_str(), nullptr, 0, &status);
    if (U_FAILURE(status)) {
        status = U_ZERO_ERROR;
        breaker = ubrk_open(UBRK_LINE, "", nullptr, 0, &status);
    }
    breakers_[language] = breaker;
    return breaker;
}

void ParagraphBuilder::prepare(const StyledText& styled, const ParagraphSpec& spec,
                               PreparedParagraph& p) {
    p.clear();
    const std::string& text = styled.text;
    if (text.empty() || styled.spans.empty()) return;
    const bool justify = spec.align == style::Align::Justify;
    const double em = spec.font.size;
    const double gamma = 3 * em;  // ragged-right stretch at each break (TeX's trick)
    int ids[2][2][2] = {{{-1, -1}, {-1, -1}}, {{-1, -1}, {-1, -1}}};
    auto style_for = [&](const StyledSpan& span) {
        int& id = ids[span.code ? 1 : 0][span.bold ? 1 : 0][span.italic ? 1 : 0];
        if (id < 0) {
            id = words_.style_id(spec.font_for(span.bold, span.italic, span.code));
        }
        return id;
    };
    const bool hyphenating = spec.hyphenate && spec.hyphenation.enabled;
    const text::Hyphenator* hyphenator =
        hyphenating ? text::Hyphenator::for_language(spec.font.language) : nullptr;

    // The last interword break (the glue, or the ragged-right penalty) and whether it is one.
    std::size_t last_space_break = 0;
    bool space_break = false;
    auto last_is_box = [&] { return !p.items.empty() && p.items.back().type == Item::Type::Box; };
    // The last break of the paragraph when it lies between CJK characters (kNoBreak if not).
    constexpr std::size_t kNoBreak = static_cast<std::size_t>(-1);
    std::size_t cjk_break = kNoBreak;
    const double expansion = justify ? std::max(0.0, spec.expansion) : 0;
    // How far `c`, set in `style`, hangs into the margin at a line's start or end (0 unless the
    // paragraph is justified with protrusion).
    const bool protruding = justify && spec.protrusion;
    std::string glyph;
    auto protrude = [&](int style, char32_t c, bool start) {
        if (!protruding || c == 0) return 0.0;
        const ProtrusionFactors f = protrusion_factors(c);
        const double factor = start ? f.start : f.end;
        if (factor == 0) return 0.0;
        glyph.clear();
        append_utf8(glyph, c);
        return factor * words_.shape(style, glyph).width;
    };
    // The protrusion of the character before byte `end`, the last of the last piece added.
    auto protrude_before = [&](std::size_t end) {
        if (!protruding || p.pieces.empty() || p.roles.empty() || p.roles.back() != ItemRole::Word)
            return 0.0;
        return protrude(p.pieces.back().style, char_before(text, end), false);
    };
    auto add_space = [&](std::size_t position, bool breakable) {
        cjk_break = kNoBreak;
        const StyledSpan& span = styled.span_at(position);
        double w = words_.space_width(style_for(span));
        // With font expansion to take the first of a tight line's shrink, word spaces shrink to
        // 3/4 of their width, not TeX's 2/3, which reads as cramped (under 0.7 of the usual).
        const double z = w * (expansion > 0 ? kExpandedSpaceShrink : kSpaceShrink);
        int at = static_cast<int>(p.spaces.size());
        p.spaces.push_back({w, w / 2, z, position, span.link});
        if (!breakable) {
            p.add(Item::penalty_item(0, kInfinitePenalty));
            p.add(Item::glue(w, justify ? w / 2 : 0, justify ? z : 0), ItemRole::Space, at);
        } else if (justify) {
            last_space_break = p.items.size();
            space_break = true;
            Item glue = Item::glue(w, w / 2, z);
            glue.protrude_right = protrude_before(position);
            p.add(glue, ItemRole::Space, at);
        } else {
            p.add(Item::penalty_item(0, kInfinitePenalty));
            p.add(Item::glue(0, gamma, 0));
            last_space_break = p.items.size();
            space_break = true;
            p.add(Item::penalty_item(0, 0));
            p.add(Item::glue(w, -gamma, 0), ItemRole::Space, at);
        }
    };
    auto add_break = [&](double width, double penalty, bool flagged, bool hyphenation,
                         ItemRole role, double hang = 0) {
        cjk_break = kNoBreak;
        if (justify) {
            Item item = Item::penalty_item(width, penalty, flagged, hyphenation);
            item.protrude_right = hang;
            p.add(item, role);
        } else {
            p.add(Item::penalty_item(0, kInfinitePenalty));
            p.add(Item::glue(0, gamma, 0));
            p.add(Item::penalty_item(width, penalty, flagged, hyphenation), role);
            p.add(Item::glue(0, -gamma, 0));
        }
    };
    bool content_since_break = false;
    auto add_forced = [&] {
        if (!content_since_break) return;
        // No CJK paragraph ends in a line of one character (its closing punctuation aside).
        if (cjk_break != kNoBreak) {
            if (cjk_tail_is_single(p, text, cjk_break)) {
                if (p.items[cjk_break].type == Item::Type::Glue) {
                    p.items.insert(p.items.begin() + static_cast<long>(cjk_break),
                                   Item::penalty_item(0, kInfinitePenalty));
                    p.roles.insert(p.roles.begin() + static_cast<long>(cjk_break), ItemRole::Other);
                    p.index.insert(p.index.begin() + static_cast<long>(cjk_break), -1);
                } else {
                    p.items[cjk_break].penalty = kInfinitePenalty;
                }
            }
            cjk_break = kNoBreak;
        }
        // No runt: nor is the last word hyphenated where its last fragment would stand alone
        // on the paragraph's last line ("lit-|tle."), unless only that fills a page (the page
        // builder's longer settings; their runts cost kRuntDemerits more).
        double fragment = 0;
        for (std::size_t i = p.items.size(); i-- > 0 && fragment < kRuntWidth * em;) {
            const ItemRole role = p.roles[i];
            if (role == ItemRole::Space || role == ItemRole::Indent || role == ItemRole::Fill)
                break;
            if (p.items[i].type == Item::Type::Box) fragment += p.items[i].width;
            if (role == ItemRole::Hyphen || role == ItemRole::CompoundHyphen)
                p.items[i].penalty = kRuntPenalty;
        }
        // No runt: a short last word (under 3 em) stays with the word before it ("catch it.").
        if (space_break) {
            double tail = 0;
            for (std::size_t i = last_space_break + 1; i < p.items.size(); ++i) {
                if (p.items[i].type == Item::Type::Box) tail += p.items[i].width;
            }
            if (tail < kRuntWidth * em) {
                if (justify) {
                    p.items.insert(p.items.begin() + static_cast<long>(last_space_break),
                                   Item::penalty_item(0, kInfinitePenalty));
                    p.roles.insert(p.roles.begin() + static_cast<long>(last_space_break),
                                   ItemRole::Other);
                    p.index.insert(p.index.begin() + static_cast<long>(last_space_break), -1);
                } else {
                    p.items[last_space_break].penalty = kInfinitePenalty;
                }
            }
            space_break = false;
        }
        p.add(Item::penalty_item(0, kInfinitePenalty));
        p.add(Item::glue(0, kFilStretch, 0), ItemRole::Fill);
        p.add(Item::penalty_item(0, -kInfinitePenalty));
        content_since_break = false;
    };
    // Justified words stretch (and shrink a little) by letter spacing, each piece by its share
    // of the word's gaps.
    // With font expansion they also widen and narrow by up to spec.expansion of their width, as
    // pdfTeX counts the font stretch and shrink of a line's characters (\pdfadjustspacing=2).
    const double letter_stretch = justify ? spec.letter_stretch * em : 0;
    auto word_box = [&](const ShapedWord& shaped, double width, int style, std::string_view word,
                        std::size_t at) {
        int gaps = 0;
        for (int run_gaps : shaped.run_gaps) gaps += run_gaps;
        double y = 0, z = 0;
        if (letter_stretch > 0 && gaps > 0 && shaped.width > 0) {
            y = letter_stretch * gaps * width / shaped.width;
            z = y * kLetterShrinkShare;
        }
        if (expansion > 0 && expandable_text(word)) {
            y += expansion * width;
            z += expansion * width;
        }
        Item box = y > 0 || z > 0 ? Item::elastic_box(width, y, z) : Item::box(width);
        box.protrude_left = protrude(style, char_at(text, at), true);
        return box;
    };
    auto add_piece = [&](std::size_t start, std::size_t end, int style, int link, bool code) {
        std::string_view word(text.data() + start, end - start);
        const ShapedWord& shaped = words_.shape(style, word);
        // Split points inside the piece: (offset, kind) with kind 0 hyphen, 1 link, 2 emergency.
        std::vector<std::pair<std::size_t, int>>& splits = splits_;
        splits.clear();
        if (hyphenator != nullptr && link < 0 && !code &&
            word.size() >= static_cast<std::size_t>(spec.hyphenation.min_word) &&
            !is_address(token_around(text, start, end))) {
            if (!shaped.hyphens_known) {
                shaped.hyphens_known = true;
                auto [core_start, core_end] = letter_core(word);
                if (core_end > core_start) {
                    shaped.hyphens = hyphenator->points(
                        word.substr(core_start, core_end - core_start), spec.hyphenation.left_min,
                        spec.hyphenation.right_min, spec.hyphenation.min_word);
                    for (std::size_t& point : shaped.hyphens) point += core_start;
                }
            }
            for (std::size_t point : shaped.hyphens) splits.emplace_back(point, 0);
        }
        if (link >= 0) {
            // A URL breaks after its separators and before a hyphen (a hyphen ending a line
            // would read as a hyphenation).
            for (std::size_t i = 1; i < word.size(); ++i) {
                if ((word.size() > 12 && i + 1 < word.size() && is_url_break_after(word[i - 1]) &&
                     !is_url_break_after(word[i])) ||
                    (word[i] == '-' && word[i - 1] != '-')) {
                    splits.emplace_back(i, 1);
                }
            }
        }
        // A word wider than the measure may break between any two of its graphemes (TeX would
        // leave it overfull).
        if (shaped.width > spec.measure) add_grapheme_splits(word, splits);
        std::sort(splits.begin(), splits.end());
        // The widths before all split points, in one pass over the word's glyphs.
        offsets_.clear();
        for (const auto& split : splits) offsets_.push_back(split.first);
        words_.prefix_widths(style, shaped, offsets_, widths_);
        double hyphen_width = -1;
        std::size_t previous = 0;
        double previous_width = 0;
        for (std::size_t k = 0; k < splits.size(); ++k) {
            auto [offset, kind] = splits[k];
            if (offset <= previous || offset >= word.size()) continue;
            const double* width = std::isnan(widths_[k]) ? nullptr : &widths_[k];
            if (!width) continue;
            int at = static_cast<int>(p.pieces.size());
            p.pieces.push_back(
                {start + previous, start + offset, style, link, start, end, &shaped});
            p.add(word_box(shaped, *width - previous_width, style, word, start + previous),
                  ItemRole::Word, at);
            if (kind == 0) {
                if (hyphen_width < 0) hyphen_width = words_.hyphen_width(style);
                add_break(hyphen_width, settings_.hyphen_penalty, true, true, ItemRole::Hyphen,
                          protruding ? protrusion_factors(U'-').end * hyphen_width : 0);
            } else {
                add_break(0, kind == 1 ? kUrlPenalty : kEmergencyPenalty, false, false,
                          ItemRole::Other,
                          protrude(style, char_before(text, start + offset), false));
            }
            previous = offset;
            previous_width = *width;
        }
        int at = static_cast<int>(p.pieces.size());
        p.pieces.push_back({start + previous, end, style, link, start, end, &shaped});
        p.add(word_box(shaped, shaped.width - previous_width, style, word, start + previous),
              ItemRole::Word, at);
        content_since_break = true;
        p.has_boxes = true;
    };
    auto add_word = [&](std::size_t start, std::size_t end) {
        std::size_t position = start;
        while (position < end) {
            const StyledSpan& span = styled.span_at(position);
            std::size_t piece_end = std::min(end, span.end);
            if (piece_end <= position) piece_end = end;
            add_piece(position, piece_end, style_for(span), span.link, span.code);
            position = piece_end;
        }
    };

    if (spec.first_indent > 0) {
        p.indent = spec.first_indent;
        p.add(Item::box(spec.first_indent), ItemRole::Indent);
    }

    UBreakIterator* breaker = line_breaker(spec.font.language);
    UErrorCode status = U_ZERO_ERROR;
    UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    ubrk_setUText(breaker, utext, &status);
    std::int32_t previous = ubrk_first(breaker);
    for (std::int32_t boundary = ubrk_next(breaker); boundary != UBRK_DONE;
         previous = boundary, boundary = ubrk_next(breaker)) {
        auto start = static_cast<std::size_t>(previous);
        auto end = static_cast<std::size_t>(boundary);
        std::size_t trail = end;
        while (trail > start && is_space(text[trail - 1])) --trail;
        // A forced break inside the segment's trailing space (searched there only: searching
        // to the end of the text made long paragraphs quadratic).
        bool hard =
            std::string_view(text).substr(trail, end - trail).find('\n') != std::string_view::npos;
        // The segment's content: words, with non-breaking spaces inside (rare in UAX #14).
        std::size_t position = start;
        while (position < trail) {
            std::size_t word_start = position;
            while (word_start < trail && is_space(text[word_start])) ++word_start;
            if (word_start > position && last_is_box()) add_space(position, false);
            std::size_t word_end = word_start;
            while (word_end < trail && !is_space(text[word_end])) ++word_end;
            if (word_end > word_start) add_word(word_start, word_end);
            position = word_end;
        }
        if (hard) {
            add_forced();
            continue;
        }
        if (end >= text.size() || !last_is_box()) continue;
        char32_t after = char_at(text, end);
        if (trail < end) {
            // A dash binds to the word before it: no line starts with a spaced dash
            // ("word — word" breaks after the dash only).
            add_space(trail, !is_dash(after));
            continue;
        }
        char32_t before = char_before(text, end);
        const bool cjk = is_cjk(before) || is_cjk(after);
        if (cjk && (is_line_start_prohibited(after) || is_line_end_prohibited(before))) {
            // Strict kinsoku, whatever ICU's rules for the paragraph's language allowed: no
            // line starts with a closing bracket, stop, small kana or ー, none ends with an
            // opening bracket.
            continue;
        }
        if (is_dash(after) && !is_dash(before)) {
            // Nor with an unspaced one ("word—word"): UAX #14 allows a break before an em dash,
            // typesetting does not; the break after the dash stays.
            continue;
        } else if (before == '-' || before == 0x2010) {
            // A compound breaks after its hyphen (TeX's \exhyphenpenalty); the line setter
            // gives that hyphen the rest of the compound as text (carry_compound). Not in text
            // set without hyphenation (titles, headings), where "The|Quarter-Deck" reads
            // better, nor in links, whose URLs break at their own places.
            // Its hyphen does not hang: it carries the rest of the compound as its text, so a
            // reader of the PDF would see a line ending in a letter pass the margin.
            if (hyphenating && styled.span_at(end - 1).link < 0) {
                add_break(0, settings_.ex_hyphen_penalty, true, false, ItemRole::CompoundHyphen);
            }
        } else if (is_dash(before)) {
            add_break(0, settings_.ex_hyphen_penalty, true, false, ItemRole::Other,
                      protrude_before(end));
        } else if (justify && cjk) {
            int at = static_cast<int>(p.spaces.size());
            p.spaces.push_back({0, 0.1 * em, 0.02 * em, end, -1});
            cjk_break = p.items.size();
            p.add(Item::glue(0, 0.1 * em, 0.02 * em), ItemRole::Space, at);
        } else if (cjk) {
            add_break(0, 0, false, false, ItemRole::Other);
            cjk_break = p.items.size() - 2;  // the penalty between the ragged-right glues
        } else {
            add_break(0, 0, false, false, ItemRole::Other, protrude_before(end));
        }
    }
    utext_close(utext);
    if (!p.has_boxes) return;
    add_forced();
}

FontStyle ParagraphSpec::font_for(bool bold, bool italic, bool code) const {
    FontStyle style = font;
    style.bold = bold;
    style.italic = italic;
    if (code) {
        style.family = code_family;
        style.size = font.size * code_scale;
    }
    return style;
}

std::vector<SetLine> ParagraphBuilder::build(const StyledText& text, const ParagraphSpec& spec) {
    PreparedParagraph& prepared = prepared_;
    prepare(text, spec, prepared);
    if (!prepared.has_boxes) return {};
    // TeX's passes first. When they find no feasible breaks, the tolerance is raised step by
    // step before any emergency stretch is used: the breaker then still minimises the lines'
    // real badness, so the loosest line of the paragraph stays as tight as it can be. Emergency
    // stretch (up to the whole measure) comes last, turning an overfull line into a loose one.
    BreakSettings settings = settings_;
    const double em = spec.font.size;
    struct Attempt {
        double tolerance, emergency;
    };
    const Attempt attempts[] = {{settings.tolerance, 0}, {400, 0}, {1000, 0}, {3000, 0}, {3000, em},
                                {3000, spec.measure}};
    BreakResult result;
    std::optional<BreakResult> ladder;  // a result with three hyphenated lines in a row
    for (const Attempt& attempt : attempts) {
        settings.tolerance = std::max(settings.tolerance, attempt.tolerance);
        settings.emergency_stretch = attempt.emergency;
        result = breaker_.break_lines(prepared.items, {spec.measure}, settings);
        settings.pretolerance = -1;  // the first pass cannot succeed where it failed before
        const bool done =
            (result.pass < 3 && !result.overfull) || (attempt.emergency > 0 && !result.overfull);
        if (done && result.hyphen_run > kMaxHyphenRun) {
            // Three hyphenated lines in a row: more tolerance, up to a point, to avoid them.
            if (!ladder) ladder = result;
            if (settings.tolerance < kLadderTolerance) continue;
            result = *ladder;
            break;
        }
        if (done) break;
        if (ladder) {  // more tolerance did not help: the ladder it is
            result = *ladder;
            break;
        }
    }
    last_demerits_ = result.total_demerits;
    // A display title or heading of two lines or more: the same number of lines, balanced.
    if (spec.balance && spec.align != style::Align::Justify && result.breaks.size() >= 2 &&
        !result.overfull) {
        if (std::optional<BreakResult> balanced = balanced_breaks(
                prepared, text.text, spec.font.language, spec.measure, result.breaks.size()))
            result = std::move(*balanced);
    }
    return finalize(text, spec, prepared, result);
}

std::vector<SetLine> ParagraphBuilder::build_loose(const StyledText& text,
                                                   const ParagraphSpec& spec, std::size_t lines,
                                                   int looseness) {
    if (looseness == 0 || static_cast<long>(lines) + looseness < 1) return {};
    PreparedParagraph& prepared = prepared_;
    prepare(text, spec, prepared);
    const std::optional<BreakResult> result = break_loose(prepared, spec, lines, {looseness})[0];
    if (!result) return {};
    last_demerits_ = result->total_demerits;
    return finalize(text, spec, prepared, *result);
}

void ParagraphBuilder::prepare_paragraph(const StyledText& text, const ParagraphSpec& spec,
                                         PreparedParagraph& prepared) {
    prepare(text, spec, prepared);
}

std::vector<std::optional<BreakResult>> ParagraphBuilder::break_loose(
    const PreparedParagraph& prepared, const ParagraphSpec& spec, std::size_t lines,
    const std::vector<int>& loosenesses) {
    std::vector<std::optional<BreakResult>> out(loosenesses.size());
    std::vector<int> tried;
    for (const int looseness : loosenesses)
        if (looseness != 0 && static_cast<long>(lines) + looseness >= 1) tried.push_back(looseness);
    if (tried.empty() || !prepared.has_boxes) return out;
    // The tolerance of an ordinary paragraph, then a little more (kLooseTolerance): a page may
    // come out a line short rather than show a loose or cramped paragraph.
    BreakSettings settings = settings_;
    settings.pretolerance = -1;
    // One pass: within the larger tolerance the fewest demerits still prefer the lines within
    // the smaller one.
    settings.tolerance = std::max(settings_.tolerance, kLooseTolerance);
    std::vector<BreakResult> results =
        breaker_.break_lines(prepared.items, {spec.measure}, settings, tried);
    for (std::size_t k = 0, t = 0; k < loosenesses.size(); ++k) {
        const int looseness = loosenesses[k];
        if (t >= tried.size() || tried[t] != looseness) continue;
        BreakResult& result = results[t++];
        const auto wanted = static_cast<long>(lines) + looseness;
        if (result.pass >= 3 || result.overfull || result.hyphen_run > kMaxHyphenRun ||
            static_cast<long>(result.breaks.size()) != wanted)
            continue;
        // A line more often means a last line of one short word (a runt), a line fewer one
        // of a word's last fragment: chosen only when nothing else fills the page. The last
        // line's natural width, as the line setter sets it.
        {
            const auto& items = prepared.items;
            const std::size_t count = result.breaks.size();
            std::size_t begin = count > 1 ? result.breaks[count - 2].position + 1 : 0;
            const std::size_t end = std::min(result.breaks.back().position, items.size());
            while (begin < end && items[begin].type != Item::Type::Box) ++begin;
            double width = 0;
            for (std::size_t i = begin; i < end; ++i)
                if (prepared.roles[i] == ItemRole::Word || prepared.roles[i] == ItemRole::Space ||
                    prepared.roles[i] == ItemRole::Indent)
                    width += items[i].width;
            if (width < kMinLastLine * spec.measure) result.total_demerits += kRuntDemerits;
        }
        out[k] = std::move(result);
    }
    return out;
}

std::vector<SetLine> ParagraphBuilder::set_lines(const StyledText& text, const ParagraphSpec& spec,
                                                 const PreparedParagraph& prepared,
                                                 const BreakResult& result) {
    return finalize(text, spec, prepared, result);
}

std::vector<SetLine> ParagraphBuilder::sketch_lines(const ParagraphSpec& spec,
                                                    const PreparedParagraph& prepared,
                                                    const BreakResult& result) {
    // As finalize() measures them.
    std::vector<SetLine> lines(result.breaks.size());
    for (std::size_t k = 0; k < lines.size(); ++k) {
        SetLine& line = lines[k];
        const std::size_t end = result.breaks[k].position;
        line.ascent = spec.font.size * 0.8;
        line.descent = spec.font.size * 0.25;
        line.leading = spec.leading;
        line.info.measure = spec.measure;
        line.hyphenated =
            end < prepared.items.size() && (prepared.roles[end] == ItemRole::Hyphen ||
                                            prepared.roles[end] == ItemRole::CompoundHyphen);
    }
    return lines;
}

}  // namespace galley::layout
