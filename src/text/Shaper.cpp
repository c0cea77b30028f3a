#include "text/Shaper.hpp"

#include <hb.h>
#include <unicode/ubidi.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <map>
#include <tuple>
#include <unordered_map>

namespace galley::text {

std::int64_t ShapedRun::advance() const {
    std::int64_t sum = 0;
    for (const auto& g : glyphs) sum += g.x_advance;
    return sum;
}

namespace {

/// One decoded character: code point, byte offset in the text, and its itemisation.
struct Char {
    char32_t c;
    std::uint32_t offset;
    UScriptCode script;      // resolved: Common and Inherited take their neighbours' script
    UScriptCode raw_script;  // the character's own script
    std::uint8_t level;
    const FontFace* face;
    bool attached;  // took the face of the character before it
};

/// True for characters that may switch the text to right-to-left (strong RTL or bidi controls).
bool may_need_bidi(char32_t c) {
    return (c >= 0x0590 && c <= 0x08FF) || (c >= 0xFB1D && c <= 0xFDFF) ||
           (c >= 0xFE70 && c <= 0xFEFF) || (c >= 0x10800 && c <= 0x10FFF) ||
           (c >= 0x1E800 && c <= 0x1EFFF) || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

/// Characters that need no glyph of their own (controls, joiners, variation selectors...).
bool needs_no_glyph(char32_t c) {
    if (c >= 0x20 && c < 0x7F) return false;  // printable ASCII: the common case
    return u_charType(static_cast<UChar32>(c)) == U_CONTROL_CHAR ||
           u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
}

/// The character's Unicode script (Common when ICU cannot tell).
UScriptCode script_of(char32_t c) {
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ? USCRIPT_LATIN : USCRIPT_COMMON;
    UErrorCode err = U_ZERO_ERROR;
    UScriptCode s = uscript_getScript(static_cast<UChar32>(c), &err);
    return U_FAILURE(err) ? USCRIPT_COMMON : s;
}

/// Characters below this are looked up in a flat table per role (Latin, Greek, Cyrillic...).
constexpr char32_t kFlatLimit = 0x800;

/// What this output asked the catalog for one (family, style, language), remembered: the
/// answers are a pure function of the question, so remembering them changes nothing.
struct RoleMemo {
    const FaceRole* role = nullptr;
    std::string language;
    std::vector<const FontFace*> flat;  // c < kFlatLimit; kUnknown when not asked yet
    std::unordered_map<char32_t, const FontFace*> other;
};

const FontFace* const kUnknown = reinterpret_cast<const FontFace*>(1);

}  // namespace

struct Shaper::Impl {
    /// A cached result: the runs and the characters no font covered.
    struct Shaped {
        std::vector<ShapedRun> runs;
        std::vector<char32_t> missing;
    };
    const FontCatalog& fonts;
    GlyphUse& use;
    hb_buffer_t* buffer = hb_buffer_create();
    std::unordered_map<std::string, Shaped> cache;
    std::map<std::tuple<std::string, bool, bool, std::string>, std::unique_ptr<RoleMemo>> memos;
    RoleMemo* last = nullptr;               // the memo of the last request
    ShapeRequest last_request;              // ... and that request
    std::vector<char32_t> missing;          // reused per call
    std::string key;                        // reused cache key
    std::vector<Char> chars;                // reused per call
    std::vector<std::uint32_t> codepoints;  // what HarfBuzz shapes (controls hidden)
    std::vector<UChar> utf16;               // reused for bidi
    std::vector<std::int32_t> u16pos;       // char index → UTF-16 index
    std::array<hb_script_t, USCRIPT_CODE_LIMIT> hb_scripts{};
    std::unordered_map<std::string, hb_language_t> languages;
    UBiDi* bidi = ubidi_open();

    Impl(const FontCatalog& f, GlyphUse& u) : fonts(f), use(u) {}
    ~Impl() {
        hb_buffer_destroy(buffer);
        ubidi_close(bidi);
    }

    hb_script_t hb_script(UScriptCode s) {
        if (s < 0 || s >= USCRIPT_CODE_LIMIT) return HB_SCRIPT_COMMON;
        hb_script_t& slot = hb_scripts[static_cast<std::size_t>(s)];
        if (slot == 0) {
            const char* name = uscript_getShortName(s);
            slot = name ? hb_script_from_string(name, -1) : HB_SCRIPT_COMMON;
            if (slot == 0) slot = HB_SCRIPT_UNKNOWN;
        }
        return slot;
    }

    hb_language_t language(const std::string& tag) {
        auto it = languages.find(tag);
        if (it != languages.end()) return it->second;
        hb_language_t l = hb_language_from_string(tag.c_str(), -1);
        languages.emplace(tag, l);
        return l;
    }

