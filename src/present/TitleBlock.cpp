#include "present/TitleBlock.hpp"

#include <filesystem>

#include "present/Names.hpp"

namespace galley::present {

std::string one_line(const std::string& text) {
    std::string out;
    bool space = false;
    for (char c : text) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

std::string display_title(const doc::Metadata& meta) {
    std::string title = one_line(meta.title);
    if (title.empty() && !meta.source.empty())
        title = one_line(std::filesystem::path(meta.source).stem().string());
    return title.empty() ? "Untitled" : title;
}

std::string shown_date(const doc::Metadata& meta) {
    return one_line(meta.date_text.empty() ? meta.date : meta.date_text);
}

bool is_w3c_date(const std::string& d) {
    auto digits = [&](std::size_t from, std::size_t n) {
        for (std::size_t i = from; i < from + n; ++i)
            if (i >= d.size() || d[i] < '0' || d[i] > '9') return false;
        return true;
    };
    if (d.size() == 4) return digits(0, 4);
    if (d.size() == 7) return digits(0, 4) && d[4] == '-' && digits(5, 2);
    if (d.size() == 10)
        return digits(0, 4) && d[4] == '-' && digits(5, 2) && d[7] == '-' && digits(8, 2);
    return false;
}

const style::TextStyle& text_style(Field field, const style::StyleSheet& style) {
    switch (field) {
        case Field::Title:
            return style.title;
        case Field::Subtitle:
            return style.subtitle;
        case Field::Byline:
        case Field::Editors:
            return style.byline;
        case Field::Publisher:
        case Field::Dateline:
        case Field::Date:
            break;
    }
    return style.dateline;
}

std::string TitleBlock::text(Field field) const {
    for (const TitleLine& line : lines)
        if (line.field == field) return line.text;
    return {};
}

TitleBlock title_block(const doc::Metadata& meta) {
    TitleBlock block;
    block.language = meta.language;
    auto add = [&](Field field, const std::string& text) {
        std::string line = one_line(text);
        if (!line.empty()) block.lines.push_back({field, std::move(line)});
    };
    const Labels labels = labels_for(meta.language);
    // A document with neither title nor file name (built in code, never read) shows no title line
    // rather than a made-up "Untitled"; its navigation still names it display_title().
    if (!one_line(meta.title).empty() || !meta.source.empty())
        add(Field::Title, display_title(meta));
    add(Field::Subtitle, meta.subtitle);
    // Byline and date in the article's own order, so a reader meets both where it put them.
    if (meta.date_first) add(Field::Date, shown_date(meta));
    add(Field::Byline, byline(meta.authors, labels));
    add(Field::Publisher, meta.publisher);
    add(Field::Dateline, meta.dateline);
    if (!meta.date_first) add(Field::Date, shown_date(meta));
    return block;
}

}  // namespace galley::present
