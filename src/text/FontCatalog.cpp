#include "text/FontCatalog.hpp"

#include <fontconfig/fontconfig.h>

#include <algorithm>
#include <array>
#include <map>
#include <mutex>
#include <optional>
#include <tuple>
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

/// A family: faces per style slot (unset when missing) and fallback family keys.
struct Family {
    std::string name;
    std::array<std::optional<FaceRef>, 4> slots;
    std::vector<std::string> fallbacks;  // lowercase keys
    bool sans = false;
};

/// The fallbacks of a family that is not bundled: the bundled family of its design class, then
/// that family's script fallbacks.
std::vector<std::string> class_fallbacks(bool sans) {
    std::vector<std::string> out = {sans ? "noto sans" : "noto serif"};
    for (const char* f : kBundled[sans ? 1 : 0].fallbacks) out.push_back(lower(f));
    return out;
}

std::string resolve_alias(const std::string& family) {
    std::string key = lower(family);
    if (key == "serif") return "noto serif";
    if (key == "sans" || key == "sans-serif") return "noto sans";
    if (key == "mono") return "monospace";
    return key;
}

/// The face of `fam` for slot `s`, falling back to the nearest existing style.
std::optional<FaceRef> styled(const Family& fam, int s) {
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

/// fontconfig's configuration, built once per process (a few ms) and shared.
FcConfig* config() {
    static const std::unique_ptr<FcConfig, void (*)(FcConfig*)> shared(FcInitLoadConfigAndFonts(),
                                                                       FcConfigDestroy);
    return shared.get();
}

/// One system font fontconfig offers as a fallback: where it is and what it covers.
struct Candidate {
    FaceRef ref;
    FcCharSet* charset = nullptr;  // a reference of our own (FcCharSetCopy)
};

/// What the system fallback of a character depends on besides the character itself.
using FallbackKey = std::tuple<bool, bool, bool, std::string>;  // sans, bold, italic, fc lang

}  // namespace

struct FontCatalog::Impl {
    fs::path dir;
    std::map<std::string, Family> families;  // bundled and user families, fixed after building

    // Everything below is a memo of a pure function of its key, filled under `mutex`.
    mutable std::mutex mutex;
    mutable std::map<std::string, std::optional<Family>> system_families;  // key → fontconfig
    mutable std::map<std::pair<std::string, unsigned>, std::shared_ptr<const FontFace>> pool;
    mutable std::map<std::pair<std::string, int>, std::unique_ptr<FaceRole>> roles;
    mutable std::map<FallbackKey, std::vector<Candidate>> candidates;
    mutable std::map<FallbackKey, std::unordered_map<char32_t, const FontFace*>> fallbacks;

    ~Impl() {
        for (auto& [key, list] : candidates)
            for (Candidate& c : list) FcCharSetDestroy(c.charset);
    }

    const FontFace* load(const FaceRef& ref) const {
        auto key = std::make_pair(ref.path.string(), ref.index);
        auto it = pool.find(key);
        if (it != pool.end()) return it->second.get();
        auto face = FontFace::load_shared(ref.path, ref.index);
        const FontFace* p = face.get();
        pool.emplace(std::move(key), std::move(face));
        return p;
    }

    /// A system family through fontconfig, or nullopt (asked once per family).
    const std::optional<Family>& system_family(const std::string& key,
                                               const std::string& name) const {
        auto checked = system_families.find(key);
        if (checked != system_families.end()) return checked->second;
        Family fam;
        fam.name = name;
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
        std::optional<Family> found;
        if (any) {
            fam.sans = key.find("sans") != std::string::npos;
            fam.fallbacks = class_fallbacks(fam.sans);
            found = std::move(fam);
        }
        return system_families.emplace(key, std::move(found)).first->second;
    }

    const Family* find_family(const std::string& family) const {
        std::string key = resolve_alias(family);
        auto it = families.find(key);
        if (it != families.end()) return &it->second;
        const std::optional<Family>& sys = system_family(key, family);
        return sys ? &*sys : nullptr;
    }

    const FaceRole& role(const std::string& family, bool bold, bool italic) const {
        int s = slot_of(bold, italic);
        std::string key = resolve_alias(family);
        auto it = roles.find({key, s});
        if (it != roles.end()) return *it->second;
        const Family* fam = find_family(family);
        if (!fam) fam = &families.at("noto serif");  // unknown family: the serif book face
        auto r = std::make_unique<FaceRole>();
        r->sans = fam->sans;
        r->bold = bold;
        r->italic = italic;
        std::vector<FaceRef> refs;
        auto add = [&refs](const std::optional<FaceRef>& ref) {
            if (!ref) return;
            for (const auto& known : refs)
                if (known.path == ref->path && known.index == ref->index) return;
            refs.push_back(*ref);
        };
        add(styled(*fam, s));
        for (const auto& fb : fam->fallbacks) {
            auto fit = families.find(fb);
            if (fit != families.end()) add(styled(fit->second, s));
        }
        if (refs.empty()) throw Error(ErrorCode::Font, family, "font family has no usable face");
        r->faces.push_back(load(refs.front()));  // the primary face: its errors surface
        for (std::size_t i = 1; i < refs.size(); ++i) {
            try {
                r->faces.push_back(load(refs[i]));
            } catch (const Error&) {
                // A script fallback missing from fonts/: its characters are reported as missing.
            }
        }
        return *roles.emplace(std::make_pair(key, s), std::move(r)).first->second;
    }

