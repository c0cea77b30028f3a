#include "read/FigureImages.hpp"

#include "base/Error.hpp"
#include "base/File.hpp"
#include "base/ImageCheck.hpp"

namespace galley::read {

namespace fs = std::filesystem;

namespace {

/// Longest URL quoted in a warning, in bytes.
constexpr std::size_t kQuoted = 60;

std::string quoted(const std::string& url) {
    if (url.size() <= kQuoted) return "'" + url + "'";
    std::size_t cut = kQuoted - 3;
    while (cut > 0 && (static_cast<unsigned char>(url[cut]) & 0xC0) == 0x80) --cut;
    return "'" + url.substr(0, cut) + "…'";
}

std::string lower_ascii(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/// True when `url` names a remote or inline resource rather than a file ("https://", "data:").
bool is_remote(const std::string& url) {
    const std::string lower = lower_ascii(url.substr(0, 16));
    if (lower.rfind("data:", 0) == 0 || lower.rfind("//", 0) == 0) return true;
    const std::size_t colon = lower.find(':');
    if (colon == std::string::npos || colon < 2) return false;  // "C:" would be a drive letter
    for (std::size_t i = 0; i < colon; ++i) {
        const char c = lower[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'))
            return false;
    }
    return true;
}

}  // namespace

std::string percent_decoded(const std::string& url) {
    std::string out;
    for (std::size_t i = 0; i < url.size(); ++i) {
        if (url[i] == '%' && i + 2 < url.size()) {
            const int hi = hex_digit(url[i + 1]), lo = hex_digit(url[i + 2]);
            if (hi >= 0 && lo >= 0) {
                out += static_cast<char>(hi * 16 + lo);
                i += 2;
                continue;
            }
        }
        out += url[i];
    }
    return out;
}

FigureImages::FigureImages(const std::string& file, std::vector<fs::path> resource_paths,
                           bool beside_article, Diagnostics& diagnostics)
    : file_(file), diagnostics_(diagnostics) {
    fs::path folder = fs::path(file).parent_path();
    if (beside_article) roots_.push_back(folder.empty() ? fs::path(".") : folder);
    for (fs::path& p : resource_paths) roots_.push_back(std::move(p));
}

std::optional<fs::path> FigureImages::resolve(const std::string& path, const std::string& url,
                                              int line) {
    const fs::path relative(path);
    bool any_allowed = false;
    for (const fs::path& root : roots_) {
        const fs::path candidate = relative.is_absolute() ? relative : root / relative;
        // Inside some allowed folder tree (symbolic links resolved), else never opened.
        bool allowed = false;
        for (const fs::path& r : roots_) allowed = allowed || inside_folder(candidate, r);
        if (!allowed) continue;
        any_allowed = true;
        std::error_code ec;
        if (fs::is_regular_file(candidate, ec)) return candidate;
    }
    if (!any_allowed) {
        diagnostics_.warn(file_, line,
                          "image " + quoted(url) +
                              " lies outside the article's folder and was not read "
                              "(--resource-path DIR allows another folder); its alt text is shown");
        return std::nullopt;
    }
    diagnostics_.warn(file_, line,
                      "image " + quoted(url) + " not found (looked in " + roots_.front().string() +
                          (roots_.size() > 1 ? " and the other --resource-path folders" : "") +
                          "); its alt text is shown");
    return std::nullopt;
}

std::optional<std::size_t> FigureImages::load(const std::string& url, int line,
                                              std::vector<doc::Image>& images) {
    if (is_remote(url)) {
        diagnostics_.warn(file_, line,
                          "remote image " + quoted(url) +
                              " not fetched (only local files are read); its alt text is shown");
        return std::nullopt;
    }
    std::string path = percent_decoded(url);
    if (const std::size_t cut = path.find_first_of("?#"); cut != std::string::npos)
        path.resize(cut);
    const std::string ext = lower_ascii(fs::path(path).extension().string());
    if (ext == ".svg" || ext == ".svgz") {
        diagnostics_.warn(file_, line,
                          "SVG image " + quoted(url) +
                              " not supported (only PNG and JPEG); its alt text is shown");
        return std::nullopt;
    }
    if (path.empty() || path.find('\0') != std::string::npos) {
        diagnostics_.warn(file_, line, "image without a file name; its alt text is shown");
        return std::nullopt;
    }
    if (roots_.empty()) {
        diagnostics_.warn(file_, line,
                          "image " + quoted(url) +
                              " not read: an article from standard input or memory reads images "
                              "only from --resource-path folders; its alt text is shown");
        return std::nullopt;
    }
    std::optional<fs::path> found = resolve(path, url, line);
    if (!found) return std::nullopt;
    std::error_code ec;
    const std::string key = fs::weakly_canonical(fs::absolute(*found, ec), ec).string();
    if (auto it = loaded_.find(key); it != loaded_.end()) return it->second;
    doc::Image image;
    image.path = found->string();
    try {
        image.bytes = read_file(*found);
        ImageLimits limits;
        limits.max_pixels = kMaxFigurePixels;
        const ImageInfo info = check_image(image.bytes, limits);
        image.format = info.format;
        image.width = info.width;
        image.height = info.height;
        image.dpi = info.dpi;
    } catch (const Error& e) {
        diagnostics_.warn(file_, line,
                          "image " + quoted(url) + ": " + e.what() + "; its alt text is shown");
        return std::nullopt;
    }
    images.push_back(std::move(image));
    loaded_.emplace(key, images.size() - 1);
    return images.size() - 1;
}

}  // namespace galley::read
