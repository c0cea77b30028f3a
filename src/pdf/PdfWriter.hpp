// pdf: the last stage of the print path; reads only the page model (page/) plus metadata.
//   page::Document + doc::Metadata → write_pdf() → PDF bytes (PoDoFo 0.9.8 objects,
//   Type0/CIDFontType2 subset fonts with ToUnicode, hand-written content streams).
// PdfPageWriter takes the pages one by one (a page::PageSink): each page's content stream is
// written and compressed when the page arrives and the page's glyphs released; fonts are subset
// and the PDF objects assembled at finish().
#pragma once

#include <memory>
#include <string>

#include "doc/Document.hpp"
#include "page/PageSink.hpp"
#include "style/StyleSheet.hpp"

namespace galley::pdf {

/// The PDF standards a file claims (each only after galley's own checks of it pass).
struct PdfStandards {
    bool ua1 = false;  ///< PDF/UA-1 (ISO 14289-1): accessible tagged PDF
    bool a2u = false;  ///< PDF/A-2u (ISO 19005-2, level U): archival, Unicode text
};

/// Options that make output explicit and reproducible.
struct PdfOptions {
    /// Options with only the timestamp set (`{timestamp}`).
    PdfOptions(long long stamp = 0) : timestamp(stamp) {}  // NOLINT: implicit, as before
    long long timestamp = 0;  ///< creation/modification time, seconds since the epoch
                              ///< (from SOURCE_DATE_EPOCH, else derived from the input)
    double bleed = 0;         ///< print: points added to every page on each side (TrimBox = page)
    bool crop_marks = false;  ///< print: crop marks drawn outside the trim
    PdfStandards standards;   ///< standards to claim, checked before writing
};

/// The options a style asks for (`page.bleed`, `page.crop_marks`, `pdf.standard`).
PdfOptions pdf_options(const style::StyleSheet& style, long long timestamp);

/// A PageSink writing one PDF. Pages whose content depends on the complete glyph use (drawn
/// with a CFF font, whose character codes are the subset's glyph ids, or showing a glyph whose
/// text is not known yet) are kept whole until finish(); every other page keeps only its
/// compressed content stream, links and size. Throws Error on failure.
class PdfPageWriter final : public page::PageSink {
  public:
    /// A writer for a document described by `meta` (borrowed: it must outlive the writer).
    PdfPageWriter(const doc::Metadata& meta, const PdfOptions& options);
    ~PdfPageWriter() override;
    PdfPageWriter(const PdfPageWriter&) = delete;
    PdfPageWriter& operator=(const PdfPageWriter&) = delete;

    /// Records the page's glyph use and writes its content stream.
    void page(page::Page&& page, const page::Document& context) override;
    /// Subsets the fonts and assembles and serialises the PDF.
    void finish(const page::Document& document) override;
    /// The PDF file's bytes (after finish(); moved out).
    std::string take();
    /// Pages kept whole until finish() so far (see the class comment).
    std::size_t deferred_pages() const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// Serialises the pages as a PDF 1.7 file and returns its bytes, releasing each page of
/// `paged` once written. Throws Error on failure.
std::string write_pdf(page::Document&& paged, const doc::Metadata& meta, const PdfOptions& options);

/// As above, leaving `paged` as it is (each page is copied while it is written).
std::string write_pdf(const page::Document& paged, const doc::Metadata& meta,
                      const PdfOptions& options);

}  // namespace galley::pdf