    /// The system fonts fontconfig offers for `key`, best first (one sort per key).
    const std::vector<Candidate>& candidates_for(const FallbackKey& key) const {
        auto it = candidates.find(key);
        if (it != candidates.end()) return it->second;
        const auto& [sans, bold, italic, lang] = key;
        FcPattern* pat = FcPatternCreate();
        FcPatternAddString(pat, FC_FAMILY,
                           reinterpret_cast<const FcChar8*>(sans ? "sans-serif" : "serif"));
        FcPatternAddInteger(pat, FC_WEIGHT, bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR);
        FcPatternAddInteger(pat, FC_SLANT, italic ? FC_SLANT_ITALIC : FC_SLANT_ROMAN);
        // A fixed language keeps the choice independent of the user's locale.
        FcPatternAddString(pat, FC_LANG, reinterpret_cast<const FcChar8*>(lang.c_str()));
        FcConfigSubstitute(config(), pat, FcMatchPattern);
        FcDefaultSubstitute(pat);
        FcResult result;
        // Sorted without a character set: among the fonts covering a character, fontconfig's
        // order is the same as a sort asking for that character, so one sort serves them all.
        FcFontSet* set = FcFontSort(config(), pat, FcFalse, nullptr, &result);
        FcPatternDestroy(pat);
        std::vector<Candidate> list;
        for (int i = 0; set && i < set->nfont; ++i) {
            FcPattern* font = set->fonts[i];
            FcCharSet* fcs = nullptr;
            if (FcPatternGetCharSet(font, FC_CHARSET, 0, &fcs) != FcResultMatch) continue;
            FcChar8* format = nullptr;
            if (FcPatternGetString(font, FC_FONTFORMAT, 0, &format) == FcResultMatch) {
                std::string f = reinterpret_cast<const char*>(format);
                if (f != "TrueType" && f != "CFF") continue;
            }
            FcChar8* file = nullptr;
            int index = 0;
            if (FcPatternGetString(font, FC_FILE, 0, &file) != FcResultMatch) continue;
            FcPatternGetInteger(font, FC_INDEX, 0, &index);
            list.push_back({FaceRef{reinterpret_cast<const char*>(file),
                                    static_cast<unsigned>(index & 0xFFFF)},
                            FcCharSetCopy(fcs)});
        }
        if (set) FcFontSetDestroy(set);
        return candidates.emplace(key, std::move(list)).first->second;
    }

    /// The first system face in fontconfig's order for `key` that covers `c`, or nullptr.
    const FontFace* system_face(char32_t c, const FallbackKey& key) const {
        auto& memo = fallbacks[key];
        auto hit = memo.find(c);
        if (hit != memo.end()) return hit->second;
        const FontFace* found = nullptr;
        for (const Candidate& cand : candidates_for(key)) {
            if (!FcCharSetHasChar(cand.charset, c)) continue;
            try {
                const FontFace* face = load(cand.ref);
                if (face->covers(c)) {
                    found = face;
                    break;
                }
            } catch (const Error&) {
                // An unusable system font: try the next one.
            }
        }
        memo.emplace(c, found);
        return found;
    }
};

FontCatalog::FontCatalog(fs::path fonts_dir, const std::vector<FontFile>& user_fonts)
    : impl_(std::make_unique<Impl>()) {
    impl_->dir = std::move(fonts_dir);
    for (const auto& b : kBundled) {
        Family fam;
        fam.name = b.name;
        fam.sans = b.sans;
        for (int s = 0; s < 4; ++s)
            if (b.files[s]) fam.slots[s] = FaceRef{impl_->dir / b.files[s], 0};
        for (const char* f : b.fallbacks) fam.fallbacks.push_back(lower(f));
        impl_->families.emplace(lower(b.name), std::move(fam));
    }
    for (const FontFile& user : user_fonts) {
        const FontFace* face = impl_->load(FaceRef{user.path, 0});
        std::string key = resolve_alias(user.family);
        auto [it, fresh] = impl_->families.try_emplace(key);
        Family& fam = it->second;
        if (fresh) {
            fam.name = user.family;
            // The design class decides the fallbacks: sans when either name says so.
            fam.sans = (lower(user.family) + " " + lower(face->family())).find("sans") !=
                       std::string::npos;
            fam.fallbacks = class_fallbacks(fam.sans);
        }
        fam.slots[slot_of(face->bold(), face->italic())] = FaceRef{user.path, 0};
    }
}

FontCatalog::~FontCatalog() = default;

bool FontCatalog::has_family(const std::string& family) const {
    std::lock_guard<std::mutex> lock(impl_->mutex);
    return impl_->find_family(family) != nullptr;
}

const FaceRole& FontCatalog::role(const std::string& family, bool bold, bool italic) const {
    std::lock_guard<std::mutex> lock(impl_->mutex);
    return impl_->role(family, bold, italic);
}

const FontFace* FontCatalog::face_for(char32_t c, const FaceRole& role,
                                      const std::string& language) const {
    // The role's faces are immutable: no lock needed to ask them.
    for (const FontFace* f : role.faces)
        if (f->covers(c)) return f;
    FallbackKey key{role.sans, role.bold, role.italic, fontconfig_lang(language)};
    std::lock_guard<std::mutex> lock(impl_->mutex);
    return impl_->system_face(c, key);
}

const FontFace* FontCatalog::face_for(char32_t c, const std::string& family, bool bold, bool italic,
                                      const std::string& language) const {
    return face_for(c, role(family, bold, italic), language);
}

const FontFace& FontCatalog::primary(const std::string& family, bool bold, bool italic) const {
    return role(family, bold, italic).primary();
}

}  // namespace galley::text
