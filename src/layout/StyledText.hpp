#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "doc/Document.hpp"
#include "layout/PagedDocument.hpp"

namespace galley::layout {

/// A stretch of a paragraph's text in one face style, maybe inside a link.
struct StyledSpan {
    std::size_t start = 0;  ///< byte offset of the first character
    std::size_t end = 0;    ///< byte offset past the last character
    bool bold = false;      ///< bold face
    bool italic = false;    ///< italic face
    int link = -1;          ///< index into StyledText::links, -1 = not a link
    bool code = false;      ///< inline code: the style's code (monospace) face
    bool strike = false;    ///< struck through (a rule at the face's strikeout position)
};

/// Stage 1 of paragraph layout (collect): a paragraph's inlines flattened into one UTF-8 string
/// with styled spans covering it completely and in order. A forced line break is a '\n'.
struct StyledText {
    std::string text;                 ///< the paragraph's characters
    std::vector<StyledSpan> spans;    ///< in order, adjacent, covering `text`
    std::vector<SharedString> links;  ///< link targets (shared by every line's link area)

    /// Flattens `inlines`: Emphasis toggles italic, Strong sets bold, Link records its URL,
    /// Code sets `code`, Strikethrough sets `strike`, LineBreak becomes '\n'. `bold`/`italic` are
    /// the block style's own face.
    static StyledText collect(const doc::Inlines& inlines, bool bold, bool italic);
    /// A single-style text (running heads, labels, title block lines).
    static StyledText plain(std::string text, bool bold, bool italic);

    /// The span holding byte `offset` (the last span when past the end).
    const StyledSpan& span_at(std::size_t offset) const;
};

}  // namespace galley::layout
