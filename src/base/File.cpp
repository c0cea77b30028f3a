#include "base/File.hpp"

#include <dlfcn.h>
#include <fcntl.h>
#include <link.h>
#include <sys/stat.h>
#include <unistd.h>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <functional>
#include <iterator>
#include <mutex>
#include <random>
#include <set>

#include "base/Error.hpp"

namespace galley {

namespace fs = std::filesystem;

namespace {

std::atomic<std::uint64_t> g_max_input{kDefaultMaxInput};

/// When this run started: temporary files older than this are a killed run's.
const std::filesystem::file_time_type g_run_start = std::filesystem::file_time_type::clock::now();

constexpr std::string_view kTempMark = ".galley-tmp.";

std::string size_text(std::uint64_t bytes) {
    if (bytes >= (1u << 20) && bytes % (1u << 20) == 0) return std::to_string(bytes >> 20) + " MB";
    if (bytes >= (1u << 10) && bytes % (1u << 10) == 0) return std::to_string(bytes >> 10) + " KB";
    return std::to_string(bytes) + " bytes";
}

/// What kind of non-regular file `mode` describes.
std::string kind_of(mode_t mode) {
    if (S_ISDIR(mode)) return "a directory";
    if (S_ISFIFO(mode)) return "a FIFO";
    if (S_ISCHR(mode)) return "a character device";
    if (S_ISBLK(mode)) return "a block device";
    if (S_ISSOCK(mode)) return "a socket";
    return "not a plain file";
}

std::string open_problem(int err) {
    if (err == ENOENT || err == ENOTDIR) return "no such file";
    if (err == ELOOP) return "too many levels of symbolic links";
    return std::strerror(err);
}

/// A random 6-character suffix for temporary names.
std::string random_suffix() {
    static thread_local std::mt19937_64 rng(std::random_device{}() ^
                                            static_cast<std::uint64_t>(::getpid()) << 32);
    static constexpr char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    std::string out(6, 'x');
    for (char& c : out) c = alphabet[rng() % (sizeof alphabet - 1)];
    return out;
}

/// Removes the temporary files of write_file_atomic in `dir` that are older than this run (a
/// killed run left them); once per folder and process.
void remove_stale_temp_files(const fs::path& dir) {
    static std::mutex mutex;
    static std::set<std::string> done;
    {
        std::lock_guard lock(mutex);
        std::error_code ec;
        fs::path key = fs::weakly_canonical(dir, ec);
        if (!done.insert((ec ? dir : key).string()).second) return;
    }
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (!is_temp_name(name)) continue;
        std::error_code fec;
        if (!it->is_regular_file(fec) || it->is_symlink(fec)) continue;
        auto mtime = fs::last_write_time(it->path(), fec);
        if (!fec && mtime < g_run_start) fs::remove(it->path(), fec);
    }
}

void write_all(int fd, std::string_view bytes, const fs::path& path,
               const std::function<void()>& cleanup) {
    const char* p = bytes.data();
    std::size_t left = bytes.size();
    while (left > 0) {
        ssize_t n = ::write(fd, p, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            std::string reason = std::strerror(errno);
            cleanup();
            throw Error(ErrorCode::OutputFailed, path.string(), reason);
        }
        p += n;
        left -= static_cast<std::size_t>(n);
    }
}

/// Whether O_TMPFILE may be used (GALLEY_NO_TMPFILE=1 forces the named-file fallback, for tests).
bool use_tmpfile() {
    const char* env = std::getenv("GALLEY_NO_TMPFILE");
    return !(env && *env && std::string_view(env) != "0");
}

}  // namespace

void set_max_input(std::uint64_t bytes) {
    g_max_input = bytes;
}

std::uint64_t max_input() {
    return g_max_input;
}

