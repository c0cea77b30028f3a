#include "read/Decoder.hpp"

#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <vector>

#include "base/Error.hpp"
#include "read/TextUtil.hpp"

namespace galley::read {

namespace {

[[noreturn]] void fail(const std::string& file, const std::string& reason) {
    throw Error(ErrorCode::InputInvalid, file, reason);
}

/// Names the file format when `bytes` start with a well-known binary signature.
const char* binary_signature(std::string_view b) {
    struct Magic {
        std::string_view bytes;
        const char* name;
    };
    static const Magic magics[] = {
        {"\x89PNG\r\n\x1a\n", "PNG image"},
        {"\xFF\xD8\xFF", "JPEG image"},
        {"GIF87a", "GIF image"},
        {"GIF89a", "GIF image"},
        {"%PDF-", "PDF document"},
        {"PK\x03\x04", "zip archive"},
        {"PK\x05\x06", "zip archive"},
        {"\x1F\x8B", "gzip archive"},
        {"\x7F"
         "ELF",
         "executable"},
        {"MZ\x90", "executable"},
        {"Rar!\x1A\x07", "RAR archive"},
        {"7z\xBC\xAF\x27\x1C", "7-zip archive"},
        {"BZh", "bzip2 archive"},
        {"\xFD"
         "7zXZ",
         "xz archive"},
        {"OggS", "Ogg media"},
        {"ID3", "MP3 audio"},
        {std::string_view("II*\0", 4), "TIFF image"},
        {std::string_view("MM\0*", 4), "TIFF image"},
        {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "MS Office document"},
        {"{\\rtf", "RTF document"},
        {"wOFF", "web font"},
        {"wOF2", "web font"},
        {std::string_view("\0\x01\0\0", 4), "font"},
    };
    for (const Magic& m : magics)
        if (b.substr(0, m.bytes.size()) == m.bytes) return m.name;
    if (b.size() >= 12 && b.substr(0, 4) == "RIFF") return "RIFF media";
    if (b.size() >= 12 && b.substr(4, 4) == "ftyp") return "MP4/QuickTime media";
    return nullptr;
}

/// 1-based line number of byte offset `pos`.
int line_of(std::string_view b, std::size_t pos) {
    return 1 + static_cast<int>(
                   std::count(b.begin(), b.begin() + static_cast<std::ptrdiff_t>(pos), '\n'));
}

struct Utf8Check {
    std::size_t first_invalid = std::string_view::npos;  ///< offset of the first bad byte
    std::size_t valid_multibyte = 0;                     ///< well-formed non-ASCII sequences
    std::size_t invalid = 0;                             ///< malformed positions
};

/// Strict UTF-8 validation (no overlongs, surrogates or values past U+10FFFF); fast on ASCII.
Utf8Check check_utf8(std::string_view s) {
    Utf8Check r;
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        if (i + 8 <= n) {
            uint64_t w;
            std::memcpy(&w, p + i, 8);
            if ((w & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        unsigned c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        unsigned lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0) lo = 0xA0;
            if (c == 0xED) hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0) lo = 0x90;
            if (c == 0xF4) hi = 0x8F;
        }
        bool ok = len != 0 && i + len <= n;
        if (ok) {
            ok = p[i + 1] >= lo && p[i + 1] <= hi;
            for (std::size_t k = 2; ok && k < len; ++k) ok = p[i + k] >= 0x80 && p[i + k] <= 0xBF;
        }
        if (ok) {
            ++r.valid_multibyte;
            i += len;
        } else {
            if (r.first_invalid == std::string_view::npos) r.first_invalid = i;
            ++r.invalid;
            ++i;
        }
    }
    return r;
}

/// UTF-16 code units (already in native order) → UTF-8; throws on unpaired surrogates.
std::string utf16_to_utf8(const std::u16string& units, const std::string& file, const char* what) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t needed = 0;
    u_strToUTF8(nullptr, 0, &needed, units.data(), static_cast<int32_t>(units.size()), &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status))
        fail(file, std::string("undecodable ") + what + " text (unpaired surrogate)");
    std::string out(static_cast<std::size_t>(needed), '\0');
    status = U_ZERO_ERROR;
    u_strToUTF8(out.data(), needed, nullptr, units.data(), static_cast<int32_t>(units.size()),
                &status);
    if (U_FAILURE(status))
        fail(file, std::string("undecodable ") + what + " text (unpaired surrogate)");
    return out;
}

std::string decode_utf16(std::string_view b, bool little_endian, const std::string& file) {
    const char* what = little_endian ? "UTF-16LE" : "UTF-16BE";
    if (b.size() % 2 != 0)
        fail(file, std::string("undecodable ") + what + " text (odd number of bytes)");
    std::u16string units(b.size() / 2, u'\0');
    for (std::size_t i = 0; i < units.size(); ++i) {
        const auto lo = static_cast<unsigned char>(b[2 * i + (little_endian ? 0 : 1)]);
        const auto hi = static_cast<unsigned char>(b[2 * i + (little_endian ? 1 : 0)]);
        units[i] = static_cast<char16_t>(lo | (hi << 8));
    }
    if (units.find(u'\0') != std::u16string::npos)
        fail(file, std::string("binary file (NUL characters in ") + what + ")");
    return utf16_to_utf8(units, file, what);
}

