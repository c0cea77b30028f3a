#include "text/HyphenDictLoader.hpp"

#include "text/HyphenBinary.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace galley::text {

namespace {

/// strdup with malloc (the NOHYPHEN list, freed with free()).
char* dup(const char* s) {
    std::size_t n = std::strlen(s);
    auto* out = static_cast<char*>(std::malloc(n + 1));
    if (!out) throw std::bad_alloc();
    std::memcpy(out, s, n + 1);
    return out;
}

/// Removes a trailing "\n", "\r" or "\r\n" (libhyphen's hnj_strchomp).
void chomp(char* s) {
    std::size_t k = std::strlen(s);
    if (k > 0 && (s[k - 1] == '\r' || s[k - 1] == '\n')) s[k - 1] = '\0';
    if (k > 1 && s[k - 2] == '\r') s[k - 2] = '\0';
}

/// One level of a dictionary while it is built: the pattern trie whose nodes are libhyphen's
/// states (a state is the string of the path to it), numbered in libhyphen's order. Flat
/// arrays, no allocation per state: children are linked lists in insertion order.
struct Level {
    std::vector<int> first_child, last_child, next_sibling;
    std::vector<char> via;      // the character of the transition from the parent
    std::vector<int> match_at;  // offset of the match string in `strings`, or -1
    std::vector<int> repl_at;   // offset of the replacement in `strings`, or -1
    std::vector<signed char> repl_index, repl_cut;
    std::string strings;         // '\0'-terminated matches and replacements
    HyphenDict* dict = nullptr;  // owned until finish()

    Level() {
        dict = static_cast<HyphenDict*>(std::calloc(1, sizeof(HyphenDict)));
        if (!dict) throw std::bad_alloc();
        new_state();  // state 0: the empty string
    }
    ~Level() {
        if (dict) {  // not handed over
            std::free(dict->nohyphen);
            std::free(dict);
        }
    }
    Level(const Level&) = delete;
    Level& operator=(const Level&) = delete;

    int new_state() {
        first_child.push_back(-1);
        last_child.push_back(-1);
        next_sibling.push_back(-1);
        via.push_back('\0');
        match_at.push_back(-1);
        repl_at.push_back(-1);
        repl_index.push_back(0);
        repl_cut.push_back(0);
        return static_cast<int>(via.size()) - 1;
    }

    /// Room for about `count` states without reallocating.
    void reserve(std::size_t count) {
        first_child.reserve(count);
        last_child.reserve(count);
        next_sibling.reserve(count);
        via.reserve(count);
        match_at.reserve(count);
        repl_at.reserve(count);
        repl_index.reserve(count);
        repl_cut.reserve(count);
    }

    int next(int state, char ch) const {
        for (int c = first_child[static_cast<std::size_t>(state)]; c >= 0;
             c = next_sibling[static_cast<std::size_t>(c)])
            if (via[static_cast<std::size_t>(c)] == ch) return c;
        return -1;
    }

    void add_child(int parent, int child, char ch) {
        auto p = static_cast<std::size_t>(parent);
        via[static_cast<std::size_t>(child)] = ch;
        if (last_child[p] < 0)
            first_child[p] = child;
        else
            next_sibling[static_cast<std::size_t>(last_child[p])] = child;
        last_child[p] = child;
    }

    int add_string(const char* text) {
        int at = static_cast<int>(strings.size());
        strings.append(text);
        strings.push_back('\0');
        return at;
    }

    /// The state of `word` (created with all its missing prefixes, like hnj_get_state and the
    /// prefix loop of hnj_hyphen_load_line).
    int state_of(const char* word, std::size_t len) {
        int state = 0;
        std::size_t depth = 0;
        while (depth < len) {
            int n = next(state, word[depth]);
            if (n < 0) break;
            state = n;
            ++depth;
        }
        if (depth == len) return state;
        // libhyphen numbers the whole word first, then its prefixes from the longest down.
        int made[MAX_CHARS + 1];
        made[depth] = state;
        for (std::size_t j = len; j > depth; --j) made[j] = new_state();
        for (std::size_t j = len; j > depth; --j) add_child(made[j - 1], made[j], word[j - 1]);
        return made[len];
    }

