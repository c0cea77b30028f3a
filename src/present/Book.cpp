#include "present/Book.hpp"

#include "present/Identifier.hpp"
#include "present/Names.hpp"

namespace galley::present {

std::string book_identifier(const BookInfo& info, const std::vector<BookPart>& parts) {
    if (!info.meta.identifier.empty()) return info.meta.identifier;
    if (!info.isbn.empty()) {
        std::string digits;
        for (char c : info.isbn)
            if ((c >= '0' && c <= '9') || c == 'X' || c == 'x') digits += c;
        return "urn:isbn:" + digits;
    }
    ContentDigest digest;
    digest.add("galley book");
    digest.add(info.meta.title);
    digest.add_number(parts.size());
    for (const BookPart& part : parts) {
        digest.add(part.title);
        digest.add_number(part.articles.size());
        for (const doc::Document& article : part.articles) digest.add(article);
    }
    return digest.uuid_urn();
}

BookFrontMatter book_front_matter(const BookInfo& info, const std::vector<BookPart>& parts) {
    const doc::Metadata& meta = info.meta;
    BookFrontMatter front;
    front.labels = labels_for(meta.language);
    front.title = display_title(meta);
    front.identifier = book_identifier(info, parts);

    TitleBlock& page = front.title_page;
    page.language = meta.language;
    auto add = [&](Field field, const std::string& text) {
        std::string line = one_line(text);
        if (!line.empty()) page.lines.push_back({field, std::move(line)});
    };
    add(Field::Title, front.title);
    add(Field::Subtitle, meta.subtitle);
    add(Field::Byline, byline(meta.authors, front.labels));
    add(Field::Editors, editors_line(info.editors, front.labels));
    add(Field::Publisher, meta.publisher);

    const std::string subtitle = one_line(meta.subtitle);
    for (const std::string& line :
         {front.title + (subtitle.empty() ? "" : ": " + subtitle), one_line(info.edition),
          one_line(meta.rights), info.isbn.empty() ? std::string() : "ISBN " + one_line(info.isbn),
          one_line(meta.publisher), shown_date(meta), front.identifier,
          std::string("Made with galley ") + GALLEY_VERSION})
        if (!line.empty()) front.colophon.push_back(line);
    return front;
}

}  // namespace galley::present
