// doc: the validation boundary applied to a whole Document once every metadata source (text,
// front matter, sidecar, --meta, file name) has been merged and before any backend runs.
#pragma once

#include <cstddef>

#include "base/Diagnostics.hpp"
#include "doc/Document.hpp"

namespace galley::doc {

/// Most authors and most keywords one document keeps (more are dropped with a warning).
constexpr std::size_t kMaxListItems = 1000;

/// Makes every metadata field clean text (base/TextCheck: valid UTF-8, XML characters only, no
/// NUL, at most 64 KB; authors and keywords without empties or repeats, at most kMaxListItems),
/// warning once per field that changed, naming the field and meta.source. An empty title falls
/// back to the file name's stem, cleaned too.
void check_metadata(Metadata& meta, Diagnostics& diagnostics);

/// check_metadata, then the body: every text, link and heading id made clean text (no length
/// bound), with one warning for the whole body when anything changed.
void check_document(Document& document, Diagnostics& diagnostics);

}  // namespace galley::doc
