// PDF/UA-1 and PDF/A-2u: galley's own checks (pdf/Conformance) and the print boxes
// (pdf/PrintMarks), on small hand-built documents and through qpdf and poppler.
#include <catch2/catch.hpp>

#include <regex>

#include "TestDocument.hpp"
#include "base/Error.hpp"
#include "pdf/Conformance.hpp"
#include "pdf/PdfWriter.hpp"
#include "pdf/PrintMarks.hpp"

using namespace galley;
using namespace galley::pdf::testing;

namespace {

doc::Metadata metadata() {
    doc::Metadata m;
    m.title = "Loomings";
    m.authors = {"Herman Melville", "A. N. Editor"};
    m.language = "en";
    m.description = "Chapter 1";
    m.keywords = {"whaling"};
    m.source = "moby.txt";
    return m;
}

/// One page: an H1, a rule, a paragraph with a link, a folio (artifacts: the rule and folio).
layout::PagedDocument article(Builder& b) {
    const int h1 = b.element("H1");
    const int p = b.element("P");
    b.page("1");
    b.line("Loomings", 72, 100, 24, h1);
    b.paged.pages.back().items.emplace_back(layout::Rule{72, 110, 451, 0.5, "#808080"});
    b.line("Call me Ishmael. Some years ago", 72, 140, 11, p);
    const int link = b.element("Link", p);
    const double w = b.line("gutenberg.org", 72, 155, 11, link);
    layout::LinkArea area{72, 145, w, 13, "https://www.gutenberg.org/"};
    area.structure = link;
    b.paged.pages.back().items.emplace_back(area);
    b.line("1", 290, 800, 9);
    return b.paged;
}

pdf::PdfOptions with(bool ua, bool a) {
    pdf::PdfOptions options(1667900000);
    options.standards.ua1 = ua;
    options.standards.a2u = a;
    return options;
}

/// The error write_pdf throws, or "" when it writes the file.
std::string refusal(const layout::PagedDocument& paged, const pdf::PdfOptions& options,
                    ErrorCode* code = nullptr) {
    try {
        pdf::write_pdf(paged, metadata(), options);
    } catch (const Error& e) {
        if (code) *code = e.code();
        return e.what();
    }
    return {};
}

}  // namespace

TEST_CASE("check_marked_content finds painting outside marked content") {
    CHECK(pdf::check_marked_content("/P <</MCID 0>> BDC\nBT [(a)-20(b)] TJ ET\nEMC\n").empty());
    CHECK(pdf::check_marked_content("/Artifact BMC 0 0 1 1 re f EMC").empty());
    // Operator names inside strings and names are not operators.
    CHECK(pdf::check_marked_content("/Span <</ActualText (Tj\\) f)>> BDC EMC /Tj").empty());
    CHECK_THAT(pdf::check_marked_content("BT (x) Tj ET"), Catch::Contains("Tj"));
    CHECK_THAT(pdf::check_marked_content("/Artifact BMC EMC 0 0 1 1 re f"),
               Catch::Contains("operator f"));
    CHECK_THAT(pdf::check_marked_content("/P BMC (x) Tj"), Catch::Contains("BDC without"));
    CHECK_THAT(pdf::check_marked_content("EMC"), Catch::Contains("EMC without"));
}

