#include "present/Names.hpp"

#include "present/TitleBlock.hpp"

namespace galley::present {

namespace {

/// `pattern` with its "{}" replaced by `names`; "" when `names` is.
std::string fill(const std::string& pattern, const std::string& names) {
    if (names.empty()) return names;
    const std::size_t at = pattern.find("{}");
    if (at == std::string::npos) return names;
    return pattern.substr(0, at) + names + pattern.substr(at + 2);
}

}  // namespace

std::string join_names(const std::vector<std::string>& names, const Labels& labels) {
    std::vector<std::string> kept;
    for (const std::string& name : names) {
        std::string line = one_line(name);
        if (!line.empty()) kept.push_back(std::move(line));
    }
    std::string out;
    for (std::size_t i = 0; i < kept.size(); ++i) {
        if (i > 0) out += i + 1 == kept.size() ? labels.last : labels.separator;
        out += kept[i];
    }
    return out;
}

std::string byline(const std::vector<std::string>& authors, const Labels& labels) {
    return fill(labels.authors, join_names(authors, labels));
}

std::string editors_line(const std::vector<std::string>& editors, const Labels& labels) {
    return fill(labels.editors, join_names(editors, labels));
}

}  // namespace galley::present
