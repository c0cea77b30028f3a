// read: the inline level of a paragraph. Plain text → doc::Inlines: bare URLs and e-mail
// addresses become doc::Link (never touched by smart punctuation), `*emphasis*`, `_emphasis_`
// and `**strong**` are recognised only when unambiguous, and the rest gets smart punctuation.
#pragma once

#include <string_view>

#include "doc/Document.hpp"
#include "read/SmartPunctuation.hpp"

namespace galley::read {

/// Parses one block's text (a single line, already joined) into inlines, quoting with `marks`.
doc::Inlines parse_inlines(std::string_view text, const QuoteMarks& marks);

/// parse_inlines with galley's own quotation marks for `language`.
doc::Inlines parse_inlines(std::string_view text, std::string_view language);

/// Appends plain text to `out`, merging with a preceding Text inline.
void append_text(doc::Inlines& out, std::string_view text);

}  // namespace galley::read
