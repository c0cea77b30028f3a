// layout: code blocks. Each source line of a doc::CodeBlock becomes one set line in the style's
// code face, its spaces kept as written (every space is a glyph, so text extraction gives the
// line back): never justified, never hyphenated. A line wider than the measure wraps after its
// last space that fits (anywhere when there is none) and continues indented. Short blocks are
// kept on one page; longer ones split with at least two lines on each page.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "doc/Document.hpp"
#include "layout/ParagraphBuilder.hpp"
#include "layout/SetLine.hpp"
#include "style/StyleSheet.hpp"

namespace galley::layout {

/// Continuation lines of a wrapped code line start this many spaces of the face further in.
inline constexpr int kCodeContinuationIndent = 2;
/// A code block of at most this many set lines is never split across pages.
inline constexpr std::size_t kCodeKeepLines = 8;
/// A longer code block split across pages leaves at least this many lines on each page.
inline constexpr int kCodeMinSplitLines = 2;

/// Sets `code` in `text_style` (family, size, leading, colour) to lines at most `measure` wide,
/// shaping through `builder`'s word cache in `language`; glyph runs belong to structure element
/// `structure`. An empty source line is an empty set line (its leading kept).
std::vector<SetLine> set_code_lines(const doc::CodeBlock& code, const style::TextStyle& text_style,
                                    const std::string& language, ParagraphBuilder& builder,
                                    double measure, int structure);

}  // namespace galley::layout
