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

doc::Document read_article(const std::filesystem::path& path, const ReadOptions& options,
                           Diagnostics& diagnostics) {
    const std::string file = path.string();
    const std::string bytes = read_file(path);
    const std::string text = decode_text(bytes, file, diagnostics);

    // Command-line metadata wins over the sidecar, which wins over what the text says.
    ReadOptions effective = options;
    effective.meta.clear();
    for (const auto& [key, value] : options.meta)
        effective.meta[key == "language" ? "lang" : key == "authors" ? "author" : key] = value;
    if (options.use_sidecar)
        for (auto& [key, value] : read_sidecar(path)) effective.meta.emplace(key, value);
    if (format_for(path, options.format) == InputFormat::Markdown)
        return parse_markdown(text, file, effective, diagnostics);
    return parse_article(text, file, effective, diagnostics);
}

}  // namespace galley::read
