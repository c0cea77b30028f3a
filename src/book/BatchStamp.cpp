#include "book/BatchStamp.hpp"

#include <algorithm>
#include <cstdint>
#include <iomanip>
#include <set>
#include <sstream>

#include "base/Error.hpp"
#include "base/File.hpp"
#include "read/Reader.hpp"
#include "read/Sidecar.hpp"
#include "text/Hyphenator.hpp"

namespace galley::book {

namespace fs = std::filesystem;

namespace {

std::string hex(std::uint64_t v) {
    std::ostringstream out;
    out << std::hex << std::setw(16) << std::setfill('0') << v;
    return out.str();
}

/// A file's identity without reading it: path, size and modification time ("missing" when it
/// cannot be stat'ed).
std::string identity(const fs::path& path) {
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    if (ec) return path.string() + " missing\n";
    const auto mtime = fs::last_write_time(path, ec);
    if (ec) return path.string() + " missing\n";
    return path.string() + " " + std::to_string(size) + " " +
           std::to_string(mtime.time_since_epoch().count()) + "\n";
}

/// The identities of the regular files under `folder` (recursively when `deep`) whose names end
/// in one of `extensions` (all files when empty), in name order.
std::string folder_identity(const fs::path& folder, bool deep,
                            const std::vector<std::string>& extensions) {
    std::vector<fs::path> files;
    std::error_code ec;
    auto take = [&](const fs::directory_entry& entry) {
        std::error_code e;
        if (!entry.is_regular_file(e)) return;
        const std::string ext = entry.path().extension().string();
        if (extensions.empty() ||
            std::find(extensions.begin(), extensions.end(), ext) != extensions.end())
            files.push_back(entry.path());
    };
    if (deep) {
        for (const auto& entry : fs::recursive_directory_iterator(
                 folder, fs::directory_options::skip_permission_denied, ec))
            take(entry);
    } else {
        for (const auto& entry : fs::directory_iterator(folder, ec)) take(entry);
    }
    std::sort(files.begin(), files.end());
    std::string out = folder.string() + "\n";
    for (const fs::path& f : files) out += identity(f);
    return out;
}

const char* extension(app::Format f) {
    return f == app::Format::Epub ? "epub" : "pdf";
}

}  // namespace

RunInputs run_inputs(const BatchOptions& options, const style::StyleSheet& style) {
    RunInputs run;
    auto add = [&](std::string name, std::string value) {
        run.parts.emplace_back(std::move(name), std::move(value));
    };
    add("version", GALLEY_VERSION);
    std::string outputs;
    for (app::Format f : options.formats)
        outputs += std::string(outputs.empty() ? "" : ",") + extension(f);
    add("outputs", outputs);
    const auto epoch = source_date_epoch();
    add("source-date-epoch", epoch ? std::to_string(*epoch) : "unset");
    add("cover", options.cover.empty() ? "none" : options.cover);

    // The style: its resolved values, and the bytes of every file of its `extends` chain that
    // set one (so an edit anywhere in the chain counts even if describe() missed a key).
    std::uint64_t h = fnv1a(options.style_key.empty() ? style::describe(style) : options.style_key);
    std::set<std::string> style_files;
    for (const auto& [key, source] : style.sources)
        if (!source.file.empty() && source.file != "--set") style_files.insert(source.file);
    for (const std::string& file : style_files) {
        std::error_code ec;
        h = fnv1a(file + "\n", h);
        h = fnv1a(fs::is_regular_file(file, ec) ? read_file(file) : std::string("missing"), h);
    }
    add("style", hex(h));

    // Fonts: the bundled folder and the style's own font files.
    std::string fonts = folder_identity(data_dir() / "fonts", true, {});
    for (const style::UserFont& font : style.fonts) fonts += identity(font.path);
    add("fonts", hex(fnv1a(fonts)));
    add("hyphenation",
        hex(fnv1a(folder_identity(text::hyphen_dictionary_folder(), false, {".dic"}))));

    std::string read = "lang=" + options.read.language +
                       "\nfrom=" + std::to_string(static_cast<int>(options.read.format)) + "\n";
    for (const auto& [k, v] : options.read.meta) read += "meta " + k + "=" + v + "\n";
    for (const fs::path& p : options.read.resource_paths)
        read += "resource-path " + p.string() + "\n";
    add("read-options", hex(fnv1a(read)));
    return run;
}

std::string article_stamp(const RunInputs& run, const fs::path& article,
                          const read::ReadOptions& options) {
    std::string out;
    for (const auto& [name, value] : run.parts) out += name + " " + value + "\n";
    out += "article-name " + hex(fnv1a(article.filename().string())) + "\n";
    out += "article " + hex(fnv1a(read_file(article))) + "\n";
    const fs::path sidecar = read::sidecar_path(article);
    std::error_code ec;  // the sidecar read::read_sidecar() would read
    const bool has_sidecar = sidecar != article && fs::is_regular_file(sidecar, ec);
    out += "sidecar " + (has_sidecar ? hex(fnv1a(read_file(sidecar))) : std::string("none")) + "\n";
    // The images a Markdown article's figures show: which files (resolved as the conversion
    // resolves them) and their bytes, so a changed picture rebuilds the article. Reading costs a
    // few milliseconds, far less than converting; an article that cannot be read has no images
    // here (its conversion fails and reports why).
    if (read::format_for(article, options.format) == read::InputFormat::Markdown) {
        try {
            Diagnostics ignored;  // the conversion reports them
            const doc::Document document = read::read_article(article, options, ignored);
            for (const doc::Image& image : document.images)
                out += "image " + hex(fnv1a(image.path)) + " " + hex(fnv1a(image.bytes)) + "\n";
        } catch (const Error&) {
            out += "image unreadable\n";
        }
    }
    return out;
}

std::uint64_t fnv1a(std::string_view data, std::uint64_t hash) {
    for (unsigned char c : data) {
        hash ^= c;
        hash *= 1099511628211ULL;
    }
    return hash;
}

}  // namespace galley::book
