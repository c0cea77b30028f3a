// base: a byte-level guard run before any TOML parser sees a file. toml++ recurses once per
// level of nesting (table headers `[a.a.a…]`, dotted keys, inline tables, arrays) and overflows
// the stack some 40,000 levels deep; this check measures the depth without recursing.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "base/Error.hpp"

namespace galley {

/// Deepest nesting galley accepts in a TOML file (real files stay under ten).
constexpr std::size_t kMaxTomlDepth = 100;

/// Where a TOML text first nests deeper than allowed.
struct TomlTooDeep {
    int line = 0;           ///< 1-based line where the limit is passed
    std::size_t depth = 0;  ///< the depth reached there
};

/// The first place where `text` nests deeper than `max_depth` levels, counting each key of a
/// dotted key or table header, each array and each inline table; strings and comments are
/// skipped. Linear time, constant stack.
std::optional<TomlTooDeep> toml_too_deep(std::string_view text,
                                         std::size_t max_depth = kMaxTomlDepth);

/// The line of the first non-ASCII byte outside strings and comments, or of a character that
/// cannot be in a table header's key ("[[[a]]]"): syntax errors in TOML 1.0 that toml++ 3.3 meets
/// with undefined behaviour (TOML_UNREACHABLE in its whitespace tables for U+00A1..U+0499, an
/// assumption in parse_key), so they are refused first.
std::optional<int> toml_stray_non_ascii(std::string_view text);

/// Throws Error(`code`, `file`, "line N: ...") when `text` nests deeper than kMaxTomlDepth or
/// holds a byte toml_stray_non_ascii finds; run before every toml::parse.
void check_toml_depth(std::string_view text, const std::string& file, ErrorCode code);

}  // namespace galley
