// api: a book job's manifest (BookJob::manifest, README "Books"), read and checked.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace galley::api {

/// One article of an anthology, with per-article metadata overrides (`--meta` keys).
struct ManifestArticle {
    std::filesystem::path path;               ///< resolved against the manifest's folder
    std::map<std::string, std::string> meta;  ///< title, date, lang... overrides (one value each)
    /// The entry's `author`/`authors`: an array's items each whole, a string's split at ';'
    /// (as `--meta author=` takes it); unset when the entry names none (the article's own then).
    std::optional<std::vector<std::string>> authors;
    int line = 0;  ///< manifest line that names it
};

/// A titled group of articles (`[[parts]]`).
struct ManifestPart {
    std::string title;                      ///< the part's title ("" = no part heading)
    std::vector<ManifestArticle> articles;  ///< in order
};

/// An anthology manifest (TOML): book metadata and its articles, grouped in parts.
/// The minimal form is title, authors, language and articles = ["a.txt", ...].
struct Manifest {
    std::filesystem::path file;        ///< the manifest itself, for messages
    std::string title;                 ///< required
    std::string subtitle;              ///< may be empty
    std::vector<std::string> authors;  ///< book authors
    std::vector<std::string> editors;  ///< editors
    std::string language;  ///< BCP 47, the book's; "" = not stated (its articles' most common)
    std::string publisher, date, identifier, isbn, description, rights, edition;  ///< metadata
    std::string style;                   ///< style name or file (relative to the manifest)
    std::filesystem::path cover;         ///< cover image (PNG or JPEG), empty when none
    int cover_line = 0;                  ///< manifest line that names the cover
    std::filesystem::path introduction;  ///< an introduction article, empty when none
    /// Folders besides each article's own that its images may be read from (`--resource-path`).
    std::vector<std::filesystem::path> resource_paths;
    std::vector<ManifestPart> parts;  ///< top-level `articles` form one untitled part

    /// Every article in reading order.
    std::vector<const ManifestArticle*> all_articles() const;
};

/// Reads a manifest; throws Error(InputInvalid) naming the manifest and the line of the first
/// problem (syntax, unknown key, wrong type, missing title or articles, missing article file,
/// a cover that is missing or not a PNG or JPEG image, an article, cover or introduction outside
/// the manifest's folder tree after resolving symbolic links unless `allow_outside`).
Manifest load_manifest(const std::filesystem::path& path, bool allow_outside = false);

}  // namespace galley::api
