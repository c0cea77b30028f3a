#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace galley {

/// One warning, with the file and (1-based, 0 = unknown) line it concerns.
struct Diagnostic {
    std::string file;     ///< input file the warning is about
    int line = 0;         ///< 1-based line number, or 0 when not tied to a line
    std::string message;  ///< one-line description

    /// "file:line: warning: message" as compilers print it.
    std::string format() const;
};

/// The diagnostics sink: collects warnings (recoverable problems) with file and line.
/// Fatal problems are thrown as galley::Error instead. Not thread-safe: one sink per job.
class Diagnostics {
  public:
    /// Most warnings kept; later ones are counted but dropped (like QPDF's cap).
    static constexpr std::size_t kMaxKept = 1000;
    /// Longest message kept, in bytes; longer ones (quoting huge input) are cut.
    static constexpr std::size_t kMaxMessageBytes = 4096;

    /// Records a warning about `file` at `line` (0 when not tied to a line); the message is made
    /// clean text (base/TextCheck) and cut to kMaxMessageBytes.
    void warn(const std::string& file, int line, std::string message);
    /// Warnings recorded so far, in order.
    const std::vector<Diagnostic>& warnings() const { return warnings_; }
    /// Counts `n` more warnings that were reported elsewhere and not kept (a job's, copied in).
    void count_dropped(std::size_t n) { count_ += n; }
    /// How many warnings were reported, kept or not.
    std::size_t count() const { return count_; }

  private:
    std::vector<Diagnostic> warnings_;
    std::size_t count_ = 0;
};

}  // namespace galley
