// The DPUB-ARIA role matching an epub:type, as the EPUB Type to ARIA Role Authoring Guide 1.1
// maps them, for the types galley writes.
#pragma once

#include <string_view>

namespace galley::epub {

/// The ARIA role for `epub_type` on an element named `element`, or "" when the type has no
/// role (titlepage, frontmatter, bodymatter, backmatter, landmarks) or the role is not allowed
/// on that element (doc-cover only on img; the section roles on section, nav roles on nav).
constexpr const char* aria_role(std::string_view epub_type, std::string_view element) {
    const bool section = element == "section" || element == "div" || element == "aside";
    if (epub_type == "chapter" && section) return "doc-chapter";
    if (epub_type == "part" && section) return "doc-part";
    if (epub_type == "colophon" && section) return "doc-colophon";
    if (epub_type == "cover" && element == "img") return "doc-cover";
    if (epub_type == "toc" && (element == "nav" || section)) return "doc-toc";
    if (epub_type == "pagebreak" && (element == "span" || element == "div" || element == "hr"))
        return "doc-pagebreak";
    if (epub_type == "page-list" && (element == "nav" || section)) return "doc-pagelist";
    return "";
}

}  // namespace galley::epub
