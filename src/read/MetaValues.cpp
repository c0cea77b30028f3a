#include "read/MetaValues.hpp"

#include "read/TextUtil.hpp"

namespace galley::read {

std::vector<std::string> split_meta_list(std::string_view key, std::string_view value) {
    const char* separators = key == "keywords"                     ? ",;"
                             : key == "author" || key == "authors" ? ";"
                                                                   : "";
    std::vector<std::string> items;
    std::size_t start = 0;
    while (start <= value.size()) {
        const std::size_t end =
            *separators ? value.find_first_of(separators, start) : std::string_view::npos;
        const std::string_view item = trim(value.substr(
            start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (!item.empty()) items.emplace_back(item);
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    return items;
}

}  // namespace galley::read
