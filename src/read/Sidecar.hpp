// read: the sidecar metadata file. ARTICLE.toml beside ARTICLE.txt holds the same keys as
// --meta (title, author or authors, date, lang, identifier, description, publisher, rights,
// keywords as a string "a, b" or an array of strings).
#pragma once

#include <filesystem>
#include "read/MetaValues.hpp"

namespace galley::read {

/// The sidecar path for an article: the same name with the extension ".toml".
std::filesystem::path sidecar_path(const std::filesystem::path& article);

/// Reads the sidecar beside `article`: strings into `values` (a string author "A; B" or keywords
/// "a, b" still a list to split), arrays of authors or keywords into `lists`, each item whole;
/// empty when there is none. Throws Error(InputInvalid) naming the sidecar and the line when its
/// TOML is bad or a value has the wrong type.
MetaValues read_sidecar(const std::filesystem::path& article);

}  // namespace galley::read
