#include "base/Deflate.hpp"

#include <libdeflate.h>

#include <memory>
#include <new>

namespace galley {

namespace {

struct CompressorFree {
    void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
};

/// This thread's compressor (created on first use; a batch converts in threads).
libdeflate_compressor* compressor() {
    thread_local std::unique_ptr<libdeflate_compressor, CompressorFree> c;
    if (!c) {
        c.reset(libdeflate_alloc_compressor(kDeflateLevel));
        if (!c) throw std::bad_alloc();
    }
    return c.get();
}

}  // namespace

std::string zlib_compress(std::string_view data) {
    libdeflate_compressor* c = compressor();
    std::string out(libdeflate_zlib_compress_bound(c, data.size()), '\0');
    out.resize(libdeflate_zlib_compress(c, data.data(), data.size(), out.data(), out.size()));
    return out;  // never empty: the bound always fits
}

std::string deflate_compress(std::string_view data) {
    libdeflate_compressor* c = compressor();
    std::string out(libdeflate_deflate_compress_bound(c, data.size()), '\0');
    out.resize(libdeflate_deflate_compress(c, data.data(), data.size(), out.data(), out.size()));
    return out;
}

std::uint32_t crc32(std::string_view data) {
    return libdeflate_crc32(0, data.data(), data.size());
}

}  // namespace galley
