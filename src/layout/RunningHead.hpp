#pragma once

#include <string>
#include <vector>

#include "doc/Document.hpp"
#include "layout/PageBuilder.hpp"
#include "layout/PagedDocument.hpp"
#include "layout/ParagraphBuilder.hpp"
#include "style/StyleSheet.hpp"

namespace galley::layout {

/// Running heads and folios: on every page after the first, the left (even pages) or right (odd
/// pages) template of style.running_head with {title} and {author} filled in, and the page
/// number where the style puts it. Both are artifacts (structure -1), not part of the text.
class RunningHead {
  public:
    /// Heads for `meta` in `style`, set by `builder`, on pages laid out by `pages`.
    RunningHead(const style::StyleSheet& style, const doc::Metadata& meta,
                ParagraphBuilder& builder, const PageBuilder& pages);

    /// Adds heads and folios to every page of `pages` but the first.
    void apply(std::vector<Page>& pages);

    /// `pattern` with {title} and {author} replaced.
    static std::string fill(const std::string& pattern, const std::string& title,
                            const std::string& author);

  private:
    void add_line(Page& page, std::size_t index, const std::string& text, style::Align align,
                  double baseline);

    const style::StyleSheet& style_;
    const doc::Metadata& meta_;
    ParagraphBuilder& builder_;
    const PageBuilder& pages_;
};

}  // namespace galley::layout