/// Guesses UTF-16 without a BOM: one byte of each pair is almost always zero.
const char* guess_utf16(std::string_view b) {
    const std::size_t n = std::min<std::size_t>(b.size() & ~std::size_t{1}, 8192);
    if (n < 8) return nullptr;
    std::size_t even = 0, odd = 0;
    for (std::size_t i = 0; i < n; i += 2) {
        even += b[i] == '\0';
        odd += b[i + 1] == '\0';
    }
    const std::size_t pairs = n / 2;
    if (odd * 10 >= pairs * 7 && even * 20 < pairs) return "UTF-16LE";
    if (even * 10 >= pairs * 7 && odd * 20 < pairs) return "UTF-16BE";
    return nullptr;
}

/// Asks ICU's detector for a legacy charset; ISO-8859-1 (and unusable answers) → windows-1252.
std::string detect_charset(std::string_view b) {
    const std::string_view sample = b.substr(0, 1 << 16);
    if (sample.size() < 64) return "windows-1252";  // the detector is unreliable on a few bytes
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> det(ucsdet_open(&status),
                                                                   ucsdet_close);
    if (U_FAILURE(status)) return "windows-1252";
    ucsdet_setText(det.get(), sample.data(), static_cast<int32_t>(sample.size()), &status);
    const UCharsetMatch* match = ucsdet_detect(det.get(), &status);
    if (U_FAILURE(status) || match == nullptr) return "windows-1252";
    const char* name = ucsdet_getName(match, &status);
    if (U_FAILURE(status) || name == nullptr) return "windows-1252";
    std::string n = name;
    if (n == "ISO-8859-1" || n.rfind("UTF-", 0) == 0 || n.rfind("IBM42", 0) == 0)
        return "windows-1252";
    return n;
}

std::string decode_legacy(std::string_view b, const std::string& charset, const std::string& file) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open(charset.c_str(), &status),
                                                            ucnv_close);
    if (U_FAILURE(status)) fail(file, "undecodable text (no converter for " + charset + ")");
    ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    std::u16string units(b.size() * 2 + 16, u'\0');
    status = U_ZERO_ERROR;
    const int32_t len = ucnv_toUChars(conv.get(), units.data(), static_cast<int32_t>(units.size()),
                                      b.data(), static_cast<int32_t>(b.size()), &status);
    if (U_FAILURE(status))
        fail(file,
             "undecodable text: neither UTF-8 nor " + charset + " (" + u_errorName(status) + ")");
    units.resize(static_cast<std::size_t>(len));
    return utf16_to_utf8(units, file, charset.c_str());
}

/// Line endings → LF, tabs → spaces (stops every 4 columns), form feeds → paragraph breaks,
/// other control characters removed (counted), trailing spaces trimmed.
std::string clean_lines(std::string_view s, std::size_t& removed_controls,
                        int& first_removed_line) {
    std::string out;
    out.reserve(s.size() + s.size() / 64);
    // Column (in code points) at the end of `out`, counted lazily from `counted` on.
    std::size_t col = 0, counted = 0;
    auto end_line = [&] {
        while (!out.empty() && out.back() == ' ') out.pop_back();
        out += '\n';
        col = 0;
        counted = out.size();
    };
    auto column = [&] {
        col += code_point_count(std::string_view(out).substr(counted));
        counted = out.size();
        return col;
    };
    const std::size_t n = s.size();
    for (std::size_t i = 0; i < n; ++i) {
        // Copy a run of ordinary bytes at once.
        std::size_t j = i;
        while (j < n) {
            const auto c = static_cast<unsigned char>(s[j]);
            if (c < 0x20 || c == 0x7F || c == 0xC2) break;
            ++j;
        }
        if (j > i) {
            out.append(s, i, j - i);
            i = j;
            if (i >= n) break;
        }
        const auto c = static_cast<unsigned char>(s[i]);
        if (c == 0xC2) {
            const auto next = i + 1 < n ? static_cast<unsigned char>(s[i + 1]) : 0;
            if (next >= 0x80 && next <= 0x9F) {  // a C1 control character
                if (removed_controls++ == 0)
                    first_removed_line =
                        1 + static_cast<int>(std::count(out.begin(), out.end(), '\n'));
                ++i;
            } else {
                out += static_cast<char>(c);
            }
        } else if (c == '\n') {
            end_line();
        } else if (c == '\r') {
            end_line();
            if (i + 1 < n && s[i + 1] == '\n') ++i;
        } else if (c == '\t') {
            out.append(4 - column() % 4, ' ');
        } else if (c == '\f') {
            end_line();
            end_line();
        } else {
            if (removed_controls++ == 0)
                first_removed_line = 1 + static_cast<int>(std::count(out.begin(), out.end(), '\n'));
        }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

/// True when every non-ASCII character is NFC-stable on its own (quick check "yes" and
/// combining class 0): then the whole text is already NFC and ICU need not see it.
bool trivially_nfc(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            ++i;
            continue;
        }
        const auto c = static_cast<UChar32>(next_code_point(s, i));
        if (u_getCombiningClass(c) != 0 ||
            u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) != UNORM_YES)
            return false;
    }
    return true;
}

