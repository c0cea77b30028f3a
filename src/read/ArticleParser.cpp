#include "read/ArticleParser.hpp"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <regex>
#include <set>

#include "base/Error.hpp"
#include "base/TextCheck.hpp"
#include "read/BlockParser.hpp"
#include "read/Boilerplate.hpp"
#include "read/Byline.hpp"
#include "read/DateParser.hpp"
#include "read/FrontMatter.hpp"
#include "read/Language.hpp"
#include "read/Shortcodes.hpp"
#include "read/SmartPunctuation.hpp"
#include "read/TextUtil.hpp"

namespace galley::read {

namespace {

constexpr std::size_t kMaxTitle = 300;  ///< longer first lines are body text, not a title

std::string shorten(std::string_view s) {
    if (s.size() <= 60) return std::string(s);
    std::size_t cut = 57;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    return std::string(s.substr(0, cut)) + "…";
}

void set_date(doc::Metadata& meta, std::string_view text) {
    meta.date_text = std::string(trim(text));
    if (const auto d = find_date(meta.date_text)) meta.date = d->iso;
}

/// Keys of a "Title:" header block, mapped to metadata keys.
std::optional<std::string> header_key(std::string_view key) {
    const std::string k = to_lower(trim(key));
    if (k == "title" || k == "titel" || k == "titre" || k == "título" || k == "titolo")
        return "title";
    if (k == "subtitle" || k == "standfirst" || k == "dek") return "subtitle";
    if (k == "author" || k == "authors" || k == "by" || k == "byline" || k == "autor" ||
        k == "auteur" || k == "autore")
        return "author";
    if (k == "date" || k == "published" || k == "datum" || k == "fecha" || k == "data")
        return "date";
    if (k == "lang" || k == "language") return "lang";
    if (k == "description" || k == "summary") return "description";
    if (k == "publisher" || k == "source") return "publisher";
    if (k == "rights" || k == "license" || k == "licence" || k == "copyright") return "rights";
    if (k == "identifier" || k == "id" || k == "isbn") return "identifier";
    if (k == "dateline" || k == "place") return "dateline";
    if (k == "keywords" || k == "tags") return "keywords";
    return std::nullopt;
}

std::optional<std::pair<std::string, std::string>> header_field(std::string_view line) {
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon > 20) return std::nullopt;
    const auto key = header_key(line.substr(0, colon));
    if (!key) return std::nullopt;
    return std::make_pair(*key, std::string(trim(line.substr(colon + 1))));
}

/// "PARIS —", "WASHINGTON (AP) —" at the start of the first paragraph.
std::string find_dateline(std::string_view text) {
    static const std::regex re(
        "^([A-Z][A-Z .'’-]{1,40}(, [A-Z][A-Za-z .]{1,30})?( \\([A-Za-z]{1,12}\\))?) ?(—|–|--) ");
    // The regex and the check below need a capital, another capital and a dash: without them
    // there is no dateline, and no regex to compile.
    if (text.size() < 3 || text[0] < 'A' || text[0] > 'Z' ||
        !std::isupper(static_cast<unsigned char>(text[1])))
        return "";
    const std::string head(text.substr(0, 100));
    if (head.find("\u2014") == std::string::npos && head.find("\u2013") == std::string::npos &&
        head.find("--") == std::string::npos)
        return "";
    std::smatch m;
    if (!std::regex_search(head, m, re)) return "";
    // At least two capitals in a row: a place name in capitals, not a sentence start.
    const std::string place(trim(m[1].str()));
    if (place.size() < 3 || !(std::isupper(static_cast<unsigned char>(place[1])))) return "";
    return place + " " + m[4].str();
}

class HeaderReader {
  public:
    HeaderReader(const std::vector<std::string_view>& lines, const std::string& file,
                 Diagnostics& diags, doc::Metadata& meta)
        : lines_(lines), file_(file), diags_(diags), meta_(meta) {}

    /// Reads title, subtitle, byline and date; returns the index of the first body line.
    std::size_t read() {
        std::size_t i = skip_blank(0);
        // Boilerplate above the title ("Skip to content").
        while (i < lines_.size() && is_boilerplate(lines_[i])) {
            drop(i);
            i = skip_blank(i + 1);
        }
        if (i >= lines_.size()) return i;
        if (const auto f = header_field(lines_[i]); f && f->first == "title")
            return header_block(i);

        const std::string_view first = trim(lines_[i]);
        if (code_point_count(first) > kMaxTitle) return i;  // no title line: all body
        std::string_view title = first;
        // Markdown-style titles: "# Title", or "Title" underlined with "====" / "----".
        if (title.size() > 2 && title[0] == '#' && title[1] == ' ') title = trim(title.substr(2));
        meta_.title = std::string(title);
        ++i;
        if (i < lines_.size()) {
            const std::string_view under = trim(lines_[i]);
            if (under.size() >= 3 && (under.find_first_not_of('=') == std::string_view::npos ||
                                      under.find_first_not_of('-') == std::string_view::npos))
                ++i;
        }
        // Lines right under the title (no blank line) and the next short lines may be header.
        std::size_t looked = 0;
        bool subtitle_allowed = true;
        while (looked < 8) {
            const std::size_t j = skip_blank(i);
            if (j >= lines_.size()) return j;
            const std::string_view line = trim(lines_[j]);
            if (code_point_count(line) > 160) return j;
            if (is_boilerplate(line)) {
                drop(j);
            } else if (auto b = parse_byline(line); b && meta_.authors.empty()) {
                meta_.authors = b->authors;
                if (!b->date_text.empty() && meta_.date_text.empty()) set_date(meta_, b->date_text);
            } else if (meta_.date_text.empty() && is_date_line(line)) {
                set_date(meta_, line);
                meta_.date_first = meta_.authors.empty();
            } else if (subtitle_allowed && meta_.subtitle.empty() && next_is_byline_or_date(j)) {
                meta_.subtitle = std::string(line);
            } else {
                return j;
            }
            subtitle_allowed = false;
            i = j + 1;
            ++looked;
        }
        return i;
    }

