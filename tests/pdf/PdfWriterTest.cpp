// write_pdf checked with the real oracles (qpdf, pdffonts, pdftotext, pdfinfo, pdftoppm).
// Text fixtures: Moby-Dick (public domain, ../shared/corpus/en/moby-dick-*.txt) and the UDHR
// (UN OHCHR translations, freely reproducible; ../shared/corpus/intl/udhr-*.txt).
#include <catch2/catch.hpp>

#include <sstream>
#include <thread>
#include <vector>

#include "TestDocument.hpp"
#include "pdf/PdfWriter.hpp"

using namespace galley;
using namespace galley::pdf::testing;

namespace {

const std::string kTitle = "Loomings";
const std::string kLine1 = "Call me Ishmael. Some years ago—never mind how long precisely—";
const std::string kLine2 = "“Landlord, for God’s sake, Peter Coffin!” shouted I.";
const std::string kUrl = "https://www.gutenberg.org/ebooks/2701";
const std::string kArabic = "الإعلان العالمي لحقوق الإنسان";

doc::Metadata metadata() {
    doc::Metadata m;
    m.title = "Moby-Dick; or, The Whale";
    m.authors = {"Herman Melville"};
    m.language = "en";
    m.description = "Chapter 1, Loomings";
    m.keywords = {"whaling", "sea & ships"};
    m.source = "moby.txt";
    return m;
}

/// Two pages: a title, body lines, a rule, a link and a folio; then curly quotes, a ligature
/// and an Arabic line.
layout::PagedDocument sample(Builder& b) {
    int h1 = b.element("H1");
    int p1 = b.element("P");
    int p2 = b.element("P");
    int p3 = b.element("P");
    b.page("1");
    text::ShapeRequest bold;
    bold.bold = true;
    b.line(kTitle, 72, 100, 24, h1, bold);
    b.paged.pages.back().items.emplace_back(layout::Rule{72, 110, 451, 0.5, "#808080"});
    b.line(kLine1, 72, 140, 11, p1);
    const int link = b.element("Link", p1);
    double w = b.line(kUrl, 72, 155, 11, link, {}, "#1a0dab");
    layout::LinkArea area{72, 145, w, 13, kUrl};
    area.structure = link;
    b.paged.pages.back().items.emplace_back(area);
    b.line("1", 290, 800, 9);  // folio: an artifact
    b.page("2");
    b.line(kLine2, 72, 100, 11, p2);
    text::ShapeRequest arabic;
    arabic.language = "ar";
    b.line(kArabic, 300, 130, 14, p3, arabic);
    b.paged.outline = {{kTitle, 0, 0, 76}, {"Arabic", 1, 1, 116}};
    return b.paged;
}

}  // namespace

TEST_CASE("write_pdf output passes qpdf --check and embeds subset fonts with ToUnicode") {
    Builder b;
    auto paged = sample(b);
    std::string pdf = pdf::write_pdf(paged, metadata(), {1667900000});
    auto path = save("sample.pdf", pdf);
    int status = -1;
    std::string check = run("qpdf --check " + path + " 2>&1", &status);
    INFO(check);
    CHECK(status == 0);
    CHECK(check.find("No syntax or stream encoding errors") != std::string::npos);

    std::string fonts = run("pdffonts " + path);
    INFO(fonts);
    std::istringstream lines(fonts);
    std::string line;
    int rows = 0;
    while (std::getline(lines, line)) {
        if (line.find("Identity-H") == std::string::npos) continue;
        ++rows;
        // name type encoding emb sub uni object ID
        std::istringstream cols(line);
        std::vector<std::string> c;
        for (std::string s; cols >> s;) c.push_back(s);
        REQUIRE(c.size() >= 7);
        CHECK(c[c.size() - 5] == "yes");  // emb
        CHECK(c[c.size() - 4] == "yes");  // sub
        CHECK(c[c.size() - 3] == "yes");  // uni
        CHECK(c[0].size() > 7);
        CHECK(c[0][6] == '+');
    }
    CHECK(rows == 3);  // Noto Serif Bold, Regular, an Arabic face
}

