// fuzz: the style loader (style/StyleLoader). The input is a style file; its lines that start
// with "#set " (TOML comments) are also passed as `--set key=value` overrides, so one input
// drives both parsers. The resolved style is printed back (describe) and its CSS generated.
// galley::Error (bad TOML, unknown key, bad value) is an expected outcome, not a finding.
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "FuzzSupport.hpp"
#include "base/Error.hpp"
#include "style/Css.hpp"
#include "style/StyleSheet.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view bytes = galley::fuzz::input(data, size);
    const auto path = galley::fuzz::write_scratch("style.toml", bytes);
    try {
        std::vector<std::pair<std::string, std::string>> overrides;
        for (size_t at = 0; at < bytes.size();) {
            size_t end = bytes.find('\n', at);
            if (end == std::string_view::npos) end = bytes.size();
            const std::string_view line = bytes.substr(at, end - at);
            if (line.substr(0, 5) == "#set ")
                overrides.push_back(galley::style::parse_override(std::string(line.substr(5))));
            at = end + 1;
        }
        const galley::style::StyleSheet style = galley::style::load_style(path.string(), overrides);
        (void)galley::style::describe(style);
        (void)galley::style::generate_css(style, {}, {});
    } catch (const galley::Error&) {
    }
    return 0;
}
