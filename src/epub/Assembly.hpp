#pragma once

#include <string>
#include <vector>

#include "base/Diagnostics.hpp"
#include "epub/EpubWriter.hpp"
#include "epub/FontEmbedder.hpp"
#include "epub/PackageWriter.hpp"
#include "epub/XhtmlWriter.hpp"

namespace galley::epub {

/// A file of the publication that is neither a content document nor generated (an image).
struct Resource {
    ManifestItem item;  ///< its manifest entry (href relative to the package)
    std::string bytes;  ///< its content
};

/// A publication ready to be packed: metadata, content documents and navigation, shared by
/// the single-article writer and the book writer.
struct Publication {
    Package package;                     ///< metadata; assemble() adds the manifest items
    std::vector<ContentDocument> spine;  ///< content documents in reading order
    std::string nav_xhtml;               ///< nav.xhtml
    std::string ncx;                     ///< toc.ncx
    std::vector<Resource> resources;     ///< images, listed after the fonts
};

/// `language` when it is a BCP 47 tag, else "und" with a warning about `source` (when it is set).
std::string checked_language(const std::string& language, const std::string& source,
                             Diagnostics& diagnostics);

/// Subsets the fonts `embedder` collected, writes the CSS, completes and writes the package
/// (conformance claim, manifest, spine) and returns the OCF zip's bytes.
std::string assemble(Publication& publication, FontEmbedder& embedder,
                     const style::StyleSheet& style, const EpubOptions& options,
                     Diagnostics& diagnostics);

}  // namespace galley::epub