    /// Lines dropped at the top (their numbers), so the bottom pass can report the rest.
    std::size_t skip_blank(std::size_t i) const {
        while (i < lines_.size() && trim(lines_[i]).empty()) ++i;
        return i;
    }

    void drop(std::size_t i) {
        diags_.warn(file_, static_cast<int>(i + 1),
                    "dropped web boilerplate '" + shorten(trim(lines_[i])) + "'");
    }

  private:
    bool next_is_byline_or_date(std::size_t j) const {
        const std::size_t k = skip_blank(j + 1);
        if (k >= lines_.size()) return false;
        const std::string_view next = trim(lines_[k]);
        return parse_byline(next).has_value() || is_date_line(next);
    }

    std::size_t header_block(std::size_t i) {
        std::map<std::string, std::string> values;
        for (; i < lines_.size() && !trim(lines_[i]).empty(); ++i) {
            const auto f = header_field(lines_[i]);
            if (!f) break;
            if (f->first == "author" && values.count("author"))
                values["author"] += "; " + f->second;
            else
                values[f->first] = f->second;
        }
        apply_meta(meta_, values);
        return i;
    }

    const std::vector<std::string_view>& lines_;
    const std::string& file_;
    Diagnostics& diags_;
    doc::Metadata& meta_;
};

/// True when `line` is a "Posted by NAME" credit repeating a known author.
bool repeats_author(std::string_view line, const std::vector<std::string>& authors) {
    line = trim(line);
    for (std::string_view label :
         {"posted by ", "geschrieben von ", "written by ", "publié par "}) {
        if (!starts_with_nocase(line, label)) continue;
        std::string name(trim(line.substr(label.size())));
        while (!name.empty() && name.back() == '.') name.pop_back();
        for (const std::string& a : authors)
            if (to_lower(a) == to_lower(name)) return true;
    }
    return false;
}

}  // namespace

void apply_meta(doc::Metadata& meta, const std::map<std::string, std::string>& values) {
    for (const auto& [key, raw] : values) {
        const std::string value(trim(raw));
        if (key == "title")
            meta.title = value;
        else if (key == "subtitle")
            meta.subtitle = value;
        else if (key == "author" || key == "authors") {
            meta.authors.clear();
            std::size_t start = 0;
            while (start <= value.size()) {
                const std::size_t semi = value.find(';', start);
                const std::string name(trim(std::string_view(value).substr(
                    start, semi == std::string::npos ? std::string::npos : semi - start)));
                if (!name.empty()) meta.authors.push_back(name);
                if (semi == std::string::npos) break;
                start = semi + 1;
            }
        } else if (key == "date") {
            set_date(meta, value);
            static const std::regex iso("^\\d{4}(-\\d{2}(-\\d{2})?)?$");
            if (meta.date.empty() && std::regex_match(value, iso)) meta.date = value;
        } else if (key == "lang" || key == "language") {
            const std::string tag = normalize_language_tag(value);
            if (!tag.empty()) meta.language = tag;
        } else if (key == "identifier")
            meta.identifier = value;
        else if (key == "description")
            meta.description = value;
        else if (key == "publisher")
            meta.publisher = value;
        else if (key == "rights")
            meta.rights = value;
        else if (key == "dateline")
            meta.dateline = value;
        else if (key == "keywords") {
            // "a, b; c": commas or semicolons separate keywords; blanks and repeats are dropped.
            meta.keywords.clear();
            std::size_t start = 0;
            while (start <= value.size()) {
                const std::size_t end = value.find_first_of(",;", start);
                const std::string keyword(trim(std::string_view(value).substr(
                    start, end == std::string::npos ? std::string::npos : end - start)));
                if (!keyword.empty()) meta.keywords.push_back(keyword);
                if (end == std::string::npos) break;
                start = end + 1;
            }
            remove_repeats(meta.keywords);  // linear: 100,000 keywords took 14 s with find
        }
    }
}

