#include "read/Language.hpp"

#include <unicode/uloc.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <map>
#include <set>
#include <unordered_map>
#include <vector>

#include "read/TextUtil.hpp"

namespace galley::read {

namespace {

struct StopWords {
    const char* lang;
    std::set<std::string_view> words;
};

/// Frequent short words per Latin-script language (lowercase).
const std::vector<StopWords>& latin_stop_words() {
    static const std::vector<StopWords> lists = {
        {"en", {"the", "and",  "of",   "to",  "in",    "is",   "that", "for",  "it",   "with",
                "as",  "was",  "on",   "be",  "by",    "this", "are",  "from", "or",   "which",
                "his", "have", "not",  "at",  "we",    "you",  "he",   "she",  "they", "i",
                "an",  "but",  "what", "all", "there", "so",   "my",   "me"}},
        {"de", {"der",  "die", "und",  "in",  "den", "von",  "zu",   "das",   "mit",
                "sich", "des", "auf",  "für", "ist", "im",   "dem",  "nicht", "ein",
                "eine", "als", "auch", "es",  "an",  "wird", "jeder"}},
        {"fr",
         {"le",  "la",  "les",  "de",  "des", "et", "en",  "du",  "un",  "une",   "est",  "dans",
          "que", "qui", "pour", "par", "sur", "au", "aux", "pas", "ses", "toute", "droit"}},
        {"es",
         {"el", "la", "los", "las", "de", "y", "en", "que", "del", "por", "con", "una", "para",
          "es", "se", "su", "al", "como", "toda"}},
        {"it",
         {"il", "di", "che", "e", "la", "per", "un", "una", "del", "della", "non", "sono", "gli",
          "le", "con", "ogni"}},
        {"pt",
         {"de", "e", "o", "a", "que", "do", "da", "em", "um", "para", "com", "não", "uma", "os",
          "no", "na", "dos", "das", "toda"}},
        {"nl",
         {"de", "het", "een", "van", "en", "in", "is", "dat", "op", "te", "zijn", "voor", "met",
          "niet", "heeft"}},
        {"tr",
         {"ve", "bir", "bu", "için", "ile", "da", "de", "olarak", "her", "hakkına", "veya", "gibi",
          "kadar", "daha", "olan"}},
        {"az",
         {"və", "bir", "bu", "üçün", "ilə", "hər", "hüququ", "olan", "onun", "kimi", "insan", "heç",
          "edir"}},
        {"vi",
         {"của", "và", "là", "các", "những", "được", "trong", "có", "không", "người", "một", "với",
          "cho", "đã", "này"}},
        {"pl", {"i", "w", "na", "z", "do", "się", "nie", "że", "jest", "to", "oraz", "prawo"}},
        {"sv", {"och", "att", "det", "som", "en", "är", "av", "för", "med", "till", "den", "har"}},
        // Indonesian and Malay share these; kMalayWords tells Malay apart.
        {"id",
         {"yang", "dan",  "di",   "dengan", "untuk", "ini",  "itu",  "dalam",   "tidak", "ke",
          "dari", "pada", "akan", "adalah", "juga",  "oleh", "atau", "sebagai", "telah", "mereka"}},
    };
    return lists;
}

/// Words that differ between Malay and Indonesian: bahawa/bahwa, kerana/karena,
/// antarabangsa/internasional, wang/uang …
const std::set<std::string_view> kMalayWords = {"bahawa",    "bahawasanya",  "kerana",  "sebarang",
                                                "hendaklah", "antarabangsa", "iaitu",   "sahaja",
                                                "wang",      "mahu",         "sejagat", "kerajaan"};
const std::set<std::string_view> kIndonesianWords = {
    "bahwa", "karena", "tersebut", "bisa", "saja", "uang", "mau", "internasional", "agar"};

/// Every word of the Latin-script lists with the lists that hold it (bit l for
/// latin_stop_words()[l], kMalayBit, kIndonesianBit): one hash lookup a word of the sample.
constexpr std::uint32_t kMalayBit = 1u << 30;
constexpr std::uint32_t kIndonesianBit = 1u << 31;
const std::unordered_map<std::string_view, std::uint32_t>& latin_word_index() {
    static const std::unordered_map<std::string_view, std::uint32_t> index = [] {
        std::unordered_map<std::string_view, std::uint32_t> m;
        const auto& lists = latin_stop_words();
        for (std::size_t l = 0; l < lists.size() && l < 30; ++l)
            for (std::string_view w : lists[l].words) m[w] |= 1u << l;
        for (std::string_view w : kMalayWords) m[w] |= kMalayBit;
        for (std::string_view w : kIndonesianWords) m[w] |= kIndonesianBit;
        return m;
    }();
    return index;
}

std::string latin_language(std::string_view sample) {
    const auto& lists = latin_stop_words();
    const auto& index = latin_word_index();
    std::vector<int> counts(lists.size(), 0);
    int malay = 0, indonesian = 0;  // Malay and Indonesian share their frequent words
    int words = 0;
    int schwa = 0, dotless_i = 0, viet = 0, eszett = 0;
    for (std::string_view w : split_words(sample)) {
        // Strip punctuation around the word.
        std::size_t b = 0, e = w.size();
        while (b < e) {
            std::size_t p = b;
            if (is_alpha(next_code_point(w, p))) break;
            b = p;
        }
        while (e > b) {
            std::size_t p = e;
            if (is_alpha(prev_code_point(w, p))) break;
            e = p;
        }
        if (b >= e) continue;
        const std::string lw = to_lower(w.substr(b, e - b));
        ++words;
        if (const auto it = index.find(lw); it != index.end()) {
            const std::uint32_t bits = it->second;
            malay += (bits & kMalayBit) != 0;
            indonesian += (bits & kIndonesianBit) != 0;
            for (std::size_t l = 0; l < lists.size(); ++l)
                if (bits & (1u << l)) ++counts[l];
        }
        for (std::size_t p = 0; p < lw.size();) {
            const char32_t c = next_code_point(lw, p);
            if (c == U'ə')
                ++schwa;
            else if (c == U'ı')
                ++dotless_i;
            else if (c == U'ß')
                ++eszett;
            else if (c == U'ơ' || c == U'ư' || c == U'đ' || (c >= 0x1EA0 && c <= 0x1EF9))
                ++viet;
        }
        if (words > 4000) break;
    }
    if (words == 0) return "en";
    std::map<std::string, int> score;
    for (std::size_t l = 0; l < lists.size(); ++l)
        if (counts[l] > 0) score[lists[l].lang] += counts[l];
    std::string best = "en";
    int best_score = 0;
    for (const StopWords& list : latin_stop_words()) {  // fixed order: deterministic ties
        const int sc = score[list.lang];
        if (sc > best_score) {
            best = list.lang;
            best_score = sc;
        }
    }
    // English is the fallback: another language must clearly beat it.
    if (best != "en" && best_score * 10 < score["en"] * 12) best = "en";
    // Distinctive letters settle languages with shared words.
    if (viet * 10 > words) return "vi";
    if ((best == "tr" || best == "az") && schwa * 100 > words) return "az";
    if (best == "az" && schwa == 0 && dotless_i > 0) return "tr";
    if (best == "tr" && eszett > 0) return "de";
    if (best == "id" && malay > indonesian) return "ms";
    return best;
}

/// A word without the punctuation around it (danda, commas, quotes, brackets).
std::string_view bare_word(std::string_view w) {
    static const std::u32string punct = U"।॥,.;:!?\"'()[]“”‘’«»-–—";
    while (!w.empty()) {
        std::size_t p = 0;
        if (punct.find(next_code_point(w, p)) == std::u32string::npos) break;
        w.remove_prefix(p);
    }
    while (!w.empty()) {
        std::size_t p = w.size();
        if (punct.find(prev_code_point(w, p)) == std::u32string::npos) break;
        w.remove_suffix(w.size() - p);
    }
    return w;
}

/// Hindi, Marathi or Nepali, by their function words: the copula (है / आहे / छ), conjunctions
/// (और / आणि / र) and postpositions each language writes as a word of its own.
std::string devanagari_language(std::string_view sample) {
    static const std::set<std::string_view> marathi = {"आहे",  "आहेत", "किंवा", "आणि", "च्या",
                                                       "हे",   "होते", "मध्ये",  "या",  "व",
                                                       "करून", "त्या", "नाही", "ला"};
    static const std::set<std::string_view> hindi = {"है",    "और",  "के",  "की", "में",  "से",
                                                     "को",   "का",  "हैं",  "पर", "यह", "था",
                                                     "किसी", "नहीं", "भी", "कि"};
    static const std::set<std::string_view> nepali = {
        "छ",    "छन्", "हो",  "र",  "पनि", "लागि", "गर्न", "भएको", "गरेको", "हुने",    "हुन्छ", "थियो",
        "रहेको", "भने", "गरी", "छैन", "हुनेछ", "गर्ने",  "भन्ने", "यो",   "यी",   "निम्ति", "गर्दै", "भएकोले"};
    int mr = 0, hi = 0, ne = 0;
    for (std::string_view raw : split_words(sample)) {
        const std::string_view w = bare_word(raw);
        mr += marathi.count(w) > 0;
        hi += hindi.count(w) > 0;
        ne += nepali.count(w) > 0;
    }
    if (ne > hi && ne > mr) return "ne";
    return mr > hi ? "mr" : "hi";
}

/// Arabic, Persian or Urdu: Urdu's own letters (ٹ ڈ ڑ ں ے), Persian's keheh and Farsi yeh
/// (ک ی) where Arabic writes ك ي.
std::string arabic_script_language(std::string_view sample) {
    int urdu = 0, farsi_forms = 0, arabic_forms = 0, letters = 0;
    for (std::size_t p = 0; p < sample.size();) {
        const char32_t c = next_code_point(sample, p);
        if (c < 0x0600 || c > 0x06FF) continue;
        ++letters;
        if (c == U'ٹ' || c == U'ڈ' || c == U'ڑ' || c == U'ں' || c == U'ے') ++urdu;
        if (c == U'ک' || c == U'ی') ++farsi_forms;
        if (c == U'ك' || c == U'ي') ++arabic_forms;
    }
    if (urdu * 100 > letters) return "ur";
    if (farsi_forms > arabic_forms) return "fa";
    return "ar";
}

std::string han_language(std::string_view sample, int kana) {
    if (kana > 0) return "ja";
    static const std::u32string simplified = U"这们国说为对时来会个还发经过与实现进动";
    static const std::u32string traditional = U"這們國說為對時來會個還發經過與實現進動";
    int s = 0, t = 0;
    for (std::size_t p = 0; p < sample.size();) {
        const char32_t c = next_code_point(sample, p);
        if (simplified.find(c) != std::u32string::npos) ++s;
        if (traditional.find(c) != std::u32string::npos) ++t;
    }
    return t > s ? "zh-Hant" : "zh-Hans";
}

}  // namespace

std::string detect_language(std::string_view text) {
    std::string_view sample = text.substr(0, 1 << 16);
    // Do not cut a UTF-8 sequence in half.
    while (!sample.empty() && sample.size() < text.size() &&
           (static_cast<unsigned char>(text[sample.size()]) & 0xC0) == 0x80)
        sample.remove_suffix(1);

    std::map<int, int> counts;  // UScriptCode → letters
    int kana = 0, ukrainian = 0, serbian = 0;
    for (std::size_t p = 0; p < sample.size();) {
        const char32_t c = next_code_point(sample, p);
        if (!is_alpha(c)) continue;
        UErrorCode status = U_ZERO_ERROR;
        const UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &status);
        if (U_FAILURE(status) || script == USCRIPT_COMMON || script == USCRIPT_INHERITED) continue;
        ++counts[script];
        if (script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA) ++kana;
        if (c == U'ї' || c == U'є' || c == U'ґ' || c == U'і') ++ukrainian;
        if (c == U'ђ' || c == U'ј' || c == U'љ' || c == U'њ' || c == U'ћ' || c == U'џ') ++serbian;
    }
    if (counts.empty()) return "en";
    // Kana and Han count together as Japanese/Chinese writing.
    std::map<int, int> merged;
    for (const auto& [s, n] : counts)
        merged[(s == USCRIPT_HIRAGANA || s == USCRIPT_KATAKANA) ? USCRIPT_HAN : s] += n;
    int script = USCRIPT_LATIN, best = -1;
    for (const auto& [s, n] : merged) {
        if (n > best) {
            best = n;
            script = s;
        }
    }
    switch (script) {
        case USCRIPT_LATIN:
            return latin_language(sample);
        case USCRIPT_CYRILLIC:
            if (serbian * 200 > best) return "sr";  // ј љ њ ћ ђ џ: Serbian Cyrillic
            return ukrainian * 100 > best ? "uk" : "ru";
        case USCRIPT_GREEK:
            return "el";
        case USCRIPT_ARABIC:
            return arabic_script_language(sample);
        case USCRIPT_HEBREW:
            return "he";
        case USCRIPT_DEVANAGARI:
            return devanagari_language(sample);
        case USCRIPT_HAN:
            return han_language(sample, kana * 20 > best ? kana : 0);
        case USCRIPT_HANGUL:
            return "ko";
        case USCRIPT_THAI:
            return "th";
        case USCRIPT_BENGALI:
            return "bn";
        case USCRIPT_TAMIL:
            return "ta";
        case USCRIPT_ARMENIAN:
            return "hy";
        case USCRIPT_GEORGIAN:
            return "ka";
        case USCRIPT_ETHIOPIC:
            return "am";
        default: {
            // Fall back to the script's most likely language via CLDR likely subtags.
            const char* code = uscript_getShortName(static_cast<UScriptCode>(script));
            if (code == nullptr) return "en";
            std::string und = std::string("und-") + code;
            char maximized[64] = {};
            UErrorCode status = U_ZERO_ERROR;
            uloc_addLikelySubtags(und.c_str(), maximized, sizeof maximized, &status);
            char lang[16] = {};
            uloc_getLanguage(maximized, lang, sizeof lang, &status);
            if (U_FAILURE(status) || lang[0] == '\0' || std::string_view(lang) == "und")
                return "en";
            return lang;
        }
    }
}

std::string normalize_language_tag(std::string_view tag) {
    std::string t(trim(tag));
    if (t.empty()) return "";
    std::replace(t.begin(), t.end(), '_', '-');
    for (char c : t)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-')) return "";
    char out[64] = {};
    UErrorCode status = U_ZERO_ERROR;
    int32_t parsed = 0;
    char locale[64] = {};
    uloc_forLanguageTag(t.c_str(), locale, sizeof locale, &parsed, &status);
    if (U_FAILURE(status) || parsed != static_cast<int32_t>(t.size())) return "";
    uloc_toLanguageTag(locale, out, sizeof out, true, &status);
    if (U_FAILURE(status) || out[0] == '\0' || std::string_view(out) == "und") return "";
    return out;
}

}  // namespace galley::read
