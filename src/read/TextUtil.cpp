#include "read/TextUtil.hpp"

#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include <cstring>

namespace galley::read {

char32_t next_code_point(std::string_view s, std::size_t& pos) {
    const unsigned char c0 = static_cast<unsigned char>(s[pos]);
    if (c0 < 0x80) {
        ++pos;
        return c0;
    }
    UChar32 c = 0;
    int32_t i = static_cast<int32_t>(pos);
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
    pos = static_cast<std::size_t>(i);
    return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

char32_t prev_code_point(std::string_view s, std::size_t& pos) {
    if (pos == 0) return 0;
    const unsigned char c0 = static_cast<unsigned char>(s[pos - 1]);
    if (c0 < 0x80) {
        --pos;
        return c0;
    }
    UChar32 c = 0;
    int32_t i = static_cast<int32_t>(pos);
    U8_PREV(reinterpret_cast<const uint8_t*>(s.data()), 0, i, c);
    pos = static_cast<std::size_t>(i);
    return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

std::size_t code_point_count(std::string_view s) {
    std::size_t n = 0;
    for (char ch : s)
        if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80) ++n;
    return n;
}

bool is_space(char32_t c) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return true;
    if (c < 0x80) return false;
    if (c == 0x200B || c == 0x200C || c == 0x200D || c == 0xFEFF) return true;
    return u_isUWhiteSpace(static_cast<UChar32>(c));
}

bool is_alnum(char32_t c) {
    if (c < 0x80) return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    return u_isalnum(static_cast<UChar32>(c)) ||
           u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_GENERAL_CATEGORY_MASK) &
               U_GC_M_MASK;
}

bool is_alpha(char32_t c) {
    if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    return u_isalpha(static_cast<UChar32>(c));
}

bool is_lower(char32_t c) {
    if (c < 0x80) return c >= 'a' && c <= 'z';
    return u_islower(static_cast<UChar32>(c));
}

bool is_upper(char32_t c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z';
    return u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c));
}

namespace {

// Eight bytes at a time (the reader lowercases and tests most lines of an article).
constexpr std::uint64_t kHighBits = 0x8080808080808080ull;
constexpr std::uint64_t kOnes = 0x0101010101010101ull;

/// True for an ASCII byte that is not white space (is_space is false for it).
bool solid_ascii(char c) {
    const unsigned char b = static_cast<unsigned char>(c);
    return b < 0x80 && b != ' ' && (b < '\t' || b > '\r');
}

}  // namespace

bool is_ascii(std::string_view s) {
    std::uint64_t high = 0;
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t w;
        std::memcpy(&w, s.data() + i, 8);
        high |= w;
    }
    for (; i < s.size(); ++i) high |= static_cast<unsigned char>(s[i]);
    return (high & kHighBits) == 0;
}

void ascii_lower(std::string_view s, char* out) {
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t w;
        std::memcpy(&w, s.data() + i, 8);
        // Per byte (all below 0x80, so no carry between bytes): the high bit of w + (0x80 - 'A')
        // is set from 'A' up, that of w + (0x7F - 'Z') above 'Z'; 0x80 >> 2 is the case bit.
        const std::uint64_t from_a = w + kOnes * (0x80 - 'A');
        const std::uint64_t above_z = w + kOnes * (0x7F - 'Z');
        w ^= ((from_a & ~above_z) & kHighBits) >> 2;
        std::memcpy(out + i, &w, 8);
    }
    for (; i < s.size(); ++i) {
        const char c = s[i];
        out[i] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
}

std::string_view trim(std::string_view s) {
    // Most lines start and end with an ASCII letter or punctuation: nothing to look up.
    if (s.empty() || (solid_ascii(s.front()) && solid_ascii(s.back()))) return s;
    std::size_t b = 0;
    while (b < s.size()) {
        std::size_t p = b;
        if (!is_space(next_code_point(s, p))) break;
        b = p;
    }
    std::size_t e = s.size();
    while (e > b) {
        std::size_t p = e;
        if (!is_space(prev_code_point(s, p))) break;
        e = p;
    }
    return s.substr(b, e - b);
}

std::string to_lower(std::string_view s) {
    // Written through a pointer into room for the longest result (three bytes a byte: a
    // malformed byte becomes U+FFFD): ASCII bytes directly, code points without a lowercase
    // form copied as they are (the bytes u_tolower and UTF-8 encoding would give), the rest
    // through ICU.
    std::string out(s.size() * 3, '\0');
    char* o = out.data();
    for (std::size_t p = 0; p < s.size();) {
        if (p + 8 <= s.size() && is_ascii(s.substr(p, 8))) {
            ascii_lower(s.substr(p, 8), o);
            o += 8;
            p += 8;
            continue;
        }
        const unsigned char b = static_cast<unsigned char>(s[p]);
        if (b < 0x80) {
            *o++ = static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
            ++p;
            continue;
        }
        const std::size_t at = p;
        const char32_t c = next_code_point(s, p);
        const char32_t lower = static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
        if (lower == c && c != U'\uFFFD') {
            for (std::size_t k = at; k < p; ++k) *o++ = s[k];
        } else {
            std::size_t n = 0;
            U8_APPEND_UNSAFE(reinterpret_cast<uint8_t*>(o), n, static_cast<UChar32>(lower));
            o += n;
        }
    }
    out.resize(static_cast<std::size_t>(o - out.data()));
    return out;
}

std::vector<std::string_view> split_lines(std::string_view s) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (true) {
        std::size_t nl = s.find('\n', start);
        if (nl == std::string_view::npos) {
            lines.push_back(s.substr(start));
            break;
        }
        lines.push_back(s.substr(start, nl - start));
        start = nl + 1;
    }
    return lines;
}

std::vector<std::string_view> split_words(std::string_view s) {
    std::vector<std::string_view> words;
    std::size_t p = 0, word_start = std::string_view::npos;
    while (p < s.size()) {
        std::size_t here = p;
        char32_t c = next_code_point(s, p);
        if (is_space(c)) {
            if (word_start != std::string_view::npos)
                words.push_back(s.substr(word_start, here - word_start));
            word_start = std::string_view::npos;
        } else if (word_start == std::string_view::npos) {
            word_start = here;
        }
    }
    if (word_start != std::string_view::npos) words.push_back(s.substr(word_start));
    return words;
}

bool starts_with_nocase(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        char a = s[i], b = prefix[i];
        if (a >= 'A' && a <= 'Z') a = static_cast<char>(a + 32);
        if (b >= 'A' && b <= 'Z') b = static_cast<char>(b + 32);
        if (a != b) return false;
    }
    return true;
}

}  // namespace galley::read
