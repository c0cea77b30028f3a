// read: the first stage of the reader. Bytes of an article file → clean UTF-8 text: byte order
// marks (UTF-8, UTF-16 LE/BE), strict UTF-8, else ICU charset detection (ISO-8859-1 read as
// windows-1252, reported as a guess), line endings to LF, NFC, tabs to spaces, trailing spaces
// trimmed, stray control characters removed. Binary and empty input are rejected with an Error.
#pragma once

#include <string>
#include <string_view>

#include "base/Diagnostics.hpp"

namespace galley::read {

/// Decodes the raw bytes of the article `file` into normalised UTF-8 text (LF line ends, NFC,
/// no tabs, no trailing spaces). Warnings (guessed charset, removed control characters) go to
/// `diagnostics`; binary, undecodable or empty input throws Error(ErrorCode::InputInvalid).
std::string decode_text(std::string_view bytes, const std::string& file, Diagnostics& diagnostics);

}  // namespace galley::read
