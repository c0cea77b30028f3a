#pragma once

#include <string>
#include <string_view>

namespace galley {

/// Appends code point `c` to `out` as UTF-8 (the caller passes a valid scalar value).
void append_utf8(std::string& out, char32_t c);

/// `text` encoded as UTF-8.
std::string to_utf8(std::u32string_view text);

}  // namespace galley