TEST_CASE("ua-1 and a-2u: a tagged article passes galley's checks, qpdf and says so in XMP") {
    Builder b;
    auto paged = article(b);
    const std::string bytes = pdf::write_pdf(paged, metadata(), with(true, true));
    auto path = save("ua-a.pdf", bytes);
    int status = -1;
    run("qpdf --check " + path + " >/dev/null 2>&1", &status);
    CHECK(status == 0);
    const std::string xmp = run("pdfinfo -meta " + path);
    CHECK_THAT(xmp, Catch::Contains("<pdfuaid:part>1</pdfuaid:part>"));
    CHECK_THAT(xmp, Catch::Contains("<pdfaid:part>2</pdfaid:part>"));
    CHECK_THAT(xmp, Catch::Contains("<pdfaid:conformance>U</pdfaid:conformance>"));
    CHECK_THAT(xmp, Catch::Contains("pdfaExtension:schemas"));
    const std::string dump = run("qpdf --qdf --object-streams=disable " + path + " -");
    CHECK_THAT(dump, Catch::Contains("/GTS_PDFA1"));
    CHECK_THAT(dump, Catch::Contains("/DestOutputProfile"));
    CHECK_THAT(dump, Catch::Contains("/Tabs /S"));
    // Decorations are artifacts of their kind: the rule of the layout, the folio of pagination.
    const auto rule = dump.find(".5 re f");
    const auto layout_artifact = dump.rfind("/Artifact <</Type /Layout>> BDC", rule);
    CHECK(rule != std::string::npos);
    CHECK(layout_artifact != std::string::npos);
    CHECK(dump.find("EMC", layout_artifact) > rule);
    CHECK_THAT(dump, Catch::Contains("/Artifact <</Type /Pagination>> BDC"));
    // Two authors: Info says no /Author that XMP's two dc:creator entries could not equal.
    CHECK(run("pdfinfo " + path).find("Author:") == std::string::npos);
    // Without a standard the Info keeps the authors.
    auto plain = save("plain.pdf", pdf::write_pdf(paged, metadata(), {1667900000}));
    CHECK_THAT(run("pdfinfo " + plain), Catch::Contains("Herman Melville, A. N. Editor"));
    CHECK(run("pdfinfo -meta " + plain).find("pdfuaid") == std::string::npos);
}

TEST_CASE("ua-1 fails on a Figure without alternate text, naming Matterhorn 13-004") {
    Builder b;
    auto paged = article(b);
    paged.structure.push_back({"Figure", -1, {}});
    ErrorCode code = ErrorCode::Internal;
    const std::string why = refusal(paged, with(true, false), &code);
    CHECK(code == ErrorCode::Conformance);
    CHECK_THAT(why, Catch::Contains("PDF/UA-1") && Catch::Contains("13-004") &&
                        Catch::Contains("alternate text"));
    // PDF/A-2u alone does not ask for alternate text.
    CHECK(refusal(paged, with(false, true)).empty());
}

TEST_CASE("ua-1 fails when heading levels skip or do not start at H1") {
    Builder b;
    auto paged = article(b);
    paged.structure.push_back({"H3", -1, {}});
    CHECK_THAT(refusal(paged, with(true, false)), Catch::Contains("14-003"));
    Builder c;
    c.element("H2");
    c.page("1");
    c.line("Loomings", 72, 100, 24, 0);
    CHECK_THAT(refusal(c.paged, with(true, false)), Catch::Contains("14-002"));
    CHECK(refusal(c.paged, {1667900000}).empty());  // nothing claimed, nothing checked
}

TEST_CASE("ua-1 fails on a non-standard structure type and on a document without a language") {
    Builder b;
    auto paged = article(b);
    paged.structure.push_back({"Sidebar", -1, {}});
    CHECK_THAT(refusal(paged, with(true, false)), Catch::Contains("02-001"));
    Builder c;
    auto plain = article(c);
    doc::Metadata meta = metadata();
    meta.language.clear();
    try {
        pdf::write_pdf(plain, meta, with(true, false));
        FAIL("no language passed");
    } catch (const Error& e) {
        CHECK_THAT(e.what(), Catch::Contains("11-006"));
    }
}

TEST_CASE("notes get an ID and an IDTree (PDF/UA 19-003)") {
    Builder b;
    auto paged = article(b);
    const int note = b.element("Note");
    b.paged.pages.back().items.clear();
    b.line("1. A note.", 72, 700, 9, note);
    auto path = save("note.pdf", pdf::write_pdf(b.paged, metadata(), with(true, false)));
    const std::string dump = run("qpdf --qdf --object-streams=disable " + path + " -");
    CHECK_THAT(dump, Catch::Contains("/IDTree"));
    CHECK_THAT(dump, Catch::Contains("/ID (note00000003)"));
}

