// The PDF writer as a page sink (page::PageSink): pages are written as they come and released;
// only pages whose content needs the complete glyph use wait for the end.
#include <catch2/catch.hpp>

#include <string>

#include "TestDocument.hpp"
#include "pdf/PdfWriter.hpp"

using namespace galley;
using namespace galley::pdf::testing;

namespace {

doc::Metadata metadata() {
    doc::Metadata m;
    m.title = "Streaming";
    m.language = "en";
    m.source = "streaming.txt";
    return m;
}

/// The PDF `paged` gives through a PdfPageWriter; `deferred` gets the pages it held back.
std::string stream(layout::PagedDocument paged, std::size_t& deferred) {
    const doc::Metadata meta = metadata();
    pdf::PdfPageWriter writer(meta, {0});
    page::send(std::move(paged), writer);
    deferred = writer.deferred_pages();
    return writer.take();
}

/// The uncompressed content of a PDF (qpdf --qdf), "" when qpdf fails.
std::string qdf_of(const std::string& name, const std::string& pdf) {
    const std::string path = save(name + ".pdf", pdf);
    const std::string out = (output_dir() / (name + "-qdf.pdf")).string();
    int status = -1;
    run("qpdf --qdf --object-streams=disable --normalize-content=n " + path + " " + out, &status);
    return status == 0 ? slurp(out) : std::string();
}

}  // namespace

TEST_CASE("TrueType pages are written as they come; the bytes equal the copying writer's") {
    Builder b;
    const int p = b.element("P");
    for (int i = 1; i <= 3; ++i) {
        b.page(std::to_string(i));
        b.line("Call me Ishmael, page " + std::to_string(i) + ".", 72, 100, 11, p);
    }
    const std::string copied = pdf::write_pdf(b.paged, metadata(), {0});
    std::size_t deferred = 99;
    const std::string streamed = stream(b.paged, deferred);
    CHECK(deferred == 0);
    CHECK(streamed == copied);
    CHECK(pdf::write_pdf(layout::PagedDocument(b.paged), metadata(), {0}) == copied);
    int status = -1;
    run("qpdf --check " + save("streamed.pdf", streamed) + " >/dev/null 2>&1", &status);
    CHECK(status == 0);
}

TEST_CASE("a page drawn with a CFF font waits for the subset; the others do not") {
    Builder b;
    const int p = b.element("P");
    text::ShapeRequest ja;
    ja.language = "ja";
    b.page("1");
    b.line("Latin first.", 72, 100, 11, p);
    b.page("2");
    b.line("人類社会のすべての構成員", 72, 100, 12, p, ja);
    b.page("3");
    b.line("Latin again.", 72, 100, 11, p);
    std::size_t deferred = 0;
    const std::string pdf = stream(b.paged, deferred);
    CHECK(deferred == 1);
    const std::string path = save("cff-deferred.pdf", pdf);
    int status = -1;
    run("qpdf --check " + path + " >/dev/null 2>&1", &status);
    CHECK(status == 0);
    CHECK(squeeze(run("pdftotext -f 2 -l 2 " + path + " -")) == "人類社会のすべての構成員");
}

TEST_CASE("a glyph first shown without its text waits until its text is known") {
    // Page 1 shows glyph "a" as a text-less glyph (as a mark would be); page 2 shows it for "a".
    // The ToUnicode entry of the glyph is "a", so page 1 must say with /ActualText that its
    // glyph stands for nothing: known only after page 2, so page 1 is written at the end.
    auto textless_first = [](bool later_text) {
        Builder b;
        const int p = b.element("P");
        b.page("1");
        b.line("a", 72, 100, 11, p);
        auto& run = std::get<layout::GlyphRun>(b.paged.pages[0].items.back());
        REQUIRE(run.glyphs.size() == 1);
        run.glyphs[0].text_size = 0;
        run.text.clear();
        if (later_text) {
            b.page("2");
            b.line("a", 72, 100, 11, p);
        }
        return b.paged;
    };
    std::size_t deferred = 0;
    const std::string with_text =
        qdf_of("textless-then-text", stream(textless_first(true), deferred));
    CHECK(deferred == 1);
    REQUIRE_FALSE(with_text.empty());
    CHECK(with_text.find("/Span <</ActualText <FEFF>>> BDC") != std::string::npos);

    const std::string never = qdf_of("textless-only", stream(textless_first(false), deferred));
    REQUIRE_FALSE(never.empty());
    CHECK(never.find("/ActualText") == std::string::npos);  // its ToUnicode says "" already
}
