// pdf: the last stage of the print path; reads only laid-out pages plus metadata.
//   layout::PagedDocument + doc::Metadata → write_pdf() → PDF bytes (PoDoFo 0.9.8 objects,
//   Type0/CIDFontType2 subset fonts with ToUnicode, hand-written content streams).
#pragma once

#include <string>

#include "doc/Document.hpp"
#include "layout/PagedDocument.hpp"

namespace galley::pdf {

/// Options that make output explicit and reproducible.
struct PdfOptions {
    long long timestamp = 0;  ///< creation/modification time, seconds since the epoch
                              ///< (from SOURCE_DATE_EPOCH, else derived from the input)
};

/// Serialises the pages as a PDF 1.7 file and returns its bytes. Throws Error on failure.
std::string write_pdf(const layout::PagedDocument& paged, const doc::Metadata& meta,
                      const PdfOptions& options);

}  // namespace galley::pdf
