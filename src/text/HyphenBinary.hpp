#pragma once

#include <hyphen.h>

#include <cstdint>
#include <optional>
#include <string>

namespace galley::text {

/// The pattern file a compiled dictionary was made from: its resolved path, size and
/// modification time. A compiled dictionary is used only while all three still match.
struct HyphenSource {
    std::string path;           ///< the .dic file, symlinks resolved
    std::uint64_t size = 0;     ///< its size in bytes
    std::int64_t mtime_ns = 0;  ///< its modification time (ns since the epoch)
};

/// The source record of `dic` (symlinks followed); nullopt when it cannot be read.
std::optional<HyphenSource> hyphen_source(const std::string& dic);

/// The compact binary form of a dictionary made by load_hyphen_dict() (both levels): states,
/// transitions and strings as offsets, plus the source record, so that it can be mapped back
/// read-only without parsing. Written at build time by galley-hyphc; the same input always gives
/// the same bytes.
std::string compile_hyphen_dict(const HyphenDict* dict, const HyphenSource& source);

/// The dictionary of compiled file `hyb`, when it exists, is well formed and was compiled from
/// `source` as it is now; else nullptr (the caller parses the .dic instead). Transitions and
/// strings stay in the read-only mapping; only the state array is built (pointer fix-up). Free
/// it with free_hyphen_dict(), like a parsed one.
HyphenDict* map_hyphen_dict(const std::string& hyb, const HyphenSource& source);

/// The compiled dictionary for pattern file `dic`, looked up as <stem>.hyb in
/// $GALLEY_HYPHEN_BIN_DIR, the build tree's hyphen/ folder and <prefix>/share/galley/hyphen next
/// to the executable; nullptr when none is usable.
HyphenDict* load_compiled_hyphen_dict(const std::string& dic);

/// Unmaps the compiled file behind `dict` if it came from map_hyphen_dict() (called by
/// free_hyphen_dict()).
void release_hyphen_mapping(const HyphenDict* dict);

}  // namespace galley::text