TEST_CASE("pdftotext returns the text: ligatures, curly quotes, Arabic in logical order") {
    Builder b;
    auto paged = sample(b);
    auto path = save("text.pdf", pdf::write_pdf(paged, metadata(), {0}));
    std::string page1 = squeeze(run("pdftotext -f 1 -l 1 " + path + " -"));
    CHECK(page1 == squeeze(kTitle + "\n" + kLine1 + "\n" + kUrl + "\n1"));
    // pdftotext wraps right-to-left lines in U+202B … U+202C embedding marks: drop them.
    std::string page2 = squeeze(strip_bidi_controls(run("pdftotext -f 2 -l 2 " + path + " -")));
    CHECK(page2 == squeeze(kLine2 + "\n" + kArabic));
    // The ligature really is one glyph in the file, and still extracts as three letters.
    bool ligature = false;
    for (const auto& item : paged.pages[1].items) {
        if (const auto* run = std::get_if<layout::GlyphRun>(&item)) {
            for (const auto& g : run->glyphs) ligature |= run->text_of(g) == "ffi";
        }
    }
    CHECK(ligature);
}

TEST_CASE("Info, XMP, version, language, outline, labels, structure and links") {
    Builder b;
    auto paged = sample(b);
    auto path = save("info.pdf", pdf::write_pdf(paged, metadata(), {1667900000}));
    std::string info = run("pdfinfo " + path);
    INFO(info);
    CHECK(info.find("Title:           Moby-Dick; or, The Whale") != std::string::npos);
    CHECK(info.find("Author:          Herman Melville") != std::string::npos);
    CHECK(info.find("Subject:         Chapter 1, Loomings") != std::string::npos);
    CHECK(info.find("Keywords:        whaling, sea & ships") != std::string::npos);
    CHECK(info.find(std::string("Creator:         galley ") + GALLEY_VERSION) != std::string::npos);
    CHECK(info.find("PDF version:     1.7") != std::string::npos);
    CHECK(info.find("Tagged:          yes") != std::string::npos);
    CHECK(info.find("Pages:           2") != std::string::npos);
    CHECK(info.find("CreationDate:    Tue Nov  8 09:33:20 2022 UTC") != std::string::npos);

    std::string meta = run("pdfinfo -meta " + path);
    CHECK(meta.find("<dc:language><rdf:Bag><rdf:li>en</rdf:li>") != std::string::npos);
    CHECK(meta.find("<dc:subject><rdf:Bag><rdf:li>whaling</rdf:li><rdf:li>sea &amp; "
                    "ships</rdf:li></rdf:Bag></dc:subject>") != std::string::npos);
    CHECK(meta.find("<pdf:Keywords>whaling, sea &amp; ships</pdf:Keywords>") != std::string::npos);
    CHECK(meta.find("<xmp:CreateDate>2022-11-08T09:33:20Z</xmp:CreateDate>") != std::string::npos);

    std::string urls = run("pdfinfo -url " + path);
    CHECK(urls.find(kUrl) != std::string::npos);

    std::string structure = run("pdfinfo -struct-text " + path);
    INFO(structure);
    CHECK(structure.find("Document") != std::string::npos);
    CHECK(structure.find("H1") != std::string::npos);
    CHECK(structure.find("\"Loomings\"") != std::string::npos);
    // The link is a Link element holding its text and, by object reference, its annotation.
    std::string tree = run("pdfinfo -struct " + path);
    INFO(tree);
    const std::size_t link = tree.find("Link (inline)");
    REQUIRE(link != std::string::npos);
    CHECK(tree.find("Object", link) != std::string::npos);
    CHECK(structure.find(kUrl) != std::string::npos);

    std::string json = run("qpdf --json --json-key=outlines --json-key=pagelabels " + path);
    INFO(json);
    CHECK(json.find("\"title\": \"Loomings\"") != std::string::npos);
    CHECK(json.find("\"title\": \"Arabic\"") != std::string::npos);
    CHECK(json.find("\"/S\": \"/D\"") != std::string::npos);
    // Catalog entries qpdf shows as objects.
    std::string catalog = run("qpdf --show-object=trailer " + path +
                              " && qpdf --show-object=$(qpdf --show-object=trailer " + path +
                              " | sed -E 's/.*\\/Root ([0-9]+) 0 R.*/\\1/') " + path);
    INFO(catalog);
    CHECK(catalog.find("/Lang (en)") != std::string::npos);
    CHECK(catalog.find("/DisplayDocTitle true") != std::string::npos);
    CHECK(catalog.find("/MarkInfo << /Marked true >>") != std::string::npos);
}

