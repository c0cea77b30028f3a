// Decoder: BOMs, strict UTF-8, windows-1252 guessing, binary and empty input, normalisation.
#include <catch2/catch.hpp>

#include <unicode/ucnv.h>

#include "base/Error.hpp"
#include "read/Decoder.hpp"

using galley::Diagnostics;
using galley::Error;
using galley::ErrorCode;
using galley::read::decode_text;

namespace {

// A sentence of the sample article (shared/seeds), with its curly apostrophe.
const std::string kSentence =
    "The city\u2019s salvation was seen as the pinnacle of the Azerbaijani army\u2019s "
    "counter-attack.";

std::string reason_of(const std::string& bytes) {
    Diagnostics d;
    try {
        decode_text(bytes, "bad.txt", d);
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::InputInvalid);
        CHECK(e.file() == "bad.txt");
        return e.what();
    }
    return "no error";
}

std::string utf16(const std::u16string& s, bool little_endian, bool bom) {
    std::string out;
    if (bom) out = little_endian ? "\xFF\xFE" : "\xFE\xFF";
    for (char16_t c : s) {
        const char lo = static_cast<char>(c & 0xFF), hi = static_cast<char>(c >> 8);
        out += little_endian ? lo : hi;
        out += little_endian ? hi : lo;
    }
    return out;
}

}  // namespace

TEST_CASE("plain UTF-8 passes unchanged and without warnings") {
    Diagnostics d;
    CHECK(decode_text(kSentence + "\n", "a.txt", d) == kSentence + "\n");
    CHECK(d.count() == 0);
}

TEST_CASE("a UTF-8 byte order mark is removed") {
    Diagnostics d;
    CHECK(decode_text("\xEF\xBB\xBF" + kSentence, "a.txt", d) == kSentence);
}

TEST_CASE("UTF-16 with a byte order mark decodes, both byte orders") {
    const std::u16string text =
        u"Stra\u00DFe \u201CIron Fist\u201D \u0418\u0441\u0442\u043E\u0440\u0438\u044F "
        u"\U0001F600\r\nline two";
    const std::string expected =
        "Stra\u00DFe \u201CIron Fist\u201D \u0418\u0441\u0442\u043E\u0440\u0438\u044F "
        "\U0001F600\nline two";
    Diagnostics d;
    CHECK(decode_text(utf16(text, true, true), "le.txt", d) == expected);
    CHECK(decode_text(utf16(text, false, true), "be.txt", d) == expected);
    CHECK(d.count() == 0);
}

TEST_CASE("UTF-16 without a byte order mark is recognised and reported as a guess") {
    Diagnostics d;
    CHECK(decode_text(utf16(u"Call me Ishmael. Some years ago.", true, false), "x.txt", d) ==
          "Call me Ishmael. Some years ago.");
    REQUIRE(d.count() == 1);
    CHECK(d.warnings()[0].message.find("UTF-16LE (guessed") != std::string::npos);
}

TEST_CASE("UTF-16 with an odd byte count or a lone surrogate is an error") {
    CHECK(reason_of("\xFF\xFE"
                    "a\0b")
              .find("UTF-16LE") != std::string::npos);
    CHECK(reason_of(utf16(u"ab\xD800"
                          "c",
                          true, true))
              .find("surrogate") != std::string::npos);
}

TEST_CASE("windows-1252 is decoded with a warning naming the guess and the line") {
    // "President’s “Iron Fist” café – 5 €" in windows-1252 on line 2, enough text for the detector.
    std::string bytes = "Azerbaijan Marks Second Anniversary of Victory Day\n";
    bytes +=
        "The President\x92s \x93Iron Fist\x94 caf\xE9 \x96 5 \x80 was seen as the pinnacle of the "
        "weeks-long counter-attack.\n";
    Diagnostics d;
    const std::string text = decode_text(bytes, "cp.txt", d);
    CHECK(text.find("President\u2019s \u201CIron Fist\u201D caf\u00E9 \u2013 5 \u20AC") !=
          std::string::npos);
    REQUIRE(d.count() == 1);
    CHECK(d.warnings()[0].message == "decoded as windows-1252 (guessed)");
    CHECK(d.warnings()[0].file == "cp.txt");
    CHECK(d.warnings()[0].line == 2);
}

TEST_CASE("a short latin-1 text is read as windows-1252") {
    Diagnostics d;
    CHECK(decode_text("Caf\xE9 cr\xE8me", "s.txt", d) == "Caf\u00E9 cr\u00E8me");
    CHECK(d.count() == 1);
}

TEST_CASE("broken UTF-8 inside UTF-8 text is an error naming the line") {
    const std::string bytes = kSentence + "\n" + kSentence + "\nbad \xE2\x80 here\n";
    const std::string reason = reason_of(bytes);
    CHECK(reason.find("invalid UTF-8 at line 3") != std::string::npos);
    CHECK(reason_of("\xEF\xBB\xBF"
                    "abc \xC3\x28")
              .find("invalid UTF-8 at line 1") != std::string::npos);
    // Overlong encodings and surrogates are not UTF-8 either.
    CHECK(reason_of(kSentence + " \xC0\xAF " + kSentence + " \xED\xA0\x80").find("invalid UTF-8") !=
          std::string::npos);
}

