#include "pdf/CffCharset.hpp"

#include <algorithm>
#include <map>
#include <string>

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

/// Where a CID-keyed CFF keeps its charset, and how many glyphs it has.
struct CharsetInfo {
    std::size_t offset = 0;
    std::uint32_t glyphs = 0;
};

std::optional<CharsetInfo> find_cid_charset(std::string_view cff) {
    Reader r{cff};
    std::size_t at = r.u8(2);         // header size
    at = read_index(r, at, nullptr);  // Name INDEX
    std::vector<std::pair<std::size_t, std::size_t>> top;
    read_index(r, at, &top);  // Top DICT INDEX
    if (!r.ok || top.empty()) return std::nullopt;
    auto dict = read_dict(r, top[0].first, top[0].second);
    // ROS (12 30) makes the font CID-keyed; charset (15) and CharStrings (17) are offsets.
    if (!r.ok || !dict.count(1230) || !dict.count(15) || !dict.count(17)) return std::nullopt;
    if (dict[15].empty() || dict[17].empty()) return std::nullopt;
    CharsetInfo info;
    info.offset = static_cast<std::size_t>(dict[15].back());
    info.glyphs = r.un(static_cast<std::size_t>(dict[17].back()), 2);
    if (!r.ok || info.glyphs == 0 || info.offset >= cff.size()) return std::nullopt;
    return info;
}

std::uint32_t be32(const std::string& s, std::size_t at) {
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i)
        v = (v << 8) | static_cast<unsigned char>(s[at + static_cast<std::size_t>(i)]);
    return v;
}

void put32(std::string& s, std::size_t at, std::uint32_t v) {
    for (int i = 3; i >= 0; --i) {
        s[at + static_cast<std::size_t>(i)] = static_cast<char>(v & 0xFF);
        v >>= 8;
    }
}

void put16(std::string& s, std::size_t at, std::uint32_t v) {
    s[at] = static_cast<char>((v >> 8) & 0xFF);
    s[at + 1] = static_cast<char>(v & 0xFF);
}

/// The OpenType checksum of `length` bytes at `at` (zero-padded to a multiple of four).
std::uint32_t checksum(const std::string& s, std::size_t at, std::size_t length) {
    std::uint32_t sum = 0;
    for (std::size_t i = 0; i < length; i += 4) {
        std::uint32_t v = 0;
        for (std::size_t k = 0; k < 4; ++k) {
            v = (v << 8) | (i + k < length ? static_cast<unsigned char>(s[at + i + k]) : 0u);
        }
        sum += v;
    }
    return sum;
}

}  // namespace

std::optional<std::vector<std::uint16_t>> cff_glyph_cids(std::string_view cff) {
    auto info = find_cid_charset(cff);
    if (!info) return std::nullopt;
    Reader r{cff};
    std::vector<std::uint16_t> cids(info->glyphs, 0);
    std::uint32_t format = r.u8(info->offset);
    std::size_t p = info->offset + 1;
    std::uint32_t gid = 1;
    if (format == 0) {
        for (; gid < info->glyphs; ++gid, p += 2)
            cids[gid] = static_cast<std::uint16_t>(r.un(p, 2));
    } else if (format == 1 || format == 2) {
        unsigned left_size = format == 1 ? 1 : 2;
        while (gid < info->glyphs && r.ok) {
            std::uint32_t first = r.un(p, 2);
            std::uint32_t left = r.un(p + 2, left_size);
            p += 2 + left_size;
            for (std::uint32_t k = 0; k <= left && gid < info->glyphs; ++k) {
                cids[gid++] = static_cast<std::uint16_t>(first + k);
            }
        }
    } else {
        return std::nullopt;
    }
    if (!r.ok) return std::nullopt;
    return cids;
}

bool make_cids_identity(std::string& font) {
    if (font.size() < 12) return false;
    const std::size_t tables =
        (static_cast<unsigned char>(font[4]) << 8) | static_cast<unsigned char>(font[5]);
    std::size_t record = 0, head = 0;
    for (std::size_t i = 0; i < tables; ++i) {
        std::size_t at = 12 + 16 * i;
        if (at + 16 > font.size()) return false;
        std::string_view tag(font.data() + at, 4);
        if (tag == "CFF ") record = at;
        if (tag == "head") head = at;
    }
    if (!record) return false;
    const std::size_t offset = be32(font, record + 8), length = be32(font, record + 12);
    if (offset + length > font.size()) return false;
    auto info = find_cid_charset(std::string_view(font.data() + offset, length));
    if (!info) return false;
    // Rewrite the charset in its own format; each identity form fits in the old one's bytes
    // (format 0 has the same size, format 1 needs no more ranges, format 2 needs one range).
    const std::size_t at = offset + info->offset;
    const std::uint32_t format = static_cast<unsigned char>(font[at]);
    const std::uint32_t n = info->glyphs;
    if (n > 1) {
        if (format == 0) {
            if (at + 1 + 2 * (n - 1) > offset + length) return false;
            for (std::uint32_t gid = 1; gid < n; ++gid) put16(font, at + 1 + 2 * (gid - 1), gid);
        } else if (format == 1) {
            std::size_t p = at + 1;
            for (std::uint32_t first = 1; first < n; first += 256, p += 3) {
                if (p + 3 > offset + length) return false;
                put16(font, p, first);
                font[p + 2] = static_cast<char>(std::min<std::uint32_t>(255, n - 1 - first));
            }
        } else if (format == 2) {
            if (at + 5 > offset + length) return false;
            put16(font, at + 1, 1);
            put16(font, at + 3, n - 2);
        } else {
            return false;
        }
    }
    // Keep the table checksum and the head table's whole-font adjustment right.
    put32(font, record + 4, checksum(font, offset, length));
    if (head) {
        const std::size_t head_offset = be32(font, head + 8);
        if (head_offset + 12 <= font.size()) {
            put32(font, head_offset + 8, 0);
            put32(font, head + 4, checksum(font, head_offset, be32(font, head + 12)));
            put32(font, head_offset + 8, 0xB1B0AFBAu - checksum(font, 0, font.size()));
        }
    }
    return true;
}

}  // namespace galley::pdf
