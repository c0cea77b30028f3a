#pragma once

#include <string>
#include <vector>

#include "doc/Document.hpp"

namespace galley::pdf {

/// A PDF date string ("D:20221108093000Z") for seconds since the epoch, always in UTC.
std::string pdf_date(long long epoch_seconds);

/// The keywords as one string for Info /Keywords and XMP pdf:Keywords ("a, b"; "" when none).
std::string keywords_text(const doc::Metadata& meta);

/// The XMP metadata packet (dc:title, dc:identifier when meta.identifier is set — the caller
/// gives the one the EPUB states, present::publication_identifier —, dc:creator,
/// dc:description, dc:subject, dc:date (a W3C date, as the OPF's), dc:language, xmp dates,
/// pdf:Keywords, pdf:Producer) for the document; plain UTF-8 XML, identical for identical input.
std::string xmp_packet(const doc::Metadata& meta, long long epoch_seconds,
                       const std::string& creator_tool, const std::string& producer);

/// One /PageLabels range: from page `start` on, numbers in `style` ('D' decimal, 'r'/'R' roman,
/// 0 = none) counting from `first`, after the literal `prefix`.
struct PageLabelRange {
    int start = 0;       ///< 0-based index of the first page of the range
    char style = 'D';    ///< 'D', 'r', 'R', or 0 for a prefix-only label
    int first = 1;       ///< number shown on the range's first page
    std::string prefix;  ///< literal text (used for labels that are not plain numbers)
};

/// The fewest ranges that reproduce `labels` (one per page; empty labels count as decimal page
/// numbers continuing the previous range).
std::vector<PageLabelRange> page_label_ranges(const std::vector<std::string>& labels);

/// UTF-8 → UTF-16BE with a byte-order mark, as hex digits ("FEFF0041..."), for /ActualText and
/// ToUnicode targets. Invalid bytes become U+FFFD.
std::string utf16be_hex(const std::string& utf8, bool bom);

/// Decodes UTF-8 into code points (invalid bytes become U+FFFD).
std::u32string decode_utf8(const std::string& utf8);

}  // namespace galley::pdf