TEST_CASE("output is byte-identical for the same input and changes with the timestamp") {
    Builder b;
    auto paged = sample(b);
    std::string a = pdf::write_pdf(paged, metadata(), {1667900000});
    std::string again = pdf::write_pdf(paged, metadata(), {1667900000});
    CHECK(a == again);
    std::string later = pdf::write_pdf(paged, metadata(), {1667900001});
    CHECK(a != later);
    auto id = [](const std::string& pdf) { return pdf.substr(pdf.rfind("/ID")); };
    CHECK(id(a).substr(0, 40) != id(later).substr(0, 40));
    CHECK(a.find("/M ") == std::string::npos);  // no annotation dates
}

// Batch writes PDFs on several threads (issue 13: batch -j2 must give the bytes of single
// conversions). Each thread has its own document and shaper; what they share (fonts, PoDoFo and
// the C library's localtime() that PoDoFo's document constructor calls) must not leak from one
// PDF into another; built with -fsanitize=thread, this test also reports any data race there.
TEST_CASE("PDFs written on several threads at once are the PDF written alone") {
    Builder alone;
    const std::string expected = pdf::write_pdf(sample(alone), metadata(), {1667900000});
    std::vector<int> wrong(3, 0);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < wrong.size(); ++t)
        threads.emplace_back([&wrong, &expected, t] {
            Builder b;
            const layout::PagedDocument paged = sample(b);
            for (int i = 0; i < 8; ++i)
                wrong[t] += pdf::write_pdf(paged, metadata(), {1667900000}) != expected;
        });
    for (std::thread& t : threads) t.join();
    for (int w : wrong) CHECK(w == 0);
}

TEST_CASE("300 full pages: a valid file whose page tree keeps every page in order") {
    // Speed is measured in bench/bench_pdf_writer.cpp; here the long document must be right.
    Builder b;
    b.paged.structure.push_back({"P", -1, {}});
    const std::string text = kLine1 + " “Coffin!”";
    for (int p = 0; p < 300; ++p) {
        b.page(std::to_string(p + 1));
        for (int l = 0; l < 45; ++l) b.line(text, 72, 72 + l * 15.0, 11, 0);
        b.line("folio " + std::to_string(p + 1), 290, 800, 9);
    }
    std::string pdf = pdf::write_pdf(b.paged, metadata(), {0});
    auto path = save("long.pdf", pdf);
    int status = -1;
    run("qpdf --check " + path + " >/dev/null 2>&1", &status);
    CHECK(status == 0);
    CHECK(run("qpdf --show-npages " + path) == "300\n");
    for (int page : {1, 137, 300}) {
        std::string p = std::to_string(page);
        std::string text_of_page = run("pdftotext -f " + p + " -l " + p + " " + path + " -");
        CHECK(text_of_page.find("folio " + p + "\n") != std::string::npos);
        CHECK(text_of_page.find("Coffin") != std::string::npos);
    }
}

