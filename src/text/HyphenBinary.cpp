#include "text/HyphenBinary.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <map>
#include <mutex>
#include <new>
#include <string_view>
#include <vector>

#include "text/HyphenDictLoader.hpp"

namespace galley::text {

namespace fs = std::filesystem;

namespace {

// File layout (native byte order, every section 4-byte aligned; generated on the machine that
// reads it):
//   header: magic[8] "GLYHYB1\n", u32 levels, u32 path bytes, u64 source size, i64 source mtime,
//           source path, padding
//   per level: u8 lhmin rhmin clhmin crhmin, i32 utf8, char cset[20], i32 nohyphenl,
//           u32 nohyphen bytes, u32 states, u32 transitions, u32 string bytes,
//           states (kStateBytes each: i32 match, i32 repl, i8 replindex, i8 replcut, u16 0,
//           i32 fallback, i32 transitions, u32 first transition),
//           transitions (HyphenTrans as libhyphen lays it out, padding zeroed),
//           strings ('\0'-terminated), nohyphen bytes, padding
constexpr char kMagic[8] = {'G', 'L', 'Y', 'H', 'Y', 'B', '1', '\n'};
constexpr std::size_t kStateBytes = 24;
static_assert(sizeof(HyphenTrans) == 8 && offsetof(HyphenTrans, new_state) == 4,
              "the compiled form stores libhyphen's HyphenTrans as it is");

void put(std::string& out, const void* p, std::size_t n) {
    out.append(static_cast<const char*>(p), n);
}
template <typename T>
void put(std::string& out, T v) {
    put(out, &v, sizeof v);
}
void pad(std::string& out) {
    while (out.size() % 4) out.push_back('\0');
}

/// Reads the file's fields in order, with bounds checks.
struct Reader {
    const unsigned char* at;
    const unsigned char* end;
    bool ok = true;
    const unsigned char* take(std::size_t n) {
        if (!ok || static_cast<std::size_t>(end - at) < n) {
            ok = false;
            return nullptr;
        }
        const unsigned char* p = at;
        at += n;
        return p;
    }
    template <typename T>
    T get() {
        T v{};
        if (const unsigned char* p = take(sizeof v)) std::memcpy(&v, p, sizeof v);
        return v;
    }
    void align(const unsigned char* base) {
        while (ok && (at - base) % 4) take(1);
    }
};

/// The mappings behind the dictionaries map_hyphen_dict() made, by dictionary.
struct Mappings {
    std::mutex mutex;
    std::map<const HyphenDict*, std::pair<void*, std::size_t>> by_dict;
};
/// Never destroyed: hyphenators free their dictionaries during static destruction.
Mappings& mappings() {
    static Mappings* m = new Mappings;
    return *m;
}

/// The nohyphen list's bytes: nohyphenl + 1 '\0'-terminated strings.
std::size_t nohyphen_bytes(const HyphenDict* d) {
    if (!d->nohyphen) return 0;
    const char* p = d->nohyphen;
    for (int i = 0; i <= d->nohyphenl; ++i) p += std::strlen(p) + 1;
    return static_cast<std::size_t>(p - d->nohyphen);
}

/// One level read back from `r` (nullptr when malformed); its transitions and strings point
/// into the mapping.
HyphenDict* read_level(Reader& r, const unsigned char* base) {
    auto* d = static_cast<HyphenDict*>(std::calloc(1, sizeof(HyphenDict)));
    if (!d) throw std::bad_alloc();
    d->lhmin = r.get<char>();
    d->rhmin = r.get<char>();
    d->clhmin = r.get<char>();
    d->crhmin = r.get<char>();
    d->utf8 = r.get<std::int32_t>();
    if (const unsigned char* cset = r.take(sizeof d->cset))
        std::memcpy(d->cset, cset, sizeof d->cset);
    d->cset[sizeof d->cset - 1] = '\0';
    d->nohyphenl = r.get<std::int32_t>();
    const auto nohyphen = r.get<std::uint32_t>();
    const auto states = r.get<std::uint32_t>();
    const auto transitions = r.get<std::uint32_t>();
    const auto string_bytes = r.get<std::uint32_t>();
    const unsigned char* state_bytes = r.take(std::size_t{states} * kStateBytes);
    const auto* trans = reinterpret_cast<const HyphenTrans*>(r.take(std::size_t{transitions} * 8));
    const auto* strings = reinterpret_cast<const char*>(r.take(string_bytes));
    const auto* nh = reinterpret_cast<const char*>(r.take(nohyphen));
    r.align(base);
    bool ok = r.ok && states > 0 && (string_bytes == 0 || strings[string_bytes - 1] == '\0') &&
              (nohyphen == 0 || nh[nohyphen - 1] == '\0') && d->nohyphenl >= 0;
    if (ok && nohyphen) {
        d->nohyphen = static_cast<char*>(std::malloc(nohyphen));
        if (!d->nohyphen) throw std::bad_alloc();
        std::memcpy(d->nohyphen, nh, nohyphen);
        // nohyphenl + 1 strings must fit.
        std::size_t k = 0;
        for (int i = 0; ok && i <= d->nohyphenl; ++i) {
            const void* z = std::memchr(nh + k, '\0', nohyphen - k);
            ok = z != nullptr;
            if (ok) k = static_cast<std::size_t>(static_cast<const char*>(z) - nh) + 1;
            ok = ok && (i == d->nohyphenl || k < nohyphen);
        }
    }
    if (ok) {
        d->states = static_cast<HyphenState*>(std::malloc(states * sizeof(HyphenState)));
        if (!d->states) throw std::bad_alloc();
        d->num_states = static_cast<int>(states);
        auto text = [&](std::int32_t at) -> char* {
            if (at < 0) return nullptr;
            if (static_cast<std::uint32_t>(at) >= string_bytes) {
                ok = false;
                return nullptr;
            }
            return const_cast<char*>(strings + at);  // libhyphen only reads them
        };
        for (std::uint32_t i = 0; ok && i < states; ++i) {
            const unsigned char* p = state_bytes + std::size_t{i} * kStateBytes;
            std::int32_t f[6];
            std::memcpy(&f[0], p, 8);
            std::memcpy(&f[2], p + 12, 12);
            HyphenState& s = d->states[i];
            s.match = text(f[0]);
            s.repl = text(f[1]);
            s.replindex = static_cast<signed char>(p[8]);
            s.replcut = static_cast<signed char>(p[9]);
            s.fallback_state = f[2];
            s.num_trans = f[3];
            const auto first = static_cast<std::uint32_t>(f[4]);
            ok = ok && f[2] >= -1 && f[2] < static_cast<std::int32_t>(states) && f[3] >= 0 &&
                 first <= transitions && static_cast<std::uint32_t>(f[3]) <= transitions - first;
            s.trans = ok && f[3] > 0 ? const_cast<HyphenTrans*>(trans + first) : nullptr;
            for (std::int32_t k = 0; ok && k < f[3]; ++k) {
                const int target = trans[first + static_cast<std::uint32_t>(k)].new_state;
                ok = target > 0 && target < static_cast<int>(states);
            }
        }
    }
    if (!ok) {
        std::free(d->states);
        std::free(d->nohyphen);
        std::free(d);
        return nullptr;
    }
    return d;
}

/// Folders that may hold compiled dictionaries, in order.
std::vector<fs::path> binary_dirs() {
    std::vector<fs::path> dirs;
    if (const char* env = std::getenv("GALLEY_HYPHEN_BIN_DIR"); env && *env) dirs.emplace_back(env);
#ifdef GALLEY_HYPHEN_BUILD_DIR
    dirs.emplace_back(GALLEY_HYPHEN_BUILD_DIR);
#endif
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) dirs.push_back(exe.parent_path().parent_path() / "share" / "galley" / "hyphen");
    return dirs;
}

}  // namespace

