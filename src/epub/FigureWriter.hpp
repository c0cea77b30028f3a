// epub: figures. Each image of an article is copied byte for byte into the container
// (EPUB/images/NAME-fig-N.png|jpg, listed in the manifest with its media type) and shown as
// <figure class="figure"><img src alt/><figcaption>caption <span class="credit"/></figcaption>.
#pragma once

#include <string>
#include <vector>

#include "doc/Document.hpp"
#include "epub/Assembly.hpp"

namespace galley::epub {

/// The href (relative to the package document and the content documents) of image `index` of
/// the article whose content documents are named `name` ("article", "a3").
std::string figure_image_href(const std::string& name, std::size_t index, const doc::Image& image);

/// The manifest resources of `document`'s images, each its file's bytes unchanged.
std::vector<Resource> figure_resources(const doc::Document& document, const std::string& name);

}  // namespace galley::epub
