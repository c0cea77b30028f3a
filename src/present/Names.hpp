// present: lists of people as both outputs write them, joined in the text's language.
#pragma once

#include <string>
#include <vector>

#include "present/Labels.hpp"

namespace galley::present {

/// The non-empty `names` (each on one line) joined as `labels`' language lists them: "A",
/// "A and B", "A, B and C" in English, "A und B" in German, "A、B、C" in Japanese; "" for none.
std::string join_names(const std::vector<std::string>& names, const Labels& labels);

/// The byline of `authors`: the joined names in the language's byline pattern ("By A and B",
/// "Von A und B", "A、B"); "" without a name.
std::string byline(const std::vector<std::string>& authors, const Labels& labels);

/// The credit line of a book's `editors` ("Edited by A and B", "Herausgegeben von A", "A 編");
/// "" without a name.
std::string editors_line(const std::vector<std::string>& editors, const Labels& labels);

}  // namespace galley::present
