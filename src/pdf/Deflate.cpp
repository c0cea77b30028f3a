#include "pdf/Deflate.hpp"

#include <libdeflate.h>
#include <podofo.h>

#include <array>
#include <memory>
#include <new>

namespace galley::pdf {

namespace {

struct CompressorFree {
    void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
};

/// This thread's compressor for `level` (created on first use; a batch converts in threads).
libdeflate_compressor* compressor(int level) {
    thread_local std::array<std::unique_ptr<libdeflate_compressor, CompressorFree>, 13> cache;
    if (level < 1 || level > 12) level = kPdfDeflateLevel;
    auto& slot = cache[static_cast<std::size_t>(level)];
    if (!slot) {
        slot.reset(libdeflate_alloc_compressor(level));
        if (!slot) throw std::bad_alloc();
    }
    return slot.get();
}

}  // namespace

std::string zlib_compress(std::string_view data, int level) {
    libdeflate_compressor* c = compressor(level);
    std::string out(libdeflate_zlib_compress_bound(c, data.size()), '\0');
    std::size_t n = libdeflate_zlib_compress(c, data.data(), data.size(), out.data(), out.size());
    out.resize(n);  // never 0: the bound always fits
    return out;
}

void set_flate_stream(PoDoFo::PdfObject& object, std::string_view data) {
    using namespace PoDoFo;
    const std::string packed = zlib_compress(data);
    // An empty filter list stores the bytes as given; the /Filter key says how they are encoded.
    object.GetStream()->Set(packed.data(), static_cast<pdf_long>(packed.size()), TVecFilters());
    object.GetDictionary().AddKey(PdfName::KeyFilter, PdfName("FlateDecode"));
}

}  // namespace galley::pdf
