// style: the one set of typographic values that drives both outputs.
//   styles/*.toml → load_style() → StyleSheet → epub/ (through css()) and layout/ (directly).
// Every length is in points; every family is a name that text::FontSet resolves
// ("serif" and "sans" are the bundled book faces).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "base/Diagnostics.hpp"
#include "base/Length.hpp"

namespace galley::style {

/// Horizontal alignment of a block's lines.
enum class Align { Justify, Left, Center, Right };

/// Where the page number goes.
enum class FolioPosition { None, BottomCenter, BottomOuter, TopOuter };

/// Paper and margins. With two_sided, inner/outer swap on left (even) pages.
struct PageStyle {
    std::string size_name = "6x9in";  ///< "A4", "Letter", "A5", "6x9in" or "custom"
    Pt width{432}, height{648};         ///< paper size
    Pt margin_top{54}, margin_bottom{58}, margin_inner{54}, margin_outer{45};  ///< margins
    bool two_sided = true;              ///< mirror margins on even pages
};

/// Font and spacing of one kind of text block (body, a heading level, title, byline...).
struct TextStyle {
    std::string family = "serif";  ///< family name resolved by text::FontSet
    Pt font_size{10.5};            ///< em size
    Pt leading{14};                ///< baseline-to-baseline distance
    bool bold = false;             ///< bold face
    bool italic = false;           ///< italic face
    Pt space_before{0};            ///< vertical space above the block
    Pt space_after{0};             ///< vertical space below the block
    Align align = Align::Left;     ///< line alignment
    std::string color = "#000000"; ///< text colour as #rrggbb
};

/// Hyphenation settings (libhyphen minimums count characters).
struct Hyphenation {
    bool enabled = true;   ///< hyphenate at all
    int min_word = 6;      ///< shortest word that may be hyphenated
    int left_min = 2;      ///< characters kept before a hyphen
    int right_min = 3;     ///< characters kept after a hyphen
};

/// Running head and folio (page number) on pages after the first.
struct RunningHead {
    bool enabled = true;                      ///< show a running head at all
    std::string left = "{author}";            ///< even pages: template with {title}, {author}
    std::string right = "{title}";            ///< odd pages
    FolioPosition folio = FolioPosition::BottomCenter;  ///< page number position
    TextStyle text;                           ///< font of the head and folio
};

/// The resolved style: every value both backends need.
struct StyleSheet {
    std::string name = "classic";  ///< style name
    std::string description;       ///< one-line description
    PageStyle page;                ///< paper and margins
    TextStyle body;                ///< running text
    Pt paragraph_indent{14};       ///< first-line indent of paragraphs after the first
    Pt paragraph_spacing{0};       ///< extra space between paragraphs
    Hyphenation hyphenation;       ///< hyphenation rules
    int widows = 2;                ///< min lines of a paragraph at the top of a page
    int orphans = 2;               ///< min lines of a paragraph at the bottom of a page
    TextStyle headings[3];         ///< levels 1..3
    TextStyle title;               ///< the article title on the title block
    TextStyle subtitle;            ///< standfirst
    TextStyle byline;              ///< author line
    TextStyle dateline;            ///< date line
    TextStyle quote;               ///< block quotes (indented both sides by quote_indent)
    Pt quote_indent{18};           ///< block quote indent
    TextStyle list;                ///< list items
    Pt list_indent{18};            ///< list item indent
    RunningHead running_head;      ///< running heads and folios
    std::string link_color = "#1a4f8b";  ///< colour of links
};

/// The built-in style named `name` ("classic" when empty) or the file at a path, with `--set`
/// style overrides ("body.font_size=14pt") applied last. Throws Error(Style) with file:line.
StyleSheet load_style(const std::string& name_or_path,
                      const std::vector<std::pair<std::string, std::string>>& overrides = {});

}  // namespace galley::style
