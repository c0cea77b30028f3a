// epub: print page numbers. Page-break markers (<span epub:type="pagebreak" role="doc-pagebreak"
// aria-label="LABEL"/>) inserted where each page of a paginated edition (the PDF) starts, found
// again from present::PageList's word positions, and the entries of the page-list navigation.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include <tinyxml2.h>

#include "present/PageList.hpp"

namespace galley::epub {

/// One entry of the page-list navigation.
struct PageTarget {
    std::string label;  ///< the page's label
    std::string href;   ///< "article.xhtml#page-3"
};

/// Places the markers of one article's pages as its XHTML is built, in reading order: the title
/// page's first, then each top-level block's; pages whose place was not found go at the end.
class PageBreaks {
  public:
    /// Markers for the pages of `list` whose article is `article` (-1: a book's front matter).
    PageBreaks(const present::PageList& list, int article);

    /// Marks the cover's pages at the end of `parent` (the cover page's section), which becomes
    /// the file `href`.
    void mark_cover(tinyxml2::XMLElement* parent, const std::string& href);

    /// Marks the pages that start in the title block at the end of `parent` (the title page's
    /// section), which becomes the file `href`.
    void mark_title(tinyxml2::XMLElement* parent, const std::string& href);

    /// Marks the pages starting in top-level block `top` (`index`-th), whose blocks (pre-order,
    /// from block `first`) were written as `elements` (null for one that wrote none) into
    /// `root`; pages starting before `first` (in blocks that wrote nothing) go first in `root`.
    void mark_block(tinyxml2::XMLNode* root, const std::vector<tinyxml2::XMLElement*>& elements,
                    int first, std::size_t index);

    /// Marks every page not marked yet at the end of `root` (top-level block `index`).
    void mark_rest(tinyxml2::XMLNode* root, std::size_t index);

    /// Makes the page-list entries of the pages marked, the top-level blocks' files named by
    /// `href_of(index)`.
    void resolve(const std::function<std::string(std::size_t)>& href_of);
    /// The page-list entries made by resolve().
    const std::vector<PageTarget>& targets() const { return targets_; }

    /// Marks not placed yet (after mark_rest: none).
    bool pending() const { return next_ < pages_.size(); }

  private:
    struct Mark {
        std::string label;
        present::TextPosition position;
        bool end = false;  // no running text after it: the end of the article
        std::string id;
        std::size_t top = 0;  // the top-level block it is in
        std::string href;     // its file when not a top-level block's (the cover, the title page)
    };
    tinyxml2::XMLElement* marker(tinyxml2::XMLDocument& xml, Mark& mark);
    /// Marks the next pages starting before block `below` at the end of `parent` (file `href`).
    void mark_page(tinyxml2::XMLElement* parent, const std::string& href, int below);

    std::vector<Mark> pages_;
    std::size_t next_ = 0;
    std::vector<PageTarget> targets_;
};

/// Inserts `marker` into `element`'s text before word `word` (0-based) or, when that word is in
/// a script written without spaces (CJK, Thai...), `offset` characters into it; at the end when
/// the text has fewer words. A <br> separates words as a space does.
void insert_at_word(tinyxml2::XMLElement* element, std::uint32_t word, std::uint32_t offset,
                    tinyxml2::XMLElement* marker);

/// Appends the hidden page-list nav (epub:type page-list, role doc-pagelist) of `pages` to the
/// navigation document's `body`, its heading in `language` (or English, marked as such).
void write_page_list(tinyxml2::XMLElement* body, const std::vector<PageTarget>& pages,
                     const std::string& language);

/// Appends the NCX pageList of `pages` to `ncx`, continuing the play order from `order`.
void write_ncx_page_list(tinyxml2::XMLElement* ncx, const std::vector<PageTarget>& pages,
                         const std::string& language, int& order);

/// The largest page label that is a number (the NCX dtb:maxPageNumber), 0 when none is.
int max_page_number(const std::vector<PageTarget>& pages);

}  // namespace galley::epub
