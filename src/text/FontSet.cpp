#include "text/FontSet.hpp"

#include <fontconfig/fontconfig.h>

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <unordered_map>

#include "base/Error.hpp"

namespace galley::text {

namespace fs = std::filesystem;

namespace {

/// Style slot: 0 regular, 1 italic, 2 bold, 3 bold italic.
int slot_of(bool bold, bool italic) {
    return (bold ? 2 : 0) | (italic ? 1 : 0);
}

std::string lower(std::string s) {
    for (char& ch : s)
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    return s;
}

/// One bundled family: its files per style slot (empty when the design lacks the style) and the
/// families tried next for characters it lacks.
struct BundledFamily {
    const char* name;
    std::array<const char*, 4> files;
    std::array<const char*, 3> fallbacks;
    bool sans;
};

// clang-format off
const BundledFamily kBundled[] = {
    {"Noto Serif", {"NotoSerif-Regular.ttf", "NotoSerif-Italic.ttf", "NotoSerif-Bold.ttf", "NotoSerif-BoldItalic.ttf"},
     {"Noto Naskh Arabic", "Noto Serif Hebrew", "Noto Serif Devanagari"}, false},
    {"Noto Sans", {"NotoSans-Regular.ttf", "NotoSans-Italic.ttf", "NotoSans-Bold.ttf", "NotoSans-BoldItalic.ttf"},
     {"Noto Sans Arabic", "Noto Sans Hebrew", "Noto Sans Devanagari"}, true},
    {"Noto Naskh Arabic", {"NotoNaskhArabic-Regular.ttf", nullptr, "NotoNaskhArabic-Bold.ttf", nullptr},
     {"Noto Serif", "Noto Serif Hebrew", "Noto Serif Devanagari"}, false},
    {"Noto Sans Arabic", {"NotoSansArabic-Regular.ttf", nullptr, "NotoSansArabic-Bold.ttf", nullptr},
     {"Noto Sans", "Noto Sans Hebrew", "Noto Sans Devanagari"}, true},
    {"Noto Serif Hebrew", {"NotoSerifHebrew-Regular.ttf", nullptr, "NotoSerifHebrew-Bold.ttf", nullptr},
     {"Noto Serif", "Noto Naskh Arabic", "Noto Serif Devanagari"}, false},
    {"Noto Sans Hebrew", {"NotoSansHebrew-Regular.ttf", nullptr, "NotoSansHebrew-Bold.ttf", nullptr},
     {"Noto Sans", "Noto Sans Arabic", "Noto Sans Devanagari"}, true},
    {"Noto Serif Devanagari", {"NotoSerifDevanagari-Regular.ttf", nullptr, "NotoSerifDevanagari-Bold.ttf", nullptr},
     {"Noto Serif", "Noto Naskh Arabic", "Noto Serif Hebrew"}, false},
    {"Noto Sans Devanagari", {"NotoSansDevanagari-Regular.ttf", nullptr, "NotoSansDevanagari-Bold.ttf", nullptr},
     {"Noto Sans", "Noto Sans Arabic", "Noto Sans Hebrew"}, true},
    {"Noto Sans Mono", {"NotoSansMono-Regular.ttf", nullptr, "NotoSansMono-Bold.ttf", nullptr},
     {"Noto Sans", "Noto Sans Arabic", "Noto Sans Hebrew"}, true},
};
// clang-format on

/// A BCP 47 tag as fontconfig's language names it ("zh-Hant" → "zh-tw", "ja-JP" → "ja").
std::string fontconfig_lang(const std::string& bcp47) {
    std::string tag = lower(bcp47);
    std::replace(tag.begin(), tag.end(), '_', '-');
    if (tag.empty()) return "en";
    std::string primary = tag.substr(0, tag.find('-'));
    if (primary != "zh") return primary;
    auto has = [&](const char* sub) { return tag.find(sub) != std::string::npos; };
    if (has("-hk") || has("-mo")) return "zh-hk";
    if (has("-hant") || has("-tw")) return "zh-tw";
    return "zh-cn";
}

/// Where a face comes from: a file and a face index.
struct FaceRef {
    fs::path path;
    unsigned index = 0;
};

/// Characters below this are cached in a flat table per chain (Latin, Greek, Cyrillic...).
constexpr char32_t kFlatLimit = 0x800;

}  // namespace

struct FontSet::Impl {
    /// A family: faces per style slot (unset when missing) and fallback family keys.
    struct Family {
        std::string name;
        std::array<std::optional<FaceRef>, 4> slots;
        std::vector<std::string> fallbacks;  // lowercase keys
        bool sans = false;
        bool system = false;  // resolved through fontconfig
    };
    /// The faces tried in order for one (family, style), with a per-character cache.
    struct Chain {
        std::vector<FaceRef> refs;           // the family's face, then its script fallbacks
        std::vector<const FontFace*> faces;  // refs loaded so far (lazily, in order)
        bool sans = false;
        bool bold = false, italic = false;
        std::vector<const FontFace*> flat;  // c < kFlatLimit; kUnknown when not looked up yet
        std::unordered_map<char32_t, const FontFace*> cache;
        std::unordered_map<std::string, std::unordered_map<char32_t, const FontFace*>> by_lang;
        std::map<std::string, std::vector<const FontFace*>> found;  // system faces per language
    };

