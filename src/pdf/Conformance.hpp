// pdf: galley's own conformance checks for the PDF standards it may claim (PDF/UA-1, PDF/A-2u),
// run on the finished PDF objects before the file is written. They cover the machine-checkable
// conditions of the Matterhorn Protocol 1.02 and of ISO 19005-2 that apply to what galley
// writes (README.md, "PDF standards", lists them); they are no substitute for veraPDF.
#pragma once

#include <string>
#include <vector>

#include "pdf/PdfWriter.hpp"

namespace PoDoFo {
class PdfMemDocument;
}  // namespace PoDoFo

namespace galley::pdf {

/// One failed condition.
struct ConformanceFailure {
    std::string standard;   ///< "PDF/UA-1" or "PDF/A-2u"
    std::string condition;  ///< Matterhorn checkpoint ("13-004") or ISO 19005-2 clause ("6.2.11.4")
    std::string detail;     ///< what is wrong and where, one line
};

/// What the checks read besides the objects: the uncompressed content stream of every page and
/// the XMP packet as written.
struct ConformanceInput {
    PdfStandards standards;                 ///< the standards to check
    std::vector<std::string> page_streams;  ///< one per page, uncompressed
    std::string xmp;                        ///< the catalog's /Metadata packet
    /// Glyphs shown that no ToUnicode entry maps ("font name: glyph id"), from the font embedder.
    std::vector<std::string> unmapped_glyphs;
};

/// Checks `doc` against `input.standards`; an empty result means every checked condition holds.
std::vector<ConformanceFailure> check_conformance(PoDoFo::PdfMemDocument& doc,
                                                  const ConformanceInput& input);

/// Checks the marked content of one content stream: every painting operator (text showing, path
/// painting, XObject) lies inside marked content, and BDC/BMC/EMC balance. Returns the problem
/// or empty.
std::string check_marked_content(const std::string& stream);

/// The XMP that identifies the standards: pdfaid:part/conformance, pdfuaid:part and, for PDF/A,
/// the extension schema that PDF/A requires for the pdfuaid namespace. Empty when none.
std::string standards_xmp(const PdfStandards& standards);

/// The sRGB profile that PDF/A's OutputIntent embeds (Debian's icc-profiles-free).
constexpr const char* kSrgbProfile = "/usr/share/color/icc/sRGB.icc";

/// "PDF/UA-1 and PDF/A-2u" style list of the standards asked for.
std::string standards_name(const PdfStandards& standards);

}  // namespace galley::pdf
