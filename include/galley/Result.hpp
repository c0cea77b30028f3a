// galley's public API: what a job gives back.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "galley/Diagnostic.hpp"
#include "galley/Error.hpp"
#include "galley/Job.hpp"

namespace galley::api {

/// One output a job made.
struct OutputResult {
    OutputFormat format = OutputFormat::Epub;  ///< its format
    std::filesystem::path path;  ///< the file it was written to; empty for an output to memory
    std::string bytes;           ///< an output to memory: the EPUB or PDF bytes (binary)
    std::size_t size = 0;        ///< its size in bytes
};

/// The outcome of a job: its outputs, in the job's order, or the error that stopped it; the
/// diagnostics either way.
struct Result {
    std::vector<OutputResult> outputs;    ///< empty when the job failed
    std::vector<Diagnostic> diagnostics;  ///< warnings in order, then the error when it failed
    std::size_t warnings_not_kept = 0;    ///< warnings past the first 1000, counted but not kept
    std::optional<JobError> error;        ///< set when the job failed (no output file exists)
    std::size_t articles = 0;             ///< articles made: 1 for convert, the book's count

    /// Whether the job succeeded (warnings may have been reported).
    bool ok() const { return !error.has_value(); }
};

}  // namespace galley::api
