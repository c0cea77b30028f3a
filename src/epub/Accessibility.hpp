#pragma once

#include <optional>
#include <string>

#include "style/StyleSheet.hpp"

namespace galley::epub {

/// WCAG 2.1 contrast ratio (1..21) of two "#rrggbb" colours; nullopt when either is malformed.
std::optional<double> contrast_ratio(const std::string& a, const std::string& b);

/// The dcterms:conformsTo claim the book can truthfully make, or empty.
/// galley's structure (language, titles, headings, lists, reading order, navigation, no media)
/// meets WCAG 2.1 Level A when links stand out by more than colour: `links_underlined`, or a
/// 3:1 contrast between link and body colours. Level AA is never claimed: it also needs every
/// change of language inside the text marked (3.1.2), which plain-text input cannot promise.
/// Every text colour must reach 4.5:1 against white for any claim (1.4.3 is AA, but text that
/// fails it is not something to certify).
std::string conformance_claim(const style::StyleSheet& style, bool links_underlined);

}  // namespace galley::epub
