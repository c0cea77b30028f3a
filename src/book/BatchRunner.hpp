// book: many articles at once. BatchRunner converts a folder of articles into one output folder
// on a pool of threads (sharing one immutable font catalog, whose answers never depend on what
// was asked before, so an article's output never depends on its thread), reporting per article and
// never letting one bad article stop the rest. It sits beside app/'s single-article Converter and
// reuses it.
#pragma once

#include <cstddef>
#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

#include "app/Converter.hpp"
#include "style/StyleSheet.hpp"

namespace galley::book {

/// What `galley batch` was asked to do.
struct BatchOptions {
    std::filesystem::path input_dir;            ///< folder of .txt / .md articles (not recursive)
    std::filesystem::path output_dir;           ///< created when missing
    std::vector<app::Format> formats;           ///< outputs per article
    unsigned jobs = 0;                          ///< worker threads; 0 = every core
    unsigned shard_index = 1, shard_count = 1;  ///< take only shard K of N (1-based)
    bool force = false;                         ///< rebuild up-to-date outputs too
    bool progress_bar = false;                  ///< redraw one progress line (a terminal)
    std::string style_key;                      ///< resolved style text, part of the up-to-date key
    read::ReadOptions read;                     ///< --lang, --meta for every article
    std::string cover;                          ///< --cover: "auto" or "" (none)
};

/// The outcome of one article.
struct ArticleResult {
    std::string name;                   ///< file name of the article
    std::string status;                 ///< "ok", "skipped" (up to date) or "failed"
    std::string error;                  ///< the one-line error when failed
    std::vector<std::string> warnings;  ///< formatted warnings
    std::vector<std::size_t> sizes;     ///< bytes of each output, in format order
    double milliseconds = 0;            ///< wall time of the conversion
};

/// Whether `name` belongs to shard `index` of `count` (1-based): a stable hash of the file name,
/// so machines that list the same folder split it with no overlap and no coordination.
bool in_shard(const std::string& name, unsigned index, unsigned count);

/// One article entry (`*.txt`, `*.md`, `*.markdown`) of the input folder.
struct BatchEntry {
    std::filesystem::path path;  ///< the entry as listed (not resolved)
    std::string problem;  ///< why it cannot be converted (a folder, a FIFO, a dangling link, a
                          ///< link leading out of the folder); empty for an article
};

/// Why `path`, an entry of `folder`, cannot be converted, or empty: a symbolic link must resolve
/// inside `folder` (as must the article's sidecar), and the entry must be a regular file.
std::string entry_problem(const std::filesystem::path& path, const std::filesystem::path& folder);

/// Every article entry (`*.txt`, `*.md`, `*.markdown`) of `dir` that falls in the shard, sorted by
/// name, with the problem of each one that cannot be converted (reported as failed, never skipped
/// in silence).
std::vector<BatchEntry> list_articles(const BatchOptions& options);

/// Converts every article, printing progress to `log`, writes OUTDIR/report.json and returns
/// the per-article results in name order. Throws Error only when the batch cannot start at all
/// (missing input folder, unwritable output folder).
std::vector<ArticleResult> run_batch(const BatchOptions& options, const style::StyleSheet& style,
                                     std::ostream& log);

/// The report as JSON (articles in name order, then totals).
std::string report_json(const std::vector<ArticleResult>& results);

}  // namespace galley::book