std::optional<std::uint64_t> parse_size(std::string_view text) {
    std::uint64_t value = 0;
    std::size_t i = 0;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
        if (value > (std::uint64_t{1} << 50)) return std::nullopt;
        value = value * 10 + static_cast<unsigned>(text[i] - '0');
    }
    if (i == 0) return std::nullopt;
    std::string unit(text.substr(i));
    for (char& c : unit) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (unit.size() == 2 && unit[1] == 'B') unit.pop_back();
    int shift = 0;
    if (unit == "K")
        shift = 10;
    else if (unit == "M")
        shift = 20;
    else if (unit == "G")
        shift = 30;
    else if (!unit.empty() && unit != "B")
        return std::nullopt;
    if (value == 0 || value > (std::uint64_t{1} << (62 - shift))) return std::nullopt;
    return value << shift;
}

std::string input_problem(const fs::path& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return open_problem(errno);
    if (!S_ISREG(st.st_mode)) return "is " + kind_of(st.st_mode) + ", not a regular file";
    return {};
}

std::string read_file(const fs::path& path) {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below anyway.
    int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) throw Error(ErrorCode::InputMissing, path.string(), open_problem(errno));
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        std::string reason = "is " + kind_of(st.st_mode) + ", not a regular file";
        ::close(fd);
        throw Error(ErrorCode::InputMissing, path.string(), reason);
    }
    const std::uint64_t cap = max_input();
    auto too_large = [&]() {
        ::close(fd);
        return Error(ErrorCode::TooLarge, path.string(),
                     "larger than " + size_text(cap) + " (the --max-input limit)");
    };
    if (static_cast<std::uint64_t>(st.st_size) > cap) throw too_large();
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    std::string out;
    out.reserve(static_cast<std::size_t>(st.st_size));
    // A file may grow while it is read, or report no size at all (/proc): stop past the cap.
    char buf[65536];
    for (;;) {
        ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0) {
            if (errno == EINTR) continue;
            std::string reason = std::strerror(errno);
            ::close(fd);
            throw Error(ErrorCode::InputMissing, path.string(), "read error: " + reason);
        }
        if (n == 0) break;
        out.append(buf, static_cast<std::size_t>(n));
        if (out.size() > cap) throw too_large();
    }
    ::close(fd);
    return out;
}

std::string read_stdin() {
    std::string bytes;
    char buffer[65536];
    const std::uint64_t cap = max_input();
    for (;;) {
        const std::size_t n = std::fread(buffer, 1, sizeof buffer, stdin);
        bytes.append(buffer, n);
        if (bytes.size() > cap)
            throw Error(ErrorCode::TooLarge, "<stdin>",
                        "larger than " + size_text(cap) + " (the --max-input limit)");
        if (n < sizeof buffer) break;
    }
    if (std::ferror(stdin))
        throw Error(ErrorCode::InputMissing, "<stdin>", "cannot read standard input");
    return bytes;
}

