// The fast dictionary loader builds exactly libhyphen's automaton: state by state against
// hnj_hyphen_load() for every Debian dictionary the project uses, and hyphenation of every word
// of the corpus articles in that language (../shared/corpus, see its SOURCES.md) gives the same
// points with both dictionaries.
#include <hyphen.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>
#include <unistd.h>
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "text/HyphenBinary.hpp"
#include "text/HyphenDictLoader.hpp"

namespace fs = std::filesystem;
using galley::text::load_hyphen_dict;

namespace {

struct TheirFree {
    void operator()(HyphenDict* d) const { hnj_hyphen_free(d); }
};
struct OurFree {
    void operator()(HyphenDict* d) const { galley::text::free_hyphen_dict(d); }
};

std::string str(const char* s) {
    return s ? std::string(s) : std::string("(null)");
}

/// Compares two levels (and their next levels) state by state.
void require_same(const HyphenDict* a, const HyphenDict* b) {
    REQUIRE(a != nullptr);
    REQUIRE(b != nullptr);
    CHECK(std::string(a->cset) == std::string(b->cset));
    CHECK(a->utf8 == b->utf8);
    CHECK(int(a->lhmin) == int(b->lhmin));
    CHECK(int(a->rhmin) == int(b->rhmin));
    CHECK(int(a->clhmin) == int(b->clhmin));
    CHECK(int(a->crhmin) == int(b->crhmin));
    CHECK(a->nohyphenl == b->nohyphenl);
    if (a->nohyphen || b->nohyphen) {
        REQUIRE(a->nohyphen != nullptr);
        REQUIRE(b->nohyphen != nullptr);
        const char* p = a->nohyphen;
        const char* q = b->nohyphen;
        for (int i = 0; i <= a->nohyphenl; ++i) {
            CHECK(std::string(p) == std::string(q));
            p += std::strlen(p) + 1;
            q += std::strlen(q) + 1;
        }
    }
    REQUIRE(a->num_states == b->num_states);
    int differing = 0;
    for (int i = 0; i < a->num_states; ++i) {
        const HyphenState& s = a->states[i];
        const HyphenState& t = b->states[i];
        bool same = str(s.match) == str(t.match) && str(s.repl) == str(t.repl) &&
                    s.fallback_state == t.fallback_state && s.num_trans == t.num_trans &&
                    (!s.repl || (s.replindex == t.replindex && s.replcut == t.replcut));
        for (int k = 0; same && k < s.num_trans; ++k)
            same = s.trans[k].ch == t.trans[k].ch && s.trans[k].new_state == t.trans[k].new_state;
        if (!same) ++differing;
    }
    CHECK(differing == 0);
    REQUIRE((a->nextlevel == nullptr) == (b->nextlevel == nullptr));
    // A dictionary without NEXTLEVEL points back to its default first level: compare once.
    if (a->nextlevel && a->nextlevel->nextlevel == nullptr)
        require_same(a->nextlevel, b->nextlevel);
}

/// The lowercased words (runs of letters) of a UTF-8 file, in the dictionary's charset.
std::set<std::string> words_of(const fs::path& file, const char* charset, const char* locale) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    std::string text = ss.str();
    std::set<std::string> out;
    UErrorCode err = U_ZERO_ERROR;
    UConverter* conv = ucnv_open(charset, &err);
    REQUIRE(U_SUCCESS(err));
    ucnv_setFromUCallBack(conv, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &err);
    std::u16string word;
    auto flush = [&] {
        if (word.size() >= 2) {
            std::u16string lower(word.size() * 2 + 4, u'\0');
            UErrorCode e = U_ZERO_ERROR;
            int32_t n = u_strToLower(lower.data(), int32_t(lower.size()), word.data(),
                                     int32_t(word.size()), locale, &e);
            char bytes[512];
            if (U_SUCCESS(e)) {
                e = U_ZERO_ERROR;
                int32_t m = ucnv_fromUChars(conv, bytes, sizeof bytes, lower.data(), n, &e);
                if (U_SUCCESS(e) && m > 0 && m < 200) out.emplace(bytes, std::size_t(m));
            }
        }
        word.clear();
    };
    const auto* s = reinterpret_cast<const uint8_t*>(text.data());
    int32_t len = int32_t(text.size());
    for (int32_t i = 0; i < len;) {
        UChar32 c;
        U8_NEXT(s, i, len, c);
        if (c >= 0 && (u_isalpha(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK))) {
            UChar buf[2];
            int32_t k = 0;
            U16_APPEND_UNSAFE(buf, k, c);
            word.append(buf, buf + k);
        } else {
            flush();
        }
    }
    flush();
    ucnv_close(conv);
    return out;
}

