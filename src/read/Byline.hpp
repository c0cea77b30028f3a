// read: bylines in the shapes real articles use: "By X", "BY X", "BYX Y" (glued, as web copy
// often leaves it), "By X and Y", "X, Staff Writer", "by X" after a date, "By X•15 January 2020".
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
};

/// Parses `line` as a byline; nullopt when it does not look like one.
std::optional<Byline> parse_byline(std::string_view line);

/// Splits a list of names ("A, B and C", "A & B", "A; B") into names.
std::vector<std::string> split_names(std::string_view names);

}  // namespace galley::read
