#include "api/OutputFiles.hpp"

#include <algorithm>
#include <cctype>
#include <string>

#include "base/Error.hpp"
#include "base/File.hpp"

namespace galley::api {

namespace fs = std::filesystem;

OutputFormat format_of(const fs::path& path) {
    auto lower = [](std::string s) {
        std::transform(s.begin(), s.end(), s.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        return s;
    };
    const std::string name = lower(path.filename().string());
    if (name.empty())
        throw galley::Error(galley::ErrorCode::Usage, path.string(),
                            "output name is a folder, not a file name (use NAME.epub or NAME.pdf)");
    std::string ext = lower(path.extension().string());
    if (ext.empty()) {
        // ".pdf" alone is a hidden file with no extension, not a nameless PDF.
        const bool only_ext = name == ".epub" || name == ".pdf";
        throw galley::Error(
            galley::ErrorCode::Usage, path.string(),
            only_ext ? "output name has no name before its extension (use NAME" + name + ")"
                     : "output name has no extension (use NAME.epub or NAME.pdf)");
    }
    if (ext == ".epub") return OutputFormat::Epub;
    if (ext == ".pdf") return OutputFormat::Pdf;
    if (ext == ".svg") return OutputFormat::Svg;
    throw galley::Error(galley::ErrorCode::Usage, path.string(),
                        "unknown output format '" + ext + "' (use .epub, .pdf or .svg)");
}

void refuse_overwriting_inputs(const std::vector<fs::path>& outputs,
                               const std::vector<fs::path>& inputs) {
    for (const fs::path& out : outputs)
        for (const fs::path& in : inputs)
            if (same_file(out, in))
                throw galley::Error(
                    galley::ErrorCode::Usage, out.string(),
                    "the output is an input (" + in.string() + "): refusing to overwrite it");
}

void remove_outputs(const std::vector<fs::path>& outputs) {
    for (const fs::path& out : outputs) {
        std::error_code ec;
        fs::remove(out, ec);
    }
}

}  // namespace galley::api
