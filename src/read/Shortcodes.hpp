// read: shortcodes of static site generators — Hugo's {{< … >}} and {{% … %}}, Jekyll's Liquid
// {% … %} tags, and Liquid {{ … }} output alone on its line. They are templating instructions,
// not text: dropped with a warning, outside fenced code and `code spans`.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/Diagnostics.hpp"

namespace galley::read {

/// Returns `utf8` without its shortcodes, each reported as "file:line: warning: dropped
/// shortcode …"; every line end is kept, so line numbers stay those of the file (a line that
/// held only a shortcode becomes blank). nullopt when the text has none.
std::optional<std::string> drop_shortcodes(std::string_view utf8, const std::string& file,
                                           Diagnostics& diagnostics);

}  // namespace galley::read
