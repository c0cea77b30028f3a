#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace galley::pdf {

/// SHA-256 digest of `data` (OpenSSL low-level API, no EVP start-up), used wherever output needs a
/// content-derived id.
std::array<std::uint8_t, 32> sha256(std::string_view data);

/// SHA-256 digest of `head` followed by `tail`, without joining them (no copy of a whole file).
std::array<std::uint8_t, 32> sha256(std::string_view head, std::string_view tail);

/// Uppercase hexadecimal of the first `bytes` bytes of a digest.
std::string to_hex(const std::array<std::uint8_t, 32>& digest, std::size_t bytes);

/// A six-letter subset tag ("ABCDEF") derived from `key` (the font name and its glyph set), so
/// the same content always yields the same tag.
std::string subset_tag(std::string_view key);

}  // namespace galley::pdf