TEST_CASE("CFF-flavoured CJK faces embed as CIDFontType0 and render and extract") {
    // From the UDHR in Japanese (../shared/corpus/intl/udhr-jpn.txt).
    const std::string title = "『世界人権宣言』";
    const std::string body = "人類社会のすべての構成員の固有の尊厳と平等で譲ることのできない権利";
    Builder b;
    int p = b.element("P");
    text::ShapeRequest ja;
    ja.language = "ja";
    b.page("1");
    b.line(title, 72, 100, 16, p, ja);
    b.line(body, 72, 130, 12, p, ja);
    std::shared_ptr<const text::FontFace> face;
    for (const auto& item : b.paged.pages[0].items) {
        if (const auto* run = std::get_if<layout::GlyphRun>(&item)) {
            const page::Font& font = b.paged.fonts[run->font];
            face = text::FontFace::load_shared(font.file, font.face_index);
        }
    }
    REQUIRE(face != nullptr);
    CHECK(face->is_cff());
    // One glyph per page, so a wrong CID → glyph mapping (every glyph .notdef) would show.
    for (const char* kanji : {"人", "権"}) {
        b.page("x");
        b.line(kanji, 100, 200, 100, p, ja);
    }
    auto path = save("japanese.pdf", pdf::write_pdf(b.paged, metadata(), {0}));
    int status = -1;
    run("qpdf --check " + path + " >/dev/null 2>&1", &status);
    CHECK(status == 0);
    std::string fonts = run("pdffonts " + path);
    INFO(fonts);
    CHECK(fonts.find("CID Type 0C (OT)") != std::string::npos);
    CHECK(fonts.find("Identity-H       yes yes yes") != std::string::npos);
    CHECK(squeeze(run("pdftotext -f 1 -l 1 " + path + " -")) == squeeze(title + "\n" + body));
    const std::string prefix = path.substr(0, path.size() - 4);  // without ".pdf"
    run("pdftoppm -r 30 -gray -f 2 -l 3 " + path + " " + prefix);
    std::string a = galley::pdf::testing::slurp(prefix + "-2.pgm");
    std::string k = galley::pdf::testing::slurp(prefix + "-3.pgm");
    REQUIRE(!a.empty());
    CHECK(a != k);
    CHECK(std::count(a.begin(), a.end(), '\0') > 10);  // some ink
}

TEST_CASE("complex scripts extract exactly: Devanagari reordering, Vietnamese marks, Hebrew") {
    // UDHR titles (../shared/corpus/intl/udhr-{hin,vie,heb}.txt).
    const std::string hindi = "मानव अधिकारों की सार्वभौम घोषणा";
    const std::string hindi2 = "प्रस्तावना हिन्दी";
    const std::string vietnamese = "Tuyên ngôn toàn thế giới về nhân quyền của Liên Hợp Quốc";
    const std::string hebrew = "הכרזה לכל באי עולם בדבר זכויות האדם";
    Builder b;
    b.page("1");
    text::ShapeRequest hi, vi, he;
    hi.language = "hi";
    vi.language = "vi";
    he.language = "he";
    b.line(hindi, 72, 100, 12, -1, hi);
    b.line(hindi2, 72, 130, 12, -1, hi);
    b.line(vietnamese, 72, 160, 12, -1, vi);
    b.line(hebrew, 72, 190, 12, -1, he);
    auto path = save("scripts.pdf", pdf::write_pdf(b.paged, metadata(), {0}));
    int status = -1;
    run("qpdf --check " + path + " >/dev/null 2>&1", &status);
    CHECK(status == 0);
    std::string text = strip_bidi_controls(run("pdftotext " + path + " -"));
    std::istringstream lines(text);
    std::vector<std::string> got;
    for (std::string l; std::getline(lines, l);) {
        if (!squeeze(l).empty()) got.push_back(squeeze(l));
    }
    REQUIRE(got.size() == 4);
    CHECK(got[0] == hindi);
    CHECK(got[1] == hindi2);
    CHECK(got[2] == vietnamese);
    CHECK(got[3] == hebrew);
}

