#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace galley {

/// libdeflate's compression level for PDF streams and EPUB entries, chosen by measurement
/// (bench/bench_deflate_levels.cpp): level 4 is 4.1 % larger than zlib level 6 on the 436 streams
/// (5.8 MB) of a 1 MB text's PDF and 2.0 % larger on the entries of a 3 MB text's EPUB, at 3–4×
/// zlib's speed; level 3 is 5.0 % larger on the PDF and no faster. libdeflate is deterministic:
/// the same bytes always give the same output.
constexpr int kDeflateLevel = 4;

/// `data` compressed in the zlib format (RFC 1950, what PDF's /FlateDecode reads) with
/// libdeflate. One compressor per thread, reused.
std::string zlib_compress(std::string_view data);

/// `data` as a raw deflate stream (RFC 1951, what a zip entry holds) with libdeflate.
std::string deflate_compress(std::string_view data);

/// The CRC-32 of `data` (the zip checksum).
std::uint32_t crc32(std::string_view data);

}  // namespace galley