/// libhyphen's hyphens string for `word`, with the given minimums (0: hyphenate2's defaults).
std::string hyphens_of(HyphenDict* d, const std::string& word, int lmin, int rmin) {
    std::vector<char> hyphens(word.size() + 5, '0');
    char** rep = nullptr;
    int* pos = nullptr;
    int* cut = nullptr;
    if (lmin == 0)
        hnj_hyphen_hyphenate2(d, word.data(), int(word.size()), hyphens.data(), nullptr, &rep, &pos,
                              &cut);
    else
        hnj_hyphen_hyphenate3(d, word.data(), int(word.size()), hyphens.data(), nullptr, &rep, &pos,
                              &cut, lmin, rmin, lmin, rmin);
    std::string out;
    for (std::size_t i = 0; i < word.size() && hyphens[i]; ++i) {
        out += (hyphens[i] & 1) ? '1' : '0';
        if (rep && rep[i]) out += std::string("[") + rep[i] + "]";
    }
    if (rep) {
        for (std::size_t i = 0; i < word.size(); ++i) std::free(rep[i]);
        std::free(rep);
    }
    std::free(pos);
    std::free(cut);
    return out;
}

struct Case {
    const char* dic;
    const char* locale;
    std::vector<const char*> corpus;  // files under GALLEY_CORPUS
};

/// Every word of the case's corpus files hyphenates alike with `ours` and libhyphen's `theirs`
/// (with no minimums and with 2/3), and more than 50 words were compared when the corpus is there.
void hyphenate_corpus_alike(const Case& c, HyphenDict* ours, HyphenDict* theirs) {
    std::size_t compared = 0;
    for (const char* rel : c.corpus) {
        fs::path text = fs::path(GALLEY_CORPUS) / rel;
        if (!fs::exists(text)) continue;
        for (const std::string& w : words_of(text, theirs->cset, c.locale)) {
            INFO(c.dic << ": " << w);
            CHECK(hyphens_of(ours, w, 0, 0) == hyphens_of(theirs, w, 0, 0));
            CHECK(hyphens_of(ours, w, 2, 3) == hyphens_of(theirs, w, 2, 3));
            ++compared;
        }
    }
    if (fs::exists(fs::path(GALLEY_CORPUS) / c.corpus.front())) CHECK(compared > 50);
}

}  // namespace

TEST_CASE("the fast loader builds libhyphen's automaton and hyphenates the corpus alike") {
    const std::vector<Case> cases = {
        {"hyph_de_DE.dic",
         "de",
         {"news/gv-de-2019-nicaragua-ein-jahr-voller-proteste.txt", "intl/udhr-deu_1996.txt"}},
        {"hyph_fr.dic", "fr", {"intl/udhr-fra.txt"}},
        {"hyph_ru_RU.dic", "ru", {"intl/udhr-rus.txt"}},
        {"hyph_el_GR.dic", "el", {"intl/udhr-ell_monotonic.txt"}},
        {"hyph_hi_IN.dic", "hi", {"intl/udhr-hin.txt"}},
        {"hyph_mr_IN.dic", "mr", {"intl/wikipedia-mr-853.txt"}},
        {"hyph_en_US.dic", "en", {"en/moby-dick-chapter-1-loomings.txt"}},
    };
    for (const Case& c : cases) {
        fs::path file = fs::path("/usr/share/hyphen") / c.dic;
        if (!fs::exists(file)) continue;  // the hyphen-* package is not installed
        DYNAMIC_SECTION(c.dic) {
            std::unique_ptr<HyphenDict, TheirFree> theirs(hnj_hyphen_load(file.c_str()));
            auto start = std::chrono::steady_clock::now();
            std::unique_ptr<HyphenDict, OurFree> ours(load_hyphen_dict(file.string()));
            auto ms =
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                    .count();
            INFO("loaded in " << ms << " ms");
            require_same(theirs.get(), ours.get());
            hyphenate_corpus_alike(c, ours.get(), theirs.get());
        }
    }
}

TEST_CASE("the fast loader reports a missing file") {
    CHECK(load_hyphen_dict("/nonexistent/hyph_xx.dic") == nullptr);
}

