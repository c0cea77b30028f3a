// galley-hyphc: compiles a libhyphen pattern dictionary (.dic) into galley's binary form (.hyb,
// see text/HyphenBinary.hpp). Run by CMake at build time for every installed hyphen-* dictionary.
// Usage: galley-hyphc IN.dic OUT.hyb
#include <cstdio>
#include <fstream>
#include <string>

#include "text/HyphenBinary.hpp"
#include "text/HyphenDictLoader.hpp"

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: galley-hyphc IN.dic OUT.hyb\n");
        return 2;
    }
    auto source = galley::text::hyphen_source(argv[1]);
    HyphenDict* dict = source ? galley::text::load_hyphen_dict(source->path) : nullptr;
    if (!dict) {
        std::fprintf(stderr, "galley-hyphc: cannot read %s\n", argv[1]);
        return 1;
    }
    const std::string bytes = galley::text::compile_hyphen_dict(dict, *source);
    galley::text::free_hyphen_dict(dict);
    const std::string tmp = std::string(argv[2]) + ".tmp";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        if (!out) {
            std::fprintf(stderr, "galley-hyphc: cannot write %s\n", tmp.c_str());
            return 1;
        }
    }
    if (std::rename(tmp.c_str(), argv[2]) != 0) {
        std::fprintf(stderr, "galley-hyphc: cannot write %s\n", argv[2]);
        return 1;
    }
    return 0;
}
