#include "epub/EpubWriter.hpp"

#include <optional>

#include "epub/Assembly.hpp"
#include "epub/FigureWriter.hpp"
#include "epub/FontEmbedder.hpp"
#include "epub/NavWriter.hpp"
#include "epub/Page.hpp"
#include "epub/PageBreaks.hpp"
#include "epub/XhtmlWriter.hpp"
#include "present/Identifier.hpp"
#include "present/Labels.hpp"

namespace galley::epub {

bool is_language_tag(const std::string& tag) {
    // [A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*, checked in one pass (no std::regex: it recurses per
    // character and overflows the stack on long input).
    auto alpha = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
    auto alnum = [&](char c) { return alpha(c) || (c >= '0' && c <= '9'); };
    std::size_t start = 0;
    for (bool first = true;; first = false) {
        std::size_t end = tag.find('-', start);
        if (end == std::string::npos) end = tag.size();
        const std::size_t length = end - start;
        if (length < (first ? 2u : 1u) || length > 8) return false;
        for (std::size_t i = start; i < end; ++i)
            if (!(first ? alpha(tag[i]) : alnum(tag[i]))) return false;
        if (end == tag.size()) return true;
        start = end + 1;
    }
}

std::string write_epub(const doc::Document& input, const style::StyleSheet& style,
                       const text::FontCatalog& fonts, const EpubOptions& options,
                       Diagnostics& diagnostics) {
    // Every content document needs a well-formed language tag; the reader always sets one,
    // but a tag from the command line may be malformed.
    doc::Document fallback;
    const doc::Document* document = &input;
    std::string language = checked_language(input.meta.language, input.meta.source, diagnostics);
    if (language != input.meta.language) {
        fallback = input;
        fallback.meta.language = language;
        document = &fallback;
    }
    const doc::Metadata& meta = document->meta;
    std::string identifier = options.identifier.empty() ? present::publication_identifier(*document)
                                                        : options.identifier;
    present::Labels labels = present::labels_for(meta.language);

    FontEmbedder embedder(fonts, meta.language, meta.source);
    TextObserver observer = [&](std::string_view text, const style::TextStyle& ts, bool bold,
                                bool italic) { embedder.add(text, ts, bold, italic); };

    XhtmlWriter xhtml(*document, style, observer, diagnostics);
    std::optional<PageBreaks> pages;
    if (options.page_list != nullptr && options.page_list->present())
        pages.emplace(*options.page_list, 0);
    PageBreaks* page_breaks = pages ? &*pages : nullptr;
    Publication publication;
    std::string cover_href;
    if (options.cover != nullptr && options.cover->present()) {
        // The cover image (EPUB 3 cover-image, EPUB 2 meta name="cover") on a page of its own,
        // first in reading order, as a book's.
        const present::CoverImage& cover = *options.cover;
        const std::string href = "images/cover." + cover.extension;
        publication.resources.push_back(
            {{"cover-image", href, cover.media_type, "cover-image", false}, cover.bytes});
        publication.package.cover_id = "cover-image";
        const std::string title = display_title(meta);
        Page page(meta.language, title, "frontmatter", "cover", "cover", style, observer);
        page.image(href, options.cover_alt.empty() ? title : options.cover_alt, cover.width,
                   cover.height);
        cover_href = "cover.xhtml";
        if (page_breaks != nullptr) page_breaks->mark_cover(page.section(), cover_href);
        publication.spine.push_back(page.finish("cover", cover_href));
    }
    publication.spine.push_back(xhtml.title_page(page_breaks));
    std::vector<TocEntry> headings;
    ArticleOptions article_options;
    article_options.page_breaks = page_breaks;
    std::vector<ContentDocument> article =
        xhtml.article(headings, kMaxContentBytes, article_options);

    Navigation nav{identifier,
                   display_title(meta),
                   meta.authors,
                   meta.language,
                   publication.spine[cover_href.empty() ? 0 : 1].href,
                   article.front().href,
                   headings,
                   labels,
                   {},
                   cover_href,
                   {}};
    if (pages) {
        nav.page_list = pages->targets();
        publication.package.page_source = options.page_list->source;
    }
    publication.nav_xhtml = write_nav(nav, style, observer);
    publication.ncx = write_ncx(nav);
    for (ContentDocument& file : article) publication.spine.push_back(std::move(file));

    for (auto& resource : figure_resources(*document, ArticleOptions{}.name))
        publication.resources.push_back(std::move(resource));
    publication.package.identifier = identifier;
    publication.package.title = nav.title;
    publication.package.meta = meta;
    return assemble(publication, embedder, style, options, diagnostics);
}

}  // namespace galley::epub
