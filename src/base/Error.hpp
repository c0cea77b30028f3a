// base: the foundation every other module stands on (errors, diagnostics, lengths, file I/O).
// Nothing here knows about documents, fonts or output formats.
#pragma once

#include <stdexcept>
#include <string>

namespace galley {

/// Why a run failed; each value maps to one documented process exit code (see README).
enum class ErrorCode {
    Usage = 2,         ///< bad command line
    InputMissing = 3,  ///< input file missing, unreadable or not a regular file
    InputInvalid = 4,  ///< input is not usable text (binary, undecodable, empty)
    Style = 5,         ///< style file invalid
    Font = 6,          ///< a needed font is missing or unusable
    OutputFailed = 7,  ///< output could not be written
    TooLarge = 8,      ///< an input is larger than the --max-input cap
    BadImage = 9,      ///< an image (a book's cover) is corrupt, truncated or too large to decode
    OutOfMemory = 10,  ///< memory ran out
    Conformance = 11,  ///< a PDF standard asked for (--pdf-standard) failed galley's own checks
    Internal = 70,     ///< a bug in galley
};

/// The one fatal error type: a failure that prevents output, with the file it concerns.
class Error : public std::runtime_error {
  public:
    /// Builds an error about `file` (may be empty) with a one-line reason.
    Error(ErrorCode code, std::string file, const std::string& reason)
        : std::runtime_error(reason), code_(code), file_(std::move(file)) {}

    /// The error's category, which decides the exit code.
    ErrorCode code() const { return code_; }
    /// The file the error is about, or empty.
    const std::string& file() const { return file_; }
    /// "file: reason" (or just the reason), ready to print.
    std::string message() const { return file_.empty() ? what() : file_ + ": " + what(); }

  private:
    ErrorCode code_;
    std::string file_;
};

}  // namespace galley
