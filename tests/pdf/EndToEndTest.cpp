// read → layout → write_pdf on real articles, checked with the PDF oracles. Articles: the sample
// article of the brief (../shared/seeds) and corpus texts (../shared/corpus, see SOURCES.md).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>

#include "TestDocument.hpp"
#include "layout/Layout.hpp"
#include "pdf/PdfWriter.hpp"
#include "read/Reader.hpp"
#include "style/StyleSheet.hpp"

using namespace galley;
using namespace galley::pdf::testing;

namespace {

struct Converted {
    doc::Document document;
    layout::PagedDocument paged;
    std::string pdf;
    double write_ms = 0;
};

Converted convert(const std::string& path, const text::FontCatalog& fonts,
                  Diagnostics& diagnostics) {
    Converted c;
    c.document = read::read_article(path, {}, diagnostics);
    c.paged = layout::layout_document(c.document, style::load_style(""), fonts, diagnostics);
    auto start = std::chrono::steady_clock::now();
    c.pdf = pdf::write_pdf(c.paged, c.document.meta, {1667900000});
    c.write_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    return c;
}

/// Words (runs of letters and digits) of UTF-8 text, in order. Hyphens and soft hyphens are
/// dropped first, with line breaks after them, so hyphenated line ends join up. Arabic
/// punctuation separates words; Arabic vowel marks are left out (text extractors place them
/// on either side of a letter in visual order: a word is its letters).
std::vector<std::string> words(std::string text) {
    std::string joined;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '-') {
            while (i + 1 < text.size() && (text[i + 1] == '\n' || text[i + 1] == '\f')) ++i;
            continue;
        }
        if (text.compare(i, 2, "\xC2\xAD") == 0) {  // U+00AD
            ++i;
            while (i + 1 < text.size() && (text[i + 1] == '\n' || text[i + 1] == '\f')) ++i;
            continue;
        }
        joined += text[i];
    }
    std::vector<std::string> out;
    std::string word;
    for (std::size_t i = 0; i < joined.size();) {
        auto b = static_cast<unsigned char>(joined[i]);
        std::size_t len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        bool letter = std::isalnum(b) != 0;
        if (len == 2 && i + 1 < joined.size()) {
            const unsigned cp =
                (b & 0x1Fu) << 6 | (static_cast<unsigned char>(joined[i + 1]) & 0x3Fu);
            if ((cp >= 0x064B && cp <= 0x065F) || cp == 0x0670) {  // harakat, superscript alef
                i += len;
                continue;
            }
            if (cp == 0x060C || cp == 0x061B || cp == 0x061F || (cp >= 0x066A && cp <= 0x066D) ||
                cp == 0x06D4) {  // Arabic comma, semicolon, question mark, percent, full stop
                if (!word.empty()) out.push_back(word);
                word.clear();
                i += len;
                continue;
            }
        }
        if (b >= 0x80) {
            // Not a letter: Latin-1 punctuation (C2 xx) and General Punctuation (E2 80/81 xx).
            letter = !(b == 0xC2) &&
                     !(b == 0xE2 && i + 1 < joined.size() &&
                       (joined[i + 1] == '\x80' || joined[i + 1] == '\x81')) &&
                     joined.compare(i, 3, "\xE3\x80\x80") != 0;  // U+3000 ideographic space
        }
        // CJK has no spaces and pdftotext may break its lines anywhere: one token per character.
        const bool cjk = b >= 0xE3 && b <= 0xEF;
        if (letter && cjk) {
            if (!word.empty()) out.push_back(word);
            word.clear();
            out.push_back(joined.substr(i, len));
        } else if (letter) {
            word.append(joined, i, len);
        } else if (!word.empty()) {
            out.push_back(word);
            word.clear();
        }
        i += len;
    }
    if (!word.empty()) out.push_back(word);
    return out;
}

void block_text(const doc::Blocks& blocks, std::string& out) {
    for (const auto& block : blocks) {
        if (const auto* p = std::get_if<doc::Paragraph>(&block.value)) {
            out += doc::plain_text(p->content) + "\n";
        } else if (const auto* h = std::get_if<doc::Heading>(&block.value)) {
            out += doc::plain_text(h->content) + "\n";
        } else if (const auto* q = std::get_if<doc::BlockQuote>(&block.value)) {
            block_text(q->content, out);
        } else if (const auto* l = std::get_if<doc::List>(&block.value)) {
            for (const auto& item : l->items) block_text(item, out);
        }
    }
}

/// pdftotext of the region where the tagged content is (the union over all pages), so that
/// running heads and folios (artifacts in the margins) stay out: poppler would otherwise join a
/// word hyphenated at a page's end with the folio below it.
std::string body_text(const std::string& path, const layout::PagedDocument& paged) {
    double top = 1e9, bottom = -1e9, width = 0;
    for (const auto& page : paged.pages) {
        width = std::max(width, page.width);
        for (const auto& item : page.items) {
            const auto* run = std::get_if<layout::GlyphRun>(&item);
            if (!run || run->structure < 0) continue;
            top = std::min(top, run->y - run->size);
            bottom = std::max(bottom, run->y + run->size * 0.4);
        }
    }
    if (top > bottom) return run("pdftotext " + path + " -");
    // pdftotext crops in pixels at -r (72 dpi by default = points).
    auto n = [](double v) { return std::to_string(static_cast<long>(v)); };
    return run("pdftotext -x 0 -y " + n(top) + " -W " + n(width + 1) + " -H " +
               n(bottom - top + 1) + " " + path + " -");
}

