// read: bylines in the shapes real articles use, in the common languages: "By X", "BYX Y"
// (glued), "By X and Y", "X, Staff Writer", "by X" after a date, "By X | 15 January 2020",
// "Von X", "Par X", "Por X", "Di X", "Door X", "Av X", "Автор: X", "Text: X", "Oleh X",
// "記事執筆：X", "作者：X", "X 기자", "بقلم X"; agencies beside a name ("X, Reuters") are the
// publisher. Photo credits ("By X/Agency", "Photo: X") are not bylines. Closing credits:
// "Reporting by X; Editing by Y", "Correspondent X may be reached at …", "Posted by X".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace galley::read {

/// What a byline line says.
struct Byline {
    std::vector<std::string> authors;  ///< names in order
    std::string date_text;             ///< a date written on the same line, may be empty
    std::string publisher;             ///< a news agency named beside the authors, may be empty
};

/// Parses `line` as a byline; nullopt when it does not look like one.
std::optional<Byline> parse_byline(std::string_view line);

/// A name alone on its line with the author's e-mail address on the next ("Andrew Gerrand" /
/// "adg@golang.org", as Go's blog format and many press pages write the author); nullopt when
/// `name_line` is not a name of two to four words or `next_line` is not an address.
std::optional<Byline> parse_name_and_address(std::string_view name_line,
                                             std::string_view next_line);

/// Parses a closing credit line ("Reporting by X; Editing by Y", "Correspondent X may be
/// reached at …", "X 기자 x@y.kr", "Posted by X."); nullopt when it is not one.
std::optional<Byline> parse_closing_credit(std::string_view line);

/// Finds a byline at the start of a paragraph: "新华社北京3月1日电（记者 高鹏）…",
/// "(서울=연합뉴스) 홍길동 기자 = …"; nullopt when there is none.
std::optional<Byline> find_lead_byline(std::string_view paragraph);

/// True for a photo credit: "By Kevin Mazur/WireImage.", "Photo: X", "(Photo by X/AFP)".
bool is_photo_credit(std::string_view line);

/// Splits a list of names ("A, B and C", "A & B", "A; B") into names.
std::vector<std::string> split_names(std::string_view names);

}  // namespace galley::read
