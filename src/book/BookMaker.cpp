#include "book/BookMaker.hpp"

#include "app/Converter.hpp"
#include "galley/galley.hpp"

namespace galley::book {

std::size_t make_book(const api::BookJob& job, Diagnostics& diagnostics) {
    const api::Result result = api::make_book(job);
    app::report(result, diagnostics);
    return result.articles;
}

}  // namespace galley::book
