#pragma once

#include <optional>
#include <string_view>

namespace galley {

/// A length in PostScript points (1/72 in), the unit of every layout computation.
struct Pt {
    double value = 0;  ///< the length in points

    constexpr Pt operator+(Pt o) const { return {value + o.value}; }
    constexpr Pt operator-(Pt o) const { return {value - o.value}; }
    constexpr Pt operator*(double k) const { return {value * k}; }
    constexpr auto operator<=>(const Pt&) const = default;
};

/// Parses "12pt", "1.5in", "20mm", "2cm", "1pc" or a bare number (points) into points;
/// nullopt on anything else ("12ptx", "", "pt").
std::optional<Pt> parse_length(std::string_view text);

/// Formats a number with the classic locale and at most `decimals` decimals, trailing zeros cut
/// ("12", "12.5", "-0.25"): output never depends on the user's locale.
std::string format_number(double value, int decimals = 3);

}  // namespace galley