    fs::path dir;
    std::map<std::string, Family> families;  // key: lowercase name
    std::map<std::pair<std::string, unsigned>, std::shared_ptr<const FontFace>> pool;
    std::map<std::pair<std::string, int>, std::unique_ptr<Chain>> chains;
    std::map<std::string, bool> system_checked;  // lowercase family → exists in fontconfig
    // Memo of the last chain asked for (face_for is called per character with the same style).
    std::string last_family;
    int last_slot = -1;
    Chain* last_chain = nullptr;

    static inline const FontFace* const kUnknown = reinterpret_cast<const FontFace*>(1);

    /// fontconfig's configuration, built once per process (a few ms) and shared: queries on
    /// one FcConfig are thread-safe.
    static FcConfig* config() {
        static const std::unique_ptr<FcConfig, void (*)(FcConfig*)> shared(
            FcInitLoadConfigAndFonts(), FcConfigDestroy);
        return shared.get();
    }

    const FontFace* load(const FaceRef& ref) {
        auto key = std::make_pair(ref.path.string(), ref.index);
        auto it = pool.find(key);
        if (it != pool.end()) return it->second.get();
        auto face = FontFace::load_shared(ref.path, ref.index);
        const FontFace* p = face.get();
        pool.emplace(std::move(key), std::move(face));
        return p;
    }

    static std::string resolve_alias(const std::string& family) {
        std::string key = lower(family);
        if (key == "serif") return "noto serif";
        if (key == "sans" || key == "sans-serif") return "noto sans";
        if (key == "mono") return "monospace";
        return key;
    }

    /// A system family through fontconfig (registered in `families`), or nullptr.
    Family* system_family(const std::string& key, const std::string& name) {
        auto checked = system_checked.find(key);
        if (checked != system_checked.end() && !checked->second) return nullptr;
        Family fam;
        fam.name = name;
        fam.system = true;
        bool any = false;
        for (int s = 0; s < 4; ++s) {
            FcPattern* pat = FcPatternCreate();
            FcPatternAddString(pat, FC_FAMILY, reinterpret_cast<const FcChar8*>(name.c_str()));
            FcPatternAddInteger(pat, FC_WEIGHT, (s & 2) ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR);
            FcPatternAddInteger(pat, FC_SLANT, (s & 1) ? FC_SLANT_ITALIC : FC_SLANT_ROMAN);
            FcConfigSubstitute(config(), pat, FcMatchPattern);
            FcDefaultSubstitute(pat);
            FcResult result;
            FcPattern* match = FcFontMatch(config(), pat, &result);
            FcPatternDestroy(pat);
            if (!match) continue;
            FcChar8* fam_name = nullptr;
            bool same = key == "monospace";  // a generic family: whatever fontconfig picks
            for (int n = 0; FcPatternGetString(match, FC_FAMILY, n, &fam_name) == FcResultMatch;
                 ++n)
                if (lower(reinterpret_cast<const char*>(fam_name)) == key) same = true;
            FcChar8* file = nullptr;
            int index = 0;
            int weight = 0, slant = 0;
            FcPatternGetInteger(match, FC_WEIGHT, 0, &weight);
            FcPatternGetInteger(match, FC_SLANT, 0, &slant);
            bool style_ok = (((s & 2) != 0) == (weight >= FC_WEIGHT_DEMIBOLD)) &&
                            (((s & 1) != 0) == (slant != FC_SLANT_ROMAN));
            if (same && style_ok && FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch) {
                FcPatternGetInteger(match, FC_INDEX, 0, &index);
                fam.slots[s] = FaceRef{reinterpret_cast<const char*>(file),
                                       static_cast<unsigned>(index & 0xFFFF)};
                any = true;
            }
            FcPatternDestroy(match);
        }
        system_checked[key] = any;
        if (!any) return nullptr;
        fam.sans = key.find("sans") != std::string::npos;
        fam.fallbacks = {fam.sans ? "noto sans" : "noto serif"};
        for (const char* f : kBundled[fam.sans ? 1 : 0].fallbacks)
            fam.fallbacks.push_back(lower(f));
        return &(families[key] = std::move(fam));
    }

