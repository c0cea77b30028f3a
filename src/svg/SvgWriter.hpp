// svg: a second page backend, next to pdf/, reading only the page model (page/): every page as
// SVG 1.1, glyphs drawn as their outlines (FreeType, from the font files the page model's
// FontTable names), rules as rectangles, pictures as embedded images, external links as <a>.
//   page::Document → SvgPageWriter (a page::PageSink) → one SVG file, pages stacked top to
//   bottom. A preview: no text layer, no structure.
#pragma once

#include <memory>
#include <string>

#include "page/PageSink.hpp"

namespace galley::svg {

/// A PageSink writing one SVG document: each page in its own nested <svg> viewport (its paper
/// size in points), the pages one under the other with a gap, on a grey ground. Glyph outlines
/// are written once each (<defs>) and drawn with <use>. Throws Error(Font) when a font file
/// cannot be read.
class SvgPageWriter final : public page::PageSink {
  public:
    SvgPageWriter();
    ~SvgPageWriter() override;
    SvgPageWriter(const SvgPageWriter&) = delete;
    SvgPageWriter& operator=(const SvgPageWriter&) = delete;

    /// Draws the page (its items are released afterwards).
    void page(page::Page&& page, const page::Document& context) override;
    /// Closes the document.
    void finish(const page::Document& document) override;
    /// The SVG file's bytes (after finish(); moved out).
    std::string take();

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// Points between two stacked pages.
inline constexpr double kPageGap = 12;

/// The pages of `paged` as one SVG file (see SvgPageWriter).
std::string write_svg(const page::Document& paged);

}  // namespace galley::svg