    /// A keyword line (LEFTHYPHENMIN 2, NOHYPHEN ...): applied, true; a pattern: false.
    bool load_keyword(char* buf) {
        static const std::pair<std::string_view, char HyphenDict::*> kMinimums[] = {
            {"LEFTHYPHENMIN", &HyphenDict::lhmin},
            {"RIGHTHYPHENMIN", &HyphenDict::rhmin},
            {"COMPOUNDLEFTHYPHENMIN", &HyphenDict::clhmin},
            {"COMPOUNDRIGHTHYPHENMIN", &HyphenDict::crhmin}};
        for (const auto& [name, field] : kMinimums) {
            if (std::strncmp(buf, name.data(), name.size()) == 0) {
                dict->*field = static_cast<char>(std::atoi(buf + name.size()));
                return true;
            }
        }
        if (std::strncmp(buf, "NOHYPHEN", 8) == 0) {
            char* space = buf + 8;
            while (*space == ' ' || *space == '\t') ++space;
            std::free(dict->nohyphen);
            dict->nohyphen = dup(space);
            dict->nohyphenl = 0;
            char* nhe = dict->nohyphen + std::strlen(dict->nohyphen) - 1;
            if (nhe >= dict->nohyphen) {
                *nhe = '\0';  // the line end (libhyphen drops the last character)
                for (--nhe; nhe > dict->nohyphen; --nhe)
                    if (*nhe == ',') {
                        ++dict->nohyphenl;
                        *nhe = '\0';
                    }
            }
            return true;
        }
        return false;
    }

    /// One line of the file (hnj_hyphen_load_line): a keyword or a pattern.
    void load_line(char* buf) {
        // Every keyword starts with one of these capitals; patterns never match them.
        if ((buf[0] == 'L' || buf[0] == 'R' || buf[0] == 'C' || buf[0] == 'N') && load_keyword(buf))
            return;
        char word[MAX_CHARS];
        char pattern[MAX_CHARS + 1];
        std::size_t j = 0;
        pattern[0] = '0';
        char* repl = std::strchr(buf, '/');
        signed char replindex = 0;
        signed char replcut = 0;
        const char* repl_text = nullptr;
        if (repl) {
            char* index = std::strchr(repl + 1, ',');
            *repl = '\0';
            if (index) {
                char* index2 = std::strchr(index + 1, ',');
                *index = '\0';
                if (index2) {
                    *index2 = '\0';
                    replindex = static_cast<signed char>(std::atoi(index + 1) - 1);
                    replcut = static_cast<signed char>(std::atoi(index2 + 1));
                }
            } else {
                chomp(repl + 1);
                replindex = 0;
                replcut = static_cast<signed char>(std::strlen(buf));
            }
            repl_text = repl + 1;
        }
        for (std::size_t i = 0; static_cast<unsigned char>(buf[i]) > ' '; ++i) {
            if (buf[i] >= '0' && buf[i] <= '9') {
                pattern[j] = buf[i];
            } else {
                word[j] = buf[i];
                pattern[++j] = '0';
            }
        }
        word[j] = '\0';
        pattern[j + 1] = '\0';
        std::size_t i = 0;
        if (!repl_text) {
            while (pattern[i] == '0') ++i;  // leading zeroes are optimised away
        } else {
            if (*word == '.') ++i;
            if (dict->utf8) {  // UTF-8 character positions of the replacement → bytes
                int pu = -1, ps = -1;
                std::size_t pc = (*word == '.') ? 1 : 0;
                std::size_t wl = std::strlen(word);
                for (; pc < wl + 1; ++pc) {
                    if ((static_cast<unsigned char>(word[pc]) >> 6) != 2) ++pu;
                    if (ps < 0 && replindex == pu) {
                        ps = replindex;
                        replindex = static_cast<signed char>(pc);
                    }
                    if (ps >= 0 && pu - ps == replcut) {
                        replcut =
                            static_cast<signed char>(pc - static_cast<std::size_t>(replindex));
                        break;
                    }
                }
                if (*word == '.') --replindex;
            }
        }
        auto st = static_cast<std::size_t>(state_of(word, j));
        match_at[st] = add_string(pattern + i);  // a repeated pattern: the last one wins
        repl_at[st] = repl_text ? add_string(repl_text) : -1;
        repl_index[st] = replindex;
        repl_cut[st] = replcut ? replcut : static_cast<signed char>(std::strlen(word));
    }

