// galley's public API: a job is one article (a file, or text in memory), metadata that overrides
// what the article says, a style, and the outputs to make (EPUB and/or PDF, each to a file or to
// memory). galley::api::convert (galley.hpp) runs it.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace galley::api {

/// The markup of an article.
enum class InputFormat {
    Auto,      ///< by the file's (or the in-memory input's name's) extension: .md and .markdown
               ///< are Markdown, anything else plain text
    Text,      ///< plain text: title, byline, headings and lists recognised from its lines
    Markdown,  ///< CommonMark with GitHub's extensions
};

/// The article to convert: a file, or bytes in memory with a name for diagnostics.
struct Input {
    std::filesystem::path path;  ///< the article file; empty for an in-memory input
    std::string text;  ///< an in-memory article's bytes (UTF-8, UTF-16 with BOM, or a legacy
                       ///< charset galley detects); used when `path` is empty
    std::string name;  ///< an in-memory input's name, used in diagnostics and as the title's
                       ///< fallback ("article.md"); its extension decides InputFormat::Auto
    InputFormat format = InputFormat::Auto;  ///< the markup
    bool read_sidecar = true;  ///< read ARTICLE.toml beside a file input (never for memory)
    /// Folders besides the article's own that its images may be read from, searched after it
    /// (`--resource-path`); nothing outside the article's folder tree and these is ever read.
    std::vector<std::filesystem::path> resource_paths;

    /// The article at `path`.
    static Input file(std::filesystem::path path, InputFormat format = InputFormat::Auto);
    /// An article held in memory as `text`, named `name` in diagnostics.
    static Input memory(std::string text, InputFormat format, std::string name = "article");
};

/// Metadata that overrides what the article, its front matter and its sidecar say; a field left
/// unset keeps theirs. Lists stay lists: an author or keyword may contain any character.
struct Metadata {
    std::optional<std::string> title;                 ///< the title
    std::optional<std::string> subtitle;              ///< the standfirst or dek
    std::optional<std::vector<std::string>> authors;  ///< the authors in order
    std::optional<std::string> date;                  ///< ISO 8601 (2024-05-09) or as written
    std::optional<std::string> language;     ///< BCP 47 tag ("de", "pt-BR"); also decides how the
                                             ///< text is read (quotes, bylines)
    std::optional<std::string> identifier;   ///< the publication's identifier (ISBN, URN, URL)
    std::optional<std::string> description;  ///< a short description
    std::optional<std::string> publisher;    ///< the publisher
    std::optional<std::string> rights;       ///< the rights statement
    std::optional<std::string> dateline;     ///< the place line ("PARIS —")
    std::optional<std::vector<std::string>> keywords;  ///< subject keywords in order
    /// Keys set() did not know; the job reports each as a warning and otherwise ignores it.
    std::vector<std::string> unknown_keys;
    /// How warnings about these values name them ("metadata title: ..."); the CLI says "--meta".
    std::string origin = "metadata";

    /// Sets a field from text as `galley convert --meta KEY=VALUE` takes it: title, subtitle,
    /// date, lang or language, identifier, description, publisher, rights, dateline; author or
    /// authors (several separated by ';', added to the authors already set); keywords (separated
    /// by ',' or ';', added likewise). Returns false, and records the key in unknown_keys, for
    /// any other key.
    bool set(std::string_view key, std::string_view value);
};

/// The style: a built-in style's name or a style file's path, with settings applied over it.
struct Style {
    std::string name = "classic";  ///< "classic", "report", "large-print"... or a .toml path
    /// Settings applied last, as `--set KEY=VALUE` takes them: {"body.font_size", "12pt"}.
    std::vector<std::pair<std::string, std::string>> settings;
};

/// An output format.
enum class OutputFormat {
    Epub,  ///< an EPUB 3 e-book
    Pdf,   ///< a typeset PDF
    Svg,   ///< a preview of the typeset pages as one SVG image (the pages one under the other)
};

/// One output of a job: to a file (written atomically) or to memory (Result holds its bytes).
struct Output {
    std::optional<OutputFormat> format;  ///< unset: by the path's extension (.epub, .pdf, .svg)
    std::filesystem::path path;          ///< the file to write; empty for an output to memory

    /// An output to the file at `path`, its format by its extension.
    static Output file(std::filesystem::path path);
    /// An output to the file at `path` in `format`, whatever its extension.
    static Output file(std::filesystem::path path, OutputFormat format);
    /// An output returned in memory as bytes.
    static Output memory(OutputFormat format);
};

/// Everything one conversion needs.
struct Job {
    Input input;                  ///< the article
    Metadata metadata;            ///< overrides of its metadata
    Style style;                  ///< the style
    std::vector<Output> outputs;  ///< one or more outputs, made all or none
    /// The style whose pages the EPUB marks (page-break markers, a page-list): "" = the PDF's when
    /// the job makes one (else none); the job's style name = the job's style with its settings;
    /// another name or style file = that style as it is (laid out for the EPUB, not written).
    std::string page_source;
    /// The cover: "" = none, "auto" = a generated typographic cover (title and author in the
    /// style's fonts), else a PNG or JPEG file.
    std::string cover;
    /// Seconds since 1970 used for every date the outputs carry (zip entries, PDF dates); unset:
    /// $SOURCE_DATE_EPOCH, else the article's date at midnight UTC, else 1980-01-01.
    std::optional<std::int64_t> timestamp;
};

}  // namespace galley::api