doc::Document parse_article(std::string_view utf8, const std::string& file,
                            const ReadOptions& options, Diagnostics& diagnostics) {
    // Front matter is the article's own metadata; it and shortcodes never reach the body.
    const FrontMatter front = read_front_matter(utf8, file);
    std::string own;
    if (front.lines > 0) utf8 = own = blank_lines(utf8, front.lines);
    if (front.lines > 0 && trim(utf8).empty())
        throw Error(ErrorCode::InputInvalid, file, "empty article (only front matter)");
    if (auto cleaned = drop_shortcodes(utf8, file, diagnostics)) utf8 = own = std::move(*cleaned);

    doc::Document d;
    doc::Metadata& meta = d.meta;
    meta.source = file;
    const std::vector<std::string_view> lines = split_lines(utf8);

    HeaderReader header(lines, file, diagnostics, meta);
    std::size_t body_begin = front.values.count("title") ? 0 : header.read();
    apply_meta(meta, front.values);

    // Language: --lang, then metadata (command line / sidecar / header block), then detection.
    std::string language = normalize_language_tag(options.language);
    if (language.empty())
        if (auto it = options.meta.find("lang"); it != options.meta.end())
            language = normalize_language_tag(it->second);
    if (language.empty())
        if (auto it = options.meta.find("language"); it != options.meta.end())
            language = normalize_language_tag(it->second);
    if (language.empty()) language = meta.language;
    if (language.empty()) language = detect_language(utf8);
    meta.language = language;
    const QuoteMarks marks = quote_marks(language, options.quotes);
    meta.title = smart_punctuate(meta.title, marks);
    meta.subtitle = smart_punctuate(meta.subtitle, marks);

    // Boilerplate at the top of the body and at the bottom of the article.
    for (std::size_t i = header.skip_blank(body_begin);
         i < lines.size() && is_boilerplate(lines[i]); i = header.skip_blank(i + 1)) {
        header.drop(i);
        body_begin = i + 1;
    }
    std::size_t body_end = lines.size();
    std::vector<std::size_t> bottom_drops;
    while (body_end > body_begin) {
        const std::size_t i = body_end - 1;
        if (trim(lines[i]).empty()) {
            --body_end;
            continue;
        }
        if (!is_boilerplate(lines[i]) && !repeats_author(lines[i], meta.authors)) break;
        bottom_drops.push_back(i);
        --body_end;
    }
    for (auto it = bottom_drops.rbegin(); it != bottom_drops.rend(); ++it) header.drop(*it);

    // No byline at the top: a credit line near the end ("Posted by Alon Zakai.", "Posted on
    // Tuesday 15 October 2019 at 09:11 by Bradley M. Kuhn.") names the author; it stays in the
    // text.
    if (meta.authors.empty()) {
        int seen = 0;
        for (std::size_t i = body_end; i > body_begin && seen < 15; --i) {
            const std::string_view line = trim(lines[i - 1]);
            if (line.empty()) continue;
            ++seen;
            for (std::string_view label : {"posted ", "published "}) {
                if (!starts_with_nocase(line, label)) continue;
                std::string_view rest = line.substr(label.size());
                if (starts_with_nocase(rest, "on ")) rest.remove_prefix(3);
                const auto b = parse_byline(rest);
                if (!b) continue;
                meta.authors = b->authors;
                if (meta.date_text.empty() && !b->date_text.empty()) set_date(meta, b->date_text);
            }
            if (!meta.authors.empty()) break;
        }
    }

    std::vector<SourceLine> body;
    body.reserve(body_end - body_begin);
    for (std::size_t i = body_begin; i < body_end; ++i)
        body.push_back({lines[i], static_cast<int>(i + 1)});
    d.blocks = parse_blocks(body, language, marks);
    assign_heading_ids(d.blocks);

    // Dateline at the start of the first paragraph (kept in the paragraph as well).
    for (const doc::Block& b : d.blocks) {
        if (const auto* p = std::get_if<doc::Paragraph>(&b.value)) {
            meta.dateline = find_dateline(doc::plain_text(p->content));
            break;
        }
    }

    // Overrides from the command line and the sidecar, then the fallbacks.
    for (const auto& [key, value] : options.meta) {
        static const std::set<std::string> known = {
            "title",      "subtitle",    "author",    "authors", "date",     "lang",    "language",
            "identifier", "description", "publisher", "rights",  "dateline", "keywords"};
        if (!known.count(key))
            diagnostics.warn(file, 0, "ignored unknown metadata key '" + key + "'");
        else if ((key == "lang" || key == "language") && normalize_language_tag(value).empty())
            diagnostics.warn(file, 0, "ignored invalid language tag '" + value + "'");
    }
    if (!options.language.empty() && normalize_language_tag(options.language).empty())
        diagnostics.warn(file, 0, "ignored invalid language tag '" + options.language + "'");
    apply_meta(meta, options.meta);
    if (!options.language.empty() && !language.empty()) meta.language = language;
    if (meta.title.empty()) meta.title = std::filesystem::path(file).stem().string();
    if (meta.language.empty()) meta.language = "en";
    return d;
}

}  // namespace galley::read