    Family* find_family(const std::string& family) {
        std::string key = resolve_alias(family);
        auto it = families.find(key);
        if (it != families.end()) return &it->second;
        return system_family(key, family);
    }

    /// The face of `fam` for slot `s`, falling back to the nearest existing style.
    static std::optional<FaceRef> styled(const Family& fam, int s) {
        static constexpr int kOrder[4][4] = {
            {0, -1, -1, -1}, {1, 0, -1, -1}, {2, 0, -1, -1}, {3, 2, 1, 0}};
        for (int t : kOrder[s]) {
            if (t < 0) break;
            if (fam.slots[t]) return fam.slots[t];
        }
        for (const auto& ref : fam.slots)
            if (ref) return ref;
        return std::nullopt;
    }

    /// Face `i` of the chain, loaded on first use (script fallbacks cost nothing until needed).
    const FontFace* face_at(Chain& ch, std::size_t i) {
        while (ch.faces.size() <= i) ch.faces.push_back(load(ch.refs[ch.faces.size()]));
        return ch.faces[i];
    }

    Chain& chain(const std::string& family, bool bold, bool italic) {
        int s = slot_of(bold, italic);
        if (last_chain && last_slot == s && last_family == family) return *last_chain;
        std::string key = resolve_alias(family);
        auto it = chains.find({key, s});
        if (it == chains.end()) {
            Family* fam = find_family(family);
            if (!fam) fam = &families.at("noto serif");  // unknown family: the serif book face
            auto c = std::make_unique<Chain>();
            c->sans = fam->sans;
            c->bold = bold;
            c->italic = italic;
            auto add = [&c](const std::optional<FaceRef>& ref) {
                if (!ref) return;
                for (const auto& r : c->refs)
                    if (r.path == ref->path && r.index == ref->index) return;
                c->refs.push_back(*ref);
            };
            add(styled(*fam, s));
            for (const auto& fb : fam->fallbacks) {
                auto fit = families.find(fb);
                if (fit != families.end()) add(styled(fit->second, s));
            }
            if (c->refs.empty())
                throw Error(ErrorCode::Font, family, "font family has no usable face");
            face_at(*c, 0);  // the primary face, loaded now so that errors surface early
            c->flat.assign(kFlatLimit, kUnknown);
            it = chains.emplace(std::make_pair(key, s), std::move(c)).first;
        }
        last_family = family;
        last_slot = s;
        last_chain = it->second.get();
        return *last_chain;
    }

    /// A system face covering `c` found through fontconfig, or nullptr.
    const FontFace* system_face(char32_t c, const Chain& ch, const std::string& language) {
        FcPattern* pat = FcPatternCreate();
        FcPatternAddString(pat, FC_FAMILY,
                           reinterpret_cast<const FcChar8*>(ch.sans ? "sans-serif" : "serif"));
        FcPatternAddInteger(pat, FC_WEIGHT, ch.bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR);
        FcPatternAddInteger(pat, FC_SLANT, ch.italic ? FC_SLANT_ITALIC : FC_SLANT_ROMAN);
        FcCharSet* cs = FcCharSetCreate();
        FcCharSetAddChar(cs, c);
        FcPatternAddCharSet(pat, FC_CHARSET, cs);
        FcCharSetDestroy(cs);
        // A fixed language keeps the choice independent of the user's locale.
        std::string lang = fontconfig_lang(language);
        FcPatternAddString(pat, FC_LANG, reinterpret_cast<const FcChar8*>(lang.c_str()));
        FcConfigSubstitute(config(), pat, FcMatchPattern);
        FcDefaultSubstitute(pat);
        FcResult result;
        FcFontSet* set = FcFontSort(config(), pat, FcFalse, nullptr, &result);
        FcPatternDestroy(pat);
        const FontFace* found = nullptr;
        for (int i = 0; set && i < set->nfont && !found; ++i) {
            FcPattern* font = set->fonts[i];
            FcCharSet* fcs = nullptr;
            if (FcPatternGetCharSet(font, FC_CHARSET, 0, &fcs) != FcResultMatch ||
                !FcCharSetHasChar(fcs, c))
                continue;
            FcChar8* format = nullptr;
            if (FcPatternGetString(font, FC_FONTFORMAT, 0, &format) == FcResultMatch) {
                std::string f = reinterpret_cast<const char*>(format);
                if (f != "TrueType" && f != "CFF") continue;
            }
            FcChar8* file = nullptr;
            int index = 0;
            if (FcPatternGetString(font, FC_FILE, 0, &file) != FcResultMatch) continue;
            FcPatternGetInteger(font, FC_INDEX, 0, &index);
            try {
                const FontFace* face = load(FaceRef{reinterpret_cast<const char*>(file),
                                                    static_cast<unsigned>(index & 0xFFFF)});
                if (face->covers(c)) found = face;
            } catch (const Error&) {
                // An unusable system font: try the next one.
            }
        }
        if (set) FcFontSetDestroy(set);
        return found;
    }

