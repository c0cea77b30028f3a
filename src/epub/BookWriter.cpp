#include "epub/BookWriter.hpp"

#include <cstdio>

#include "base/Error.hpp"
#include "epub/Assembly.hpp"
#include "epub/FontEmbedder.hpp"
#include "epub/Identifier.hpp"
#include "epub/Labels.hpp"
#include "epub/NavWriter.hpp"
#include "epub/Page.hpp"
#include "epub/XhtmlWriter.hpp"
#include "epub/Xml.hpp"

namespace galley::epub {

namespace {

/// `names` joined by commas, then " (ed.)" or " (eds.)"; empty for none.
std::string editors_line(const std::vector<std::string>& names) {
    std::string out = byline(names, "");
    if (out.empty()) return out;
    return out + (names.size() > 1 ? " (eds.)" : " (ed.)");
}

/// The manifest id of article `n` (1-based): "a001", "a002"... in reading order.
std::string article_name(std::size_t n) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "a%03zu", n);
    return buffer;
}

}  // namespace

std::string book_identifier(const BookInfo& info, const std::vector<BookPart>& parts) {
    if (!info.meta.identifier.empty()) return info.meta.identifier;
    if (!info.isbn.empty()) {
        std::string digits;
        for (char c : info.isbn)
            if ((c >= '0' && c <= '9') || c == 'X' || c == 'x') digits += c;
        return "urn:isbn:" + digits;
    }
    std::string name = "galley-book\n" + info.meta.title + "\n";
    for (const BookPart& part : parts) {
        name += "part: " + part.title + "\n";
        for (const doc::Document& article : part.articles) name += doc::dump(article);
    }
    return "urn:uuid:" + uuid_v5(name);
}

std::string write_book_epub(const BookInfo& info, const std::vector<BookPart>& parts,
                            const style::StyleSheet& style, const text::FontCatalog& fonts,
                            const EpubOptions& options, Diagnostics& diagnostics) {
    const doc::Metadata& given = info.meta;
    std::size_t count = 0;
    for (const BookPart& part : parts) count += part.articles.size();
    if (count == 0) throw Error(ErrorCode::InputInvalid, given.source, "the book has no article");

    doc::Metadata meta = given;
    meta.language = checked_language(given.language, given.source, diagnostics);
    Labels labels = labels_for(meta.language);
    std::string title = display_title(meta);
    std::string identifier = book_identifier(info, parts);

    FontEmbedder embedder(fonts, meta.language, given.source);
    TextObserver observer = [&](std::string_view text, const style::TextStyle& ts, bool bold,
                                bool italic) { embedder.add(text, ts, bold, italic); };
    Publication publication;
    Package& package = publication.package;

    if (info.cover.present()) {
        // The cover image (EPUB 3 cover-image, EPUB 2 meta name="cover") on a page of its own,
        // first in reading order.
        const std::string href = "images/cover." + info.cover.extension;
        publication.resources.push_back(
            {{"cover-image", href, info.cover.media_type, "cover-image", false}, info.cover.bytes});
        package.cover_id = "cover-image";
        Page cover(meta.language, title, "frontmatter", "cover", "cover", style, observer);
        cover.image(href, title, info.cover.width, info.cover.height);
        publication.spine.push_back(cover.finish("cover", "cover.xhtml"));
    }

    Page title_page(meta.language, title, "frontmatter", "titlepage", "titlepage", style, observer);
    title_page.line("h1", "title", title, style.title);
    title_page.line("p", "subtitle", meta.subtitle, style.subtitle);
    title_page.line("p", "byline", byline(meta.authors, labels.by), style.byline);
    title_page.line("p", "byline", editors_line(info.editors), style.byline);
    title_page.line("p", "publisher", meta.publisher, style.dateline);
    publication.spine.push_back(title_page.finish("title", "title.xhtml"));

    std::vector<TocNode> entries = {{title, publication.spine.back().href, {}, ""}};
    std::string start_href;
    std::size_t n = 0;
    std::size_t part_number = 0;
    for (const BookPart& part : parts) {
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
            ArticleOptions how{article_name(++n), true, labels_for(article.meta.language).by};
            std::vector<ContentDocument> files = xhtml.article(headings, kMaxContentBytes, how);
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
    colophon.line("p", "", title, style.body);
    colophon.line("p", "", meta.rights, style.body);
    colophon.line("p", "", info.edition, style.body);
    colophon.line("p", "", meta.date_text.empty() ? meta.date : meta.date_text, style.body);
    colophon.line("p", "", info.isbn.empty() ? "" : "ISBN " + info.isbn, style.body);
    colophon.line("p", "", identifier, style.body);
    colophon.line("p", "", std::string("Made with galley ") + GALLEY_VERSION, style.body);
    publication.spine.push_back(colophon.finish("colophon", "colophon.xhtml"));

    Navigation nav{identifier,
                   title,
                   meta.authors,
                   meta.language,
                   "title.xhtml",
                   start_href,
                   {},
                   labels,
                   std::move(entries),
                   info.cover.present() ? "cover.xhtml" : ""};
    publication.nav_xhtml = write_nav(nav, style, observer);
    publication.ncx = write_ncx(nav);
    package.identifier = identifier;
    package.title = title;
    package.meta = meta;
    return assemble(publication, embedder, style, options, diagnostics);
}

}  // namespace galley::epub
