#include "read/Reader.hpp"

#include "base/File.hpp"
#include "read/ArticleParser.hpp"
#include "read/Decoder.hpp"
#include "read/MarkdownReader.hpp"
#include "read/Sidecar.hpp"

namespace galley::read {

InputFormat format_for(const std::filesystem::path& path, InputFormat format) {
    if (format != InputFormat::Auto) return format;
    return is_markdown_path(path) ? InputFormat::Markdown : InputFormat::Text;
}

namespace {

/// Decodes and parses `bytes` named `file`, with the sidecar of `article` when it is a file.
doc::Document parse_bytes(const std::string& bytes, const std::string& file, InputFormat format,
                          const ReadOptions& options, const std::filesystem::path* article,
                          Diagnostics& diagnostics) {
    const std::string text = decode_text(bytes, file, diagnostics);

    // Command-line metadata wins over the sidecar, which wins over what the text says.
    ReadOptions effective = options;
    effective.meta.clear();
    for (const auto& [key, value] : options.meta)
        effective.meta[key == "language" ? "lang" : key == "authors" ? "author" : key] = value;
    if (article && options.use_sidecar)
        for (auto& [key, value] : read_sidecar(*article)) effective.meta.emplace(key, value);
    if (format == InputFormat::Markdown) return parse_markdown(text, file, effective, diagnostics);
    return parse_article(text, file, effective, diagnostics);
}

}  // namespace

doc::Document read_article(const std::filesystem::path& path, const ReadOptions& options,
                           Diagnostics& diagnostics) {
    const std::string bytes = read_file(path);
    return parse_bytes(bytes, path.string(), format_for(path, options.format), options, &path,
                       diagnostics);
}

doc::Document read_article_bytes(const std::string& bytes, const std::string& name,
                                 const ReadOptions& options, Diagnostics& diagnostics) {
    const InputFormat format =
        options.format == InputFormat::Auto ? InputFormat::Text : options.format;
    return parse_bytes(bytes, name, format, options, nullptr, diagnostics);
}

}  // namespace galley::read
