#include "api/Book.hpp"

#include <map>
#include <optional>

#include "base/Error.hpp"
#include "base/File.hpp"
#include "base/ImageCheck.hpp"
#include "base/TextCheck.hpp"
#include "doc/MetadataCheck.hpp"
#include "read/Reader.hpp"

namespace galley::api {

std::vector<const doc::Document*> Book::articles() const {
    std::vector<const doc::Document*> out;
    for (const present::BookPart& part : parts)
        for (const doc::Document& article : part.articles) out.push_back(&article);
    return out;
}

std::size_t Book::article_count() const {
    std::size_t n = 0;
    for (const present::BookPart& part : parts) n += part.articles.size();
    return n;
}

present::CoverImage load_cover(const Manifest& m) {
    if (m.cover.empty()) return {};
    std::string where = m.cover_line > 0 ? "line " + std::to_string(m.cover_line) + ": " : "";
    std::string bytes;
    try {
        bytes = read_file(m.cover);
    } catch (const Error& e) {
        throw Error(e.code(), m.file.string(),
                    where + "cover " + m.cover.string() + ": " + e.what());
    }
    std::optional<present::CoverImage> cover = present::cover_image(std::move(bytes));
    if (!cover)
        throw Error(ErrorCode::InputInvalid, m.file.string(),
                    where + "the cover is not a PNG or JPEG image: " + m.cover.string());
    // Decoded once here, so that a truncated or corrupt cover, or one that declares more pixels
    // than can be decoded, is refused before any output is made (EPUB and PDF alike).
    try {
        check_image(cover->bytes);
    } catch (const Error& e) {
        throw Error(e.code(), m.file.string(),
                    where + "cover " + m.cover.string() + ": " + e.what());
    }
    return std::move(*cover);
}

present::BookInfo book_info(const Manifest& m) {
    present::BookInfo info;
    info.meta.title = m.title;
    info.meta.subtitle = m.subtitle;
    info.meta.authors = m.authors;
    info.meta.language = m.language.empty() ? "en" : m.language;
    info.meta.publisher = m.publisher;
    info.meta.date = m.date;
    info.meta.identifier = m.identifier;
    info.meta.description = m.description;
    info.meta.rights = m.rights;
    info.meta.source = m.file.string();
    info.editors = m.editors;
    info.edition = m.edition;
    info.isbn = m.isbn;
    info.cover = load_cover(m);
    return info;
}

namespace {

/// Reads one article of the book; a failure names the manifest line that lists it.
doc::Document read_one(const Manifest& manifest, const std::filesystem::path& path,
                       const std::map<std::string, std::string>& meta,
                       std::optional<std::vector<std::string>> authors, int line,
                       const std::map<std::string, std::u32string>& quotes,
                       Diagnostics& diagnostics) {
    // The manifest's `language` is the book's, not the articles': an article's own entry
    // (`lang`) forces its language, else the reader takes what the article states (sidecar,
    // header) or detects it from the text.
    read::ReadOptions options;
    options.meta = meta;
    options.quotes = quotes;
    options.resource_paths = manifest.resource_paths;
    for (auto& [key, value] : options.meta)
        check_text(value, "manifest article '" + key + "'", manifest.file.string(), line,
                   diagnostics);
    // The entry's authors are a list from the manifest to the outputs: they replace what the
    // article (or its sidecar) says once it is read, never joined into the reader's text.
    if (authors)
        check_text_list(*authors, "manifest article 'author'", manifest.file.string(), line,
                        diagnostics, doc::kMaxListItems);
    try {
        doc::Document article = read::read_article(path, options, diagnostics);
        if (authors) article.meta.authors = std::move(*authors);
        doc::check_document(article, diagnostics);  // every metadata source merged: validate
        return article;
    } catch (const Error& e) {
        std::string where = line > 0 ? "line " + std::to_string(line) + ": " : "";
        throw Error(e.code(), manifest.file.string(),
                    where + "article " + path.string() + ": " + e.what());
    }
}

}  // namespace

Book assemble_book(const Manifest& manifest, Diagnostics& diagnostics,
                   const std::map<std::string, std::u32string>& quotes) {
    Book book;
    book.info = book_info(manifest);
    // The validation boundary for the manifest's strings (base/TextCheck).
    doc::check_metadata(book.info.meta, diagnostics);
    const std::string file = manifest.file.string();
    check_text_list(book.info.editors, "manifest 'editors'", file, 0, diagnostics,
                    doc::kMaxListItems);
    check_text(book.info.edition, "manifest 'edition'", file, 0, diagnostics);
    check_text(book.info.isbn, "manifest 'isbn'", file, 0, diagnostics);
    if (!manifest.introduction.empty())
        book.parts.push_back({"",
                              {read_one(manifest, manifest.introduction, {}, std::nullopt, 0,
                                        quotes, diagnostics)}});
    for (const ManifestPart& part : manifest.parts) {
        present::BookPart out;
        out.title = part.title;
        check_text(out.title, "manifest part 'title'", file, 0, diagnostics);
        for (const ManifestArticle& a : part.articles)
            out.articles.push_back(
                read_one(manifest, a.path, a.meta, a.authors, a.line, quotes, diagnostics));
        book.parts.push_back(std::move(out));
    }
    if (manifest.language.empty()) {
        // Not stated: the language most of its articles are in (the first one on a tie).
        std::map<std::string, std::size_t> count;
        std::vector<std::string> order;  // first appearance in reading order
        for (const doc::Document* article : book.articles())
            if (count[article->meta.language]++ == 0) order.push_back(article->meta.language);
        std::size_t best = 0;
        for (const std::string& language : order) {
            if (count[language] > best) {
                best = count[language];
                book.info.meta.language = language;
            }
        }
    }
    return book;
}

}  // namespace galley::api
