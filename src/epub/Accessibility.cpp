#include "epub/Accessibility.hpp"

#include <cmath>

namespace galley::epub {

namespace {

std::optional<double> luminance(const std::string& colour) {
    if (colour.size() != 7 || colour[0] != '#') return std::nullopt;
    double rgb[3];
    for (int i = 0; i < 3; ++i) {
        int v = 0;
        for (int j = 0; j < 2; ++j) {
            char c = colour[static_cast<std::size_t>(1 + 2 * i + j)];
            int d = c >= '0' && c <= '9'   ? c - '0'
                    : c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                           : -1;
            if (d < 0) return std::nullopt;
            v = v * 16 + d;
        }
        double s = v / 255.0;
        rgb[i] = s <= 0.03928 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
}

}  // namespace

std::optional<double> contrast_ratio(const std::string& a, const std::string& b) {
    auto la = luminance(a), lb = luminance(b);
    if (!la || !lb) return std::nullopt;
    double hi = std::max(*la, *lb), lo = std::min(*la, *lb);
    return (hi + 0.05) / (lo + 0.05);
}

std::string conformance_claim(const style::StyleSheet& style, bool links_underlined) {
    const style::TextStyle* texts[] = {
        &style.body,     &style.headings[0], &style.headings[1], &style.headings[2], &style.title,
        &style.subtitle, &style.byline,      &style.dateline,    &style.quote,       &style.list};
    for (const style::TextStyle* t : texts) {
        auto r = contrast_ratio(t->color, "#ffffff");
        if (!r || *r < 4.5) return {};
    }
    auto link = contrast_ratio(style.link_color, "#ffffff");
    if (!link || *link < 4.5) return {};
    auto against_body = contrast_ratio(style.link_color, style.body.color);
    if (!links_underlined && (!against_body || *against_body < 3.0)) return {};
    return "EPUB Accessibility 1.1 - WCAG 2.1 Level A";
}

}  // namespace galley::epub
