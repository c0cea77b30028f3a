// pdftotext gets back the exact words of lines whose clusters need their own /ActualText:
// Devanagari with marks after the base (anusvara, vowel signs below and above), and Arabic
// with a shadda. Snippets: Marathi Wikipedia articles "नाटक" and "कार्तिक शुद्ध चतुर्दशी"
// (../shared/corpus/intl/wikipedia-mr-853.txt, wikipedia-mr-2426.txt, CC BY-SA) and the UDHR
// in Arabic (../shared/corpus/intl/udhr-arb.txt, UN OHCHR, freely reproducible); coordinates
// with U+FEFF from the Wikipedia page "New Zealand" (../shared/corpus/en/web-wikipedia-2-page.txt,
// CC BY-SA 3.0).
#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

#include "TestDocument.hpp"
#include "layout/Layout.hpp"
#include "pdf/ContentBuilder.hpp"
#include "pdf/PdfWriter.hpp"
#include "read/Reader.hpp"
#include "style/StyleSheet.hpp"

using namespace galley;
using namespace galley::pdf::testing;

namespace {

/// The non-empty lines of `path`'s pdftotext output, squeezed, bidi controls removed.
std::vector<std::string> extracted_lines(const std::string& path) {
    std::istringstream text(strip_bidi_controls(run("pdftotext -enc UTF-8 " + path + " -")));
    std::vector<std::string> out;
    for (std::string l; std::getline(text, l);) {
        if (!squeeze(l).empty()) out.push_back(squeeze(l));
    }
    return out;
}

/// One page with each of `lines` set in `language`, 20 pt apart.
std::string write_lines(const std::vector<std::string>& lines, const std::string& language,
                        double x, const std::string& name) {
    Builder b;
    b.page("1");
    text::ShapeRequest request;
    request.language = language;
    double y = 100;
    for (const auto& l : lines) {
        b.line(l, x, y, 12, -1, request);
        y += 20;
    }
    doc::Metadata meta;
    meta.title = name;
    meta.language = language;
    return save(name + ".pdf", pdf::write_pdf(b.paged, meta, {0}));
}

}  // namespace

TEST_CASE("Devanagari marks after the base do not split words in pdftotext") {
    const std::vector<std::string> lines = {
        "भूमिका करणाऱ्या नटांनी रंगमंचावर सादर केलेली, बहुधा संवादात्मक",
        "काव्यात्मक कलाकृती असू शकते. संघर्ष, उत्कंठा, नेपथ्य",
        "वैकुंठ चतुर्दशी हे हिंदू धर्मातील व्रत या दिवशी केले जाते.",
    };
    auto path = write_lines(lines, "mr", 72, "marathi");
    int status = -1;
    run("qpdf --check " + path + " >/dev/null 2>&1", &status);
    CHECK(status == 0);
    auto got = extracted_lines(path);
    REQUIRE(got.size() == lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i) CHECK(got[i] == lines[i]);
}

TEST_CASE("Arabic shadda stays on its letter and the word stays whole in pdftotext") {
    const std::vector<std::string> lines = {
        "لمّا كان الاعتراف بالكرامة المتأصلة",
        "وحزمت أمرها على أن تدفع بالرقي الاجتماعي قدمًا",
        "أمام المحاكم حقاً نظراً عادلاً علنياً للفصل في حقوقه",
        "لا يدان أي شخص من جراء أداء عمل إلاّ إذا كان ذلك يعتبر جرماً",
        "وفقاً للقانون الوطني أو الدولي وقت الارتكاب",
    };
    auto path = write_lines(lines, "ar", 200, "arabic");
    auto got = extracted_lines(path);
    REQUIRE(got.size() == lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i) CHECK(got[i] == lines[i]);
}

TEST_CASE("a zero-width no-break space (U+FEFF) is no right-to-left text: order kept") {
    const std::vector<std::string> lines = {
        "Coordinates: 42°S 174°E﻿ / ﻿42°S 174°E﻿ / -42; 174",
    };
    auto path = write_lines(lines, "en", 72, "coordinates");
    auto got = extracted_lines(path);
    REQUIRE(got.size() == lines.size());
    CHECK(got[0] == lines[0]);
    CHECK_FALSE(pdf::has_rtl("﻿4"));
    CHECK(pdf::has_rtl("ﻻ"));  // ARABIC LIGATURE LAM WITH ALEF isolated form
}

TEST_CASE("raised Arabic marks keep their words on their line: the UDHR in Arabic, whole") {
    // Spans whose last glyph was a raised shadda became slanted boxes that pdftotext set on
    // lines of their own ("إلاّ" came out as "إل" with "اّ" a line above).
    const std::string path = std::string(GALLEY_CORPUS) + "/intl/udhr-arb.txt";
    if (!std::filesystem::exists(path)) {
        WARN("corpus missing: " << path);
        return;
    }
    Diagnostics diagnostics;
    text::FontCatalog fonts{GALLEY_FONTS_DIR};
    auto document = read::read_article(path, {}, diagnostics);
    auto paged = layout::layout_document(document, style::load_style(""), fonts, diagnostics);
    auto pdf = save("udhr-arb.pdf", pdf::write_pdf(paged, document.meta, {0}));
    std::string text = squeeze(strip_bidi_controls(run("pdftotext -enc UTF-8 " + pdf + " -")));
    for (const std::string& phrase : {
             std::string("أداء عمل إلاّ إذا كان ذلك يعتبر جرماً"),
             std::string("نزيهة نظراً عادلاً علنياً للفصل في حقوقه"),
             std::string("لمّا كان الاعتراف بالكرامة المتأصلة"),
         }) {
        CHECK(text.find(phrase) != std::string::npos);
    }
}
