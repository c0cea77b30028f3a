#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/Diagnostics.hpp"
#include "doc/Document.hpp"
#include "present/TitleBlock.hpp"
#include "style/StyleSheet.hpp"

namespace galley::epub {

class PageBreaks;

/// One XHTML content document of the book.
struct ContentDocument {
    std::string id;     ///< manifest id ("title-page", "article", "article-2")
    std::string href;   ///< path relative to the OPF ("article.xhtml")
    std::string xhtml;  ///< the serialised document
};

/// One heading of the article, for the navigation documents.
struct TocEntry {
    int level = 1;      ///< 1..3, as in doc::Heading
    std::string label;  ///< plain text of the heading
    std::string href;   ///< "article.xhtml#h-1-intro"
};

/// Told about every run of visible text written, with the style it is shown in (bold/italic
/// already combined with em/strong), so the fonts that draw it can be embedded.
using TextObserver = std::function<void(std::string_view text, const style::TextStyle& style,
                                        bool bold, bool italic)>;

/// Serialised size past which the article is split into several files (at headings when possible):
/// reading systems slow down or fail on very large XHTML files.
inline constexpr std::size_t kMaxContentBytes = 250 * 1024;

using present::display_title;

/// The href of the stylesheet, relative to the content documents.
inline constexpr const char* kStylesheetHref = "styles/styles.css";

/// How an article's files are named and headed.
struct ArticleOptions {
    std::string name = "article";       ///< id of the first file; the others get "-2", "-3"...
    bool title_header = false;          ///< start with the article's title block (in a book)
    PageBreaks* page_breaks = nullptr;  ///< print page markers to place (resolved at the end)
};

/// How a title block line is written: its element, class and text style.
struct TitleLineStyle {
    const char* element;           ///< "h1" or "p"
    const char* cls;               ///< "title", "subtitle", "byline", "dateline"...
    const style::TextStyle* text;  ///< the style it is shown in
};

/// The element, class and style of a title block line of `field` in `style`.
TitleLineStyle title_line_style(present::Field field, const style::StyleSheet& style);

/// Turns the document model into XHTML: a title page from the metadata and the article body,
/// using the selectors style::generate_css styles (see Css.hpp).
class XhtmlWriter {
  public:
    /// A writer for `document`; `observer` (may be empty) sees every visible text run.
    XhtmlWriter(const doc::Document& document, const style::StyleSheet& style,
                TextObserver observer, Diagnostics& diagnostics);
    /// The writer keeps references: temporaries would dangle.
    XhtmlWriter(doc::Document&&, const style::StyleSheet&, TextObserver, Diagnostics&) = delete;

    /// title.xhtml: section.titlepage with the lines of present::title_block() in order
    /// (h1.title, p.subtitle, p.byline, p.publisher, p.dateline, p.date).
    ContentDocument title_page(PageBreaks* page_breaks = nullptr);

    /// The article as one or more files of at most about `max_bytes` each; `headings` receives
    /// every heading with its href, in order.
    std::vector<ContentDocument> article(std::vector<TocEntry>& headings,
                                         std::size_t max_bytes = kMaxContentBytes,
                                         const ArticleOptions& options = {});

  private:
    const doc::Document& document_;
    const style::StyleSheet& style_;
    TextObserver observer_;
    Diagnostics& diagnostics_;
};

}  // namespace galley::epub
