// book: the up-to-date key of a batch article. An output is kept only when every input that
// went into it is unchanged: the article's bytes (front matter included), its sidecar, the bytes
// of every image file its figures show (a Markdown article's, found by reading it), the
// command-line metadata, the resolved style and the style files it came from, the font files it
// may draw on, the hyphenation dictionaries, SOURCE_DATE_EPOCH, galley's version and the output
// kinds. What all articles share is identified once per run (files by path, size and mtime).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "book/BatchRunner.hpp"
#include "style/StyleSheet.hpp"

namespace galley::book {

/// FNV-1a, 64 bit, of `data` continuing from `hash`: a stable hash for change detection and shard
/// assignment (not for security).
std::uint64_t fnv1a(std::string_view data, std::uint64_t hash = 14695981039346656037ULL);

/// The inputs every article of one batch run shares, each as (name, hash or value).
struct RunInputs {
    std::vector<std::pair<std::string, std::string>> parts;  ///< in a fixed order
};

/// Identifies the shared inputs of a run once: style (resolved values, the bytes of every style
/// file that set one, user font files), bundled fonts, hyphenation dictionaries,
/// SOURCE_DATE_EPOCH, version, output kinds, --lang and --meta values.
RunInputs run_inputs(const BatchOptions& options, const style::StyleSheet& style);

/// The stamp of `article`: one "name value" line per input, the run's shared inputs followed by
/// the article's name and bytes, its sidecar's bytes (or "none") and, for a Markdown article
/// (read with `options` as the conversion reads it), the path and bytes of each image file its
/// figures show. Throws Error when the article or its sidecar cannot be read.
std::string article_stamp(const RunInputs& run, const std::filesystem::path& article,
                          const read::ReadOptions& options);

}  // namespace galley::book
