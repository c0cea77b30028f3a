#include "book/BookMaker.hpp"

#include "base/Error.hpp"
#include "galley/galley.hpp"

namespace galley::book {

std::size_t make_book(const api::BookJob& job, Diagnostics& diagnostics) {
    const api::Result result = api::make_book(job);
    for (const api::Diagnostic& d : result.diagnostics)
        if (d.severity == api::Severity::Warning) diagnostics.warn(d.file, d.line, d.message);
    diagnostics.count_dropped(result.warnings_not_kept);
    if (result.error)
        throw Error(static_cast<ErrorCode>(result.error->code), result.error->file,
                    result.error->message);
    return result.articles;
}

}  // namespace galley::book
