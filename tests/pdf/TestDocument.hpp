// Builds small laid-out documents by hand for the PDF tests: real text shaped by text::Shaper
// with the bundled fonts, placed line by line, plus helpers that run the PDF oracles.
#pragma once

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

#include "layout/PagedDocument.hpp"
#include "text/Shaper.hpp"

namespace galley::pdf::testing {

/// Text of each glyph: its cluster's text on the cluster's first glyph, "" on the others.
inline std::vector<std::string> glyph_texts(const text::ShapedRun& run) {
    std::vector<std::uint32_t> starts;
    for (const auto& g : run.glyphs) starts.push_back(g.cluster);
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    std::vector<bool> seen(starts.size(), false);
    std::vector<std::string> out(run.glyphs.size());
    for (std::size_t i = 0; i < run.glyphs.size(); ++i) {
        auto k = static_cast<std::size_t>(
            std::lower_bound(starts.begin(), starts.end(), run.glyphs[i].cluster) - starts.begin());
        std::size_t end = k + 1 < starts.size() ? starts[k + 1] : run.text.size();
        if (!seen[k]) {
            out[i] = run.text.substr(starts[k], end - starts[k]);
            seen[k] = true;
        }
    }
    return out;
}

/// A document under construction.
struct Builder {
    text::FontCatalog fonts{GALLEY_FONTS_DIR};
    text::GlyphUse use;
    text::Shaper shaper{fonts, use};
    Diagnostics diagnostics;
    layout::PagedDocument paged;

    /// Starts an A4 page with `label`.
    void page(const std::string& label) {
        layout::Page p;
        p.width = 595.276;
        p.height = 841.89;
        p.label = label;
        paged.pages.push_back(std::move(p));
    }

    /// Sets `text` on one line at (x, y); returns the line's width. Runs go left to right in the
    /// order the shaper gives them (fine for single-direction lines).
    double line(const std::string& text, double x, double y, double size = 11, int structure = -1,
                text::ShapeRequest request = {}, const std::string& color = "#000000") {
        const auto& runs = shaper.shape(text, request, "test");
        double pen = x;
        for (const auto& r : runs) {
            layout::GlyphRun run;
            run.font = paged.fonts.add(layout::font_entry(*r.face));
            run.size = size;
            run.x = pen;
            run.y = y;
            run.color = color;
            run.structure = structure;
            const double scale = size / r.face->units_per_em();
            double at = 0;
            const std::vector<std::string> texts = glyph_texts(r);
            for (std::size_t i = 0; i < r.glyphs.size(); ++i) {
                const auto& g = r.glyphs[i];
                layout::PlacedGlyph pg;
                pg.gid = static_cast<std::uint16_t>(g.gid);
                pg.x = at + g.x_offset * scale;
                pg.y = static_cast<float>(-g.y_offset * scale);
                pg.advance = static_cast<float>(g.x_advance * scale);
                run.add(pg, texts[i]);
                at += g.x_advance * scale;
            }
            pen += at;
            paged.pages.back().items.emplace_back(std::move(run));
        }
        return pen - x;
    }

    /// Adds a structure element and returns its index.
    int element(const std::string& role, int parent = -1) {
        paged.structure.push_back({role, parent, {}});
        return static_cast<int>(paged.structure.size()) - 1;
    }
};

/// The folder test outputs go to: one per test process under the system's temporary folder,
/// removed when the process ends, so running a test binary leaves nothing behind.
inline const std::filesystem::path& output_dir() {
    struct Folder {
        std::filesystem::path path = std::filesystem::temp_directory_path() /
                                     ("galley-test-pdf-" + std::to_string(::getpid()));
        Folder() { std::filesystem::create_directories(path); }
        ~Folder() {
            std::error_code ec;
            std::filesystem::remove_all(path, ec);
        }
    };
    static const Folder folder;
    return folder.path;
}

/// Writes `bytes` to `name` in output_dir() and returns the path.
inline std::string save(const std::string& name, const std::string& bytes) {
    const std::string path = (output_dir() / name).string();
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

/// The bytes of a file ("" when missing).
inline std::string slurp(const std::string& name) {
    std::ifstream in(name, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

/// Runs a shell command; returns its standard output, `status` gets the exit status.
inline std::string run(const std::string& command, int* status = nullptr) {
    std::string out;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return out;
    char buffer[4096];
    std::size_t n;
    while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
    int rc = pclose(pipe);
    if (status) *status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
    return out;
}

/// Removes the bidi embedding controls U+202A–U+202E (UTF-8 E2 80 AA–AE).
inline std::string strip_bidi_controls(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (i + 2 < s.size() && s[i] == '\xE2' && s[i + 1] == '\x80' &&
            static_cast<unsigned char>(s[i + 2]) >= 0xAA &&
            static_cast<unsigned char>(s[i + 2]) <= 0xAE) {
            i += 2;
            continue;
        }
        out += s[i];
    }
    return out;
}

/// Collapses runs of whitespace to one space and trims.
inline std::string squeeze(const std::string& s) {
    std::string out;
    bool space = false;
    for (char c : s) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r') {
            space = !out.empty();
        } else {
            if (space) out += ' ';
            space = false;
            out += c;
        }
    }
    return out;
}

}  // namespace galley::pdf::testing