TEST_CASE("binary input is rejected with its kind") {
    CHECK(reason_of(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)) == "binary file (PNG image)");
    CHECK(reason_of("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n") == "binary file (PDF document)");
    CHECK(reason_of(std::string("PK\x03\x04\x14\0\0\0", 8)) == "binary file (zip archive)");
    CHECK(reason_of(std::string("\xFF\xD8\xFF\xE0\0\x10JFIF", 10)) == "binary file (JPEG image)");
    CHECK(reason_of(std::string("Call me Ishmael.\0\0\x01 Some years ago", 32)) ==
          "binary file (NUL bytes)");
    std::string controls;
    for (int i = 0; i < 200; ++i) controls += static_cast<char>(i % 2 ? 'a' : 0x01 + (i % 7));
    CHECK(reason_of(controls) == "binary file (control characters)");
}

TEST_CASE("empty and whitespace-only input is rejected") {
    CHECK(reason_of("") == "empty article");
    CHECK(reason_of("   \n\t\n\r\n  \xC2\xA0 \xE3\x80\x80\n") == "empty article");
    CHECK(reason_of("\xEF\xBB\xBF") == "empty article");
}

TEST_CASE("line endings, tabs, trailing spaces and control characters are cleaned") {
    Diagnostics d;
    CHECK(decode_text("a\r\nb\rc\n", "t.txt", d) == "a\nb\nc\n");
    CHECK(decode_text("\tIndented\tword  \nnext   \n", "t.txt", d) ==
          "    Indented    word\nnext\n");
    CHECK(d.count() == 0);
    CHECK(decode_text("page one\fpage two\x1B[0m", "t.txt", d) == "page one\n\npage two[0m");
    REQUIRE(d.count() == 1);
    CHECK(d.warnings()[0].message == "removed 1 control character");
    CHECK(d.warnings()[0].line == 3);
}

TEST_CASE("text is normalised to NFC") {
    Diagnostics d;
    // "Shusha" spelled with a combining acute and a decomposed "é" → composed forms.
    CHECK(decode_text("Caf\x65\xCC\x81 \xC5\x9E\x75\x73\x68\x61", "n.txt", d) ==
          "Caf\u00E9 \u015Eusha");
    // NFC keeps compatibility characters such as the fi ligature.
    CHECK(decode_text("\xEF\xAC\x81ne", "n.txt", d) == "\uFB01ne");
}

TEST_CASE("Cyrillic legacy encodings are detected by ICU and reported") {
    // intl/udhr-rus: title and the first words of the preamble, encoded for the test.
    const std::string text =
        "\u0412\u0441\u0435\u043E\u0431\u0449\u0430\u044F "
        "\u0434\u0435\u043A\u043B\u0430\u0440\u0430\u0446\u0438\u044F "
        "\u043F\u0440\u0430\u0432 \u0447\u0435\u043B\u043E\u0432\u0435\u043A\u0430\n\n"
        "\u041F\u0440\u0438\u043D\u0438\u043C\u0430\u044F \u0432\u043E "
        "\u0432\u043D\u0438\u043C\u0430\u043D\u0438\u0435, "
        "\u0447\u0442\u043E \u043F\u0440\u0438\u0437\u043D\u0430\u043D\u0438\u0435 "
        "\u0434\u043E\u0441\u0442\u043E\u0438\u043D\u0441\u0442\u0432\u0430, "
        "\u043F\u0440\u0438\u0441\u0443\u0449\u0435\u0433\u043E \u0432\u0441\u0435\u043C "
        "\u0447\u043B\u0435\u043D\u0430\u043C "
        "\u0447\u0435\u043B\u043E\u0432\u0435\u0447\u0435\u0441\u043A\u043E\u0439 "
        "\u0441\u0435\u043C\u044C\u0438, "
        "\u0438 \u0440\u0430\u0432\u043D\u044B\u0445 \u0438 "
        "\u043D\u0435\u043E\u0442\u044A\u0435\u043C\u043B\u0435\u043C\u044B\u0445 "
        "\u043F\u0440\u0430\u0432 \u0438\u0445 \u044F\u0432\u043B\u044F\u0435\u0442\u0441\u044F "
        "\u043E\u0441\u043D\u043E\u0432\u043E\u0439 "
        "\u0441\u0432\u043E\u0431\u043E\u0434\u044B, "
        "\u0441\u043F\u0440\u0430\u0432\u0435\u0434\u043B\u0438\u0432\u043E\u0441\u0442\u0438 "
        "\u0438 \u0432\u0441\u0435\u043E\u0431\u0449\u0435\u0433\u043E \u043C\u0438\u0440\u0430;\n";
    for (const char* charset : {"KOI8-R", "windows-1251"}) {
        UErrorCode status = U_ZERO_ERROR;
        char buffer[2048];
        const int32_t len = ucnv_convert(charset, "UTF-8", buffer, sizeof buffer, text.data(),
                                         static_cast<int32_t>(text.size()), &status);
        REQUIRE(U_SUCCESS(status));
        Diagnostics d;
        CHECK(decode_text(std::string(buffer, static_cast<std::size_t>(len)), "ru.txt", d) == text);
        REQUIRE(d.count() == 1);
        CHECK(d.warnings()[0].message == std::string("decoded as ") + charset + " (guessed)");
    }
}

TEST_CASE("UTF-32 with a byte order mark decodes") {
    std::string le("\xFF\xFE\0\0", 4), be("\0\0\xFE\xFF", 4);
    for (char32_t c : std::u32string(U"Caf\u00E9 \U0001F600")) {
        for (int k = 0; k < 4; ++k) le += static_cast<char>((c >> (8 * k)) & 0xFF);
        for (int k = 3; k >= 0; --k) be += static_cast<char>((c >> (8 * k)) & 0xFF);
    }
    Diagnostics d;
    CHECK(decode_text(le, "32.txt", d) == "Caf\u00E9 \U0001F600");
    CHECK(decode_text(be, "32.txt", d) == "Caf\u00E9 \U0001F600");
}