    void decode(std::string_view text) {
        chars.clear();
        codepoints.clear();
        const auto* s = reinterpret_cast<const std::uint8_t*>(text.data());
        auto n = static_cast<std::int32_t>(text.size());
        for (std::int32_t i = 0; i < n;) {
            auto start = static_cast<std::uint32_t>(i);
            UChar32 c;
            U8_NEXT(s, i, n, c);
            if (c < 0) c = 0xFFFD;
            chars.push_back({static_cast<char32_t>(c), start, USCRIPT_COMMON, USCRIPT_COMMON, 0,
                             nullptr, false});
            // Control characters have no glyph: shape them as an invisible zero-width space.
            codepoints.push_back(u_charType(c) == U_CONTROL_CHAR ? 0x200B
                                                                 : static_cast<std::uint32_t>(c));
        }
    }

    void bidi_levels() {
        bool need = false;
        for (const Char& ch : chars)
            if (may_need_bidi(ch.c)) {
                need = true;
                break;
            }
        if (!need) return;
        utf16.clear();
        u16pos.clear();
        for (const Char& ch : chars) {
            u16pos.push_back(static_cast<std::int32_t>(utf16.size()));
            if (ch.c > 0xFFFF) {
                utf16.push_back(U16_LEAD(ch.c));
                utf16.push_back(U16_TRAIL(ch.c));
            } else {
                utf16.push_back(static_cast<UChar>(ch.c));
            }
        }
        UErrorCode err = U_ZERO_ERROR;
        ubidi_setPara(bidi, utf16.data(), static_cast<std::int32_t>(utf16.size()),
                      UBIDI_DEFAULT_LTR, nullptr, &err);
        if (U_FAILURE(err)) return;
        const UBiDiLevel* levels = ubidi_getLevels(bidi, &err);
        if (U_FAILURE(err) || !levels) return;
        for (std::size_t i = 0; i < chars.size(); ++i) chars[i].level = levels[u16pos[i]];
    }

    void scripts() {
        // Common and Inherited characters take the script of the text before them in the same
        // bidi level, else the script after them.
        UScriptCode last = USCRIPT_COMMON;
        std::size_t pending = 0;  // first Common character waiting for a real script
        for (std::size_t i = 0; i < chars.size(); ++i) {
            if (i > 0 && chars[i].level != chars[i - 1].level) {
                for (; pending < i; ++pending) chars[pending].script = last;
                last = USCRIPT_COMMON;
            }
            UScriptCode s = chars[i].raw_script = script_of(chars[i].c);
            if (s == USCRIPT_COMMON || s == USCRIPT_INHERITED || s == USCRIPT_UNKNOWN) {
                chars[i].script = last;
                if (last != USCRIPT_COMMON) pending = i + 1;
                continue;
            }
            for (; pending < i; ++pending) chars[pending].script = s;
            chars[i].script = last = s;
            pending = i + 1;
        }
        for (; pending < chars.size(); ++pending) chars[pending].script = last;
    }

    RoleMemo& memo_for(const ShapeRequest& req) {
        if (last && last_request.bold == req.bold && last_request.italic == req.italic &&
            last_request.family == req.family && last_request.language == req.language)
            return *last;
        auto key = std::make_tuple(req.family, req.bold, req.italic, req.language);
        auto it = memos.find(key);
        if (it == memos.end()) {
            auto memo = std::make_unique<RoleMemo>();
            memo->role = &fonts.role(req.family, req.bold, req.italic);
            memo->language = req.language;
            memo->flat.assign(kFlatLimit, kUnknown);
            it = memos.emplace(std::move(key), std::move(memo)).first;
        }
        last_request = req;
        last = it->second.get();
        return *last;
    }

    const FontFace* face_for(char32_t c, RoleMemo& memo) {
        if (c < kFlatLimit) {
            const FontFace*& slot = memo.flat[c];
            if (slot == kUnknown) slot = fonts.face_for(c, *memo.role, memo.language);
            return slot;
        }
        auto it = memo.other.find(c);
        if (it != memo.other.end()) return it->second;
        const FontFace* f = fonts.face_for(c, *memo.role, memo.language);
        memo.other.emplace(c, f);
        return f;
    }

