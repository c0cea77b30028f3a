// epub (internal): footnote links across the files an article is split into.
#pragma once

#include <vector>

#include "epub/XhtmlWriter.hpp"

namespace galley::epub {

/// Rewrites the note links of `files` (one article's content documents, in order): a
/// `href="#fn…"` or `href="#fnref…"` whose id is in another file gets that file's href before
/// the '#'. Asides sit in the last file while their references may be in any.
void relink_notes(std::vector<ContentDocument>& files);

}  // namespace galley::epub
