#include "epub/BookWriter.hpp"

#include <cstdio>
#include <optional>

#include "base/Error.hpp"
#include "epub/Assembly.hpp"
#include "epub/FigureWriter.hpp"
#include "epub/FontEmbedder.hpp"
#include "epub/NavWriter.hpp"
#include "epub/Page.hpp"
#include "epub/PageBreaks.hpp"
#include "epub/XhtmlWriter.hpp"
#include "epub/Xml.hpp"

namespace galley::epub {

namespace {

/// The manifest id of article `n` (1-based): "a001", "a002"... in reading order.
std::string article_name(std::size_t n) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "a%03zu", n);
    return buffer;
}

}  // namespace

std::string write_book_epub(const present::BookInfo& info,
                            const std::vector<present::BookPart>& parts,
                            const style::StyleSheet& style, const text::FontCatalog& fonts,
                            const EpubOptions& options, Diagnostics& diagnostics) {
    const doc::Metadata& given = info.meta;
    std::size_t count = 0;
    for (const present::BookPart& part : parts) count += part.articles.size();
    if (count == 0) throw Error(ErrorCode::InputInvalid, given.source, "the book has no article");

    doc::Metadata meta = given;
    meta.language = checked_language(given.language, given.source, diagnostics);
    present::BookInfo checked = info;
    checked.meta.language = meta.language;
    const present::BookFrontMatter front = present::book_front_matter(checked, parts);
    const std::string& title = front.title;

    FontEmbedder embedder(fonts, meta.language, given.source);
    TextObserver observer = [&](std::string_view text, const style::TextStyle& ts, bool bold,
                                bool italic) { embedder.add(text, ts, bold, italic); };
    Publication publication;
    Package& package = publication.package;

    // Print pages (the PDF book's): the front matter's on the cover and title pages, each
    // article's in it.
    const bool paged = options.page_list != nullptr && options.page_list->present();
    std::optional<PageBreaks> front_pages;
    if (paged) front_pages.emplace(*options.page_list, -1);
    std::vector<PageTarget> page_targets;
    if (info.cover.present()) {
        // The cover image (EPUB 3 cover-image, EPUB 2 meta name="cover") on a page of its own,
        // first in reading order.
        const std::string href = "images/cover." + info.cover.extension;
        publication.resources.push_back(
            {{"cover-image", href, info.cover.media_type, "cover-image", false}, info.cover.bytes});
        package.cover_id = "cover-image";
        Page cover(meta.language, title, "frontmatter", "cover", "cover", style, observer);
        cover.image(href, title, info.cover.width, info.cover.height);
        if (front_pages) front_pages->mark_cover(cover.section(), "cover.xhtml");
        publication.spine.push_back(cover.finish("cover", "cover.xhtml"));
    }

    Page title_page(meta.language, title, "frontmatter", "titlepage", "titlepage", style, observer);
    for (const present::TitleLine& line : front.title_page.lines) {
        const TitleLineStyle how = title_line_style(line.field, style);
        title_page.line(how.element, how.cls, line.text, *how.text);
    }
    if (front_pages) {
        front_pages->mark_title(title_page.section(), "title.xhtml");
        front_pages->resolve([](std::size_t) { return std::string("title.xhtml"); });
        page_targets = front_pages->targets();
    }
    publication.spine.push_back(title_page.finish("title", "title.xhtml"));

    std::vector<TocNode> entries = {{title, publication.spine.back().href, {}, ""}};
    std::string start_href;
    std::size_t n = 0;
    std::size_t part_number = 0;
    for (const present::BookPart& part : parts) {
        std::vector<TocNode>* level = &entries;
        if (!one_line(part.title).empty()) {
            std::string part_id = "part-" + std::to_string(++part_number);
            Page page(meta.language, one_line(part.title), "bodymatter", "part", "part", style,
                      observer);
            page.line("h1", "title", part.title, style.title);
            publication.spine.push_back(page.finish(part_id, part_id + ".xhtml"));
            entries.push_back({one_line(part.title), publication.spine.back().href, {}, ""});
            level = &entries.back().children;
        }
        for (const doc::Document& input : part.articles) {
            doc::Document article = input;
            article.meta.language =
                checked_language(input.meta.language, input.meta.source, diagnostics);
            XhtmlWriter xhtml(article, style, observer, diagnostics);
            std::vector<TocEntry> headings;
            std::optional<PageBreaks> pages;
            if (paged) pages.emplace(*options.page_list, static_cast<int>(n));
            ArticleOptions how{article_name(++n), true, pages ? &*pages : nullptr};
            std::vector<ContentDocument> files = xhtml.article(headings, kMaxContentBytes, how);
            for (Resource& image : figure_resources(article, how.name))
                publication.resources.push_back(std::move(image));
            if (pages)
                page_targets.insert(page_targets.end(), pages->targets().begin(),
                                    pages->targets().end());
            // The article's entry with its headings below it, as a single article's contents.
            Navigation sub;
            sub.title = display_title(article.meta);
            sub.title_href = files.front().href;
            sub.headings = std::move(headings);
            level->push_back(toc_tree(sub));
            level->back().language = article.meta.language;
            if (start_href.empty()) start_href = files.front().href;
            for (const std::string& author : article.meta.authors) {
                std::pair<std::string, std::string> who{one_line(author), "aut"};
                bool known = false;
                for (const auto& c : package.contributors) known = known || c == who;
                for (const std::string& a : meta.authors) known = known || one_line(a) == who.first;
                if (!known && !who.first.empty()) package.contributors.push_back(who);
            }
            for (ContentDocument& file : files) publication.spine.push_back(std::move(file));
        }
    }
    for (const std::string& editor : info.editors)
        package.contributors.push_back({one_line(editor), "edt"});

    Page colophon(meta.language, title, "backmatter", "colophon", "colophon", style, observer);
    for (const std::string& line : front.colophon) colophon.line("p", "", line, style.body);
    publication.spine.push_back(colophon.finish("colophon", "colophon.xhtml"));

    Navigation nav{front.identifier,
                   title,
                   meta.authors,
                   meta.language,
                   "title.xhtml",
                   start_href,
                   {},
                   front.labels,
                   std::move(entries),
                   info.cover.present() ? "cover.xhtml" : "",
                   std::move(page_targets)};
    if (paged) package.page_source = options.page_list->source;
    publication.nav_xhtml = write_nav(nav, style, observer);
    publication.ncx = write_ncx(nav);
    package.identifier = front.identifier;
    package.title = title;
    package.meta = meta;
    return assemble(publication, embedder, style, options, diagnostics);
}

}  // namespace galley::epub
