#pragma once

#include <string>
#include <vector>

namespace galley::epub {

/// One file of the container.
struct ZipEntry {
    std::string name;   ///< path inside the zip ("EPUB/package.opf")
    std::string bytes;  ///< content
};

/// DOS date and time (as zip stores them) for `epoch_seconds` in UTC, clamped to
/// 1980-01-01..2107-12-31; first = time, second = date.
std::pair<unsigned, unsigned> dos_time(long long epoch_seconds);

/// The OCF container as zip bytes: "mimetype" first and stored, then META-INF/container.xml
/// pointing at `opf_path`, then `entries` in the given order, deflated by libdeflate (level
/// kDeflateLevel of base/Deflate.hpp; libzip copies the deflated bytes), every entry stamped with
/// `timestamp` (UTC). Same input, same bytes. Throws Error(OutputFailed) on failure.
std::string write_ocf(const std::string& opf_path, const std::vector<ZipEntry>& entries,
                      long long timestamp);

}  // namespace galley::epub
