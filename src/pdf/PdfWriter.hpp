// pdf: the last stage of the print path; reads only laid-out pages plus metadata.
//   layout::PagedDocument + doc::Metadata → write_pdf() → PDF bytes (PoDoFo 0.9.8 objects,
//   Type0/CIDFontType2 subset fonts with ToUnicode, hand-written content streams).
#pragma once

#include <string>

#include "doc/Document.hpp"
#include "layout/PagedDocument.hpp"
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

/// Serialises the pages as a PDF 1.7 file and returns its bytes. Throws Error on failure.
std::string write_pdf(const layout::PagedDocument& paged, const doc::Metadata& meta,
                      const PdfOptions& options);

}  // namespace galley::pdf
