// read: small UTF-8 helpers shared by the reader's stages (decoder, parsers, detectors).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/Utf8.hpp"

namespace galley::read {

/// Decodes the code point at `pos` (advancing it); returns U+FFFD for a malformed sequence.
char32_t next_code_point(std::string_view s, std::size_t& pos);
/// Decodes the code point that ends just before `pos` (moving it back); 0 at the start.
char32_t prev_code_point(std::string_view s, std::size_t& pos);
using galley::append_utf8;  ///< UTF-8 encoding lives in base/Utf8.hpp
/// Number of code points in a valid UTF-8 string.
std::size_t code_point_count(std::string_view s);

/// True for Unicode white space (Zs, tab, line feeds, and U+200B..U+200D, U+FEFF).
bool is_space(char32_t c);
/// True for letters and digits in any script (ICU u_isalnum).
bool is_alnum(char32_t c);
/// True for letters in any script (ICU u_isalpha).
bool is_alpha(char32_t c);
/// True for a lowercase letter (ICU u_islower).
bool is_lower(char32_t c);
/// True for an uppercase or titlecase letter.
bool is_upper(char32_t c);

/// True when every byte of `s` is ASCII (tested eight bytes at a time).
bool is_ascii(std::string_view s);
/// Writes the ASCII text `s` lowercased to `out` (s.size() bytes; eight at a time).
void ascii_lower(std::string_view s, char* out);

/// `s` without leading and trailing white space (ASCII spaces and Unicode spaces).
std::string_view trim(std::string_view s);
/// Lowercased copy (full Unicode case mapping, root locale).
std::string to_lower(std::string_view s);
/// Splits `s` at '\n' into views (no terminators).
std::vector<std::string_view> split_lines(std::string_view s);
/// Splits into words at white space.
std::vector<std::string_view> split_words(std::string_view s);
/// Case-insensitive ASCII prefix test.
bool starts_with_nocase(std::string_view s, std::string_view prefix);

}  // namespace galley::read
