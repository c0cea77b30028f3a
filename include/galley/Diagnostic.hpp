// galley's public API: what a job reports about its input besides its outputs.
#pragma once

#include <string>

namespace galley::api {

/// How serious a diagnostic is.
enum class Severity {
    Warning,  ///< a recoverable problem: the outputs were still made
    Error,    ///< the failure that stopped the job (also in Result::error)
};

/// One message about the input, with the file (or in-memory input's name) and line it concerns.
struct Diagnostic {
    std::string file;                       ///< the file or input name; may be empty
    int line = 0;                           ///< 1-based line, or 0 when not tied to a line
    Severity severity = Severity::Warning;  ///< warning or error
    std::string message;                    ///< one line

    /// "file:line: warning: message" as compilers print it (line and file left out when unknown).
    std::string format() const;
};

}  // namespace galley::api
