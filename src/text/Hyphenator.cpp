#include "text/Hyphenator.hpp"

#include "text/HyphenBinary.hpp"
#include "text/HyphenDictLoader.hpp"

#include <hyphen.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <future>
#include <map>
#include <memory>
#include <mutex>
#include <unordered_map>

#if defined(__SANITIZE_ADDRESS__)
/// libhyphen 2.8.8 leaks a few bytes of its pattern strings in hnj_hyphen_load/free (German,
/// Russian, French dictionaries): not ours to fix, so LeakSanitizer builds ignore them.
extern "C" const char* __lsan_default_suppressions() {
    return "leak:libhyphen.so\n";
}
#endif

namespace galley::text {

namespace fs = std::filesystem;

namespace {

/// Longest word (in characters) handed to libhyphen.
constexpr std::size_t kMaxWord = 100;

/// One character of the word being hyphenated: code point and byte offset in the caller's text.
struct WordChar {
    UChar32 c;
    std::size_t offset;
};

bool is_word_char(UChar32 c) {
    return u_isalpha(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

/// The dictionary file for a BCP 47 tag ("en-US" → hyph_en_US.dic, "ru" → hyph_ru_RU.dic).
fs::path find_dictionary(const std::string& language) {
    std::string lang, region;
    std::size_t i = 0, n = 0;
    while (i <= language.size()) {
        std::size_t j = language.find_first_of("-_", i);
        if (j == std::string::npos) j = language.size();
        std::string sub = language.substr(i, j - i);
        if (n == 0) {
            for (char& ch : sub)
                ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
            lang = sub;
        } else if (sub.size() == 2 && region.empty()) {
            for (char& ch : sub)
                ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
            region = sub;
        }
        ++n;
        i = j + 1;
    }
    if (lang.empty()) return {};
    if (lang == "no") lang = "nb";  // the macrolanguage Norwegian: Bokmål, written by most
    fs::path dir = hyphen_dictionary_folder();
    std::error_code ec;
    if (!region.empty() && fs::exists(dir / ("hyph_" + lang + "_" + region + ".dic"), ec))
        return dir / ("hyph_" + lang + "_" + region + ".dic");
    if (fs::exists(dir / ("hyph_" + lang + ".dic"), ec)) return dir / ("hyph_" + lang + ".dic");
    std::vector<fs::path> candidates;  // hyph_<lang>_*.dic, first by name for determinism
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        std::string name = entry.path().filename().string();
        if (name.rfind("hyph_" + lang + "_", 0) == 0 && entry.path().extension() == ".dic")
            candidates.push_back(entry.path());
    }
    std::sort(candidates.begin(), candidates.end());
    return candidates.empty() ? fs::path() : candidates.front();
}

}  // namespace

fs::path hyphen_dictionary_folder() {
    // Where Debian's hyphen-* packages put their pattern dictionaries.
    const char* env = std::getenv("GALLEY_HYPHEN_DIR");
    return env && *env ? env : "/usr/share/hyphen";
}

struct Hyphenator::Impl {
    std::string file;            // the .dic file
    std::string locale;          // ICU locale for lowercasing
    std::once_flag once;         // the dictionary loads on first use
    HyphenDict* dict = nullptr;  // null until loaded, or when unusable
    bool utf8 = true;
    std::unordered_map<UChar32, char> encode;  // Unicode → dictionary byte (8-bit charsets)

    ~Impl() {
        if (dict) free_hyphen_dict(dict);
    }

    /// Loads the dictionary once (thread-safe: concurrent callers wait for the first).
    bool ensure_loaded() {
        std::call_once(once, [this] {
            // The compiled form made at build time (mapped, no parsing) when it is there and
            // current; else our loader builds the same automaton as hnj_hyphen_load() in
            // milliseconds instead of seconds (German). libhyphen still does the hyphenating.
            HyphenDict* d = load_compiled_hyphen_dict(file);
            if (!d) d = load_hyphen_dict(file);
            if (!d) return;
            std::string cset = d->cset;
            utf8 = d->utf8 != 0 || cset == "UTF-8" || cset == "utf-8";
            if (!utf8 && !load_charset(cset)) {
                free_hyphen_dict(d);
                return;
            }
            dict = d;
        });
        return dict != nullptr;
    }

