// api: the checks a job makes on its output files before any work, and the clean-up after a
// failure (so that a failed job leaves no output behind).
#pragma once

#include <filesystem>
#include <vector>

#include "galley/Job.hpp"

namespace galley::api {

/// The format for `path` (".epub" or ".pdf", any case); throws Error(Usage) otherwise, saying
/// when the name has no extension or nothing before it (".pdf").
OutputFormat format_of(const std::filesystem::path& path);

/// Throws Error(Usage) naming the output when one of `outputs` is the same file as one of
/// `inputs` (same device and inode: the same path, a hard link or a symbolic link to it), before
/// anything is written or removed.
void refuse_overwriting_inputs(const std::vector<std::filesystem::path>& outputs,
                               const std::vector<std::filesystem::path>& inputs);

/// Removes every file of `outputs` that exists (after a failed job: no stale output stays).
void remove_outputs(const std::vector<std::filesystem::path>& outputs);

}  // namespace galley::api
