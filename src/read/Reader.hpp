// read: the front of the pipeline. Bytes → text (Decoder: BOM, strict UTF-8, ICU charset
// detection, line endings, NFC) → doc::Document (ArticleParser: title, byline, dates, headings,
// lists, quotes, scene breaks, boilerplate at the edges, smart punctuation, language).
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/Diagnostics.hpp"
#include "doc/Document.hpp"

namespace galley::read {

/// The markup of an article file.
enum class InputFormat {
    Auto,      ///< by extension: .md / .markdown are Markdown, anything else plain text
    Text,      ///< plain text (--from text)
    Markdown,  ///< CommonMark with GitHub's extensions (--from markdown)
};

/// How to read one article.
struct ReadOptions {
    InputFormat format = InputFormat::Auto;   ///< --from
    std::string language;                     ///< --lang; empty = metadata or detection
    std::map<std::string, std::string> meta;  ///< --meta key=value (title, author, date, lang,
                                              ///< identifier, description, publisher, rights)
    /// Lists given as lists (author, keywords), each item whole: a sidecar's arrays; a key in
    /// `meta` wins over the same key here.
    std::map<std::string, std::vector<std::string>> meta_lists;
    bool use_sidecar = true;  ///< read ARTICLE.toml beside the article
    /// Quotation marks per BCP 47 tag (four characters, a style's [quotes]) for straight quotes
    /// turned curly; languages it does not list get galley's own marks.
    std::map<std::string, std::u32string> quotes;
    /// Folders besides the article's own that its images may be read from (--resource-path),
    /// searched in order after the article's folder; nothing outside them is ever read.
    std::vector<std::filesystem::path> resource_paths;
    /// Images may be read from the article's own folder tree: true for a file; read_article_text
    /// (an article in memory, standard input) sets it false, so only resource_paths are read.
    bool images_beside_article = true;
};

/// The format `path` is read in under `format` (Auto decides by the extension).
InputFormat format_for(const std::filesystem::path& path, InputFormat format);

/// Reads, decodes and parses the article at `path` (plain text or Markdown, by format_for);
/// command-line metadata wins over the sidecar
/// ARTICLE.toml, which wins over detection. Throws Error naming the file for unusable input.
doc::Document read_article(const std::filesystem::path& path, const ReadOptions& options,
                           Diagnostics& diagnostics);

/// Decodes and parses an article held in memory, named `name` in diagnostics (and as the title's
/// fallback; its extension decides InputFormat::Auto); no sidecar is read. Throws Error naming
/// `name`: TooLarge past max_input(), InputInvalid for unusable text.
doc::Document read_article_text(std::string_view bytes, const std::string& name,
                                const ReadOptions& options, Diagnostics& diagnostics);

}  // namespace galley::read
