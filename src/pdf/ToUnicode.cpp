#include "pdf/ToUnicode.hpp"

#include <vector>

#include "pdf/DocumentInfo.hpp"

namespace galley::pdf {
namespace {

std::string hex4(std::uint32_t v) {
    static constexpr char kDigits[] = "0123456789ABCDEF";
    std::string out = "<";
    for (int shift = 12; shift >= 0; shift -= 4) out += kDigits[(v >> shift) & 15];
    return out + ">";
}

struct Range {
    std::uint32_t first, last;  // codes
    std::string target;         // UTF-16BE hex of the first code's text
};

void emit_blocks(std::string& out, const std::vector<std::string>& lines, const char* op) {
    for (std::size_t i = 0; i < lines.size(); i += 100) {
        std::size_t n = std::min<std::size_t>(100, lines.size() - i);
        out += std::to_string(n) + " begin" + op + "\n";
        for (std::size_t k = i; k < i + n; ++k) out += lines[k];
        out += "end";
        out += op;
        out += "\n";
    }
}

}  // namespace

std::string to_unicode_cmap(const std::map<std::uint32_t, std::string>& codes) {
    std::vector<std::string> chars, ranges;
    // Group codes whose text is one BMP character (no surrogates) incrementing with the code,
    // inside one high byte (a bfrange may only vary the last byte).
    auto single_bmp = [](const std::string& text) -> long {
        auto cps = decode_utf8(text);
        if (cps.size() != 1 || cps[0] >= 0x10000 || (cps[0] >= 0xD800 && cps[0] < 0xE000)) {
            return -1;
        }
        return static_cast<long>(cps[0]);
    };
    auto it = codes.begin();
    while (it != codes.end()) {
        if (it->second.empty()) {
            ++it;
            continue;
        }
        long cp = single_bmp(it->second);
        auto end = std::next(it);
        std::uint32_t last = it->first;
        if (cp >= 0) {
            long next_cp = cp + 1;
            while (end != codes.end() && end->first == last + 1 &&
                   (end->first >> 8) == (it->first >> 8) && single_bmp(end->second) == next_cp &&
                   (next_cp & 0xFF) != 0) {
                last = end->first;
                ++next_cp;
                ++end;
            }
        }
        if (last > it->first) {
            ranges.push_back(hex4(it->first) + " " + hex4(last) + " <" +
                             utf16be_hex(it->second, false) + ">\n");
        } else {
            chars.push_back(hex4(it->first) + " <" + utf16be_hex(it->second, false) + ">\n");
        }
        it = end;
    }
    std::string out =
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    emit_blocks(out, chars, "bfchar");
    emit_blocks(out, ranges, "bfrange");
    out += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return out;
}

}  // namespace galley::pdf
