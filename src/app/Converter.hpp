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
#include "galley/Result.hpp"
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

/// The path that means standard input (as the article) or standard output (as an output).
inline const std::filesystem::path kStdStream = "-";

/// Everything one conversion needs, as the command line gives it.
struct ConvertJob {
    std::filesystem::path input;                 ///< the article; "-" = standard input
    std::vector<std::filesystem::path> outputs;  ///< one or more .epub / .pdf files; "-" = stdout
    Format stdout_format = Format::Epub;         ///< the format of the output "-" (--to)
    read::ReadOptions read;  ///< --from, --lang, --resource-path (its `meta` is not read)
    /// --meta KEY=VALUE, each given to api::Metadata::set in order (lists stay lists).
    api::Metadata meta;
    std::string style;  ///< --style: a built-in style's name or a style file
    std::vector<std::pair<std::string, std::string>> style_settings;  ///< --set key=value
    std::string page_source;  ///< --page-source: the style whose pages the EPUB marks
    std::string cover;        ///< --cover: an image file, "auto" or "" (none)
};

/// The name of `input` in messages: "<stdin>" for "-", else the path.
std::string input_name(const std::filesystem::path& input);

/// The API job `job` describes: its metadata as typed values (`job.meta`, named "--meta" in
/// warnings; --lang wins over --meta lang), outputs to files by extension, the style and its
/// settings. The input
/// "-" becomes an in-memory input named "<stdin>" holding all of standard input (read here, at
/// most max_input() bytes; no sidecar, Auto format means plain text); the output "-" becomes an
/// output to memory in `job.stdout_format`.
api::Job api_job(const ConvertJob& job);

/// `galley convert`: runs `job` through galley::api::convert, which loads the style and fonts,
/// then writes the outputs to memory ("-") to standard output, after every file output (once
/// bytes reach a pipe they cannot be taken back; if that write fails, the file outputs are
/// removed). Warnings go to `diagnostics`; a failure is thrown as galley::Error with the job's
/// code, so that main reports it as it reports every command's.
void run_convert(const ConvertJob& job, Diagnostics& diagnostics);

/// Passes a job's warnings (and how many were not kept) to `diagnostics`; throws its error.
void report(const api::Result& result, Diagnostics& diagnostics);

/// Converts one article into every requested output in `style` (loaded already), drawing fonts
/// from `fonts` (one shared catalog; each output records its own glyph use): api::run_job on
/// api_job(job), all outputs or none. Returns the size in bytes of each output. Warnings go to
/// `diagnostics`; fatal problems throw galley::Error naming the file.
std::vector<std::size_t> convert(const ConvertJob& job, const style::StyleSheet& style,
                                 const text::FontCatalog& fonts, Diagnostics& diagnostics);

}  // namespace galley::app
