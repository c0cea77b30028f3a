// galley's public API: how a job fails. A failed job returns its error as a value (Result::error);
// the API throws no exception of its own (only std::bad_alloc while copying results out).
#pragma once

#include <string>

namespace galley::api {

/// Why a job failed; each value is the `galley` command's exit code for that failure (README.md,
/// "Exit codes").
enum class ErrorCode {
    Usage = 2,         ///< a bad job: unknown output format, an output that is an input
    InputMissing = 3,  ///< the input file is missing, unreadable or not a regular file
    InputInvalid = 4,  ///< the input is not usable text, or its sidecar is bad
    Style = 5,         ///< the style (file or setting) is invalid
    Font = 6,          ///< a needed font is missing or unusable
    OutputFailed = 7,  ///< an output file could not be written
    TooLarge = 8,      ///< an input is larger than the input cap (256 MB by default)
    BadImage = 9,      ///< an image is corrupt, truncated or too large to decode
    OutOfMemory = 10,  ///< memory ran out
    Conformance = 11,  ///< a PDF standard asked for (--pdf-standard) failed galley's own checks
    Internal = 70,     ///< a bug in galley
};

/// The failure that stopped a job: its code, the file it concerns and a one-line reason.
struct JobError {
    ErrorCode code = ErrorCode::Internal;  ///< the category (and CLI exit code)
    std::string file;                      ///< the file (or input name) concerned; may be empty
    std::string message;                   ///< the reason, one line, without the file

    /// "file: message" (or just the message), as the CLI prints it after "galley: error: ".
    std::string format() const;
};

}  // namespace galley::api
