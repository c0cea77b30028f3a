#include "base/File.hpp"

#include <sys/stat.h>
#include <unistd.h>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <sstream>

#include "base/Error.hpp"

namespace galley {

namespace fs = std::filesystem;

std::string read_file(const fs::path& path) {
    std::error_code ec;
    if (!fs::exists(path, ec)) throw Error(ErrorCode::InputMissing, path.string(), "no such file");
    if (fs::is_directory(path, ec))
        throw Error(ErrorCode::InputMissing, path.string(), "is a directory");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(ErrorCode::InputMissing, path.string(), std::strerror(errno));
    std::ostringstream buf;
    buf << in.rdbuf();
    if (in.bad()) throw Error(ErrorCode::InputMissing, path.string(), "read error");
    return std::move(buf).str();
}

void write_file_atomic(const fs::path& path, std::string_view bytes) {
    fs::path dir = path.parent_path();
    if (dir.empty()) dir = ".";
    std::string tmpl = (dir / ("." + path.filename().string() + ".XXXXXX")).string();
    int fd = ::mkstemp(tmpl.data());
    if (fd < 0) throw Error(ErrorCode::OutputFailed, path.string(), std::strerror(errno));
    const char* p = bytes.data();
    std::size_t left = bytes.size();
    while (left > 0) {
        ssize_t n = ::write(fd, p, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            std::string reason = std::strerror(errno);
            ::close(fd);
            ::unlink(tmpl.c_str());
            throw Error(ErrorCode::OutputFailed, path.string(), reason);
        }
        p += n;
        left -= static_cast<std::size_t>(n);
    }
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
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        fs::path share = exe.parent_path().parent_path() / "share" / "galley";
        if (fs::exists(share / "fonts", ec)) return share;
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