    const FontFace* lookup(Chain& ch, char32_t c, const std::string& language) {
        for (std::size_t i = 0; i < ch.refs.size(); ++i)
            if (const FontFace* f = face_at(ch, i); f->covers(c)) return f;
        // System faces this chain already found for other characters (in order of discovery).
        auto& found = ch.found[language];
        for (const FontFace* f : found)
            if (f->covers(c)) return f;
        const FontFace* f = system_face(c, ch, language);
        if (f && std::find(found.begin(), found.end(), f) == found.end()) found.push_back(f);
        return f;
    }
};

FontSet::FontSet(std::filesystem::path fonts_dir) : impl_(std::make_unique<Impl>()) {
    impl_->dir = std::move(fonts_dir);
    for (const auto& b : kBundled) {
        Impl::Family fam;
        fam.name = b.name;
        fam.sans = b.sans;
        for (int s = 0; s < 4; ++s)
            if (b.files[s]) fam.slots[s] = FaceRef{impl_->dir / b.files[s], 0};
        for (const char* f : b.fallbacks) fam.fallbacks.push_back(lower(f));
        impl_->families.emplace(lower(b.name), std::move(fam));
    }
}

FontSet::~FontSet() = default;

void FontSet::add_file(const std::string& family, const std::filesystem::path& path) {
    const FontFace* face = impl_->load(FaceRef{path, 0});
    std::string key = Impl::resolve_alias(family);
    auto [it, fresh] = impl_->families.try_emplace(key);
    Impl::Family& fam = it->second;
    if (fresh) {
        fam.name = family;
        // The design class decides the fallbacks: sans when either name says so.
        fam.sans = (lower(family) + " " + lower(face->family())).find("sans") != std::string::npos;
        fam.fallbacks = {fam.sans ? "noto sans" : "noto serif"};
        for (const char* f : kBundled[fam.sans ? 1 : 0].fallbacks)
            fam.fallbacks.push_back(lower(f));
    }
    fam.system = false;
    fam.slots[slot_of(face->bold(), face->italic())] = FaceRef{path, 0};
    for (auto c = impl_->chains.begin(); c != impl_->chains.end();)
        c = c->first.first == key ? impl_->chains.erase(c) : std::next(c);
    impl_->last_chain = nullptr;
}

bool FontSet::has_family(const std::string& family) const {
    return impl_->find_family(family) != nullptr;
}

const FontFace* FontSet::face_for(char32_t c, const std::string& family, bool bold, bool italic,
                                  const std::string& language) {
    Impl::Chain& ch = impl_->chain(family, bold, italic);
    if (c < kFlatLimit) {
        const FontFace*& slot = ch.flat[c];
        if (slot == Impl::kUnknown) slot = impl_->lookup(ch, c, {});
        return slot;
    }
    auto it = ch.cache.find(c);
    if (it != ch.cache.end()) return it->second;
    // Han and kana missing from the bundled faces come from system faces whose choice depends
    // on the language (Japanese, Simplified or Traditional Chinese forms).
    bool lang_sensitive = c >= 0x2E80;
    for (std::size_t i = 0; lang_sensitive && i < ch.refs.size(); ++i)
        lang_sensitive = !impl_->face_at(ch, i)->covers(c);
    if (!lang_sensitive) {
        const FontFace* f = impl_->lookup(ch, c, {});
        ch.cache.emplace(c, f);
        return f;
    }
    auto& cache = ch.by_lang[language];
    auto hit = cache.find(c);
    if (hit != cache.end()) return hit->second;
    const FontFace* f = impl_->lookup(ch, c, language);
    cache.emplace(c, f);
    return f;
}

const FontFace& FontSet::primary(const std::string& family, bool bold, bool italic) {
    return *impl_->chain(family, bold, italic).faces.front();
}

}  // namespace galley::text
