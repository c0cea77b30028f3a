#pragma once

#include <map>
#include <string>
#include <vector>

#include "style/StyleSheet.hpp"

namespace galley::style {

/// An embedded font file as the EPUB's CSS refers to it.
struct CssFont {
    std::string family;   ///< CSS family name used in font-family ("galley-serif")
    bool bold = false;    ///< font-weight: bold
    bool italic = false;  ///< font-style: italic
    std::string href;     ///< URL relative to the CSS file ("../fonts/serif-regular.ttf")
};

/// The EPUB stylesheet generated from `style`, so one value feeds both outputs. It never sets a
/// text or background colour (the style's colours are the PDF's): the reading system's apply.
/// `stacks` maps each style family name ("serif", "sans", a user family) to the CSS family names
/// to list in font-family, in order (the embedded fonts, then script fallbacks).
/// The XHTML the EPUB writer emits uses these selectors:
///   section.titlepage, h1.title, p.subtitle, p.byline, p.dateline, p.date (title block);
///   p (body paragraph, indented), p.noindent (first after a heading, break or title block);
///   h2, h3, h4 (heading levels 1..3); blockquote; ul, ol, li; hr.scene-break; a (links).
std::string generate_css(const StyleSheet& style, const std::vector<CssFont>& fonts,
                         const std::map<std::string, std::vector<std::string>>& stacks);

}  // namespace galley::style