    /// The fallback of each state: the state of its longest proper suffix (Aho–Corasick failure
    /// links, computed breadth first over the finished transition arrays instead of libhyphen's
    /// suffix look-ups in its hash table).
    static void link_fallbacks(HyphenState* states) {
        auto next_of = [states](int state, char ch) {
            const HyphenState& s = states[state];
            for (int k = 0; k < s.num_trans; ++k)
                if (s.trans[k].ch == ch) return s.trans[k].new_state;
            return -1;
        };
        std::vector<int> queue;
        states[0].fallback_state = -1;
        for (int k = 0; k < states[0].num_trans; ++k) {
            states[states[0].trans[k].new_state].fallback_state = 0;
            queue.push_back(states[0].trans[k].new_state);
        }
        for (std::size_t q = 0; q < queue.size(); ++q) {
            const HyphenState& u = states[queue[q]];
            for (int k = 0; k < u.num_trans; ++k) {
                char ch = u.trans[k].ch;
                int f = u.fallback_state;
                int target = 0;
                for (;;) {
                    int n = next_of(f, ch);
                    if (n >= 0) {
                        target = n;
                        break;
                    }
                    if (f == 0) break;
                    f = states[f].fallback_state;
                }
                states[u.trans[k].new_state].fallback_state = target;
                queue.push_back(u.trans[k].new_state);
            }
        }
    }

    /// Hands the built level over as a libhyphen HyphenDict. States, transitions and strings
    /// share one malloc'd block at dict->states (see free_hyphen_dict()).
    HyphenDict* finish() {
        std::size_t n = via.size();
        std::size_t edges = n - 1;  // every state but the first has one parent
        std::size_t bytes = n * sizeof(HyphenState) + edges * sizeof(HyphenTrans) + strings.size();
        auto* block = static_cast<unsigned char*>(std::malloc(bytes));
        if (!block) throw std::bad_alloc();
        auto* states = reinterpret_cast<HyphenState*>(block);
        auto* trans = reinterpret_cast<HyphenTrans*>(block + n * sizeof(HyphenState));
        char* text =
            reinterpret_cast<char*>(block + n * sizeof(HyphenState) + edges * sizeof(HyphenTrans));
        if (!strings.empty()) std::memcpy(text, strings.data(), strings.size());
        std::size_t t = 0;
        for (std::size_t i = 0; i < n; ++i) {
            HyphenState& s = states[i];
            s.match = match_at[i] >= 0 ? text + match_at[i] : nullptr;
            s.repl = repl_at[i] >= 0 ? text + repl_at[i] : nullptr;
            s.replindex = repl_index[i];
            s.replcut = repl_cut[i];
            s.fallback_state = -1;
            s.trans = trans + t;
            s.num_trans = 0;
            for (int c = first_child[i]; c >= 0; c = next_sibling[static_cast<std::size_t>(c)]) {
                trans[t].ch = via[static_cast<std::size_t>(c)];
                trans[t].new_state = c;
                ++t;
                ++s.num_trans;
            }
            if (s.num_trans == 0) s.trans = nullptr;
        }
        link_fallbacks(states);
        HyphenDict* d = dict;
        dict = nullptr;
        d->states = states;
        d->num_states = static_cast<int>(n);
        return d;
    }
};

struct FileCloser {
    void operator()(std::FILE* f) const { std::fclose(f); }
};

/// The file's lines as fgets() hands them to libhyphen (a line longer than the buffer comes in
/// pieces), from one read of the whole file.
class LineReader {
  public:
    /// Reads `file`; ok() is false when it cannot be opened.
    explicit LineReader(const std::string& file) {
        std::unique_ptr<std::FILE, FileCloser> f(std::fopen(file.c_str(), "rb"));
        if (!f) return;
        ok_ = true;
        char chunk[1 << 16];
        for (std::size_t n; (n = std::fread(chunk, 1, sizeof chunk, f.get())) > 0;)
            data_.append(chunk, n);
    }
    /// Whether the file could be opened.
    bool ok() const { return ok_; }
    /// The file's size in bytes.
    std::size_t size() const { return data_.size(); }
    /// Like fgets(buf, size, file): the next bytes up to and including '\n', at most size - 1 of
    /// them, '\0'-terminated; false at the end of the file.
    bool gets(char* buf, std::size_t size) {
        if (pos_ >= data_.size() || size < 2) return false;
        const char* from = data_.data() + pos_;
        std::size_t n = std::min(size - 1, data_.size() - pos_);
        if (const void* newline = std::memchr(from, '\n', n))
            n = static_cast<std::size_t>(static_cast<const char*>(newline) - from) + 1;
        std::memcpy(buf, from, n);
        buf[n] = '\0';
        pos_ += n;
        return true;
    }

