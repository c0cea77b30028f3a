// style: the one set of typographic values that drives both outputs.
//   styles/*.toml → load_style() → StyleSheet → epub/ (through css()) and layout/ (directly).
// Every length is in points; every family is a name that text::FontCatalog resolves
// ("serif" and "sans" are the bundled book faces).
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
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
    Pt width{432}, height{648};       ///< paper size
    Pt margin_top{54}, margin_bottom{58}, margin_inner{54}, margin_outer{45};  ///< margins
    bool two_sided = true;    ///< mirror margins on even pages
    Pt bleed{0};              ///< print: the PDF page grows by this on each side (TrimBox = paper)
    bool crop_marks = false;  ///< print: crop marks outside the trim (PDF)
};

/// Font and spacing of one kind of text block (body, a heading level, title, byline...).
struct TextStyle {
    std::string family = "serif";   ///< family name resolved by text::FontCatalog
    Pt font_size{10.5};             ///< em size
    Pt leading{14};                 ///< baseline-to-baseline distance
    bool bold = false;              ///< bold face
    bool italic = false;            ///< italic face
    Pt space_before{0};             ///< vertical space above the block
    Pt space_after{0};              ///< vertical space below the block
    Align align = Align::Left;      ///< line alignment
    std::string color = "#000000";  ///< text colour as #rrggbb
};

/// Hyphenation settings (libhyphen minimums count characters).
struct Hyphenation {
    bool enabled = true;  ///< hyphenate at all
    int min_word = 6;     ///< shortest word that may be hyphenated
    int left_min = 2;     ///< characters kept before a hyphen
    int right_min = 3;    ///< characters kept after a hyphen
};

/// Running head and folio (page number) on pages after the first.
struct RunningHead {
    bool enabled = true;            ///< show a running head at all
    std::string left = "{author}";  ///< even pages: template with {title}, {author}
    std::string right = "{title}";  ///< odd pages
    FolioPosition folio = FolioPosition::BottomCenter;  ///< page number position
    TextStyle text;                                     ///< font of the head and folio
};

/// Where a style value was set: a style file and its 1-based line, or "--set" and line 0.
struct SourceRef {
    std::string file;  ///< style file path, "--set" for a command-line override, empty = default
    int line = 0;      ///< 1-based line in `file`, 0 when unknown
};

/// A font file a style brings along (`[fonts."Family"] regular = "path"`), to be handed to
/// text::FontCatalog::add_file(family, path) before the style's families are checked.
struct UserFont {
    std::string family;          ///< family name the style's `family` keys use
    bool bold = false;           ///< the bold face of the family
    bool italic = false;         ///< the italic face of the family
    std::filesystem::path path;  ///< absolute path of the font file (checked to exist)
    SourceRef source;            ///< where the style named it
};

