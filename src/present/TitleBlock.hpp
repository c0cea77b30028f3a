// present: what both outputs say about an article before its text, in one order.
//   doc::Metadata → title_block() → TitleBlock { lines in reading order }
// The EPUB writes it as its title page (and as the header of a book's article), the PDF as the
// block that opens page 1 (and each article of a book): the same lines, the same words.
#pragma once

#include <string>
#include <vector>

#include "doc/Document.hpp"
#include "present/Labels.hpp"
#include "style/StyleSheet.hpp"

namespace galley::present {

/// `text` as one line: line breaks and runs of white space become one space, none at the ends.
std::string one_line(const std::string& text);

/// The title shown for the article: the metadata title, else the source file's name, else
/// "Untitled"; on one line.
std::string display_title(const doc::Metadata& meta);

/// What a line of a title block is; each output picks its element and style by it.
enum class Field {
    Title,      ///< the title (the heading of the block)
    Subtitle,   ///< standfirst / dek
    Byline,     ///< the authors, joined in the language ("By A and B")
    Editors,    ///< a book's editors ("Edited by A")
    Publisher,  ///< publisher or news agency
    Dateline,   ///< "PARIS —" place line
    Date,       ///< the date as the article writes it, else its ISO date
};

/// The style a line of `field` is shown in, the same in both outputs: the title, subtitle and
/// byline styles (editors in the byline's), publisher, dateline and date in the dateline's.
const style::TextStyle& text_style(Field field, const style::StyleSheet& style);

/// One line of a title block.
struct TitleLine {
    Field field = Field::Title;  ///< what the line is
    std::string text;            ///< its text, on one line, never empty
};

/// The lines that open an article (or a book's title page), in reading order.
struct TitleBlock {
    std::string language;          ///< language of the lines (BCP 47)
    std::vector<TitleLine> lines;  ///< non-empty lines; the first is the title (display_title)

    /// The text of the first line of `field`, "" when the block has none.
    std::string text(Field field) const;
};

/// The title block of an article: title, subtitle, then byline, publisher, dateline and date,
/// with the date before the byline when the article states it first (meta.date_first). The
/// title line is display_title(), left out only when the metadata has neither a title nor a
/// source file name.
TitleBlock title_block(const doc::Metadata& meta);

/// The date an article shows: the date as written, else its ISO date; "" when unknown.
std::string shown_date(const doc::Metadata& meta);

/// True when `date` is a W3C date (CCYY, CCYY-MM or CCYY-MM-DD): the form both outputs state
/// in their metadata (OPF dc:date, XMP dc:date); other dates are shown only.
bool is_w3c_date(const std::string& date);

}  // namespace galley::present