/// The first word of `expected` that is not found, in order, in `actual` ("" when all are),
/// with the words before it and what the PDF has at that point.
std::string first_missing(const std::vector<std::string>& expected,
                          const std::vector<std::string>& actual) {
    std::size_t at = 0;
    for (std::size_t i = 0; i < expected.size(); ++i) {
        std::size_t from = at;
        while (at < actual.size() && actual[at] != expected[i]) ++at;
        if (at == actual.size()) {
            std::string context = expected[i] + " | expected:";
            for (std::size_t k = i >= 5 ? i - 5 : 0; k < std::min(expected.size(), i + 5); ++k) {
                context += " " + expected[k];
            }
            context += " | pdf:";
            for (std::size_t k = from >= 5 ? from - 5 : 0; k < std::min(actual.size(), from + 5);
                 ++k) {
                context += " " + actual[k];
            }
            return context;
        }
        ++at;
    }
    return "";
}

/// The words of `expected` that `actual` lacks, counted as multisets (order ignored).
std::vector<std::string> missing_from_bag(const std::vector<std::string>& expected,
                                          const std::vector<std::string>& actual) {
    std::map<std::string, int> have;
    for (const std::string& w : actual) ++have[w];
    std::vector<std::string> missing;
    for (const std::string& w : expected) {
        if (--have[w] < 0) missing.push_back(w);
    }
    return missing;
}

}  // namespace

TEST_CASE("the sample article becomes a checked PDF") {
    const std::string seed = GALLEY_SEED;
    if (!std::filesystem::exists(seed)) {
        WARN("sample article missing: " << seed);
        return;
    }
    text::FontCatalog fonts(GALLEY_FONTS_DIR);
    Diagnostics diagnostics;
    Converted c = convert(seed, fonts, diagnostics);
    WARN("sample: " << c.paged.pages.size() << " pages written in " << c.write_ms << " ms");
    auto path = save("sample-article.pdf", c.pdf);
    int status = -1;
    std::string check = run("qpdf --check " + path + " 2>&1", &status);
    INFO(check);
    CHECK(status == 0);
    std::string info = run("pdfinfo " + path);
    CHECK(info.find("Title:           Azerbaijan Marks Second Anniversary of Victory Day") !=
          std::string::npos);
    CHECK(info.find("Author:          Yasir Rehman") != std::string::npos);
    std::string fonts_out = run("pdffonts " + path);
    CHECK(fonts_out.find(" no ") == std::string::npos);
    std::string body = c.document.meta.title + "\n";
    block_text(c.document.blocks, body);
    std::string text = run("pdftotext " + path + " -");
    CHECK(first_missing(words(body), words(body_text(path, c.paged))) == "");
    CHECK(text.find("“Iron Fist.”") != std::string::npos);
    const std::string prefix = path.substr(0, path.size() - 4);  // without ".pdf"
    run("pdftoppm -r 60 -png -f 1 -l 1 " + path + " " + prefix);
    CHECK(std::filesystem::exists(prefix + "-1.png"));
}

// Every corpus article through read → layout → write_pdf with the oracles: qpdf --check, every
// font embedded and subset with ToUnicode, and pdftotext giving back the article's words. Hidden
// from the default run; ctest runs it as pdf_corpus (label corpus). GALLEY_CORPUS_FILTER (a
// substring) narrows the set. The words are compared as a bag with a 0.5 % allowance: pdftotext's
// own reading order splits lines (a 1-em ideographic space read as a column gap, a colon ending
// a right-to-left section) and joins a word ending in a hyphen at a line end with the next
// line's first word; the in-order check is bench/fidelity_sweep.py's.
TEST_CASE("every corpus article becomes a checked PDF", "[.corpus]") {
    const char* filter = std::getenv("GALLEY_CORPUS_FILTER");
    text::FontCatalog fonts(GALLEY_FONTS_DIR);
    std::vector<std::filesystem::path> files;
    for (const char* dir : {"en", "intl", "news", "anthology"}) {
        for (const auto& e :
             std::filesystem::directory_iterator(std::string(GALLEY_CORPUS) + "/" + dir)) {
            if (e.path().extension() == ".txt" &&
                (!filter || e.path().string().find(filter) != std::string::npos)) {
                files.push_back(e.path());
            }
        }
    }
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
        Diagnostics diagnostics;
        Converted c = convert(file.string(), fonts, diagnostics);
        auto path = save("corpus.pdf", c.pdf);
        INFO(file.string() << ": " << c.paged.pages.size() << " pages, written in " << c.write_ms
                           << " ms");
        int status = -1;
        run("qpdf --check " + path + " >/dev/null 2>&1", &status);
        CHECK(status == 0);
        std::string fonts_out = run("pdffonts " + path);
        CHECK(fonts_out.find(" no ") == std::string::npos);
        std::string body = c.document.meta.title + "\n";
        block_text(c.document.blocks, body);
        const std::vector<std::string> expected = words(body);
        const std::vector<std::string> missing =
            missing_from_bag(expected, words(body_text(path, c.paged)));
        std::string list;
        for (std::size_t i = 0; i < missing.size() && i < 12; ++i) list += " " + missing[i];
        INFO(missing.size() << " of " << expected.size() << " words missing:" << list);
        CHECK(missing.size() * 200 <= expected.size());
    }
}
