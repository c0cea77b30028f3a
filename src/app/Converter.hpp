// app: the top of the pipeline, the `galley` command line. Converter is the thin driver between
// the command line's options and the job API (src/api, include/galley): `convert` runs one
// galley::api::Job; batch runs one per article with a style and fonts of its own. main.cpp
// parses the command line (CLI11) and maps errors to the exit codes documented in the README.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "api/OutputFiles.hpp"
#include "api/Resources.hpp"
#include "base/Diagnostics.hpp"
#include "galley/Job.hpp"
#include "read/Reader.hpp"
#include "style/StyleSheet.hpp"
#include "text/FontCatalog.hpp"

namespace galley::app {

/// An output format, chosen from the output file's extension.
using Format = api::OutputFormat;
using api::fonts_for;
using api::format_of;
using api::output_timestamp;
using api::refuse_overwriting_inputs;
using api::remove_outputs;

/// Everything one conversion needs, as the command line gives it.
struct ConvertJob {
    std::filesystem::path input;                 ///< the article
    std::vector<std::filesystem::path> outputs;  ///< one or more .epub / .pdf files
    read::ReadOptions read;  ///< --from, --lang, --meta (key=value; authors joined by "; ")
    std::string style;       ///< --style: a built-in style's name or a style file
    std::vector<std::pair<std::string, std::string>> style_settings;  ///< --set key=value
};

/// The API job `job` describes: its metadata as typed values (Metadata::set on each --meta; --lang
/// wins over --meta lang), outputs to files by extension, the style and its settings.
api::Job api_job(const ConvertJob& job);

/// `galley convert`: runs `job` through galley::api::convert, which loads the style and fonts.
/// Warnings go to `diagnostics`; a failure is thrown as galley::Error with the job's code, so
/// that main reports it as it reports every command's.
void run_convert(const ConvertJob& job, Diagnostics& diagnostics);

/// Converts one article into every requested output in `style` (loaded already), drawing fonts
/// from `fonts` (one shared catalog; each output records its own glyph use): api::run_job on
/// api_job(job), all outputs or none. Returns the size in bytes of each output. Warnings go to
/// `diagnostics`; fatal problems throw galley::Error naming the file.
std::vector<std::size_t> convert(const ConvertJob& job, const style::StyleSheet& style,
                                 const text::FontCatalog& fonts, Diagnostics& diagnostics);

}  // namespace galley::app
