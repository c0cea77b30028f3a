#pragma once

#include <string>
#include <utility>
#include <vector>

namespace galley::epub {

/// The accessibility summary the package states (a sentence about what the book offers); a book
/// with a cover image or figures says so (their images have text alternatives).
std::string accessibility_summary(bool cover = false, bool figures = false);

/// The schema.org accessibility metadata of the package (EPUB Accessibility 1.1), as (property,
/// value) pairs in order: access modes, sufficient access mode, features, hazards, summary.
/// Only what galley's output always is gets stated: structure, navigation, reading order,
/// colours and fonts left to the reading system, and (with a cover) the cover's text
/// alternative. No dcterms:conformsTo or a11y:certifiedBy: galley does not evaluate the book
/// against WCAG, and a tool cannot certify its own output.
/// `figures`: the book shows images in its text (figures with alt text and captions).
std::vector<std::pair<std::string, std::string>> accessibility_metadata(bool cover,
                                                                        bool figures = false);

}  // namespace galley::epub
