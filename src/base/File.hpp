#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace galley {

/// The default cap on the size of one input file: 256 MB.
inline constexpr std::uint64_t kDefaultMaxInput = std::uint64_t{256} << 20;

/// Sets the cap read_file applies to every input (`--max-input`), for the whole process.
void set_max_input(std::uint64_t bytes);

/// The cap read_file applies to every input, in bytes.
std::uint64_t max_input();

/// Parses a size such as "1000", "64K", "256M", "1G" or "2GB" (powers of 1024); nothing when
/// malformed or zero.
std::optional<std::uint64_t> parse_size(std::string_view text);

/// Why `path` cannot be read as an input ("no such file", "is a directory, not a regular file",
/// "is a FIFO, not a regular file"...), or empty when it is a regular file (after symlinks).
std::string input_problem(const std::filesystem::path& path);

/// Reads a whole regular file as bytes, never blocking (a FIFO is refused before it is read) and
/// never reading more than max_input() bytes. Throws Error naming the file: InputMissing when it
/// is missing, unreadable or not a regular file (a directory, FIFO, device, socket), TooLarge
/// when it holds more than max_input() bytes.
std::string read_file(const std::filesystem::path& path);

/// Reads all of standard input as bytes, never more than max_input(). Throws Error naming
/// "<stdin>": TooLarge past the cap, InputMissing when it cannot be read.
std::string read_stdin();

/// Whether `a` and `b` name the same existing file (same device and inode, after symlinks).
bool same_file(const std::filesystem::path& a, const std::filesystem::path& b);

/// Whether `path`, with every symbolic link resolved, lies inside the folder tree of `root` (also
/// resolved). A path that does not exist yet is resolved as far as it exists.
bool inside_folder(const std::filesystem::path& path, const std::filesystem::path& root);

/// Writes `bytes` to `path` atomically, so a failure or a killed process never leaves a partial,
/// stale or temporary file: an unnamed O_TMPFILE file in the same folder linked into place (then
/// renamed over an existing target); where the file system has no O_TMPFILE, a temporary
/// `.NAME.galley-tmp.XXXXXX` renamed into place. The first write into a folder removes such
/// temporary files older than this run (a killed run's). GALLEY_NO_TMPFILE=1 in the environment
/// forces the named fallback (for tests). Throws Error(OutputFailed) naming the file.
void write_file_atomic(const std::filesystem::path& path, std::string_view bytes);

/// Whether `name` is a temporary file name of write_file_atomic (`.NAME.galley-tmp.XXXXXX`).
bool is_temp_name(std::string_view name);

/// The folder holding galley's data (fonts/, styles/): $GALLEY_DATA_DIR, else share/galley
/// beside the installed library (libgalley.so) or program, else the source tree they were built
/// from. Relative to the install prefix, so an installed tree can be moved (a .deb unpacked).
std::filesystem::path data_dir();

/// Seconds since the epoch from $SOURCE_DATE_EPOCH, or nullopt when unset or malformed.
std::optional<long long> source_date_epoch();

/// Formats seconds since the epoch as UTC "CCYY-MM-DDThh:mm:ssZ".
std::string format_utc(long long epoch_seconds);

}  // namespace galley
