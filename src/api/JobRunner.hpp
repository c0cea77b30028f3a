// api: the one path from a Job to its outputs, shared by galley::api::convert (which loads the
// style and fonts first), the CLI's convert and batch (which pass a style and fonts of their own).
#pragma once

#include <vector>

#include "base/Diagnostics.hpp"
#include "galley/Job.hpp"
#include "galley/Result.hpp"
#include "style/StyleSheet.hpp"
#include "text/FontCatalog.hpp"

namespace galley::api {

/// The format of each of the job's outputs, in order; throws Error(Usage) for an output to a
/// file whose name has no known extension, or an output to memory without a format, or no output.
std::vector<OutputFormat> output_formats(const Job& job);

/// The files of the job's outputs that go to files, in order.
std::vector<std::filesystem::path> output_files(const Job& job);

/// The name diagnostics give the job's input: the file's path, or the in-memory input's name.
std::string input_name(const Input& input);

/// Runs `job` in `style` (loaded from job.style) drawing fonts from `fonts` (shared; each output
/// keeps its own glyph use): reads the article, applies the job's metadata, checks the document,
/// makes every output in memory and then writes the file outputs atomically. An output that is the
/// article, its sidecar, the style file or one of its fonts is refused first (Error(Usage)),
/// touching nothing; on any failure no file output of the job exists afterwards. Warnings go to
/// `diagnostics`; failures throw galley::Error naming the file. The results hold the bytes of
/// outputs to memory and the size of every output.
std::vector<OutputResult> run_job(const Job& job, const style::StyleSheet& style,
                                  const text::FontCatalog& fonts, Diagnostics& diagnostics);

}  // namespace galley::api