  private:
    std::string data_;
    std::size_t pos_ = 0;
    bool ok_ = false;
};

}  // namespace

HyphenDict* load_hyphen_dict(const std::string& file) {
    LineReader f(file);
    if (!f.ok()) return nullptr;
    char buf[MAX_CHARS];
    auto first = std::make_unique<Level>();
    first->reserve(f.size() / 4);  // about one new state per 4 bytes of patterns
    HyphenDict* d0 = first->dict;
    if (f.gets(d0->cset, sizeof(d0->cset))) {
        for (char& c : d0->cset)
            if (c == '\r' || c == '\n') c = '\0';
    } else {
        d0->cset[0] = '\0';
    }
    d0->utf8 = std::strcmp(d0->cset, "UTF-8") == 0;
    bool nextlevel = false;
    while (f.gets(buf, sizeof(buf))) {
        if (std::strncmp(buf, "NEXTLEVEL", 9) == 0) {
            nextlevel = true;
            break;
        }
        if (buf[0] != '%') first->load_line(buf);
    }
    auto second = std::make_unique<Level>();
    HyphenDict* d1 = second->dict;
    std::memcpy(d1->cset, d0->cset, sizeof(d1->cset));
    d1->cset[sizeof(d1->cset) - 1] = '\0';
    d1->utf8 = d0->utf8;
    if (nextlevel) {
        while (f.gets(buf, sizeof(buf))) {
            if (std::strncmp(buf, "NEXTLEVEL", 9) == 0) break;
            if (buf[0] != '%') second->load_line(buf);
        }
    } else {  // libhyphen's default first level: break at hyphens and apostrophes only
        auto line = [&](const char* text) {
            std::strncpy(buf, text, sizeof(buf) - 1);
            buf[sizeof(buf) - 1] = '\0';
            second->load_line(buf);
        };
        line(d0->utf8 ? "NOHYPHEN ',\xe2\x80\x93,\xe2\x80\x99,-\n" : "NOHYPHEN ',-\n");
        line("1-1\n");
        line("1'1\n");
        if (d0->utf8) {
            line(
                "1\xe2\x80\x93"
                "1\n");
            line(
                "1\xe2\x80\x99"
                "1\n");
        }
    }
    HyphenDict* a = first->finish();
    HyphenDict* b = second->finish();
    if (nextlevel) {
        a->nextlevel = b;
        return a;
    }
    b->nextlevel = a;
    b->lhmin = a->lhmin;
    b->rhmin = a->rhmin;
    b->clhmin = a->clhmin ? a->clhmin : (a->lhmin ? a->lhmin : 3);
    b->crhmin = a->crhmin ? a->crhmin : (a->rhmin ? a->rhmin : 3);
    return b;
}

void free_hyphen_dict(HyphenDict* dict) {
    if (!dict) return;
    release_hyphen_mapping(dict);  // a compiled dictionary's file mapping, if any
    HyphenDict* next = dict->nextlevel;
    std::free(dict->states);
    std::free(dict->nohyphen);
    std::free(dict);
    free_hyphen_dict(next);
}

}  // namespace galley::text
