#pragma once

#include <string>
#include <vector>

#include "epub/PageBreaks.hpp"
#include "epub/XhtmlWriter.hpp"
#include "present/Labels.hpp"

namespace galley::epub {

/// One node of the table of contents tree.
struct TocNode {
    std::string label;              ///< the text shown
    std::string href;               ///< the target
    std::vector<TocNode> children;  ///< sub-entries
    std::string language;  ///< the entry's language (a book's article), "" = the document's
};

/// What both navigation documents list: the title page, then the headings nested by level.
struct Navigation {
    std::string identifier;             ///< the OPF unique identifier (NCX dtb:uid)
    std::string title;                  ///< book title: the first entry, and the NCX docTitle
    std::vector<std::string> authors;   ///< NCX docAuthor entries
    std::string language;               ///< BCP 47 language of the book
    std::string title_href;             ///< the title page ("title.xhtml")
    std::string start_href;             ///< the first body file ("article.xhtml")
    std::vector<TocEntry> headings;     ///< headings in reading order
    present::Labels labels;             ///< words for "Contents", landmarks...
    std::vector<TocNode> entries;       ///< a book's top-level entries; empty = toc_tree()
    std::string cover_href;             ///< the cover page ("cover.xhtml"), "" = no cover
    std::vector<PageTarget> page_list;  ///< print pages: a page-list nav and an NCX pageList
};

/// The title entry with the headings nested below it by level (a skipped level nests one
/// deeper, never more); headings with an empty label are left out.
TocNode toc_tree(const Navigation& nav);

/// The top-level entries of both navigation documents: nav.entries when given, else the one
/// tree of toc_tree().
std::vector<TocNode> toc_roots(const Navigation& nav);

/// The EPUB 3 navigation document (nav.xhtml): a toc nav, a hidden landmarks nav (titlepage,
/// bodymatter) and, with print pages, a hidden page-list nav. `observer` sees the visible text, in
/// the body style of `style`.
std::string write_nav(const Navigation& nav, const style::StyleSheet& style,
                      const TextObserver& observer);

/// The EPUB 2 NCX (toc.ncx) with the same entries, dtb:uid = nav.identifier and playOrder in
/// reading order.
std::string write_ncx(const Navigation& nav);

}  // namespace galley::epub
