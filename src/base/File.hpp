#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace galley {

/// Reads a whole file as bytes; throws Error(InputMissing) naming the file when it cannot.
std::string read_file(const std::filesystem::path& path);

/// Writes `bytes` to `path` atomically: a temporary file in the same folder, then rename, so a
/// failure never leaves a partial or stale output. Throws Error(OutputFailed) naming the file.
void write_file_atomic(const std::filesystem::path& path, std::string_view bytes);

/// The folder holding galley's data (fonts/, styles/): $GALLEY_DATA_DIR, else the installed
/// share folder, else the source tree the binary was built from.
std::filesystem::path data_dir();

/// Seconds since the epoch from $SOURCE_DATE_EPOCH, or nullopt when unset or malformed.
std::optional<long long> source_date_epoch();

/// Formats seconds since the epoch as UTC "CCYY-MM-DDThh:mm:ssZ".
std::string format_utc(long long epoch_seconds);

}  // namespace galley
