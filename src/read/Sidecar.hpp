// read: the sidecar metadata file. ARTICLE.toml beside ARTICLE.txt holds the same keys as
// --meta (title, author or authors, date, lang, identifier, description, publisher, rights,
// keywords as a string "a, b" or an array of strings).
#pragma once

#include <filesystem>
#include <map>
#include <string>

namespace galley::read {

/// The sidecar path for an article: the same name with the extension ".toml".
std::filesystem::path sidecar_path(const std::filesystem::path& article);

/// Reads the sidecar beside `article` into key → value (several authors or keywords joined by ";
/// "); empty when there is none. Throws Error(InputInvalid) naming the sidecar and the line when
/// its TOML is bad or a value has the wrong type.
std::map<std::string, std::string> read_sidecar(const std::filesystem::path& article);

}  // namespace galley::read
