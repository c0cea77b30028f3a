// base: the one validation boundary for strings that enter galley from outside (metadata from
// the text, sidecars, manifests, --meta, styles, file names). A checked string is valid UTF-8,
// holds only characters XML 1.0 allows (so no NUL) and is bounded in length: every backend
// (EPUB, XMP, PoDoFo) can take it as it is.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/Diagnostics.hpp"

namespace galley {

/// Longest value of one metadata field (or one item of a list field), in bytes.
constexpr std::size_t kMaxFieldBytes = 64 * 1024;
/// Most bytes all the items of one list field (authors, keywords) hold together.
constexpr std::size_t kMaxListBytes = 1024 * 1024;

/// What clean_text repaired in a string (counts of each kind of problem).
struct TextRepairs {
    std::size_t invalid_utf8 = 0;  ///< ill-formed byte sequences replaced by U+FFFD
    std::size_t nul = 0;           ///< NUL characters removed
    std::size_t illegal = 0;       ///< other XML-illegal characters removed (controls, surrogates,
                                   ///< U+FFFE, U+FFFF)
    bool truncated = false;        ///< cut at a character boundary to the length bound

    /// True when nothing was changed.
    bool none() const { return invalid_utf8 == 0 && nul == 0 && illegal == 0 && !truncated; }
    /// "invalid UTF-8 replaced by U+FFFD, 1 NUL removed" (empty when none).
    std::string describe(std::size_t max_bytes) const;
};

/// True when `text` is well-formed UTF-8 (no overlong forms, no surrogates, at most U+10FFFF).
bool is_valid_utf8(std::string_view text);

/// True when `text` is well-formed UTF-8 holding only XML 1.0 characters (tab, LF and CR are
/// the only controls; no U+FFFE or U+FFFF).
bool is_clean_text(std::string_view text);

/// `text` made clean: ill-formed UTF-8 sequences become U+FFFD (one per maximal ill-formed
/// subpart, as Unicode recommends), surrogates encoded in UTF-8, NUL, other C0 controls except
/// tab, LF and CR, U+FFFE and U+FFFF are removed, and the result is cut at a character boundary
/// to at most `max_bytes`. `repairs` (optional) receives what was changed. Linear time.
std::string clean_text(std::string_view text, std::size_t max_bytes = kMaxFieldBytes,
                       TextRepairs* repairs = nullptr);

/// Cleans `value` in place; when anything changed, warns on `diagnostics` naming `field` and
/// the `file` (and `line`, 0 = unknown) it came from. Returns true when `value` was changed.
bool check_text(std::string& value, std::string_view field, const std::string& file, int line,
                Diagnostics& diagnostics, std::size_t max_bytes = kMaxFieldBytes);

/// Cleans every item of a list field (authors, keywords): items are cleaned as by check_text
/// (at most `max_item_bytes` each), items that end up empty are dropped, repeats are dropped
/// (first one kept, linear time), and the list is cut after `max_items` items or
/// `max_total_bytes` bytes in all; one warning for all repairs, one for the cut.
void check_text_list(std::vector<std::string>& values, std::string_view field,
                     const std::string& file, int line, Diagnostics& diagnostics,
                     std::size_t max_items, std::size_t max_item_bytes = kMaxFieldBytes,
                     std::size_t max_total_bytes = kMaxListBytes);

/// Removes repeated strings from `values`, keeping the first of each, in linear time.
void remove_repeats(std::vector<std::string>& values);

}  // namespace galley
