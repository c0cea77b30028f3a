// bench_pdf_writer: times pdf::write_pdf on laid-out documents of 300 to 10000 A4 pages (45 lines
// of Moby-Dick each, one paragraph element per page, a folio artifact). Not a test: prints
// milliseconds and microseconds per page, which stay flat when writing scales linearly.
// Usage: bench_pdf_writer [max-pages]   (default 10000; fonts from galley's data dir)
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "base/Diagnostics.hpp"
#include "base/File.hpp"
#include "layout/PagedDocument.hpp"
#include "pdf/PdfWriter.hpp"
#include "text/Shaper.hpp"

using namespace galley;

namespace {

/// One shaped line as glyph runs at (x, y); each cluster's text on its first glyph.
std::vector<layout::GlyphRun> shape_line(text::Shaper& shaper, page::FontTable& fonts,
                                         const std::string& line, double x, double y, double size,
                                         int structure) {
    std::vector<layout::GlyphRun> out;
    double pen = x;
    for (const auto& r : shaper.shape(line, {}, "bench")) {
        layout::GlyphRun run;
        run.font = fonts.add(layout::font_entry(*r.face));
        run.size = size;
        run.x = pen;
        run.y = y;
        run.color = "#000000";
        run.structure = structure;
        const double scale = size / r.face->units_per_em();
        double at = 0;
        for (std::size_t i = 0; i < r.glyphs.size(); ++i) {
            const auto& g = r.glyphs[i];
            layout::PlacedGlyph pg;
            pg.gid = static_cast<std::uint16_t>(g.gid);
            pg.x = at + g.x_offset * scale;
            pg.y = static_cast<float>(-g.y_offset * scale);
            pg.advance = static_cast<float>(g.x_advance * scale);
            std::string_view glyph_text;
            if (i == 0 || r.glyphs[i - 1].cluster != g.cluster) {
                std::size_t end = r.text.size();
                for (std::size_t k = i + 1; k < r.glyphs.size(); ++k) {
                    if (r.glyphs[k].cluster != g.cluster) {
                        end = r.glyphs[k].cluster;
                        break;
                    }
                }
                if (end > g.cluster)
                    glyph_text = std::string_view(r.text).substr(g.cluster, end - g.cluster);
            }
            run.add(pg, glyph_text);
            at += g.x_advance * scale;
        }
        pen += at;
        out.push_back(std::move(run));
    }
    return out;
}

layout::PagedDocument build(int pages, text::Shaper& shaper) {
    const std::string text = "Call me Ishmael. Some years ago, never mind how long precisely,";
    layout::PagedDocument paged;
    for (int p = 0; p < pages; ++p) {
        paged.structure.push_back({"P", -1, {}});
        layout::Page page;
        page.width = 595.276;
        page.height = 841.89;
        page.label = std::to_string(p + 1);
        for (int l = 0; l < 45; ++l) {
            for (auto& run : shape_line(shaper, paged.fonts, text, 72, 72 + l * 15.0, 11, p))
                page.items.emplace_back(std::move(run));
        }
        for (auto& run : shape_line(shaper, paged.fonts, std::to_string(p + 1), 290, 800, 9, -1))
            page.items.emplace_back(std::move(run));
        paged.pages.push_back(std::move(page));
    }
    paged.outline.push_back({"Loomings", 1, 0, 72});
    return paged;
}

}  // namespace

int main(int argc, char** argv) {
    const int max_pages = argc > 1 ? std::atoi(argv[1]) : 10000;
    text::FontCatalog fonts(data_dir() / "fonts");
    text::GlyphUse use;
    text::Shaper shaper(fonts, use);
    doc::Metadata meta;
    meta.title = "Moby-Dick; or, The Whale";
    meta.language = "en";
    std::printf("%8s %10s %12s %10s\n", "pages", "ms", "us/page", "KiB");
    for (int pages : {300, 1000, 3000, 10000}) {
        if (pages > max_pages) break;
        layout::PagedDocument paged = build(pages, shaper);
        auto start = std::chrono::steady_clock::now();
        std::string pdf = pdf::write_pdf(paged, meta, {0});
        double ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count();
        std::printf("%8d %10.1f %12.1f %10zu\n", pages, ms, ms * 1000.0 / pages, pdf.size() / 1024);
    }
    return 0;
}