std::optional<HyphenSource> hyphen_source(const std::string& dic) {
    char* real = ::realpath(dic.c_str(), nullptr);
    if (!real) return std::nullopt;
    HyphenSource s;
    s.path = real;
    std::free(real);
    struct stat st {};
    if (::stat(s.path.c_str(), &st) != 0) return std::nullopt;
    s.size = static_cast<std::uint64_t>(st.st_size);
    s.mtime_ns = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
    return s;
}

std::string compile_hyphen_dict(const HyphenDict* dict, const HyphenSource& source) {
    std::vector<const HyphenDict*> levels;
    for (const HyphenDict* d = dict; d && levels.size() < 8; d = d->nextlevel) levels.push_back(d);
    std::string out;
    put(out, kMagic, sizeof kMagic);
    put(out, static_cast<std::uint32_t>(levels.size()));
    put(out, static_cast<std::uint32_t>(source.path.size()));
    put(out, source.size);
    put(out, source.mtime_ns);
    put(out, source.path.data(), source.path.size());
    pad(out);
    for (const HyphenDict* d : levels) {
        std::string strings;
        std::string states;
        std::string trans;
        std::uint32_t transitions = 0;
        auto add_string = [&](const char* s) -> std::int32_t {
            if (!s) return -1;
            auto at = static_cast<std::int32_t>(strings.size());
            strings.append(s);
            strings.push_back('\0');
            return at;
        };
        for (int i = 0; i < d->num_states; ++i) {
            const HyphenState& s = d->states[i];
            put(states, add_string(s.match));
            put(states, add_string(s.repl));
            put(states, s.replindex);
            put(states, s.replcut);
            put(states, std::uint16_t{0});
            put(states, static_cast<std::int32_t>(s.fallback_state));
            put(states, static_cast<std::int32_t>(s.num_trans));
            put(states, transitions);
            for (int k = 0; k < s.num_trans; ++k) {
                char rec[8] = {};
                rec[0] = s.trans[k].ch;
                std::int32_t target = s.trans[k].new_state;
                std::memcpy(rec + 4, &target, 4);
                trans.append(rec, 8);
                ++transitions;
            }
        }
        put(out, d->lhmin);
        put(out, d->rhmin);
        put(out, d->clhmin);
        put(out, d->crhmin);
        put(out, static_cast<std::int32_t>(d->utf8));
        char cset[sizeof d->cset] = {};
        std::memcpy(cset, d->cset, ::strnlen(d->cset, sizeof cset - 1));
        put(out, cset, sizeof cset);
        put(out, static_cast<std::int32_t>(d->nohyphenl));
        const std::size_t nh = nohyphen_bytes(d);
        put(out, static_cast<std::uint32_t>(nh));
        put(out, static_cast<std::uint32_t>(d->num_states));
        put(out, transitions);
        put(out, static_cast<std::uint32_t>(strings.size()));
        out += states;
        out += trans;
        out += strings;
        if (nh) put(out, d->nohyphen, nh);
        pad(out);
    }
    return out;
}

