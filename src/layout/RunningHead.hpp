#pragma once

#include <string>
#include <vector>

#include "doc/Document.hpp"
#include "layout/PageBuilder.hpp"
#include "layout/PagedDocument.hpp"
#include "layout/ParagraphBuilder.hpp"
#include "style/StyleSheet.hpp"

namespace galley::layout {

/// Running heads and folios: on every page after an article's first, the left (even pages) or
/// right (odd pages) template of style.running_head with {title} and {author} filled in, and the
/// page number where the style puts it. Both are artifacts (structure -1), not part of the text.
class RunningHead {
  public:
    /// Heads in `style`, set by `builder`, in the columns of pages laid out by `pages`.
    RunningHead(const style::StyleSheet& style, ParagraphBuilder& builder,
                const PageBuilder& pages);

    /// Adds the heads of the article `meta` and folios to every page of `pages` but the first.
    void apply(std::vector<Page>& pages, const doc::Metadata& meta);
    /// The same for one page, the 0-based `index` in the article (nothing on the first).
    void apply(Page& page, std::size_t index, const doc::Metadata& meta);

    /// Adds to `page` (0-based `index` in the whole document, for its column) the head `text` in
    /// `language` (nothing when empty) and, when `folio`, its label as the page number; `verso`
    /// says whether it is a left-hand page (the folio goes to the outer edge).
    void decorate(Page& page, std::size_t index, bool verso, const std::string& text,
                  const std::string& language, bool folio);

    /// `pattern` with {title} and {author} replaced; with no author, a head of {author} alone
    /// takes the title, and separators left dangling by an empty part are dropped.
    static std::string fill(const std::string& pattern, const std::string& title,
                            const std::string& author);

  private:
    void add_line(Page& page, std::size_t index, const std::string& text,
                  const std::string& language, style::Align align, double baseline);

    const style::StyleSheet& style_;
    ParagraphBuilder& builder_;
    const PageBuilder& pages_;
};

}  // namespace galley::layout