bool same_file(const fs::path& a, const fs::path& b) {
    struct stat sa {
    }, sb{};
    if (::stat(a.c_str(), &sa) != 0 || ::stat(b.c_str(), &sb) != 0) return false;
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

bool inside_folder(const fs::path& path, const fs::path& root) {
    std::error_code ec;
    fs::path r = fs::weakly_canonical(fs::absolute(root, ec), ec);
    if (ec) return false;
    fs::path p = fs::weakly_canonical(fs::absolute(path, ec), ec);
    if (ec) return false;
    auto pi = p.begin();
    for (auto ri = r.begin(); ri != r.end(); ++ri, ++pi) {
        if (ri->empty() && std::next(ri) == r.end()) break;  // "dir/": the trailing empty part
        if (pi == p.end() || *pi != *ri) return false;
    }
    return true;
}

bool is_temp_name(std::string_view name) {
    // "." + NAME + ".galley-tmp." + 6 letters or digits
    if (name.size() < 1 + 1 + kTempMark.size() + 6 || name[0] != '.') return false;
    const std::size_t mark = name.size() - 6 - kTempMark.size();
    if (name.substr(mark, kTempMark.size()) != kTempMark) return false;
    for (char c : name.substr(name.size() - 6))
        if (!std::isalnum(static_cast<unsigned char>(c))) return false;
    return true;
}

void write_file_atomic(const fs::path& path, std::string_view bytes) {
    fs::path dir = path.parent_path();
    if (dir.empty()) dir = ".";
    remove_stale_temp_files(dir);
    const std::string prefix = "." + path.filename().string() + std::string(kTempMark);

    // An unnamed file: nothing is left behind when the process dies before it is linked.
    int fd = use_tmpfile() ? ::open(dir.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666) : -1;
    if (fd >= 0) {
        write_all(fd, bytes, path, [fd] { ::close(fd); });
        const std::string proc = "/proc/self/fd/" + std::to_string(fd);
        // A new file is linked at its name directly; an existing one is replaced by rename, from a
        // temporary name (the only moment a killed run can leave a file, removed by the next run).
        bool linked =
            ::linkat(AT_FDCWD, proc.c_str(), AT_FDCWD, path.c_str(), AT_SYMLINK_FOLLOW) == 0;
        int err = linked ? 0 : errno;
        for (int attempt = 0; !linked && err == EEXIST && attempt < 100; ++attempt) {
            fs::path tmp = dir / (prefix + random_suffix());
            if (::linkat(AT_FDCWD, proc.c_str(), AT_FDCWD, tmp.c_str(), AT_SYMLINK_FOLLOW) != 0) {
                err = errno;
                continue;
            }
            if (std::rename(tmp.c_str(), path.c_str()) != 0) {
                err = errno;
                ::unlink(tmp.c_str());
                break;
            }
            linked = true;
        }
        ::close(fd);
        if (!linked) throw Error(ErrorCode::OutputFailed, path.string(), std::strerror(err));
        return;
    }

    // No O_TMPFILE here: a named temporary file, recognisable so that the next run removes it.
    std::string tmpl = (dir / (prefix + "XXXXXX")).string();
    fd = ::mkstemp(tmpl.data());
    if (fd < 0) throw Error(ErrorCode::OutputFailed, path.string(), std::strerror(errno));
    write_all(fd, bytes, path, [&] {
        ::close(fd);
        ::unlink(tmpl.c_str());
    });
    // mkstemp creates 0600; give the file the usual permissions (0666 less the umask).
    mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);
    if (::close(fd) != 0 || std::rename(tmpl.c_str(), path.c_str()) != 0) {
        std::string reason = std::strerror(errno);
        ::unlink(tmpl.c_str());
        throw Error(ErrorCode::OutputFailed, path.string(), reason);
    }
}

fs::path data_dir() {
    if (const char* env = std::getenv("GALLEY_DATA_DIR"); env && *env) return env;
    std::error_code ec;
    // Installed, the data sits at the same place relative to the library (libgalley.so, when a
    // program links it) and to the program: PREFIX/share/galley beside PREFIX/lib, PREFIX/bin.
    Dl_info info{};
    link_map* module = nullptr;
    if (::dladdr1(reinterpret_cast<void*>(&data_dir), &info, reinterpret_cast<void**>(&module),
                  RTLD_DL_LINKMAP) != 0 &&
        module && module->l_name && *module->l_name) {  // the main program's name is empty
        const fs::path share = fs::path(module->l_name).parent_path() / GALLEY_LIB_TO_DATA;
        if (fs::exists(share / "fonts", ec)) return share.lexically_normal();
    }
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const fs::path share = exe.parent_path() / GALLEY_BIN_TO_DATA;
        if (fs::exists(share / "fonts", ec)) return share.lexically_normal();
    }
    return GALLEY_SOURCE_DATA_DIR;
}

std::optional<long long> source_date_epoch() {
    const char* env = std::getenv("SOURCE_DATE_EPOCH");
    if (!env || !*env) return std::nullopt;
    char* end = nullptr;
    errno = 0;
    long long v = std::strtoll(env, &end, 10);
    if (errno != 0 || *end != '\0' || v < 0) return std::nullopt;
    return v;
}

std::string format_utc(long long epoch_seconds) {
    std::time_t t = static_cast<std::time_t>(epoch_seconds);
    std::tm tm{};
    ::gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

}  // namespace galley
