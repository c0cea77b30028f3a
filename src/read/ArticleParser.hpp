// read: the second stage of the reader. Clean UTF-8 text → doc::Document: the header (title or a
// "Title:" block, subtitle, byline, date), web boilerplate at the edges (dropped and reported),
// the body blocks, the language (given or detected) and the metadata overrides.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/Diagnostics.hpp"
#include "doc/Document.hpp"
#include "read/Reader.hpp"

namespace galley::read {

/// Parses decoded text (as decode_text returns it) of the article `file` into a Document.
/// `options.meta` and `options.language` override what the text says; the title falls back to
/// the file stem. Dropped boilerplate is reported to `diagnostics` with its line number.
doc::Document parse_article(std::string_view utf8, const std::string& file,
                            const ReadOptions& options, Diagnostics& diagnostics);

/// Applies metadata overrides (keys: title, subtitle, author, authors, date, lang, language,
/// identifier, description, publisher, rights, dateline, keywords) to `meta`. A string author or
/// keywords value holds a list (split_meta_list); `lists` (author, keywords) are lists given as
/// lists, each item kept whole, applied after `values`. A date is parsed to ISO when possible and
/// kept as written in date_text.
void apply_meta(doc::Metadata& meta, const std::map<std::string, std::string>& values,
                const std::map<std::string, std::vector<std::string>>& lists = {});

/// Applies the command line's and the sidecar's metadata (`options.meta`) over what the article
/// said, warning (with `file`) about unknown keys and invalid language tags.
void apply_overrides(doc::Metadata& meta, const ReadOptions& options, const std::string& file,
                     Diagnostics& diagnostics);

}  // namespace galley::read
