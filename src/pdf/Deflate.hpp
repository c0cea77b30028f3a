#pragma once

#include <string>
#include <string_view>

namespace PoDoFo {
class PdfObject;
}

namespace galley::pdf {

/// libdeflate's compression level for PDF streams, chosen by measurement (bench_deflate_levels on
/// the 436 streams, 5.8 MB, of a 1 MB text's PDF): level 4 is 4.1 % larger than zlib level 6 at
/// about 3.5× its speed; level 5 is 1.1 % larger at 2.5×; level 3 is 5.0 % larger and no faster.
/// libdeflate is deterministic: the same bytes always give the same output.
constexpr int kPdfDeflateLevel = 4;

/// `data` compressed in the zlib format (RFC 1950, what /FlateDecode reads) with libdeflate at
/// `level` (1–12). One compressor per thread and level, reused.
std::string zlib_compress(std::string_view data, int level = kPdfDeflateLevel);

/// Sets `object`'s stream to `data` compressed by zlib_compress() and marks it /FlateDecode:
/// PoDoFo gets the bytes already encoded and stores them as they are (no second compression).
void set_flate_stream(PoDoFo::PdfObject& object, std::string_view data);

}  // namespace galley::pdf
