// read: the image files a Markdown article shows. A figure's path is resolved against the
// article's folder (then each --resource-path folder), and only files inside those folder trees
// are read: "../../etc/passwd" or a symbolic link out of the tree is refused before it is opened.
// Each file is checked as base/ImageCheck does (header size first, then a full decode within
// limits), so the backends only copy or embed bytes that are known good.
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/Diagnostics.hpp"
#include "doc/Document.hpp"

namespace galley::read {

/// Most pixels a figure's image may have: 64 megapixels (an 8000 × 8000 photograph; a page
/// needs far fewer even at 600 dpi). Checked from the header before anything is decoded.
inline constexpr std::uint64_t kMaxFigurePixels = 64'000'000;

/// Loads the images of one article into a document's image list, each file once.
class FigureImages {
  public:
    /// Images of the article `file` (diagnostics name it), which may read files inside its own
    /// folder tree and inside each of `resource_paths`.
    /// Without `beside_article` (an article held in memory) only `resource_paths` are read.
    FigureImages(const std::string& file, std::vector<std::filesystem::path> resource_paths,
                 bool beside_article, Diagnostics& diagnostics);

    /// The index in `images` of the image `url` (as written in the article, at `line`), read and
    /// checked on first use; nothing, after a warning naming the reason, when it is remote, not
    /// PNG or JPEG, missing, outside the allowed folders, damaged or too large.
    std::optional<std::size_t> load(const std::string& url, int line,
                                    std::vector<doc::Image>& images);

  private:
    /// The file `url` names: the first candidate that exists inside an allowed folder.
    std::optional<std::filesystem::path> resolve(const std::string& path, const std::string& url,
                                                 int line);

    const std::string& file_;
    std::vector<std::filesystem::path> roots_;  // the article's folder, then the resource paths
    Diagnostics& diagnostics_;
    std::map<std::string, std::size_t> loaded_;  // canonical path → image index
};

/// `url` with its %XX escapes decoded (cmark-gfm writes a space in a link as %20).
std::string percent_decoded(const std::string& url);

}  // namespace galley::read
