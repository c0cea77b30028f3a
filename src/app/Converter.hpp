// app: the top of the pipeline, the `galley` command line. Converter runs one article through
// read → (epub | layout → pdf) and writes the outputs atomically; main.cpp parses the command
// line (CLI11) and maps errors to the exit codes documented in the README.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "base/Diagnostics.hpp"
#include "read/Reader.hpp"
#include "style/StyleSheet.hpp"
#include "text/FontCatalog.hpp"

namespace galley::app {

/// An output format, chosen from the output file's extension.
enum class Format { Epub, Pdf };

/// The format for `path` (".epub" or ".pdf", any case); throws Error(Usage) otherwise, saying
/// when the name has no extension or nothing before it (".pdf").
Format format_of(const std::filesystem::path& path);

/// Throws Error(Usage) naming the output when one of `outputs` is the same file as one of
/// `inputs` (same device and inode: the same path, a hard link or a symbolic link to it), before
/// anything is written or removed.
void refuse_overwriting_inputs(const std::vector<std::filesystem::path>& outputs,
                               const std::vector<std::filesystem::path>& inputs);

/// Everything one conversion needs.
struct ConvertJob {
    std::filesystem::path input;                 ///< the article
    std::vector<std::filesystem::path> outputs;  ///< one or more .epub / .pdf files
    read::ReadOptions read;                      ///< --lang, --meta, sidecar
};

/// The timestamp used for output dates: $SOURCE_DATE_EPOCH, else the article's date at
/// midnight UTC, else 1980-01-01 (so output never depends on the clock).
long long output_timestamp(const std::string& iso_date);

/// The font catalog over the bundled fonts plus the user fonts `style` brings, after checking that
/// every family the style names exists; throws Error(Style) pointing at the style file and line.
/// Build it once per style and share it: every conversion, output and thread may use it at once.
std::unique_ptr<text::FontCatalog> fonts_for(const style::StyleSheet& style);

/// Removes every file of `outputs` that exists (after a failed job: no stale output stays).
void remove_outputs(const std::vector<std::filesystem::path>& outputs);

/// Converts one article into every requested output in `style`, drawing fonts from `fonts` (shared;
/// each output records its own glyph use, so an output never depends on the others). All outputs
/// are built in memory first and then written atomically; on failure no output of the job exists
/// afterwards (stale ones from an earlier run are removed). An output that is the article or its
/// sidecar is refused first (Error(Usage)), touching nothing. Returns the size in bytes of each
/// output. Warnings go to `diagnostics`; fatal problems throw galley::Error naming the file.
std::vector<std::size_t> convert(const ConvertJob& job, const style::StyleSheet& style,
                                 const text::FontCatalog& fonts, Diagnostics& diagnostics);

}  // namespace galley::app
