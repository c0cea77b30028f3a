#include "read/Reader.hpp"

#include "base/File.hpp"
#include "read/ArticleParser.hpp"
#include "read/Decoder.hpp"
#include "read/Sidecar.hpp"

namespace galley::read {

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
    return parse_article(text, file, effective, diagnostics);
}

}  // namespace galley::read
