#include "base/TextCheck.hpp"

#include <algorithm>
#include <unordered_set>

namespace galley {

namespace {

/// What one step of the scanner found at a position.
enum class Kind { Good, Invalid, Nul, Illegal };

/// One scanned unit: its kind and its length in bytes (a whole character or an ill-formed
/// maximal subpart).
struct Unit {
    Kind kind;
    std::size_t length;
};

bool in(unsigned char c, unsigned char lo, unsigned char hi) {
    return c >= lo && c <= hi;
}

/// Scans the unit at `i` of `s` (i < s.size()), following Unicode's table of well-formed byte
/// sequences (3-7). Surrogates encoded as three bytes (ED A0..BF 80..BF) are reported as
/// Illegal characters rather than as ill-formed bytes.
Unit scan(std::string_view s, std::size_t i) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
        if (b == 0) return {Kind::Nul, 1};
        if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') return {Kind::Illegal, 1};
        return {Kind::Good, 1};
    }
    std::size_t need = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // the range of the second byte
    bool surrogate = false;
    if (in(b, 0xC2, 0xDF)) {
        need = 1;
    } else if (b == 0xE0) {
        need = 2;
        lo = 0xA0;
    } else if (b == 0xED) {
        need = 2;
        surrogate = i + 1 < s.size() && in(static_cast<unsigned char>(s[i + 1]), 0xA0, 0xBF);
        if (!surrogate) hi = 0x9F;
    } else if (in(b, 0xE1, 0xEF)) {
        need = 2;
    } else if (b == 0xF0) {
        need = 3;
        lo = 0x90;
    } else if (in(b, 0xF1, 0xF3)) {
        need = 3;
    } else if (b == 0xF4) {
        need = 3;
        hi = 0x8F;
    } else {
        return {Kind::Invalid, 1};  // 80..C1 (continuation or overlong lead), F5..FF
    }
    std::size_t k = 1;
    for (; k <= need; ++k) {
        if (i + k >= s.size()) return {Kind::Invalid, k};
        const auto c = static_cast<unsigned char>(s[i + k]);
        if (k == 1 ? !in(c, lo, hi) : !in(c, 0x80, 0xBF)) return {Kind::Invalid, k};
    }
    if (surrogate) return {Kind::Illegal, k};
    // U+FFFE and U+FFFF: EF BF BE, EF BF BF.
    if (b == 0xEF && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
        static_cast<unsigned char>(s[i + 2]) >= 0xBE)
        return {Kind::Illegal, k};
    return {Kind::Good, k};
}

std::string plural(std::size_t n, const std::string& one, const std::string& many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

std::string TextRepairs::describe(std::size_t max_bytes) const {
    std::string out;
    auto add = [&](const std::string& part) { out += (out.empty() ? "" : "; ") + part; };
    if (invalid_utf8)
        add(plural(invalid_utf8, "invalid UTF-8 sequence", "invalid UTF-8 sequences") +
            " replaced by U+FFFD");
    if (nul) add(plural(nul, "NUL character", "NUL characters") + " removed");
    if (illegal)
        add(plural(illegal, "character", "characters") +
            " not allowed in XML removed (control, surrogate, U+FFFE or U+FFFF)");
    if (truncated) add("cut to " + std::to_string(max_bytes) + " bytes");
    return out;
}

bool is_valid_utf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const auto b = static_cast<unsigned char>(text[i]);
        if (b < 0x80) {
            ++i;
            continue;
        }
        const Unit u = scan(text, i);
        if (u.kind == Kind::Invalid) return false;
        // A surrogate is not a scalar value: ED A0..BF is ill-formed UTF-8.
        if (u.kind == Kind::Illegal && b == 0xED) return false;
        i += u.length;
    }
    return true;
}

bool is_clean_text(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const Unit u = scan(text, i);
        if (u.kind != Kind::Good) return false;
        i += u.length;
    }
    return true;
}

std::string clean_text(std::string_view text, std::size_t max_bytes, TextRepairs* repairs) {
    TextRepairs local;
    TextRepairs& r = repairs ? *repairs : local;
    if (text.size() <= max_bytes && is_clean_text(text)) return std::string(text);
    std::string out;
    out.reserve(std::min(text.size(), max_bytes));
    static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
    for (std::size_t i = 0; i < text.size();) {
        const Unit u = scan(text, i);
        std::string_view piece;
        switch (u.kind) {
            case Kind::Good:
                piece = text.substr(i, u.length);
                break;
            case Kind::Invalid:
                ++r.invalid_utf8;
                piece = kReplacement;
                break;
            case Kind::Nul:
                ++r.nul;
                break;
            case Kind::Illegal:
                ++r.illegal;
                break;
        }
        if (out.size() + piece.size() > max_bytes) {
            r.truncated = true;
            break;
        }
        out += piece;
        i += u.length;
    }
    return out;
}

bool check_text(std::string& value, std::string_view field, const std::string& file, int line,
                Diagnostics& diagnostics, std::size_t max_bytes) {
    TextRepairs repairs;
    std::string cleaned = clean_text(value, max_bytes, &repairs);
    if (repairs.none()) return false;
    diagnostics.warn(file, line, std::string(field) + ": " + repairs.describe(max_bytes));
    value = std::move(cleaned);
    return true;
}

void check_text_list(std::vector<std::string>& values, std::string_view field,
                     const std::string& file, int line, Diagnostics& diagnostics,
                     std::size_t max_items, std::size_t max_item_bytes,
                     std::size_t max_total_bytes) {
    TextRepairs repairs;
    bool changed = false;
    for (std::string& value : values) {
        TextRepairs one;
        std::string cleaned = clean_text(value, max_item_bytes, &one);
        if (one.none()) continue;
        changed = true;
        repairs.invalid_utf8 += one.invalid_utf8;
        repairs.nul += one.nul;
        repairs.illegal += one.illegal;
        repairs.truncated = repairs.truncated || one.truncated;
        value = std::move(cleaned);
    }
    if (changed)
        diagnostics.warn(file, line, std::string(field) + ": " + repairs.describe(max_item_bytes));

    std::erase_if(values, [](const std::string& v) { return v.empty(); });
    remove_repeats(values);
    std::size_t total = 0, keep = 0;
    for (; keep < values.size() && keep < max_items; ++keep) {
        if (total + values[keep].size() > max_total_bytes) break;
        total += values[keep].size();
    }
    if (keep < values.size()) {
        diagnostics.warn(file, line,
                         std::string(field) + ": kept the first " + std::to_string(keep) + " of " +
                             std::to_string(values.size()) + " (at most " +
                             std::to_string(max_items) + " items and " +
                             std::to_string(max_total_bytes) + " bytes in all)");
        values.resize(keep);
    }
}

void remove_repeats(std::vector<std::string>& values) {
    std::unordered_set<std::string_view> seen;
    seen.reserve(values.size());
    std::vector<std::string> out;
    out.reserve(values.size());
    for (std::string& v : values) {
        // The views point into `values`, whose strings are moved only after the loop.
        if (seen.insert(v).second) out.push_back(v);
    }
    values = std::move(out);
}

}  // namespace galley