    void faces(const ShapeRequest& req) {
        RoleMemo& memo = memo_for(req);
        const FontFace* primary = &memo.role->primary();
        const FontFace* prev = nullptr;
        std::uint8_t prev_level = 0;
        for (Char& ch : chars) {
            if (ch.level != prev_level) prev = nullptr;  // a new direction starts a new run
            prev_level = ch.level;
            const FontFace* f = nullptr;
            UScriptCode script = ch.raw_script;
            bool weak = script == USCRIPT_COMMON || script == USCRIPT_INHERITED;
            ch.attached = false;
            if (needs_no_glyph(ch.c)) {
                // Controls and joiners are hidden: never worth a font search (fontconfig).
                f = prev ? prev : primary;
                ch.attached = prev != nullptr;
            } else if (prev && weak && prev->covers(ch.c)) {
                f = prev;  // spaces, punctuation and marks stay with the run they are in
                ch.attached = true;
            } else {
                f = face_for(ch.c, memo);
                if (!f) {
                    if (std::find(missing.begin(), missing.end(), ch.c) == missing.end())
                        missing.push_back(ch.c);
                    f = primary;
                }
            }
            ch.face = prev = f;
        }
        // Punctuation opening a run ("«", "(") joins the text after it when that face has it.
        for (std::size_t i = chars.size() - 1; i-- > 0;) {
            Char& ch = chars[i];
            const Char& next = chars[i + 1];
            if (ch.attached || ch.face == next.face || ch.level != next.level) continue;
            if (ch.raw_script != USCRIPT_COMMON && ch.raw_script != USCRIPT_INHERITED) continue;
            if (next.face->covers(ch.c)) ch.face = next.face;
        }
    }

    void shape_run(std::string_view text, std::size_t from, std::size_t to, const ShapeRequest& req,
                   std::vector<ShapedRun>& out) {
        const Char& first = chars[from];
        std::uint32_t start = first.offset;
        std::uint32_t end =
            to < chars.size() ? chars[to].offset : static_cast<std::uint32_t>(text.size());
        ShapedRun run;
        run.face = first.face;
        run.text.assign(text.substr(start, end - start));
        run.rtl = (first.level & 1) != 0;
        run.level = first.level;
        hb_buffer_clear_contents(buffer);
        hb_buffer_add_codepoints(buffer, codepoints.data(), static_cast<int>(codepoints.size()),
                                 static_cast<unsigned>(from), static_cast<int>(to - from));
        unsigned flags = HB_BUFFER_FLAG_REMOVE_DEFAULT_IGNORABLES;
        if (from == 0) flags |= HB_BUFFER_FLAG_BOT;
        if (to == chars.size()) flags |= HB_BUFFER_FLAG_EOT;
        hb_buffer_set_flags(buffer, static_cast<hb_buffer_flags_t>(flags));
        hb_buffer_set_direction(buffer, run.rtl ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
        hb_buffer_set_script(buffer, hb_script(first.script));
        hb_buffer_set_language(buffer, language(req.language));
        hb_buffer_set_cluster_level(buffer, HB_BUFFER_CLUSTER_LEVEL_MONOTONE_GRAPHEMES);
        static const hb_feature_t kFeatures[] = {
            {HB_TAG('k', 'e', 'r', 'n'), 1, HB_FEATURE_GLOBAL_START, HB_FEATURE_GLOBAL_END},
            {HB_TAG('l', 'i', 'g', 'a'), 1, HB_FEATURE_GLOBAL_START, HB_FEATURE_GLOBAL_END},
        };
        hb_shape(run.face->hb_font(), buffer, kFeatures, 2);
        unsigned n = 0;
        const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buffer, &n);
        const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buffer, &n);
        run.glyphs.resize(n);
        for (unsigned i = 0; i < n; ++i)
            run.glyphs[i] = {info[i].codepoint, pos[i].x_advance, pos[i].x_offset, pos[i].y_offset,
                             chars[info[i].cluster].offset - start};
        out.push_back(std::move(run));
    }
};

Shaper::Shaper(const FontCatalog& fonts, GlyphUse& use)
    : impl_(std::make_unique<Impl>(fonts, use)) {}
Shaper::~Shaper() = default;

const std::vector<ShapedRun>& Shaper::shape(std::string_view text, const ShapeRequest& request,
                                            const std::string& file) {
    Impl& m = *impl_;
    m.key.assign(text);
    m.key += '\0';
    m.key += request.family;
    m.key += '\0';
    m.key += static_cast<char>('0' + (request.bold ? 2 : 0) + (request.italic ? 1 : 0));
    m.key += request.language;
    auto it = m.cache.find(m.key);
    if (it != m.cache.end()) {
        for (char32_t c : it->second.missing) m.use.add_missing(c, file);
        return it->second.runs;
    }

    std::vector<ShapedRun> runs;
    m.missing.clear();
    m.decode(text);
    if (!m.chars.empty()) {
        m.bidi_levels();
        m.scripts();
        m.faces(request);
        std::size_t from = 0;
        for (std::size_t i = 1; i <= m.chars.size(); ++i) {
            if (i < m.chars.size() && m.chars[i].level == m.chars[from].level &&
                m.chars[i].script == m.chars[from].script && m.chars[i].face == m.chars[from].face)
                continue;
            m.shape_run(text, from, i, request, runs);
            from = i;
        }
    }
    for (char32_t c : m.missing) m.use.add_missing(c, file);
    return m.cache.emplace(m.key, Impl::Shaped{std::move(runs), m.missing}).first->second.runs;
}

}  // namespace galley::text
