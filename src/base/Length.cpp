#include "base/Length.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <string>

namespace galley {

std::optional<Pt> parse_length(std::string_view text) {
    double number = 0;
    const char* first = text.data();
    const char* last = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(first, last, number);
    if (ec != std::errc() || !std::isfinite(number)) return std::nullopt;
    std::string_view unit(ptr, static_cast<std::size_t>(last - ptr));
    if (unit.empty() || unit == "pt") return Pt{number};
    if (unit == "in") return Pt{number * 72.0};
    if (unit == "mm") return Pt{number * 72.0 / 25.4};
    if (unit == "cm") return Pt{number * 72.0 / 2.54};
    if (unit == "pc") return Pt{number * 12.0};
    return std::nullopt;
}

std::string format_number(double value, int decimals) {
    // std::to_chars is locale-independent; fixed notation with the requested precision.
    char buf[64];
    if (std::abs(value) < 0.5 * std::pow(10.0, -decimals)) value = 0;
    auto [ptr, ec] =
        std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed, decimals);
    if (ec != std::errc()) return "0";
    std::string out(buf, ptr);
    if (out.find('.') != std::string::npos) {
        while (!out.empty() && out.back() == '0') out.pop_back();
        if (!out.empty() && out.back() == '.') out.pop_back();
    }
    if (out == "-0") out = "0";
    return out;
}

}  // namespace galley
