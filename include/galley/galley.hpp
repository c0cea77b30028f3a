// galley as a library: plain-text and Markdown articles to EPUB 3 e-books and typeset PDFs.
//
//     galley::api::Job job;
//     job.input = galley::api::Input::memory(text, galley::api::InputFormat::Markdown, "a.md");
//     job.metadata.authors = {"Anna Schmidt", "Bernd Müller"};
//     job.outputs = {galley::api::Output::memory(galley::api::OutputFormat::Pdf)};
//     galley::api::Result result = galley::api::convert(job);
//     if (!result.ok()) std::cerr << result.error->format() << '\n';
//
// A book of many articles is a BookJob (galley/Book.hpp) run by galley::api::make_book.
//
// Link with the CMake package (`find_package(galley)`, target galley::galley) or pkg-config
// (`pkg-config --cflags --libs galley`). These headers name no type of galley's dependencies.
#pragma once

#include <filesystem>
#include <string>

#include "galley/Book.hpp"
#include "galley/Diagnostic.hpp"
#include "galley/Error.hpp"
#include "galley/Job.hpp"
#include "galley/Result.hpp"

namespace galley::api {

/// Runs `job`: reads the article, applies the metadata, loads the style and fonts, and makes every
/// output, all or none (file outputs are written atomically; after a failure none of them exists).
/// Never throws for a bad job, input or style: the failure is Result::error, with the code the
/// `galley` command would exit with. Separate jobs may run on separate threads at once.
Result convert(const Job& job);

/// Runs the book `job`: reads its manifest and every article it lists (each in its own language,
/// with its own metadata overrides), loads the style and fonts, and makes every output (files
/// only: `Output::file`), all or none. Result::articles counts the book's articles. Never throws
/// for a bad manifest, article or style: the failure is Result::error, naming the manifest (and
/// its line) with the code `galley book` would exit with.
Result make_book(const BookJob& job);

/// galley's version ("0.1.0").
std::string version();

/// The folder galley reads its bundled fonts and built-in styles from: $GALLEY_DATA_DIR, else
/// share/galley beside the installed library or program, else the source tree it was built from.
std::filesystem::path data_folder();

}  // namespace galley::api
