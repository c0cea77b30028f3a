#include "FuzzSupport.hpp"

#include <stdlib.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>

namespace galley::fuzz {

namespace {

std::filesystem::path make_scratch() {
    const char* tmp = std::getenv("TMPDIR");
    std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/galley-fuzz.XXXXXX";
    if (!mkdtemp(pattern.data())) {
        std::perror("galley-fuzz: mkdtemp");
        std::abort();
    }
    return pattern;
}

void remove_scratch() {
    std::error_code ec;
    std::filesystem::remove_all(scratch_dir(), ec);
}

}  // namespace

const std::filesystem::path& scratch_dir() {
    static const std::filesystem::path dir = [] {
        std::filesystem::path d = make_scratch();
        std::atexit(remove_scratch);
        return d;
    }();
    return dir;
}

std::filesystem::path write_scratch(const std::string& name, std::string_view bytes) {
    std::filesystem::path path = scratch_dir() / name;
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) {
        std::perror(("galley-fuzz: cannot write " + path.string()).c_str());
        std::abort();
    }
    return path;
}

}  // namespace galley::fuzz
