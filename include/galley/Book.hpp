// galley's public API: a book job, an anthology of articles made into one EPUB and/or PDF
// (README.md, "Books"). galley::api::make_book (galley.hpp) runs it.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "galley/Job.hpp"

namespace galley::api {

/// Everything one book needs. The book's input is its manifest (TOML): the book's metadata
/// (title, subtitle, authors, editors, language, publisher, date, identifier, isbn, description,
/// rights, edition), its cover and introduction, and its articles (files relative to the
/// manifest, grouped in `[[parts]]`, each with its own metadata overrides as a Job's Metadata).
struct BookJob {
    std::filesystem::path manifest;  ///< the manifest file
    /// The style; an empty name = the manifest's `style` (a file relative to the manifest, else a
    /// built-in style's name), else "classic". Its settings apply either way.
    Style style{"", {}};
    std::vector<Output> outputs;  ///< one or more outputs, made all or none
    /// The style whose pages the EPUB marks when the book makes no PDF: "" = none; the style's
    /// own name = the book's style; another name or style file = that style as it is.
    std::string page_source;
    /// Folders besides each article's own that its images may be read from (`--resource-path`).
    std::vector<std::filesystem::path> resource_paths;
    /// Read articles, cover, introduction and style files outside the manifest's folder tree
    /// (`--allow-outside`); by default such a file is refused (ErrorCode::InputInvalid).
    bool allow_outside = false;
    /// Seconds since 1970 used for every date the outputs carry; unset: $SOURCE_DATE_EPOCH, else
    /// the manifest's date at midnight UTC, else 1980-01-01.
    std::optional<std::int64_t> timestamp;
};

}  // namespace galley::api