TEST_CASE("the fast loader reads lines as libhyphen's fgets does: keywords, CRLF, long lines") {
    // A made-up dictionary with every keyword, CRLF line ends, a line longer than libhyphen's
    // 100-byte buffer (it arrives in pieces) and no final newline.
    const fs::path file =
        fs::temp_directory_path() / ("galley-hyph-test-" + std::to_string(::getpid()) + ".dic");
    {
        std::ofstream out(file, std::ios::binary);
        out << "UTF-8\r\nLEFTHYPHENMIN 2\r\nRIGHTHYPHENMIN 3\nCOMPOUNDLEFTHYPHENMIN 2\n"
               "COMPOUNDRIGHTHYPHENMIN 2\nNOHYPHEN -,'\n% a comment\n.ab1c\n1ba\nc1d\r\n"
            << std::string(150, 'x') << "1y\n"
            << "Loo1ng\nRe1d\nCa1t\nNo1te\n"
            << "2z1z";
    }
    std::unique_ptr<HyphenDict, TheirFree> theirs(hnj_hyphen_load(file.c_str()));
    std::unique_ptr<HyphenDict, OurFree> ours(load_hyphen_dict(file.string()));
    require_same(theirs.get(), ours.get());
    fs::remove(file);
}

namespace {

/// `bytes` written to a fresh temporary file; its path.
fs::path temp_file(const std::string& name, const std::string& bytes) {
    const fs::path file =
        fs::temp_directory_path() / ("galley-" + std::to_string(::getpid()) + "-" + name);
    std::ofstream out(file, std::ios::binary);
    out.write(bytes.data(), std::streamsize(bytes.size()));
    return file;
}

}  // namespace

TEST_CASE("a compiled dictionary maps back to libhyphen's automaton and hyphenates alike") {
    using galley::text::compile_hyphen_dict;
    using galley::text::hyphen_source;
    using galley::text::map_hyphen_dict;
    const std::vector<Case> cases = {
        {"hyph_en_US.dic", "en", {"en/moby-dick-chapter-1-loomings.txt"}},
        {"hyph_fr.dic", "fr", {"intl/udhr-fra.txt"}},
        {"hyph_ru_RU.dic", "ru", {"intl/udhr-rus.txt"}},
        {"hyph_el_GR.dic", "el", {"intl/udhr-ell_monotonic.txt"}},
        {"hyph_hi_IN.dic", "hi", {"intl/udhr-hin.txt"}},
    };
    for (const Case& c : cases) {
        fs::path file = fs::path("/usr/share/hyphen") / c.dic;
        if (!fs::exists(file)) continue;  // the hyphen-* package is not installed
        DYNAMIC_SECTION(c.dic) {
            auto source = hyphen_source(file.string());
            REQUIRE(source);
            std::unique_ptr<HyphenDict, OurFree> parsed(load_hyphen_dict(file.string()));
            const std::string bytes = compile_hyphen_dict(parsed.get(), *source);
            CHECK(compile_hyphen_dict(parsed.get(), *source) == bytes);  // deterministic
            const fs::path hyb = temp_file(std::string(c.dic) + ".hyb", bytes);
            std::unique_ptr<HyphenDict, TheirFree> theirs(hnj_hyphen_load(file.c_str()));
            std::unique_ptr<HyphenDict, OurFree> mapped(map_hyphen_dict(hyb.string(), *source));
            require_same(theirs.get(), mapped.get());
            hyphenate_corpus_alike(c, mapped.get(), theirs.get());

            // A compiled file is used only for the source it was made from, and only whole.
            auto changed = *source;
            changed.mtime_ns += 1;
            CHECK(map_hyphen_dict(hyb.string(), changed) == nullptr);
            changed = *source;
            changed.path += ".other";
            CHECK(map_hyphen_dict(hyb.string(), changed) == nullptr);
            for (std::size_t cut :
                 {std::size_t{0}, std::size_t{40}, bytes.size() / 2, bytes.size() - 1}) {
                const fs::path part = temp_file("part.hyb", bytes.substr(0, cut));
                CHECK(map_hyphen_dict(part.string(), *source) == nullptr);
                fs::remove(part);
            }
            fs::remove(hyb);
        }
    }
}

TEST_CASE("the build compiles the installed dictionaries for the program to map") {
    const fs::path file = "/usr/share/hyphen/hyph_en_US.dic";
    if (!fs::exists(file)) return;
    std::unique_ptr<HyphenDict, OurFree> mapped(
        galley::text::load_compiled_hyphen_dict("/usr/share/hyphen/hyph_en.dic"));  // an alias
    REQUIRE(mapped != nullptr);
    std::unique_ptr<HyphenDict, TheirFree> theirs(hnj_hyphen_load(file.c_str()));
    require_same(theirs.get(), mapped.get());
}
