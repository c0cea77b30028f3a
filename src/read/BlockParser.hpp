// read: the block level of an article body. Lines → doc::Blocks: paragraphs (blank-line
// separated; hard-wrapped lines joined; one paragraph per line recognised; short ragged lines
// kept with line breaks), section headings, bulleted and numbered lists, block quotes ("> " or
// indented), scene breaks ("***", "* * *", "---" alone). Inline parsing is delegated.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "doc/Document.hpp"
#include "read/SmartPunctuation.hpp"

namespace galley::read {

/// One input line with its 1-based number in the file.
struct SourceLine {
    std::string_view text;  ///< the line, without its terminator
    int number = 0;         ///< 1-based line number
    bool caption = false;   ///< an image caption (its credit line followed): never a heading
};

/// Parses body lines into blocks for `language` (its scripts decide what a ragged line is),
/// quoting with `marks`.
doc::Blocks parse_blocks(const std::vector<SourceLine>& lines, std::string_view language,
                         const QuoteMarks& marks);

/// parse_blocks with galley's own quotation marks for `language`.
doc::Blocks parse_blocks(const std::vector<SourceLine>& lines, std::string_view language);

/// Gives every heading (including nested ones) a stable, unique id "h-<n>-<slug>".
void assign_heading_ids(doc::Blocks& blocks);

/// True for a scene-break line: "***", "* * *", "---", "___", "⁂", "#", "~~~" and the like.
bool is_scene_break(std::string_view line);

}  // namespace galley::read
