#include "api/PageSource.hpp"

namespace galley::api {

present::PageList page_list_of(const page::Document& paged, std::string source) {
    present::PageList list;
    list.source = std::move(source);
    for (const page::Page& page : paged.pages) {
        present::PageMark mark;
        mark.label = page.label;
        if (page.start) {
            mark.known = true;
            mark.position = {page.start->block, page.start->word, page.start->offset};
            mark.article = page.start->article;
        }
        list.pages.push_back(std::move(mark));
    }
    return list;
}

std::string page_source_name(const std::string& identifier, const std::string& style) {
    return identifier + " (PDF, style " + style + ")";
}

}  // namespace galley::api