HyphenDict* map_hyphen_dict(const std::string& hyb, const HyphenSource& source) {
    int fd = ::open(hyb.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return nullptr;
    struct stat st {};
    if (::fstat(fd, &st) != 0 || st.st_size < 32) {
        ::close(fd);
        return nullptr;
    }
    const auto size = static_cast<std::size_t>(st.st_size);
    void* map = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
    ::close(fd);
    if (map == MAP_FAILED) return nullptr;
    const auto* base = static_cast<const unsigned char*>(map);
    Reader r{base, base + size};
    bool ok = std::memcmp(r.take(sizeof kMagic), kMagic, sizeof kMagic) == 0;
    const auto levels = r.get<std::uint32_t>();
    const auto path_bytes = r.get<std::uint32_t>();
    ok = ok && r.get<std::uint64_t>() == source.size;
    ok = ok && r.get<std::int64_t>() == source.mtime_ns;
    const unsigned char* path = r.take(path_bytes);
    ok = ok && r.ok && levels >= 1 && levels <= 8 &&
         std::string_view(reinterpret_cast<const char*>(path), path_bytes) == source.path;
    r.align(base);
    std::vector<HyphenDict*> read;
    for (std::uint32_t i = 0; ok && i < levels; ++i) {
        HyphenDict* d = read_level(r, base);
        ok = d != nullptr;
        if (d) read.push_back(d);
    }
    if (!ok || r.at != r.end) {
        for (HyphenDict* d : read) {
            d->nextlevel = nullptr;
            free_hyphen_dict(d);
        }
        ::munmap(map, size);
        return nullptr;
    }
    for (std::size_t i = 0; i + 1 < read.size(); ++i) read[i]->nextlevel = read[i + 1];
    std::lock_guard lock(mappings().mutex);
    mappings().by_dict[read.front()] = {map, size};
    return read.front();
}

HyphenDict* load_compiled_hyphen_dict(const std::string& dic) {
    auto source = hyphen_source(dic);
    if (!source) return nullptr;
    const std::string name = fs::path(source->path).stem().string() + ".hyb";
    for (const fs::path& dir : binary_dirs()) {
        if (HyphenDict* d = map_hyphen_dict((dir / name).string(), *source)) return d;
    }
    return nullptr;
}

void release_hyphen_mapping(const HyphenDict* dict) {
    std::pair<void*, std::size_t> found{nullptr, 0};
    {
        std::lock_guard lock(mappings().mutex);
        auto it = mappings().by_dict.find(dict);
        if (it == mappings().by_dict.end()) return;
        found = it->second;
        mappings().by_dict.erase(it);
    }
    ::munmap(found.first, found.second);
}

}  // namespace galley::text
