#include "present/PageList.hpp"

namespace galley::present {

bool is_word_space(char32_t c) {
    return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A && c != 0x2007) || c == 0x2028 || c == 0x2029 ||
           c == 0x205F || c == 0x3000;
}

TextPosition text_position(std::string_view text, std::size_t byte) {
    TextPosition at;
    bool in_word = false;
    std::size_t i = 0;
    while (i < text.size() && i < byte) {
        const auto lead = static_cast<unsigned char>(text[i]);
        const std::size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        char32_t c = lead;
        if (length > 1 && i + length <= text.size()) {
            c = lead & (0x7F >> length);
            for (std::size_t k = 1; k < length; ++k)
                c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
        }
        if (is_word_space(c)) {
            in_word = false;
        } else if (!in_word) {
            in_word = true;
            ++at.word;
            at.offset = 0;
        }
        if (in_word) ++at.offset;
        i += length;
    }
    // Inside a word: it is the word counted last; else the place is the next word's start.
    if (in_word && i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        char32_t c = lead;
        if (lead >= 0x80) {
            const std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
            c = lead & (0x7F >> length);
            for (std::size_t k = 1; k < length && i + k < text.size(); ++k)
                c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
        }
        if (!is_word_space(c)) {
            --at.word;
            return at;
        }
    }
    at.offset = 0;
    return at;
}

}  // namespace galley::present
