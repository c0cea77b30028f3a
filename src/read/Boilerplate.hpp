// read: web page leftovers that copy-paste brings along ("Notify of", "Share this", comment
// counts, cookie and newsletter lines, "Skip to content", post navigation). The parser drops
// them only at the edges of an article and reports each drop.
#pragma once

#include <string_view>

namespace galley::read {

/// True when the whole `line` is a known piece of web boilerplate (a leading "- " bullet is
/// ignored). Never true for a line of ordinary prose.
bool is_boilerplate(std::string_view line);

}  // namespace galley::read