    /// Builds the Unicode → byte table of an 8-bit charset; false when ICU does not know it.
    bool load_charset(const std::string& charset) {
        UErrorCode err = U_ZERO_ERROR;
        UConverter* conv = ucnv_open(charset.c_str(), &err);
        if (U_FAILURE(err)) return false;
        for (int b = 1; b < 256; ++b) {
            char in = static_cast<char>(b);
            UChar out[4];
            err = U_ZERO_ERROR;
            std::int32_t n = ucnv_toUChars(conv, out, 4, &in, 1, &err);
            if (U_SUCCESS(err) && n == 1 && out[0] != 0xFFFD && out[0] != 0x1A)
                encode.emplace(out[0], in);
        }
        ucnv_close(conv);
        return true;
    }

    /// Break positions (characters before the break) inside one all-letter segment.
    void segment_points(const WordChar* chars, std::size_t n, int left_min, int right_min,
                        std::vector<std::size_t>& out) const {
        // Lowercase with the language's rules; keep the 1:1 character alignment.
        // Scratch buffers reused per thread: hyphenation runs for every new word.
        thread_local std::u16string u16;
        thread_local std::u16string lower;
        thread_local std::vector<UChar32> lc;
        thread_local std::string word;
        thread_local std::vector<char> hyphens;
        u16.clear();
        for (std::size_t i = 0; i < n; ++i) {
            UChar buf[2];
            std::int32_t len = 0;
            U16_APPEND_UNSAFE(buf, len, chars[i].c);
            u16.append(buf, buf + len);
        }
        lower.assign(u16.size() + 8, u'\0');
        UErrorCode err = U_ZERO_ERROR;
        std::int32_t len =
            u_strToLower(lower.data(), static_cast<std::int32_t>(lower.size()), u16.data(),
                         static_cast<std::int32_t>(u16.size()), locale.c_str(), &err);
        lc.clear();
        if (U_SUCCESS(err) && len <= static_cast<std::int32_t>(lower.size())) {
            for (std::int32_t i = 0; i < len;) {
                UChar32 c;
                U16_NEXT(lower.data(), i, len, c);
                lc.push_back(c);
            }
        }
        if (lc.size() != n) {  // a special casing changed the length: map char by char
            lc.clear();
            for (std::size_t i = 0; i < n; ++i) lc.push_back(u_tolower(chars[i].c));
        }
        word.clear();
        for (UChar32 c : lc) {
            if (utf8) {
                char buf[4];
                std::int32_t k = 0;
                U8_APPEND_UNSAFE(buf, k, c);
                word.append(buf, static_cast<std::size_t>(k));
            } else {
                auto it = encode.find(c);
                if (it == encode.end()) return;  // not in the dictionary's charset
                word += it->second;
            }
        }
        hyphens.assign(word.size() + 5, '0');
        char** rep = nullptr;
        int* pos = nullptr;
        int* cut = nullptr;
        int rc = hnj_hyphen_hyphenate3(dict, word.data(), static_cast<int>(word.size()),
                                       hyphens.data(), nullptr, &rep, &pos, &cut, left_min,
                                       right_min, left_min, right_min);
        if (rc == 0) {
            for (std::size_t i = 0; i + 1 < n; ++i) {
                if (!(hyphens[i] & 1)) continue;
                if (rep && rep[i]) continue;  // non-standard change of spelling: not supported
                std::size_t before = i + 1;
                if (before < static_cast<std::size_t>(left_min) ||
                    n - before < static_cast<std::size_t>(right_min))
                    continue;
                out.push_back(chars[before].offset);
            }
        }
        if (rep) {
            for (std::size_t i = 0; i < word.size(); ++i) std::free(rep[i]);
            std::free(rep);
        }
        std::free(pos);
        std::free(cut);
    }
};

namespace {

/// Every Hyphenator of the process (they live until it ends) and the background loads.
struct Registry {
    std::mutex mutex;
    std::map<std::string, std::unique_ptr<Hyphenator>> by_file;
    std::map<std::string, const Hyphenator*> by_language;
    std::vector<std::future<void>> preloads;  // joined before the dictionaries are freed
    ~Registry() {
        for (auto& f : preloads) f.wait();
    }
};

Registry& registry() {
    static Registry r;
    return r;
}

}  // namespace

const Hyphenator* Hyphenator::for_language(const std::string& language) {
    Registry& r = registry();
    std::lock_guard<std::mutex> lock(r.mutex);
    auto known = r.by_language.find(language);
    if (known != r.by_language.end()) return known->second;
    const Hyphenator* result = nullptr;
    fs::path file = find_dictionary(language);
    if (!file.empty()) {
        std::error_code ec;
        fs::path canonical = fs::canonical(file, ec);
        std::string key = ec ? file.string() : canonical.string();
        auto it = r.by_file.find(key);
        if (it == r.by_file.end()) {
            std::unique_ptr<Hyphenator> h(new Hyphenator());
            h->impl_ = new Impl();
            h->impl_->file = key;
            h->impl_->locale = language;
            it = r.by_file.emplace(key, std::move(h)).first;
        }
        result = it->second.get();
    }
    r.by_language.emplace(language, result);
    return result;
}

void Hyphenator::preload(const std::string& language) {
    const Hyphenator* h = for_language(language);
    if (!h) return;
    Registry& r = registry();
    std::lock_guard<std::mutex> lock(r.mutex);
    Impl* impl = h->impl_;
    r.preloads.push_back(std::async(std::launch::async, [impl] { impl->ensure_loaded(); }));
}

Hyphenator::~Hyphenator() {
    delete impl_;
}

std::vector<std::size_t> Hyphenator::points(std::string_view word, int left_min, int right_min,
                                            int min_word) const {
    std::vector<std::size_t> out;
    if (!impl_->ensure_loaded()) return out;
    left_min = std::max(left_min, 1);
    right_min = std::max(right_min, 1);
    // URLs, e-mail addresses, paths and domain names are never hyphenated.
    if (word.find("://") != std::string_view::npos || word.find('@') != std::string_view::npos ||
        word.rfind("www.", 0) == 0)
        return out;
    thread_local std::vector<WordChar> chars;
    chars.clear();
    const auto* s = reinterpret_cast<const std::uint8_t*>(word.data());
    auto n = static_cast<std::int32_t>(word.size());
    for (std::int32_t i = 0; i < n;) {
        std::size_t at = static_cast<std::size_t>(i);
        UChar32 c;
        U8_NEXT(s, i, n, c);
        if (c < 0) return out;  // invalid UTF-8
        chars.push_back({c, at});
    }
    for (const WordChar& ch : chars)
        if (u_isdigit(ch.c)) return out;  // numbers, "2020s", "mp3"
    // The word proper: leading and trailing punctuation ("“word,”") stays outside.
    std::size_t first = 0, last = chars.size();
    while (first < last && !is_word_char(chars[first].c)) ++first;
    while (last > first && !is_word_char(chars[last - 1].c)) --last;
    if (first == last) return out;
    std::size_t letters = 0, upper = 0;
    for (std::size_t i = first; i < last; ++i) {
        UChar32 c = chars[i].c;
        if (c == '/' || c == '.' || c == ':' || c == '\\' || c == '_')
            return out;  // paths, domains, file names
        if (u_isalpha(c)) {
            ++letters;
            if (u_isupper(c)) ++upper;
        }
    }
    if (letters >= 2 && upper == letters) return out;  // all caps: acronyms, "HTTP"
    if (last - first < static_cast<std::size_t>(std::max(min_word, 1))) return out;
    // Soft hyphens are the author's own points: exactly those, nothing from the patterns.
    bool soft = false;
    for (std::size_t i = first + 1; i + 1 < last; ++i)
        if (chars[i].c == 0x00AD) {
            soft = true;
            out.push_back(chars[i + 1].offset);
        }
    if (soft) return out;
    // Hyphenate each run of letters separately ("well-known", "l'homme").
    for (std::size_t i = first; i < last;) {
        if (!is_word_char(chars[i].c)) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < last && is_word_char(chars[j].c)) ++j;
        std::size_t len = j - i;
        if (len >= static_cast<std::size_t>(std::max(min_word, 1)) && len <= kMaxWord)
            impl_->segment_points(&chars[i], len, left_min, right_min, out);
        i = j;
    }
    return out;
}

}  // namespace galley::text
