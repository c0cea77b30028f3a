// base: escaping text for XML, shared by the writers that build XML by hand (PDF XMP, SVG).
#pragma once

#include <string>
#include <string_view>

namespace galley {

/// `text` with &, <, > and " replaced by their entities (for element text and attribute values).
std::string xml_escape(std::string_view text);

}  // namespace galley
