#include "pdf/CffCharset.hpp"

#include <map>

namespace galley::pdf {
namespace {

/// Bounds-checked big-endian reader over the table.
struct Reader {
    std::string_view data;
    bool ok = true;
    std::uint32_t u8(std::size_t at) {
        if (at >= data.size()) {
            ok = false;
            return 0;
        }
        return static_cast<unsigned char>(data[at]);
    }
    std::uint32_t un(std::size_t at, unsigned size) {
        std::uint32_t v = 0;
        for (unsigned i = 0; i < size; ++i) v = (v << 8) | u8(at + i);
        return v;
    }
};

/// An INDEX at `at`: returns the offset just past it and fills the items' [start, end).
std::size_t read_index(Reader& r, std::size_t at,
                       std::vector<std::pair<std::size_t, std::size_t>>* items) {
    std::uint32_t count = r.un(at, 2);
    if (count == 0) return at + 2;
    unsigned off_size = r.u8(at + 2);
    if (off_size < 1 || off_size > 4) {
        r.ok = false;
        return at;
    }
    std::size_t offsets = at + 3;
    std::size_t data = offsets + (count + 1) * off_size - 1;
    if (items) {
        for (std::uint32_t i = 0; i < count; ++i) {
            items->emplace_back(data + r.un(offsets + i * off_size, off_size),
                                data + r.un(offsets + (i + 1) * off_size, off_size));
        }
    }
    return data + r.un(offsets + count * off_size, off_size);
}

/// Parses a DICT into operator → operands (escaped operators as 1200 + op).
std::map<int, std::vector<double>> read_dict(Reader& r, std::size_t begin, std::size_t end) {
    std::map<int, std::vector<double>> dict;
    std::vector<double> operands;
    std::size_t i = begin;
    while (i < end && r.ok) {
        std::uint32_t b0 = r.u8(i);
        if (b0 <= 21) {
            int op = static_cast<int>(b0);
            ++i;
            if (b0 == 12) op = 1200 + static_cast<int>(r.u8(i++));
            dict[op] = operands;
            operands.clear();
        } else if (b0 == 28) {
            operands.push_back(static_cast<std::int16_t>(r.un(i + 1, 2)));
            i += 3;
        } else if (b0 == 29) {
            operands.push_back(static_cast<std::int32_t>(r.un(i + 1, 4)));
            i += 5;
        } else if (b0 == 30) {  // real: skip nibbles until 0xf
            ++i;
            while (i < end) {
                std::uint32_t b = r.u8(i++);
                if ((b & 0x0F) == 0x0F || (b >> 4) == 0x0F) break;
            }
            operands.push_back(0);
        } else if (b0 >= 32 && b0 <= 246) {
            operands.push_back(static_cast<double>(b0) - 139);
            ++i;
        } else if (b0 >= 247 && b0 <= 250) {
            operands.push_back((static_cast<double>(b0) - 247) * 256 + r.u8(i + 1) + 108);
            i += 2;
        } else if (b0 >= 251 && b0 <= 254) {
            operands.push_back(-(static_cast<double>(b0) - 251) * 256 - r.u8(i + 1) - 108);
            i += 2;
        } else {
            r.ok = false;
        }
    }
    return dict;
}

}  // namespace

std::optional<std::vector<std::uint16_t>> cff_glyph_cids(std::string_view cff) {
    Reader r{cff};
    std::size_t at = r.u8(2);         // header size
    at = read_index(r, at, nullptr);  // Name INDEX
    std::vector<std::pair<std::size_t, std::size_t>> top;
    read_index(r, at, &top);  // Top DICT INDEX
    if (!r.ok || top.empty()) return std::nullopt;
    auto dict = read_dict(r, top[0].first, top[0].second);
    if (!r.ok || !dict.count(1230) || !dict.count(15) || !dict.count(17)) return std::nullopt;
    if (dict[15].empty() || dict[17].empty()) return std::nullopt;
    auto charset = static_cast<std::size_t>(dict[15].back());
    auto charstrings = static_cast<std::size_t>(dict[17].back());
    std::uint32_t glyphs = r.un(charstrings, 2);
    if (!r.ok || glyphs == 0) return std::nullopt;
    std::vector<std::uint16_t> cids(glyphs, 0);
    std::uint32_t format = r.u8(charset);
    std::size_t p = charset + 1;
    std::uint32_t gid = 1;
    if (format == 0) {
        for (; gid < glyphs; ++gid, p += 2) cids[gid] = static_cast<std::uint16_t>(r.un(p, 2));
    } else if (format == 1 || format == 2) {
        unsigned left_size = format == 1 ? 1 : 2;
        while (gid < glyphs && r.ok) {
            std::uint32_t first = r.un(p, 2);
            std::uint32_t left = r.un(p + 2, left_size);
            p += 2 + left_size;
            for (std::uint32_t k = 0; k <= left && gid < glyphs; ++k) {
                cids[gid++] = static_cast<std::uint16_t>(first + k);
            }
        }
    } else {
        return std::nullopt;
    }
    if (!r.ok) return std::nullopt;
    return cids;
}

}  // namespace galley::pdf