TEST_CASE("page boxes: TrimBox is the page, the media grows by the bleed") {
    auto plain = pdf::page_boxes(432, 648, 0, false);
    CHECK(plain.margin == 0);
    CHECK(plain.trim == pdf::Box{0, 0, 432, 648});
    CHECK(plain.media == plain.trim);
    CHECK(pdf::print_prefix(plain, false).empty());
    const double bleed = 3 * 72 / 25.4;
    auto print = pdf::page_boxes(432, 648, bleed, true);
    CHECK(print.media[2] == Approx(432 + 2 * bleed));
    CHECK(print.trim == pdf::Box{bleed, bleed, bleed + 432, bleed + 648});
    CHECK(print.bleed == print.media);
    // Crop marks without bleed still get room outside the trim; the bleed box is the trim.
    auto marks = pdf::page_boxes(432, 648, 0, true);
    CHECK(marks.margin == Approx(pdf::kCropMarkRoom));
    CHECK(marks.bleed == marks.trim);
    const std::string prefix = pdf::print_prefix(print, true);
    CHECK_THAT(prefix, Catch::StartsWith("/Artifact <</Type /Page>> BDC"));
    CHECK(pdf::check_marked_content(prefix).empty());
    // Every mark lies outside the trim: no point of a line inside it.
    std::regex segment(R"(([-\d.]+) ([-\d.]+) m ([-\d.]+) ([-\d.]+) l)");
    int lines = 0;
    for (auto it = std::sregex_iterator(prefix.begin(), prefix.end(), segment);
         it != std::sregex_iterator(); ++it, ++lines) {
        for (int k : {1, 3}) {
            const double x = std::stod((*it)[k]), y = std::stod((*it)[k + 1]);
            const bool inside =
                x > print.trim[0] && x < print.trim[2] && y > print.trim[1] && y < print.trim[3];
            CHECK_FALSE(inside);
        }
    }
    CHECK(lines == 8);  // two at each corner
}

TEST_CASE("a PDF with bleed and crop marks: pdfinfo -box and the links move with the page") {
    Builder b;
    auto paged = article(b);
    pdf::PdfOptions options(1667900000);
    options.bleed = 3 * 72 / 25.4;
    options.crop_marks = true;
    options.standards.ua1 = true;
    auto path = save("bleed.pdf", pdf::write_pdf(paged, metadata(), options));
    int status = -1;
    run("qpdf --check " + path + " >/dev/null 2>&1", &status);
    CHECK(status == 0);
    const std::string boxes = squeeze(run("pdfinfo -box " + path));
    CHECK_THAT(boxes, Catch::Contains("MediaBox: 0.00 0.00 612.28 858.90"));
    CHECK_THAT(boxes, Catch::Contains("TrimBox: 8.50 8.50 603.78 850.39"));
    CHECK_THAT(boxes, Catch::Contains("BleedBox: 0.00 0.00 612.28 858.90"));
    // The text is where it was on the trimmed page: pdftotext of the trim area finds it.
    CHECK_THAT(run("pdftotext -x 8 -y 8 -W 596 -H 842 " + path + " -"),
               Catch::Contains("Call me Ishmael"));
    // A plain PDF has its TrimBox too.
    auto plain = save("trim.pdf", pdf::write_pdf(paged, metadata(), {1667900000}));
    CHECK_THAT(squeeze(run("pdfinfo -box " + plain)),
               Catch::Contains("TrimBox: 0.00 0.00 595.28 841.89"));
}

TEST_CASE("Devanagari's text-less glyphs get a ToUnicode entry: ua-1,a-2u pass, text stays exact") {
    // UDHR title (../shared/corpus/intl/udhr-hin.txt): a reordered vowel sign and conjuncts
    // draw glyphs that stand for no text of their own.
    const std::string hindi = "मानव अधिकारों की सार्वभौम घोषणा";
    Builder b;
    const int h1 = b.element("H1");
    b.page("1");
    text::ShapeRequest hi;
    hi.language = "hi";
    b.line(hindi, 72, 100, 20, h1, hi);
    doc::Metadata meta = metadata();
    meta.language = "hi";
    std::string bytes;
    REQUIRE_NOTHROW(bytes = pdf::write_pdf(b.paged, meta, with(true, true)));
    auto path = save("hindi-ua.pdf", bytes);
    CHECK(squeeze(run("pdftotext " + path + " -")) == hindi);
    // (pdfinfo -struct-text of poppler 22.12 stops at the first nested /ActualText span: not
    // a test of this file.)
}
