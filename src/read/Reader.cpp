#include "read/Reader.hpp"

#include "base/Error.hpp"
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

/// `options` with its metadata keys in the reader's spelling ("language" → "lang").
ReadOptions normalized(const ReadOptions& options) {
    ReadOptions effective = options;
    effective.meta.clear();
    effective.meta_lists.clear();
    auto spelling = [](const std::string& key) {
        return key == "language" ? "lang" : key == "authors" ? "author" : key;
    };
    for (const auto& [key, value] : options.meta) effective.meta[spelling(key)] = value;
    for (const auto& [key, items] : options.meta_lists)
        if (!effective.meta.count(spelling(key))) effective.meta_lists[spelling(key)] = items;
    return effective;
}

doc::Document parse(const std::string& text, const std::string& file, InputFormat format,
                    const ReadOptions& effective, Diagnostics& diagnostics) {
    if (format == InputFormat::Markdown) return parse_markdown(text, file, effective, diagnostics);
    return parse_article(text, file, effective, diagnostics);
}

}  // namespace

doc::Document read_article(const std::filesystem::path& path, const ReadOptions& options,
                           Diagnostics& diagnostics) {
    const std::string file = path.string();
    const std::string bytes = read_file(path);
    const std::string text = decode_text(bytes, file, diagnostics);

    // Command-line metadata wins over the sidecar, which wins over what the text says.
    ReadOptions effective = normalized(options);
    if (options.use_sidecar) {
        MetaValues sidecar = read_sidecar(path);
        auto given = [&](const std::string& key) {
            return effective.meta.count(key) || effective.meta_lists.count(key);
        };
        for (auto& [key, value] : sidecar.values)
            if (!given(key)) effective.meta.emplace(key, std::move(value));
        for (auto& [key, items] : sidecar.lists)
            if (!given(key)) effective.meta_lists.emplace(key, std::move(items));
    }
    return parse(text, file, format_for(path, options.format), effective, diagnostics);
}

doc::Document read_article_text(std::string_view bytes, const std::string& name,
                                const ReadOptions& options, Diagnostics& diagnostics) {
    if (bytes.size() > max_input())
        throw Error(
            ErrorCode::TooLarge, name,
            "larger than " + std::to_string(max_input()) + " bytes (the --max-input limit)");
    const std::string text = decode_text(bytes, name, diagnostics);
    ReadOptions effective = normalized(options);
    effective.images_beside_article = false;  // no folder of its own: only --resource-path
    return parse(text, name, format_for(name, options.format), effective, diagnostics);
}

}  // namespace galley::read
