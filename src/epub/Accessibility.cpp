#include "epub/Accessibility.hpp"

namespace galley::epub {

std::string accessibility_summary(bool cover, bool figures) {
    if (figures)
        return "This publication is text with images (figures, each with a text alternative and "
               "most with a caption" +
               std::string(cover ? ", and a cover image with a text alternative" : "") +
               "), and has no audio or video. Its content is structured with headings, paragraphs "
               "and lists in a logical reading order, it has a navigable table of contents, it "
               "declares its language, it sets no text or background colour, and reading systems "
               "may change its fonts, sizes and colours. It has not been evaluated against WCAG.";
    return std::string(cover ? "This publication is text apart from its cover image, which has a "
                               "text alternative, and has no audio or video. Its content is "
                             : "This publication is text only, without images, audio or "
                               "video. Its content is ") +
           "structured with headings, paragraphs and lists in a logical reading order, it has a "
           "navigable table of contents, it declares its language, it sets no text or background "
           "colour, and reading systems may change its fonts, sizes and colours. It has not been "
           "evaluated against WCAG.";
}

std::vector<std::pair<std::string, std::string>> accessibility_metadata(bool cover, bool figures) {
    const bool images = cover || figures;
    std::vector<std::pair<std::string, std::string>> out;
    out.emplace_back("schema:accessMode", "textual");
    if (images) out.emplace_back("schema:accessMode", "visual");
    // The images' alternative texts carries what it shows: text alone is always sufficient.
    out.emplace_back("schema:accessModeSufficient", "textual");
    for (const char* feature :
         {"structuralNavigation", "tableOfContents", "readingOrder", "displayTransformability"})
        out.emplace_back("schema:accessibilityFeature", feature);
    if (images) out.emplace_back("schema:accessibilityFeature", "alternativeText");
    out.emplace_back("schema:accessibilityHazard", "none");
    out.emplace_back("schema:accessibilitySummary", accessibility_summary(cover, figures));
    return out;
}

}  // namespace galley::epub