/// The resolved style: every value both backends need.
struct StyleSheet {
    std::string name = "classic";  ///< style name
    std::string description;       ///< one-line description
    PageStyle page;                ///< paper and margins
    TextStyle body;                ///< running text
    Pt paragraph_indent{14};       ///< first-line indent of paragraphs after the first
    Pt paragraph_spacing{0};       ///< space above each paragraph (merges with a heading's after)
    Pt letter_spacing{0.21};       ///< justified lines: letter spacing between glyphs at a line's
                                   ///< normal stretch (word spaces then widen by half a space)
    bool protrusion = true;        ///< justified lines: punctuation hangs into the margins
    int expansion = 20;            ///< justified lines: font expansion limit, in thousandths of
                                   ///< the glyphs' width (20 = ±2 %, microtype's default)
    Hyphenation hyphenation;       ///< hyphenation rules
    int widows = 2;                ///< min lines of a paragraph at the top of a page
    int orphans = 2;               ///< min lines of a paragraph at the bottom of a page
    TextStyle headings[3];         ///< levels 1..3
    TextStyle title;               ///< the article title on the title block
    TextStyle subtitle;            ///< standfirst
    TextStyle byline;              ///< author line
    TextStyle dateline;            ///< date line
    /// Space between the title block and the text: at least this much, merged with (the larger
    /// of it and) the space_after of the block's last line (`[title_block] space_after`).
    Pt title_block_space{30};
    TextStyle quote;                     ///< block quotes (indented both sides by quote_indent)
    Pt quote_indent{18};                 ///< block quote indent
    TextStyle list;                      ///< list items
    Pt list_indent{18};                  ///< list item indent
    RunningHead running_head;            ///< running heads and folios
    std::string link_color = "#1a4f8b";  ///< colour of links
    /// PDF standards claimed and checked: "none", "ua-1", "a-2u" or "ua-1,a-2u" (`pdf.standard`).
    std::string pdf_standard = "none";
    /// Code blocks and inline code: a monospace face, set line for line, never justified or
    /// hyphenated (only family, font_size, leading, space_before, space_after, color apply).
    TextStyle code{"Noto Sans Mono", Pt{8.5}, Pt{11.5}, false, false, Pt{6}, Pt{6}, Align::Left};
    /// Notes (footnotes): their text at the foot of the page (PDF) or in footnote asides (EPUB).
    /// space_before is the room between the text and the first note (the short rule sits in
    /// it), space_after the space between two notes (bold and italic do not apply).
    TextStyle note{"serif", Pt{8.5}, Pt{10.5}, false, false, Pt{12}, Pt{2}, Align::Justify};
    /// Figures: space_before and space_after surround the whole figure (image and caption); the
    /// other keys set its caption and credit line (bold does not apply).
    TextStyle figure{"serif", Pt{9}, Pt{11.5}, false, true, Pt{12}, Pt{12}, Align::Center};
    /// Captioned figures open their caption with their number, "Figure 1. " in the article's
    /// language (present::figure_label), in both outputs (`figure.numbered`).
    bool figure_numbered = true;
    /// Tables: the cells' text (family, font_size, leading, color; header cells bold) and the
    /// space above and below a table (bold, italic and align do not apply: columns align as the
    /// table says).
    TextStyle table{"serif", Pt{9}, Pt{11.5}, false, false, Pt{9}, Pt{9}, Align::Left};
    Pt table_cell_padding{6};       ///< room on either side of a cell's text between two columns
    Pt table_row_spacing{2};        ///< extra space between two rows
    Pt table_rule_width{0.8};       ///< the rules above and below a table (booktabs' heavy rules)
    Pt table_head_rule_width{0.5};  ///< the rule under a table's header (booktabs' light rule)
    /// Quotation marks per language (BCP 47 primary tag or full tag, e.g. "en", "de", "pt-BR"):
    /// exactly four characters, outer open, outer close, inner open, inner close ("“”‘’").
    std::map<std::string, std::u32string> quotes = {{"en", U"\u201c\u201d\u2018\u2019"}};
    std::vector<UserFont> fonts;  ///< user font files, sorted by family, bold, italic
    /// Where each key ("body.font_size", "quotes.de") was last set; keys left at their default
    /// are absent. Lets later checks (missing font family) point at a file and line.
    std::map<std::string, SourceRef> sources;
};

/// A family name used by a style, with the key and place that set it (for "unknown family"
/// messages: `source.file + ":" + line`).
struct FamilyUse {
    std::string family;  ///< the family name ("serif", "Noto Sans", a [fonts] family)
    std::string key;     ///< the first key that uses it ("body.family")
    SourceRef source;    ///< where that key was set (file empty when it is a built-in default)
};

/// The built-in style named `name` ("classic" when empty) or the file at a path, with `--set`
/// style overrides ("body.font_size=14pt") applied last. Throws Error(Style) with file:line.
StyleSheet load_style(const std::string& name_or_path,
                      const std::vector<std::pair<std::string, std::string>>& overrides = {});

/// Splits one `--set` argument "key=value" into its two halves (spaces around them trimmed);
/// throws Error(Style, "--set", ...) when there is no '=' or the key is empty.
std::pair<std::string, std::string> parse_override(const std::string& assignment);

/// The quotation marks for `language` (BCP 47): the full tag ("pt-BR"), else its primary
/// language ("pt"), else "en", else “”‘’. Always four characters.
std::u32string quotes_for(const StyleSheet& style, std::string_view language);

/// The distinct family names `style` uses, sorted (text::FontCatalog::has_family checks each).
std::vector<std::string> families(const StyleSheet& style);

/// Each distinct family with the first key using it and where that key was set.
std::vector<FamilyUse> family_uses(const StyleSheet& style);

/// The built-in styles as (name, one-line description), sorted by name: every
/// data_dir()/styles/NAME.toml. A file that does not parse is listed with its error.
std::vector<std::pair<std::string, std::string>> builtin_styles();

/// The resolved style as a complete TOML style file (every key, lengths in points), for
/// `galley styles show NAME`; loading the text again gives the same StyleSheet.
std::string describe(const StyleSheet& style);

}  // namespace galley::style