std::string to_nfc(std::string text, const std::string& file) {
    if (trivially_nfc(text)) return text;
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2* nfc = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status)) throw Error(ErrorCode::Internal, file, "ICU NFC normaliser unavailable");
    int32_t n16 = 0;
    u_strFromUTF8(nullptr, 0, &n16, text.data(), static_cast<int32_t>(text.size()), &status);
    status = U_ZERO_ERROR;
    std::u16string units(static_cast<std::size_t>(n16), u'\0');
    u_strFromUTF8(units.data(), n16, nullptr, text.data(), static_cast<int32_t>(text.size()),
                  &status);
    const int32_t span = unorm2_spanQuickCheckYes(nfc, units.data(), n16, &status);
    if (U_FAILURE(status) || span == n16) return text;
    std::u16string result(units.data(), static_cast<std::size_t>(span));
    std::u16string rest(units.data() + span, static_cast<std::size_t>(n16 - span));
    std::u16string normalized(rest.size() * 3 + 16, u'\0');
    const int32_t len =
        unorm2_normalize(nfc, rest.data(), static_cast<int32_t>(rest.size()), normalized.data(),
                         static_cast<int32_t>(normalized.size()), &status);
    if (U_FAILURE(status)) throw Error(ErrorCode::Internal, file, "NFC normalisation failed");
    normalized.resize(static_cast<std::size_t>(len));
    // Joining at `span` is safe: spanQuickCheckYes stops before the last stable boundary.
    result += normalized;
    return utf16_to_utf8(result, file, "NFC");
}

}  // namespace

std::string decode_text(std::string_view b, const std::string& file, Diagnostics& diagnostics) {
    if (b.empty()) fail(file, "empty article");
    if (const char* kind = binary_signature(b))
        fail(file, std::string("binary file (") + kind + ")");

    std::string utf8;
    if (b.substr(0, 3) == "\xEF\xBB\xBF") {
        b.remove_prefix(3);
        const Utf8Check check = check_utf8(b);
        if (check.first_invalid != std::string_view::npos)
            fail(file, "invalid UTF-8 at line " + std::to_string(line_of(b, check.first_invalid)) +
                           " despite a UTF-8 byte order mark");
        if (b.find('\0') != std::string_view::npos) fail(file, "binary file (NUL bytes)");
        utf8 = std::string(b);
    } else if (b.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4)) {
        utf8 = decode_legacy(b.substr(4), "UTF-32LE", file);
    } else if (b.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4)) {
        utf8 = decode_legacy(b.substr(4), "UTF-32BE", file);
    } else if (b.substr(0, 2) == "\xFF\xFE") {
        utf8 = decode_utf16(b.substr(2), true, file);
    } else if (b.substr(0, 2) == "\xFE\xFF") {
        utf8 = decode_utf16(b.substr(2), false, file);
    } else if (const char* utf16 = guess_utf16(b)) {
        utf8 = decode_utf16(b, std::string_view(utf16) == "UTF-16LE", file);
        diagnostics.warn(file, 0,
                         std::string("decoded as ") + utf16 + " (guessed, no byte order mark)");
    } else {
        if (std::memchr(b.data(), 0, b.size()) != nullptr) fail(file, "binary file (NUL bytes)");
        const std::string_view head = b.substr(0, 1 << 16);
        std::size_t controls = 0;
        for (char ch : head) {
            const auto c = static_cast<unsigned char>(ch);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F)
                ++controls;
        }
        if (controls > 8 && controls * 50 > head.size())
            fail(file, "binary file (control characters)");

        const Utf8Check check = check_utf8(b);
        if (check.first_invalid == std::string_view::npos) {
            utf8 = std::string(b);
        } else {
            const int line = line_of(b, check.first_invalid);
            if (check.valid_multibyte >= 2 && check.valid_multibyte * 2 >= check.invalid) {
                char byte[8];
                std::snprintf(byte, sizeof byte, "0x%02X",
                              static_cast<unsigned char>(b[check.first_invalid]));
                throw Error(ErrorCode::InputInvalid, file,
                            "invalid UTF-8 at line " + std::to_string(line) + " (byte " + byte +
                                ", " + std::to_string(check.invalid) + " bad bytes in all)");
            }
            const std::string charset = detect_charset(b);
            utf8 = decode_legacy(b, charset, file);
            diagnostics.warn(file, line, "decoded as " + charset + " (guessed)");
        }
    }

    std::size_t removed = 0;
    int removed_line = 0;
    std::string text = to_nfc(clean_lines(utf8, removed, removed_line), file);
    if (removed > 0)
        diagnostics.warn(file, removed_line,
                         "removed " + std::to_string(removed) + " control character" +
                             (removed == 1 ? "" : "s"));
    if (trim(text).empty()) fail(file, "empty article");
    return text;
}

}  // namespace galley::read
