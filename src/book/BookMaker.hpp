// book: `galley book`, a thin driver over the job API: the command line's book (a manifest, its
// outputs, style, settings, page source) is a galley::api::BookJob (include/galley/Book.hpp) that
// galley::api::make_book runs (src/api/BookRunner: manifest → articles → EPUB and PDF).
#pragma once

#include <cstddef>

#include "base/Diagnostics.hpp"
#include "galley/Book.hpp"

namespace galley::book {

/// Runs `job` through galley::api::make_book: its warnings go to `diagnostics`, a failure is
/// thrown as galley::Error with the job's code (naming the manifest), so that main reports it as
/// it reports every command's. Returns the number of articles in the book.
std::size_t make_book(const api::BookJob& job, Diagnostics& diagnostics);

}  // namespace galley::book
