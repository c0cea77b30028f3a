#include "page/PageSink.hpp"

namespace galley::page {

void send(Document&& document, PageSink& sink) {
    for (Page& page : document.pages) {
        sink.page(std::move(page), document);
        page = Page{};  // released here whether or not the sink took its contents
    }
    document.pages.clear();
    document.pages.shrink_to_fit();
    sink.finish(document);
}

void send(const Document& document, PageSink& sink) {
    for (const Page& page : document.pages) sink.page(Page(page), document);
    sink.finish(document);
}

}  // namespace galley::page
