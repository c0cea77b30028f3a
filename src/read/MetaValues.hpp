// read: metadata as the reader's sources give it (sidecar, front matter, a "Title:" header
// block): single values as text, and lists kept as lists so that no item is split again.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace galley::read {

/// Metadata from one source: key → text, and key → list for lists given as lists.
struct MetaValues {
    /// Single values (title, date, lang, …). A string author ("A; B") or keywords ("a, b; c")
    /// holds a list that apply_meta splits (split_meta_list).
    std::map<std::string, std::string> values;
    /// Lists given as lists (author, keywords: a TOML array, a YAML sequence): each item whole.
    std::map<std::string, std::vector<std::string>> lists;
};

/// The items of the list-valued key `key` given as one string: authors are separated by ";",
/// keywords by "," or ";"; items are trimmed and empty ones dropped. Any other key: the value.
std::vector<std::string> split_meta_list(std::string_view key, std::string_view value);

}  // namespace galley::read
