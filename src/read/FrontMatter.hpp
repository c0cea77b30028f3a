// read: front matter, the metadata block static site generators and pandoc put at the top of an
// article: YAML between "---" and "---" (or "..."), or Hugo's TOML between "+++" and "+++".
// Shared by every reader of text input (plain text, Markdown).
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/Diagnostics.hpp"

namespace galley::read {

/// The metadata of a front-matter block and how many lines of the text it takes.
struct FrontMatter {
    /// Single values as apply_meta takes them: title, subtitle, date, lang, description,
    /// publisher, rights, identifier.
    std::map<std::string, std::string> values;
    /// Lists: author and keywords, each item whole (a sequence's items; a single string split
    /// as split_meta_list does).
    std::map<std::string, std::vector<std::string>> lists;
    std::size_t lines = 0;  ///< lines of the block, delimiters included (0 = no front matter)
};

/// Reads the front matter at the very start of `utf8` (decoded text, "\n" line ends). A text
/// without one gives lines = 0. Throws Error(InputInvalid) naming "file:line" (the line inside
/// the article) when the block is malformed, too large or too deeply nested.
FrontMatter read_front_matter(std::string_view utf8, const std::string& file);

/// `utf8` with its first `lines` lines emptied (their line ends kept, so line numbers stay
/// those of the file): the front matter never reaches the body.
std::string blank_lines(std::string_view utf8, std::size_t lines);

/// The text every reader parses: `utf8` with the front matter's lines blanked (line numbers
/// hold) and shortcodes dropped (each reported). A changed copy lives in `storage`; a text that
/// is only front matter throws Error(InputInvalid).
std::string_view article_body(std::string_view utf8, const FrontMatter& front,
                              const std::string& file, Diagnostics& diagnostics,
                              std::string& storage);

}  // namespace galley::read