TEST_CASE("letter-spaced runs are written with Tc and extract where the layout put them") {
    Builder b;
    const int p = b.element("P");
    b.page("1");
    b.line("Ishmael", 72, 100, 12, p);
    // Letter spacing as the line setter makes it: 0.5 pt after each advancing glyph.
    auto& word = std::get<layout::GlyphRun>(b.paged.pages.back().items.back());
    word.tracking = 0.5;
    for (std::size_t i = 0; i < word.glyphs.size(); ++i) word.glyphs[i].x += 0.5 * i;
    const auto& last = word.glyphs.back();
    const double right = word.x + last.x + last.advance;
    auto path = save("tracked.pdf", pdf::write_pdf(b.paged, metadata(), {0}));
    const std::string qdf_path = save("tracked-qdf.pdf", "");
    int status = -1;
    run("qpdf --qdf --object-streams=disable " + path + " " + qdf_path, &status);
    REQUIRE(status == 0);
    const std::string qdf = slurp(qdf_path);
    CHECK(qdf.find("\n.5 Tc") != std::string::npos);  // numbers in their shortest form
    // One string of seven glyphs: Tc spaces them, no glyph needs an adjustment of its own.
    const std::size_t array = qdf.find("[<");
    const std::size_t end = qdf.find("] TJ", array);
    REQUIRE(end != std::string::npos);
    CHECK(qdf.substr(array, end - array).find('>') == end - array - 1);
    // pdftotext sees the word where the layout put its glyphs.
    std::string bbox = run("pdftotext -bbox " + path + " -");
    const std::size_t found = bbox.find(">Ishmael<");
    REQUIRE(found != std::string::npos);
    const std::size_t x_max = bbox.rfind("xMax=\"", found);
    REQUIRE(x_max != std::string::npos);
    CHECK(std::stod(bbox.substr(x_max + 6)) == Approx(right).margin(0.3));
}

TEST_CASE("a long URL spanning many lines is written once, not once per link annotation") {
    // A 20 KB URL set over 200 lines: one annotation per line, all sharing one /URI action and
    // one /Contents (inline they made the file grow with lines × URL length: 56 MB for 40 KB).
    std::string url = "https://example.com/";
    for (int i = 0; url.size() < 20000; ++i) url += static_cast<char>('a' + (i * 7) % 26);
    Builder b;
    b.page("1");
    const int p = b.element("P");
    const int link = b.element("Link", p);
    const layout::SharedString shared(url);
    for (int i = 0; i < 200; ++i) {
        layout::LinkArea area{72, 40.0 + i * 3.5, 300, 3, shared};
        area.structure = link;
        b.paged.pages.back().items.emplace_back(area);
    }
    b.line("https://example.com/", 72, 40, 3, link);
    std::string pdf = pdf::write_pdf(b.paged, metadata(), {0});
    CHECK(pdf.size() < 200000);
    auto path = save("long-url.pdf", pdf);
    int status = -1;
    std::string check = run("qpdf --check " + path + " 2>&1", &status);
    INFO(check);
    CHECK(status == 0);
    // Every annotation still opens the whole URL.
    std::string urls = run("pdfinfo -url " + path);
    std::size_t found = 0;
    for (std::size_t at = urls.find(url); at != std::string::npos; at = urls.find(url, at + 1))
        ++found;
    CHECK(found == 200);
}

TEST_CASE("fill colour is set only when it changes, whatever spelling the layout gives it") {
    Builder b;
    const int p = b.element("P");
    b.page("1");
    b.line("black", 72, 100, 12, p);
    b.line("blue", 72, 120, 12, p, {}, "#1a0dab");
    b.line("blue", 72, 140, 12, p, {}, "#1A0DAB");  // the same colour, spelt otherwise
    b.line("black", 72, 160, 12, p, {}, "#000");
    auto path = save("colours.pdf", pdf::write_pdf(b.paged, metadata(), {0}));
    const std::string qdf_path = save("colours-qdf.pdf", "");
    int status = -1;
    run("qpdf --qdf --object-streams=disable --normalize-content=n " + path + " " + qdf_path,
        &status);
    REQUIRE(status == 0);
    const std::string qdf = slurp(qdf_path);
    std::vector<std::string> set;
    for (std::size_t at = qdf.find(" rg\n"); at != std::string::npos;
         at = qdf.find(" rg\n", at + 1)) {
        set.push_back(qdf.substr(qdf.rfind('\n', at) + 1, at - qdf.rfind('\n', at) - 1));
    }
    CHECK(set == std::vector<std::string>{".102 .051 .671", "0 0 0"});
}
