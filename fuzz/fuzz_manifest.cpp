// fuzz: the book manifest parser (api/Manifest). The input is book.toml in a scratch folder
// that also holds the articles a.txt, b.txt, c.txt, intro.txt and the covers cover.png and
// cover.jpg (headers only), so manifests naming them get past the existence checks.
// galley::Error (bad TOML, unknown key, missing file, bad cover) is expected, not a finding.
#include <cstddef>
#include <cstdint>
#include <string>

#include "FuzzSupport.hpp"
#include "api/Manifest.hpp"
#include "base/Error.hpp"

namespace {

/// The bytes of a string literal, NULs included.
template <size_t N>
std::string bytes(const char (&literal)[N]) {
    return std::string(literal, N - 1);
}

// A PNG signature and IHDR for 2×3 pixels, and a JPEG SOI + SOF0 for 3×2 pixels.
const std::string kPng = bytes("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR\0\0\0\x02\0\0\0\x03\x08\x02\0\0\0");
const std::string kJpeg =
    bytes("\xff\xd8\xff\xc0\0\x11\x08\0\x02\0\x03\x03\x01\x22\0\x02\x11\x01\x03\x11\x01");

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    for (const char* name : {"a.txt", "b.txt", "c.txt", "intro.txt"})
        galley::fuzz::write_scratch(name, "A title\n\nSome text.\n");
    galley::fuzz::write_scratch("cover.png", kPng);
    galley::fuzz::write_scratch("cover.jpg", kJpeg);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const auto path = galley::fuzz::write_scratch("book.toml", galley::fuzz::input(data, size));
    try {
        const galley::api::Manifest manifest = galley::api::load_manifest(path);
        (void)manifest.all_articles();
    } catch (const galley::Error&) {
    }
    return 0;
}
