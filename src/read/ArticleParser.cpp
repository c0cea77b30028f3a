#include "read/ArticleParser.hpp"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <set>

#include "base/Error.hpp"
#include "base/TextCheck.hpp"
#include "read/BlockParser.hpp"
#include "read/Boilerplate.hpp"
#include "read/Byline.hpp"
#include "read/DateParser.hpp"
#include "read/FrontMatter.hpp"
#include "read/HeadingRules.hpp"
#include "read/Language.hpp"
#include "read/LineEvidence.hpp"
#include "read/MetaValues.hpp"
#include "read/NoteMatcher.hpp"
#include "read/ReaderThresholds.hpp"
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

/// "PARIS —", "WASHINGTON (AP) —", "LONDON, Ont. --" at the start of the first paragraph: a
/// place in capitals (an optional ", Region" and "(Agency)"), a dash and a space.
std::string find_dateline(std::string_view text) {
    if (text.size() < 3 || text[0] < 'A' || text[0] > 'Z' || text[1] < 'A' || text[1] > 'Z')
        return "";
    const std::string_view head = text.substr(0, 100);
    std::size_t dash = std::string_view::npos, dash_len = 0;
    for (std::string_view d : {"\u2014", "\u2013", "--"}) {
        const std::size_t at = head.find(d);
        if (at != std::string_view::npos && at < dash) {
            dash = at;
            dash_len = d.size();
        }
    }
    if (dash == std::string_view::npos || dash + dash_len >= head.size() ||
        head[dash + dash_len] != ' ')
        return "";
    std::string_view place = head.substr(0, dash);
    if (!place.empty() && place.back() == ' ') place.remove_suffix(1);
    std::string_view rest = place;
    // "(AP)": letters in brackets at the end.
    if (!rest.empty() && rest.back() == ')') {
        const std::size_t open = rest.rfind(" (");
        if (open == std::string_view::npos || rest.size() - open - 3 < 1 ||
            rest.size() - open - 3 > 12)
            return "";
        for (char c : rest.substr(open + 2, rest.size() - open - 3))
            if (!std::isalpha(static_cast<unsigned char>(c))) return "";
        rest = rest.substr(0, open);
    }
    // ", Ont.": a capital and up to 30 letters, spaces or stops.
    if (const std::size_t comma = rest.find(", "); comma != std::string_view::npos) {
        const std::string_view region = rest.substr(comma + 2);
        if (region.size() < 2 || region.size() > 31 || region[0] < 'A' || region[0] > 'Z')
            return "";
        for (char c : region)
            if (!std::isalpha(static_cast<unsigned char>(c)) && c != ' ' && c != '.') return "";
        rest = rest.substr(0, comma);
    }
    // The place itself: capitals, spaces, stops, apostrophes and hyphens, 2 to 41 bytes.
    if (rest.size() < 2 || rest.size() > 41) return "";
    for (std::size_t i = 0; i < rest.size(); ++i) {
        const char c = rest[i];
        const bool ok =
            (c >= 'A' && c <= 'Z') || c == ' ' || c == '.' || c == '\'' || c == '-' ||
            (static_cast<unsigned char>(c) >= 0x80 && rest.substr(i).substr(0, 3) == "\u2019");
        if (!ok) return "";
        if (static_cast<unsigned char>(c) >= 0x80) i += 2;
    }
    return std::string(trim(place)) + " " + std::string(head.substr(dash, dash_len));
}

/// `s` lowercased with its letters and digits only: lines equal up to case and punctuation.
std::string fold_for_compare(std::string_view s) {
    std::string out;
    const std::string low = to_lower(trim(s));
    out.reserve(low.size());
    for (std::size_t p = 0; p < low.size();) {
        const char a = low[p];
        if (static_cast<unsigned char>(a) < 0x80) {  // ASCII: no decoding, no lookup
            if ((a >= '0' && a <= '9') || (a >= 'a' && a <= 'z') || (a >= 'A' && a <= 'Z'))
                out += a;
            ++p;
            continue;
        }
        const char32_t c = next_code_point(low, p);
        if (is_alnum(c)) append_utf8(out, c);
    }
    return out;
}

/// True for a navigation row: three or more short items (at most kMenuItemWords words, no
/// sentence punctuation) split by one separator used throughout — " | ", " · ", " • ", " › ",
/// " / ", " » ", " > " ("Home | News | Sport | Weather", "Home › World › Asia"). Such a row is
/// page furniture and never a headline.
bool menu_row(std::string_view line) {
    constexpr std::size_t kMenuItemWords = 3;
    constexpr std::size_t kMenuItemChars = 24;
    line = trim(line);
    for (std::string_view sep :
         {" | ", " \u00B7 ", " \u2022 ", " \u203A ", " / ", " \u00BB ", " > "}) {
        std::vector<std::string_view> items;
        for (std::size_t from = 0;;) {
            const std::size_t at = line.find(sep, from);
            items.push_back(trim(line.substr(from, at - from)));
            if (at == std::string_view::npos) break;
            from = at + sep.size();
        }
        if (items.size() < 3) continue;
        bool menu = true;
        for (std::string_view item : items) {
            const std::size_t words = split_words(item).size();
            const char last = item.empty() ? '.' : item.back();
            menu = menu && words >= 1 && words <= kMenuItemWords &&
                   code_point_count(item) <= kMenuItemChars && last != '.' && last != '!' &&
                   last != '?' && last != ',' && last != ';';
        }
        if (menu) return true;
    }
    return false;
}

/// True for "1 of 18. A Republic…", "2/12 The crowd…": a gallery caption's counter.
bool gallery_caption(std::string_view line) {
    std::size_t d = 0;
    while (d < line.size() && std::isdigit(static_cast<unsigned char>(line[d]))) ++d;
    if (d == 0 || d > 3) return false;
    std::string_view rest = line.substr(d);
    if (rest.substr(0, 4) == " of ")
        rest.remove_prefix(4);
    else if (!rest.empty() && rest[0] == '/')
        rest.remove_prefix(1);
    else
        return false;
    std::size_t e = 0;
    while (e < rest.size() && std::isdigit(static_cast<unsigned char>(rest[e]))) ++e;
    return e > 0 && e <= 3 && (e == rest.size() || rest[e] == '.' || rest[e] == ' ');
}

/// The file name in words: "victory-day_2022.txt" → "Victory day 2022"; empty when the name
/// has fewer than two words of letters (a hash, "article", "000123").
std::string title_from_file_name(const std::string& file) {
    const std::string stem = std::filesystem::path(file).stem().string();
    std::string out;
    int words = 0;
    bool word_has_letters = false;
    for (char c : stem) {
        if (c == '-' || c == '_' || c == ' ' || c == '.') {
            if (!out.empty() && out.back() != ' ') out += ' ';
            words += word_has_letters;
            word_has_letters = false;
            continue;
        }
        if (std::isalpha(static_cast<unsigned char>(c))) word_has_letters = true;
        out += c;
    }
    words += word_has_letters;
    while (!out.empty() && out.back() == ' ') out.pop_back();
    if (words < 2) return "";
    // Hex hashes ("69935cb61d4a6077") are not words.
    for (std::string_view w : split_words(out)) {
        std::size_t digits = 0;
        for (char c : w) digits += std::isdigit(static_cast<unsigned char>(c)) ? 1 : 0;
        if (w.size() >= 8 && digits * 3 >= w.size()) return "";
    }
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 32);
    return out;
}

/// The first sentence of `text`, cut at a word boundary under kFallbackTitleChars.
std::string title_from_text(std::string_view text) {
    text = trim(text);
    std::size_t end = text.size();
    for (std::size_t p = 0; p < text.size();) {
        const char32_t c = next_code_point(text, p);
        if ((c == '.' || c == '!' || c == '?') && (p == text.size() || text[p] == ' ')) {
            end = c == '.' ? p - 1 : p;
            break;
        }
        if (c == U'。' || c == U'！' || c == U'？') {
            end = c == U'。' ? p - 3 : p;
            break;
        }
    }
    std::string_view sentence = text.substr(0, end);
    if (code_point_count(sentence) <= threshold::kFallbackTitleChars) return std::string(sentence);
    std::size_t cut = 0, cps = 0, last_space = 0;
    for (std::size_t p = 0; p < sentence.size() && cps < threshold::kFallbackTitleChars - 1;) {
        const char32_t c = next_code_point(sentence, p);
        ++cps;
        cut = p;
        if (c == ' ') last_space = p - 1;
    }
    if (last_space > cut / 2) cut = last_space;
    std::string out(trim(sentence.substr(0, cut)));
    while (!out.empty() && (out.back() == ',' || out.back() == ';' || out.back() == ':'))
        out.pop_back();
    return out + "…";
}

/// The date of a sentence that says when the text was published: "… issued by X on 31 August
/// 2024.", "Published on 3 May 2021 by …"; the date's text, or nullopt.
std::optional<std::string> publication_statement_date(std::string_view line) {
    line = trim(line);
    if (line.size() > 240) return std::nullopt;
    const std::string low = to_lower(line);
    bool verb = false;
    for (std::string_view v : {"issued ", "published ", "released ", "posted "})
        verb = verb || low.find(v) != std::string::npos;
    if (!verb) return std::nullopt;
    const auto d = find_date(line);
    if (!d || d->begin < 4 || low.compare(d->begin - 4, 4, " on ") != 0) return std::nullopt;
    return std::string(line.substr(d->begin, d->end - d->begin));
}

/// True when `line` ends with a date and a year's abbreviation ("22 апреля 2020 г.",
/// "2020 р.", "2020 m."): the final stop is the abbreviation's.
bool abbreviated_year_end(std::string_view line) {
    line = trim(line);
    for (std::string_view abbr : {" г.", " р.", " m.", " г.г.", "г."}) {
        if (line.size() < abbr.size() || line.substr(line.size() - abbr.size()) != abbr) continue;
        const std::string_view head = trim(line.substr(0, line.size() - abbr.size()));
        const auto d = find_date(head);
        return d && d->end >= head.size();
    }
    return false;
}

/// True for a language written in a script other than Latin (primary subtag): the ones the
/// detector returns and their neighbours.
bool non_latin_language(std::string_view tag) {
    const std::string_view primary = tag.substr(0, tag.find('-'));
    static constexpr std::string_view kNonLatin[] = {
        "am", "ar", "be", "bg", "bn", "bo", "el", "fa", "gu", "he", "hi", "hy", "ja",
        "ka", "kk", "km", "kn", "ko", "ky", "lo", "mk", "ml", "mn", "mr", "my", "ne",
        "pa", "ps", "ru", "si", "ta", "te", "th", "ti", "uk", "ur", "yi", "zh"};
    for (std::string_view l : kNonLatin)
        if (primary == l) return true;
    return false;
}

/// A lowercase particle of a personal name ("van", "von", "de", "da", "bin", "ibn").
bool name_particle(std::string_view w) {
    static constexpr std::string_view kParticles[] = {
        "van", "von", "de", "der", "den", "da",  "di",  "do", "dos", "das", "del",
        "bin", "al",  "la", "le",  "du",  "ter", "ten", "zu", "ibn", "el"};
    for (std::string_view p : kParticles)
        if (w == p) return true;
    return false;
}

class HeaderReader {
  public:
    HeaderReader(const std::vector<std::string_view>& lines, const std::string& file,
                 std::string_view language, Diagnostics& diags, doc::Metadata& meta)
        : lines_(lines), file_(file), language_(language), diags_(diags), meta_(meta) {}

    /// Reads title, subtitle, byline and date; returns the index of the first body line.
    /// Furniture above the headline (URL lines, section labels, photo credits, navigation) is
    /// dropped; a gallery caption above it stays in the body. Without a headline (the text
    /// starts with prose) the title is left empty for the fallback.
    std::size_t read() {
        std::size_t i = skip_blank(0);
        if (i >= lines_.size()) return i;
        if (const auto f = header_field(lines_[i]); f && f->first == "title")
            return header_block(i);

        // The headline: among the lines above the first sentence of prose, the first line with
        // a headline's shape, unless it is short (a site name, a section label, "Breaking
        // news") and a longer headline-like line follows.
        std::vector<std::size_t> top;
        bool seen_text = false;  // a line above that is not furniture, credit or caption
        for (std::size_t j = i; j < lines_.size() && top.size() < threshold::kTitleScanLines;
             j = skip_blank(j + 1)) {
            const LineEvidence e = measure_line(lines_[j], language_);
            const bool credit =
                gallery_caption(trim(lines_[j])) || is_photo_credit(lines_[j]) ||
                menu_row(lines_[j]) ||
                (e.chars <= threshold::kFurnitureMaxChars * 2 &&
                 (is_prose(e) ? recognisable_furniture(lines_[j], language_).anywhere
                              : classify_furniture(lines_[j], language_).kind != Furniture::None));
            // The text's first line standing alone in title case ("ETYMOLOGY. (Supplied by a Late
            // Consumptive Usher to a Grammar School.)") is a headline, however it ends.
            const bool titled =
                j == i && title_cased(e) && (j + 1 >= lines_.size() || trim(lines_[j + 1]).empty());
            if (!credit && !titled && (is_prose(e) || e.chars > threshold::kTitleMaxChars)) break;
            // A hard-wrapped paragraph (below the first line that is not furniture): its lines
            // up to the first sentence end are prose together.
            if (!credit && seen_text && j + 1 < lines_.size() && !trim(lines_[j + 1]).empty()) {
                std::string joined;
                for (std::size_t k = j; k < lines_.size() && !trim(lines_[k]).empty(); ++k) {
                    // A run of menu rows is not a paragraph.
                    if (k > j && classify_furniture(lines_[k], language_).kind != Furniture::None)
                        break;
                    (joined += trim(lines_[k])) += ' ';
                    if (measure_line(lines_[k], language_).sentence_end) break;
                }
                if (code_point_count(joined) > threshold::kTitleMaxChars ||
                    is_prose(measure_line(joined, language_)))
                    break;
            }
            top.push_back(j);
            seen_text = seen_text || !credit;
        }
        double best_weight = 0;
        for (std::size_t j : top) {
            if (!title_candidate(j)) continue;
            const double w = headline_weight(j);
            // A later, longer headline stands alone and is not a sentence.
            const bool alone = (j == 0 || trim(lines_[j - 1]).empty()) &&
                               (j + 1 >= lines_.size() || trim(lines_[j + 1]).empty());
            const LineEvidence e = measure_line(lines_[j], language_);
            // A site or office label in another script above a headline in the text's own
            // ("PIB Headquarters" above a Marathi headline): the headline is in the language of
            // the text.
            const bool foreign_label = title_line_ != npos && alone && !e.sentence_end &&
                                       foreign_script_line(title_line_) && !foreign_script_line(j);
            if (foreign_label) {
                title_line_ = j;
                best_weight = w;
                continue;
            }
            if (title_line_ != npos && (!alone || (e.sentence_end && !e.question))) continue;
            // A label above the headline (a ministry, a section, "About us") is shorter than
            // the headline, and the date or byline follows the headline, not the label.
            const bool under_label =
                title_line_ != npos && best_weight <= threshold::kLabelMaxWords &&
                w >= 2 * best_weight && date_follows(j) && !date_follows(title_line_);
            if (title_line_ == npos || under_label ||
                (best_weight <= threshold::kShortHeadlineWords &&
                 w >= std::max(threshold::kMinHeadlineWords, best_weight + 2))) {
                title_line_ = j;
                best_weight = w;
            }
        }
        // A banner or site line in a run of page-top lines can have a headline's shape
        // ("Embassy SealUS Department of State"); the headline is then the line a date or a
        // byline follows. (A headline standing alone keeps its standfirst below it.)
        if (title_line_ != npos && title_line_ + 1 < lines_.size() &&
            !trim(lines_[title_line_ + 1]).empty() && !next_is_byline_or_date(title_line_)) {
            // The last such line: the one right above the byline and date block.
            std::size_t found = npos;
            for (std::size_t j : top) {
                if (j <= title_line_ || !title_candidate(j) || !date_follows(j)) continue;
                const LineEvidence e = measure_line(lines_[j], language_);
                if (e.sentence_end && !e.question) continue;
                found = j;
            }
            if (found != npos) title_line_ = found;
        }
        std::size_t body_begin = i;
        for (std::size_t j : top) {
            if (j == title_line_) break;
            const std::string_view line = trim(lines_[j]);
            const FurnitureVerdict v = classify_furniture(line, language_);
            const bool above_title = title_line_ != npos;
            if (v.kind != Furniture::None) {
                drop(j, v.kind);
            } else if (is_photo_credit(line)) {
                drop(j, Furniture::Credit);
            } else if (menu_row(line)) {
                drop(j, Furniture::Navigation);
            } else if (gallery_caption(line)) {
                if (first_kept_ == npos) first_kept_ = j;
            } else if (!above_title) {
                break;  // no headline: the text starts here
            } else if (meta_.date_text.empty() && is_date_line(line)) {
                set_date(meta_, line);
                meta_.date_first = true;
                date_above_title_ = true;
            } else if (auto by = parse_byline(line); by && meta_.authors.empty()) {
                meta_.authors = by->authors;
                if (!by->publisher.empty()) meta_.publisher = by->publisher;
            } else {
                drop(j, Furniture::Navigation);
            }
            body_begin = j + 1;
        }
        if (title_line_ != npos) {
            meta_.title = std::string(trim(lines_[title_line_]));
            if (meta_.title.size() > 2 && meta_.title[0] == '#' && meta_.title[1] == ' ')
                meta_.title = std::string(trim(std::string_view(meta_.title).substr(2)));
        }
        if (title_line_ == npos) return first_kept_ != npos ? first_kept_ : body_begin;
        i = title_line_ + 1;
        if (i < lines_.size()) {
            const std::string_view under = trim(lines_[i]);
            if (under.size() >= 3 && (under.find_first_not_of('=') == std::string_view::npos ||
                                      under.find_first_not_of('-') == std::string_view::npos))
                ++i;
        }
        // Lines right under the title and the next short lines may be header.
        std::size_t seen = 0;
        bool subtitle_allowed = true;
        while (seen < threshold::kBylineScanLines) {
            const std::size_t j = skip_blank(i);
            if (j >= lines_.size()) return finish(j);
            const std::string_view line = trim(lines_[j]);
            if (code_point_count(line) > 160) return finish(j);
            if (const FurnitureVerdict v = classify_furniture(line, language_);
                v.kind != Furniture::None) {
                drop(j, v.kind);
            } else if (is_photo_credit(line)) {
                drop(j, Furniture::Credit);
            } else if (menu_row(line)) {
                drop(j, Furniture::Navigation);  // "28 Φεβρουαρίου | 29 Φεβρουαρίου | 1 Μαρτίου"
            } else if (const std::size_t end = contact_block_end(j); end != npos) {
                for (std::size_t k = j; k < end; ++k) drop_as(k, "press contact");
                subtitle_allowed = false;
                i = end;
                ++seen;
                continue;
            } else if (release_number(line)) {
                drop_as(j, "release number");
            } else if (const auto f = header_field(line); f && f->first == "description" &&
                                                          !f->second.empty() &&
                                                          meta_.description.empty()) {
                meta_.description = f->second;  // "Summary: …" under the headline
            } else if (const std::size_t k = skip_blank(j + 1);
                       meta_.authors.empty() && k == j + 1 && k < lines_.size() &&
                       parse_name_and_address(line, lines_[k])) {
                meta_.authors = {std::string(line)};  // "Andrew Gerrand" / "adg@golang.org"
                i = k + 1;
                ++seen;
                subtitle_allowed = false;
                continue;
            } else if (auto b = parse_byline(line); b && meta_.authors.empty()) {
                meta_.authors = b->authors;
                if (!b->publisher.empty()) meta_.publisher = b->publisher;
                // The byline's date is the article's; a date above the headline may be the
                // page's ("sexta-feira, 29 março 2024" in a site's top row).
                if (!b->date_text.empty() && (meta_.date_text.empty() || date_above_title_)) {
                    set_date(meta_, b->date_text);
                    date_above_title_ = false;
                }
            } else if (meta_.date_text.empty() && is_date_line(line)) {
                set_date(meta_, line);
                meta_.date_first = meta_.authors.empty();
            } else if (subtitle_allowed && meta_.subtitle.empty() && next_is_byline_or_date(j)) {
                meta_.subtitle = std::string(line);
            } else {
                // "The press release issued by 10 Downing Street on 31 August 2024.": the text's
                // first sentence states when it was published (it stays in the text).
                if (meta_.date_text.empty())
                    if (const auto d = publication_statement_date(line)) set_date(meta_, *d);
                return finish(j);
            }
            subtitle_allowed = false;
            i = j + 1;
            ++seen;
        }
        return finish(i);
    }

    /// "Title / Author" (literary archives): the part after a lone " / " of a headline read
    /// from the text is the author when it is a name of two to four words with no function
    /// word of the language ("Cats, Dogs, and Birds / A Field Guide" is a title and its
    /// subtitle). Called once no byline was found anywhere else.
    void split_title_author() {
        if (title_line_ == npos || !meta_.authors.empty()) return;
        const std::size_t at = meta_.title.find(" / ");
        if (at == std::string::npos || meta_.title.find(" / ", at + 3) != std::string::npos) return;
        const std::string author(trim(std::string_view(meta_.title).substr(at + 3)));
        const auto words = split_words(author);
        if (words.size() < 2 || words.size() > 4 ||
            author.find_first_of("0123456789:;,.!?&") != std::string::npos)
            return;
        for (std::string_view w : words) {
            std::size_t p = 0;
            const char32_t first = next_code_point(w, p);
            // Only a name's particle ("van", "de") may be lowercase or a function word.
            const std::string low = to_lower(w);
            if (name_particle(low)) continue;
            if (is_lower(first) || is_stop_word(low, language_)) return;
        }
        std::string title(trim(std::string_view(meta_.title).substr(0, at)));
        // A footnote number left from the page ("סבלנות! 1").
        while (!title.empty() && std::isdigit(static_cast<unsigned char>(title.back())))
            title.pop_back();
        meta_.title = std::string(trim(title));
        meta_.authors = {author};
    }

    /// The first non-blank line at or after `i`.
    std::size_t skip_blank(std::size_t i) const {
        while (i < lines_.size() && trim(lines_[i]).empty()) ++i;
        return i;
    }

    /// The last non-blank line before `i` and at or after `floor`, or npos.
    std::size_t skip_blank_back(std::size_t i, std::size_t floor) const {
        while (i > floor) {
            --i;
            if (!trim(lines_[i]).empty()) return i;
        }
        return npos;
    }

    /// Reports line `i` as dropped furniture of `kind`.
    void drop(std::size_t i, Furniture kind) {
        mark(i, kind);
        diags_.warn(
            file_, static_cast<int>(i + 1),
            std::string("dropped ") + furniture_name(kind) + " '" + shorten(trim(lines_[i])) + "'");
        ++dropped_;
    }

    /// Reports line `i` as dropped, saying what it was.
    void drop_as(std::size_t i, const std::string& what) {
        mark(i, Furniture::Navigation);
        diags_.warn(file_, static_cast<int>(i + 1),
                    "dropped " + what + " '" + shorten(trim(lines_[i])) + "'");
        ++dropped_;
    }

    /// How many lines were dropped.
    std::size_t dropped() const { return dropped_; }

    /// True when line `i` was reported dropped.
    bool was_dropped(std::size_t i) const { return i < kinds_.size() && kinds_[i] != 0; }

    /// The kind line `i` was dropped as (Furniture::None when it was not).
    Furniture dropped_kind(std::size_t i) const {
        return was_dropped(i) ? static_cast<Furniture>(kinds_[i] - 1) : Furniture::None;
    }

    /// True when the date was read above the headline (and no byline date replaced it).
    bool date_above_title() const { return date_above_title_; }

  private:
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

    /// Remembers that line `i` was dropped as `kind`.
    void mark(std::size_t i, Furniture kind) {
        if (kinds_.size() < lines_.size()) kinds_.resize(lines_.size(), 0);
        if (i < kinds_.size()) kinds_[i] = static_cast<unsigned char>(static_cast<int>(kind) + 1);
    }

    /// A caption kept above the headline goes back into the body, after the header.
    std::size_t finish(std::size_t body) {
        return first_kept_ != npos && first_kept_ < body ? first_kept_ : body;
    }

    /// True when line `j` is written in Latin letters only while the text's language is written
    /// in another script (a site's or office's label above a Marathi or Thai headline).
    bool foreign_script_line(std::size_t j) const {
        if (!non_latin_language(language_)) return false;
        std::size_t latin = 0, other = 0;
        const std::string_view line = trim(lines_[j]);
        for (std::size_t p = 0; p < line.size();) {
            const char32_t c = next_code_point(line, p);
            if (!is_alpha(c)) continue;
            (c < 0x250 ? latin : other) += 1;
        }
        return latin > 0 && other == 0;
    }

    /// A line that may be the headline: headline-shaped, not furniture, credit, caption,
    /// date, byline or a line of figures.
    bool title_candidate(std::size_t j) const {
        const std::string_view line = trim(lines_[j]);
        // A headline is not a list item ("• PRESS RELEASE : …" is a link to it).
        for (std::string_view bullet : {"• ", "- ", "* ", "· "})
            if (line.substr(0, bullet.size()) == bullet) return false;
        if (classify_furniture(line, language_).kind != Furniture::None || is_photo_credit(line) ||
            menu_row(line) || gallery_caption(line) || is_date_line(line) || parse_byline(line))
            return false;
        const LineEvidence e = measure_line(line, language_);
        return e.digit_share() <= threshold::kHeadingMaxDigitShare && headline_like(j);
    }

    /// A headline's weight: its words (space-less scripts: characters / 2.5, about a word).
    double headline_weight(std::size_t j) const {
        const LineEvidence e = measure_line(lines_[j], language_);
        if (e.caseless * 2 > e.letters) return static_cast<double>(e.chars) / 2.5;
        return static_cast<double>(e.words);
    }

    /// A headline: short, not a sentence of a paragraph, not a hard-wrapped paragraph's first
    /// line.
    bool headline_like(std::size_t i) const {
        const std::string_view line = trim(lines_[i]);
        LineEvidence e = measure_line(line, language_);
        // "… 22 апреля 2020 г.": the stop of a year's abbreviation closing a date ends no
        // sentence.
        if (e.sentence_end && abbreviated_year_end(line)) e.sentence_end = false;
        if (e.chars > threshold::kTitleMaxChars || e.starts_lower) return false;
        if (e.sentence_end && !e.question && e.words > threshold::kTitleMaxWordsWithStop)
            return false;
        if (e.caseless * 2 > e.letters && e.sentence_end && e.chars > 60) return false;
        // Two sentences ("It rained. We stayed.") are a paragraph.
        if (e.sentence_end && !e.question) {
            for (std::size_t p = line.find(". "); p != std::string_view::npos;
                 p = line.find(". ", p + 2)) {
                const std::size_t word_start = line.rfind(' ', p);
                const std::size_t len =
                    p - (word_start == std::string_view::npos ? 0 : word_start + 1);
                if (len > 3 && p + 2 < line.size() &&
                    std::isupper(static_cast<unsigned char>(line[p + 2])))
                    return false;
            }
        }
        // A line that runs on into a lowercase line is the start of a wrapped paragraph.
        if (i + 1 < lines_.size() && !trim(lines_[i + 1]).empty()) {
            const std::string_view next = trim(lines_[i + 1]);
            std::size_t p = 0;
            if (is_lower(next_code_point(next, p)) && !e.sentence_end) return false;
        }
        return e.letters > 0;
    }

    /// A press office's contact block under the headline: one to four short lines that are not
    /// prose (name, office, place) ending in a telephone number ("Dwayne Brown" / "Headquarters,
    /// Washington" / "202-358-1726"); the end of the block, or npos.
    std::size_t contact_block_end(std::size_t j) const {
        for (std::size_t k = j; k < lines_.size() && k < j + 4; ++k) {
            const std::string_view line = trim(lines_[k]);
            if (line.empty()) return npos;
            if (phone_line(line)) return k > j ? k + 1 : npos;
            const LineEvidence e = measure_line(line, language_);
            // (A place may end in an abbreviation's stop: "Laurel, Md.")
            if (is_prose(e) || e.chars > threshold::kFallbackTitleChars) return npos;
        }
        return npos;
    }

    /// "202-358-1726", "202-358-1726/3895", "+32 2 29 96302": digits, dashes, slashes, dots,
    /// spaces, brackets and a leading '+', with 7 to 15 digits.
    static bool phone_line(std::string_view line) {
        std::size_t digits = 0;
        for (const char c : line) {
            if (c >= '0' && c <= '9')
                ++digits;
            else if (c != '-' && c != '/' && c != '.' && c != ' ' && c != '(' && c != ')' &&
                     c != '+')
                return false;
        }
        return digits >= 7 && digits <= 15;
    }

    /// "RELEASE: 07-55", "MEDIA ADVISORY: M07-72", "Release No. 12-428": a press office's number
    /// for the release.
    static bool release_number(std::string_view line) {
        const std::string low = to_lower(line);
        for (std::string_view label :
             {"release:", "release no.", "release no:", "media advisory:", "news release:",
              "press release no.", "communiqué n°", "pressemitteilung nr."}) {
            if (low.compare(0, label.size(), label) != 0) continue;
            const std::string_view rest = trim(std::string_view(low).substr(label.size()));
            if (rest.empty() || rest.size() > 16 || rest.find(' ') != std::string_view::npos)
                return false;
            return std::any_of(rest.begin(), rest.end(),
                               [](char c) { return c >= '0' && c <= '9'; });
        }
        return false;
    }

    /// True when a byline or a date line follows line `j` within the next three short lines
    /// that are not prose (a speaker, a place, then the date).
    bool date_follows(std::size_t j) const {
        for (std::size_t k = skip_blank(j + 1), n = 0; k < lines_.size() && n < 3;
             k = skip_blank(k + 1), ++n) {
            const std::string_view line = trim(lines_[k]);
            if (parse_byline(line) || is_date_line(line)) return true;
            const LineEvidence e = measure_line(line, language_);
            if (is_prose(e) || e.chars > threshold::kFallbackTitleChars) return false;
        }
        return false;
    }

    bool next_is_byline_or_date(std::size_t j) const {
        const std::size_t k = skip_blank(j + 1);
        if (k >= lines_.size()) return false;
        const std::string_view next = trim(lines_[k]);
        return parse_byline(next).has_value() || is_date_line(next);
    }

    std::size_t header_block(std::size_t i) {
        std::map<std::string, std::string> values;
        std::map<std::string, std::vector<std::string>> lists;
        for (; i < lines_.size() && !trim(lines_[i]).empty(); ++i) {
            const auto f = header_field(lines_[i]);
            if (!f) break;
            if (f->first == "author") {  // each "Author:" line, "A; B" a list of its own
                std::vector<std::string>& names = lists["author"];
                for (std::string& name : split_meta_list("author", f->second))
                    names.push_back(std::move(name));
            } else {
                values[f->first] = f->second;
            }
        }
        apply_meta(meta_, values, lists);
        return i;
    }

    const std::vector<std::string_view>& lines_;
    const std::string& file_;
    std::string_view language_;
    Diagnostics& diags_;
    doc::Metadata& meta_;
    std::size_t title_line_ = npos;
    std::size_t first_kept_ = npos;
    std::size_t dropped_ = 0;
    std::vector<unsigned char> kinds_;  // per line: 0, or the dropped kind + 1
    bool date_above_title_ = false;     ///< the date was read above the headline
};

constexpr std::size_t npos_line = static_cast<std::size_t>(-1);

/// A press release's end mark: "-end-", "- END -", "###", "# # #", "-30-".
bool end_mark(std::string_view line) {
    std::string low = to_lower(trim(line));
    low.erase(std::remove(low.begin(), low.end(), ' '), low.end());
    return low == "-end-" || low == "###" || low == "-30-" || low == "--end--" || low == "—end—";
}

/// True when the trimmed `line` ends with ':' or '：'.
bool ends_with_colon(std::string_view line) {
    line = trim(line);
    return (!line.empty() && line.back() == ':') ||
           (line.size() >= 3 && line.substr(line.size() - 3) == "：");
}

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

/// True for "2020", "2020-11", "2020-11-08".
bool iso_date_shape(std::string_view v) {
    auto digits = [&](std::size_t at, std::size_t n) {
        if (at + n > v.size()) return false;
        for (std::size_t k = at; k < at + n; ++k)
            if (v[k] < '0' || v[k] > '9') return false;
        return true;
    };
    if (v.size() == 4) return digits(0, 4);
    if (v.size() == 7) return digits(0, 4) && v[4] == '-' && digits(5, 2);
    if (v.size() == 10)
        return digits(0, 4) && v[4] == '-' && digits(5, 2) && v[7] == '-' && digits(8, 2);
    return false;
}

}  // namespace

namespace {

/// Sets the authors to `names`, each trimmed; "Carmen Andoh and contributors" (Go blog): the
/// unnamed others are no author.
void set_authors(doc::Metadata& meta, const std::vector<std::string>& names) {
    meta.authors.clear();
    for (const std::string& given : names) {
        std::string name(trim(given));
        for (std::string_view tail :
             {" and contributors", " and others", " et al.", " et al", " u. a.", " und andere"})
            if (name.size() > tail.size() + 2 &&
                name.compare(name.size() - tail.size(), tail.size(), tail) == 0)
                name =
                    std::string(trim(std::string_view(name).substr(0, name.size() - tail.size())));
        if (!name.empty()) meta.authors.push_back(name);
    }
}

/// Sets the keywords to `keywords`, each trimmed; blanks and repeats are dropped.
void set_keywords(doc::Metadata& meta, const std::vector<std::string>& keywords) {
    meta.keywords.clear();
    for (const std::string& given : keywords)
        if (const std::string keyword(trim(given)); !keyword.empty())
            meta.keywords.push_back(keyword);
    remove_repeats(meta.keywords);  // linear: 100,000 keywords took 14 s with find
}

}  // namespace

void apply_meta(doc::Metadata& meta, const std::map<std::string, std::string>& values,
                const std::map<std::string, std::vector<std::string>>& lists) {
    for (const auto& [key, raw] : values) {
        const std::string value(trim(raw));
        if (key == "title")
            meta.title = value;
        else if (key == "subtitle")
            meta.subtitle = value;
        else if (key == "author" || key == "authors")
            set_authors(meta, split_meta_list(key, value));
        else if (key == "date") {
            set_date(meta, value);
            if (meta.date.empty() && iso_date_shape(value)) meta.date = value;
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
        else if (key == "keywords")
            set_keywords(meta, split_meta_list(key, value));  // "a, b; c"
    }
    for (const auto& [key, items] : lists) {
        if (key == "author" || key == "authors")
            set_authors(meta, items);
        else if (key == "keywords")
            set_keywords(meta, items);
    }
}

void apply_overrides(doc::Metadata& meta, const ReadOptions& options, const std::string& file,
                     Diagnostics& diagnostics) {
    static const std::set<std::string> known = {
        "title",      "subtitle",    "author",    "authors", "date",     "lang",    "language",
        "identifier", "description", "publisher", "rights",  "dateline", "keywords"};
    for (const auto& [key, value] : options.meta) {
        if (!known.count(key))
            diagnostics.warn(file, 0, "ignored unknown metadata key '" + key + "'");
        else if ((key == "lang" || key == "language") && normalize_language_tag(value).empty())
            diagnostics.warn(file, 0, "ignored invalid language tag '" + value + "'");
    }
    if (!options.language.empty() && normalize_language_tag(options.language).empty())
        diagnostics.warn(file, 0, "ignored invalid language tag '" + options.language + "'");
    apply_meta(meta, options.meta, options.meta_lists);
}

/// A byline with a date ("Kat Walsh, December 23rd, 2014") that names none of `authors` (the
/// article's own, known from its header): the byline of another post listed on the page.
bool other_post_byline(std::string_view line, const std::vector<std::string>& authors) {
    if (authors.empty()) return false;
    const auto b = parse_byline(line);
    if (!b || b->date_text.empty() || b->authors.empty()) return false;
    for (const std::string& a : b->authors)
        if (std::find(authors.begin(), authors.end(), a) != authors.end()) return false;
    return true;
}

/// A line whose class its neighbours decide at the article's edges (jusText's "short" block):
/// no furniture of its own evidence, not a sentence of prose, under kShortBlockMaxChars, and
/// none of the lines the header and the closing credit are read from (a date, a byline, a
/// references label). A byline and date naming none of `authors` (the article's, from its
/// header) is another post's: a teaser's line like any other.
bool edge_short_line(std::string_view line, std::string_view language,
                     const std::vector<std::string>& authors = {}) {
    // A list's item or its continuation is the list's (a list is a block of its own).
    if (line.substr(0, 2) == "  " || line.substr(0, 1) == "\t") return false;
    const std::string_view t = trim(line);
    if (t.substr(0, 2) == "- " || t.substr(0, 2) == "* " || t.substr(0, 4) == "\xe2\x80\xa2 ")
        return false;
    std::size_t digits = 0;
    while (digits < t.size() && t[digits] >= '0' && t[digits] <= '9') ++digits;
    if (digits > 0 && digits + 1 < t.size() && (t[digits] == '.' || t[digits] == ')') &&
        t[digits + 1] == ' ')
        return false;
    const LineEvidence e = measure_line(line, language);
    return !is_prose(e) && e.chars <= threshold::kShortBlockMaxChars &&
           classify_furniture(line, language).kind == Furniture::None &&
           !parse_closing_credit(line) && !is_references_label(line) &&
           (other_post_byline(line, authors) || (!is_date_line(line) && !parse_byline(line)));
}

/// A list item that opens with a date and a colon: "• 29 June 2014: Medal-seeking Spanish men
/// arrive at 2014 Goalball World Championships" (an entry of a list of other stories).
bool dated_list_item(std::string_view line) {
    line = trim(line);
    // The colon closes a date near the start: most lines have none there (cheap look first).
    const std::size_t colon = line.substr(0, 64).find_first_of(":\xef");
    if (colon == std::string_view::npos) return false;
    for (std::string_view bullet : {"\xe2\x80\xa2 ", "- ", "* ", "\xc2\xb7 "})
        if (line.substr(0, bullet.size()) == bullet) line = trim(line.substr(bullet.size()));
    const auto d = find_date(line);
    if (!d || d->begin != 0) return false;
    const std::string_view rest = trim(line.substr(d->end));
    return rest.size() > 2 && (rest[0] == ':' || rest.substr(0, 3) == "：") &&
           code_point_count(line) <= threshold::kFurnitureMaxChars;
}

/// Furniture found by its neighbours, after the line rules (jusText's context step): a list of
/// dated headlines and its label; a line printed twice in a row (an image's caption and its
/// alternative text, a template notice); short lines among furniture between the headline and
/// the first paragraph; and at the end, the label of a dropped block, an empty "Sources" label,
/// or a line ending in ':' that introduces nothing left.
void drop_by_context(const std::vector<std::string_view>& lines, std::string_view language,
                     std::size_t body_begin, std::size_t body_end, HeaderReader& header,
                     std::vector<char>& dropped) {
    auto gone = [&](std::size_t i) { return dropped[i] || header.was_dropped(i); };
    auto drop_line = [&](std::size_t i, Furniture kind) {
        dropped[i] = 1;
        header.drop(i, kind);
    };
    auto drop_line_as = [&](std::size_t i, const char* what) {
        dropped[i] = 1;
        header.drop_as(i, what);
    };
    auto next_kept = [&](std::size_t i) -> std::size_t {  // body_end when none
        for (std::size_t k = i + 1; k < body_end; ++k)
            if (!trim(lines[k]).empty()) return k;
        return body_end;
    };
    // Dated lists of other stories, and the label above them.
    for (std::size_t i = body_begin; i < body_end;) {
        std::size_t end = i;
        while (end < body_end && !trim(lines[end]).empty() && dated_list_item(lines[end])) ++end;
        if (end - i >= threshold::kDatedListMinItems) {
            for (std::size_t k = i; k < end; ++k)
                if (!gone(k)) drop_line(k, Furniture::Teaser);
            std::size_t label = i;
            while (label > body_begin && trim(lines[label - 1]).empty()) --label;
            if (label > body_begin && !gone(label - 1)) {
                const LineEvidence e = measure_line(lines[label - 1], language);
                if (!e.sentence_end && e.words <= threshold::kWidgetMaxWords && !is_prose(e))
                    drop_line(label - 1, Furniture::LinkBlock);
            }
        }
        i = std::max(end, i + 1);
    }
    // A line printed twice in a row: an image's caption and its alternative text, or (at the end)
    // a site template's notice. Not a refrain: a line ending in a comma or semicolon is verse.
    for (std::size_t i = body_begin; i < body_end; ++i) {
        if (trim(lines[i]).empty() || gone(i)) continue;
        const std::size_t k = next_kept(i);
        if (k >= body_end || gone(k)) continue;
        const std::string_view a = trim(lines[i]);
        if (a != trim(lines[k])) continue;
        const LineEvidence e = measure_line(a, language);
        const char last = a.back();
        bool text_before = false;  // a notice closes an article, it is not the article
        for (std::size_t b = body_begin; b < i && !text_before; ++b)
            text_before = !trim(lines[b]).empty() && !gone(b);
        if (next_kept(k) >= body_end && text_before) {  // the template notice closing a page
            drop_line_as(i, "repeated line");
            drop_line_as(k, "repeated line");
        } else if (!e.sentence_end && e.words >= 3 && last != ',' && last != ';') {
            drop_line_as(k, "repeated line");  // the first copy stays, as the caption
        }
    }
    // Between the headline and the first paragraph: short lines next to furniture, once the
    // stretch has furniture of its own evidence (not counting image credits under captions).
    std::size_t first_prose = body_end;
    for (std::size_t i = body_begin; i < body_end; ++i)
        if (!trim(lines[i]).empty() && !gone(i) && is_prose(measure_line(lines[i], language))) {
            first_prose = i;
            break;
        }
    std::size_t furniture = 0;
    for (std::size_t i = 0; i < first_prose; ++i)
        if (header.was_dropped(i) || dropped[i]) furniture += !credit_label_line(lines[i]);
    if (furniture >= threshold::kFurnitureRunMin) {
        // One pass, and only beside an image's name (an icon, a logo, a series' picture): a
        // side box's title and its links. Beside other furniture a short line may be an
        // infobox's field or the release's header.
        std::vector<std::size_t> found;
        for (std::size_t i = body_begin; i < first_prose; ++i) {
            const std::string_view line = trim(lines[i]);
            if (line.empty() || gone(i)) continue;
            const LineEvidence e = measure_line(line, language);
            if (e.words > threshold::kShortNeighbourMaxWords || e.sentence_end ||
                is_date_line(line) || image_name_line(line))
                continue;
            std::size_t prev = i;
            while (prev > body_begin && trim(lines[prev - 1]).empty()) --prev;
            const bool prev_icon =
                prev > body_begin && gone(prev - 1) && image_name_line(lines[prev - 1]);
            const std::size_t next = next_kept(i);
            const bool next_icon = next < first_prose && gone(next) && image_name_line(lines[next]);
            if (prev_icon || next_icon) found.push_back(i);
        }
        for (std::size_t i : found) drop_line(i, Furniture::Navigation);
    }
    // jusText's context step above the first paragraph: a run of short lines with furniture
    // right above and right below it (the header above counts as text: a standfirst or a kicker
    // under the headline stays) is furniture too — a widget's label between its buttons.
    for (std::size_t i = body_begin; i < first_prose;) {
        if (trim(lines[i]).empty() || gone(i)) {
            ++i;
            continue;
        }
        std::vector<std::size_t> run;
        std::size_t k = i;
        for (; k < first_prose; ++k) {
            if (trim(lines[k]).empty()) continue;
            if (gone(k) || run.size() >= threshold::kShortRunMaxLines ||
                !edge_short_line(lines[k], language))
                break;
            run.push_back(k);
        }
        // (Above may be the header's furniture, under the headline.)
        std::size_t prev = i;
        while (prev > 0 && trim(lines[prev - 1]).empty()) --prev;
        const bool bad_above =
            prev > 0 && gone(prev - 1) && header.dropped_kind(prev - 1) != Furniture::Credit;
        const bool bad_below =
            k < first_prose && gone(k) && header.dropped_kind(k) != Furniture::Credit;
        if (!run.empty() && bad_above && bad_below)
            for (std::size_t r : run) drop_line(r, Furniture::Navigation);
        i = std::max(k, i + 1);
    }
    // At the end: an empty references label, an introduction whose content is not there, the
    // label of a dropped list of links.
    for (int pass = 0; pass < 3; ++pass) {
        std::size_t last = body_end;
        for (std::size_t i = body_end; i > body_begin; --i)
            if (!trim(lines[i - 1]).empty() && !gone(i - 1)) {
                last = i - 1;
                break;
            }
        if (last == body_end) break;
        const std::string_view line = trim(lines[last]);
        const LineEvidence e = measure_line(line, language);
        auto list_item = [](std::string_view t) {
            t = trim(t);
            return t.substr(0, 4) == "\xe2\x80\xa2 " || t.substr(0, 2) == "- " ||
                   t.substr(0, 2) == "* ";
        };
        std::size_t under = last + 1;  // the next non-blank line, dropped or not
        while (under < lines.size() && trim(lines[under]).empty()) ++under;
        std::size_t listed = 0;  // dropped list items and link-block lines after it
        for (std::size_t k = last + 1; k < lines.size(); ++k) {
            const std::string_view t = trim(lines[k]);
            const Furniture kind = header.dropped_kind(k);
            listed += gone(k) && (kind == Furniture::Teaser || kind == Furniture::LinkBlock ||
                                  t.substr(0, 4) == "\xe2\x80\xa2 " || t.substr(0, 2) == "- " ||
                                  t.substr(0, 2) == "* ");
        }
        if (is_references_label(line)) {
            drop_line(last, Furniture::LinkBlock);
        } else if (e.colon_end && !e.sentence_end && e.words <= threshold::kHeadingMaxWords) {
            drop_line_as(last, "introduction to missing content");
        } else if (!e.sentence_end && e.words <= threshold::kShortNeighbourMaxWords &&
                   listed >= threshold::kFurnitureRunMin && !list_item(line) &&
                   under < lines.size() && gone(under) && list_item(lines[under])) {
            drop_line(last, Furniture::LinkBlock);
        } else {
            break;
        }
    }
}

doc::Document parse_article(std::string_view utf8, const std::string& file,
                            const ReadOptions& options, Diagnostics& diagnostics) {
    // Front matter is the article's own metadata; it and shortcodes never reach the body.
    const FrontMatter front = read_front_matter(utf8, file);
    std::string own;
    utf8 = article_body(utf8, front, file, diagnostics, own);

    doc::Document d;
    doc::Metadata& meta = d.meta;
    meta.source = file;
    const std::vector<std::string_view> lines = split_lines(utf8);

    // Language: --lang, then metadata (command line / sidecar / header block), then detection.
    std::string language = normalize_language_tag(options.language);
    if (language.empty())
        if (auto it = options.meta.find("lang"); it != options.meta.end())
            language = normalize_language_tag(it->second);
    if (language.empty())
        if (auto it = options.meta.find("language"); it != options.meta.end())
            language = normalize_language_tag(it->second);
    std::string given_language = language;
    for (const char* key : {"lang", "language"})
        if (auto it = front.values.find(key); given_language.empty() && it != front.values.end())
            given_language = normalize_language_tag(it->second);
    const std::string detected = given_language.empty() ? detect_language(utf8) : "";

    // Title, byline and date: from the front matter when it names a title, else from the text.
    HeaderReader header(lines, file, given_language.empty() ? detected : given_language,
                        diagnostics, meta);
    std::size_t body_begin = front.values.count("title") ? 0 : header.read();
    apply_meta(meta, front.values, front.lists);
    // Front matter with a title but no author: a byline opening the body ("**Authors**: X (Org)"
    // in Hugo posts) names the authors and is not body text.
    if (front.values.count("title") && meta.authors.empty()) {
        const std::size_t first = header.skip_blank(body_begin);
        if (first < lines.size())
            if (const auto b = parse_byline(lines[first])) {
                meta.authors = b->authors;
                if (meta.date_text.empty() && !b->date_text.empty()) set_date(meta, b->date_text);
                body_begin = first + 1;
            }
    }

    if (language.empty()) language = meta.language;
    if (language.empty()) language = detected;
    meta.language = language;
    const QuoteMarks marks = quote_marks(language, options.quotes);

    // Furniture at the top of the body, and at the bottom of the article: every furniture line
    // from the end up, and a recognisable block (a "Related"/share/link-block label followed
    // only by lines that are not prose) within the last lines.
    std::vector<char> dropped(lines.size(), 0);
    // (The headline printed again right under it, as a page's title and its article's heading,
    // belongs to this page top: the furniture under it is still at the edge.)
    const std::string folded_title = fold_for_compare(meta.title);
    for (std::size_t i = header.skip_blank(body_begin); i < lines.size();
         i = header.skip_blank(i + 1)) {
        const FurnitureVerdict v = classify_furniture(lines[i], language);
        if (v.kind == Furniture::None) {
            const std::size_t next = header.skip_blank(i + 1);
            if (folded_title.empty() || fold_for_compare(lines[i]) != folded_title ||
                next >= lines.size() ||
                classify_furniture(lines[next], language).kind == Furniture::None)
                break;
            header.drop_as(i, "repeated headline");
            body_begin = i + 1;
            continue;
        }
        header.drop(i, v.kind);
        body_begin = i + 1;
    }
    // A byline a few lines under the headline, below a photo label, a credit or a standfirst
    // without a full stop ("Publicado em 10/05/2021 — 06:05 Por X — Repórter da Agência
    // Brasil"): it names the authors (its date wins over a date above the headline, often the
    // page's own). It stays in the text, between the lines around it: its role and place are
    // not in the metadata.
    if (meta.authors.empty() && !meta.title.empty() && !front.values.count("title")) {
        std::size_t seen = 0;
        for (std::size_t i = header.skip_blank(body_begin);
             i < lines.size() && seen < threshold::kBylineUnderStandfirstLines;
             i = header.skip_blank(i + 1), ++seen) {
            // A sentence of prose ends the title block: a byline under it is another post's.
            if (is_prose(measure_line(lines[i], language))) break;
            const auto b = parse_byline(lines[i]);
            if (!b) continue;
            meta.authors = b->authors;
            if (!b->publisher.empty()) meta.publisher = b->publisher;
            if (!b->date_text.empty() && (meta.date_text.empty() || header.date_above_title()))
                set_date(meta, b->date_text);
            break;
        }
    }
    std::size_t body_end = lines.size();
    std::vector<std::pair<std::size_t, Furniture>> bottom_drops;
    // A press release ends at its end mark ("-end-", "###", "-30-"): what follows among the
    // last lines (subscription notes, the next post of a page) is not the release. The
    // "visit:" line and its address right above the mark are the agency's standard footer.
    // Above them is the release itself: no more edge furniture is looked for.
    bool ended = false;
    {
        std::size_t seen = 0;
        for (std::size_t i = lines.size(); i > body_begin && seen < threshold::kEdgeLines; --i) {
            const std::string_view line = trim(lines[i - 1]);
            if (line.empty()) continue;
            ++seen;
            if (!end_mark(line)) continue;
            for (std::size_t k = lines.size(); k > i - 1; --k)
                if (!trim(lines[k - 1]).empty()) bottom_drops.push_back({k - 1, Furniture::Footer});
            body_end = i - 1;
            ended = true;
            std::size_t k = header.skip_blank_back(body_end, body_begin);
            if (k != npos_line && classify_furniture(lines[k], language).kind == Furniture::Url) {
                bottom_drops.push_back({k, Furniture::Url});
                body_end = k;
                const std::size_t v = header.skip_blank_back(k, body_begin);
                if (v != npos_line && ends_with_colon(lines[v]) &&
                    code_point_count(trim(lines[v])) <= threshold::kFallbackTitleChars) {
                    bottom_drops.push_back({v, Furniture::Footer});
                    body_end = v;
                }
            }
            break;
        }
    }
    while (!ended && body_end > body_begin) {
        const std::size_t i = body_end - 1;
        if (trim(lines[i]).empty()) {
            --body_end;
            continue;
        }
        Furniture kind = classify_furniture(lines[i], language).kind;
        if (kind == Furniture::None && repeats_author(lines[i], meta.authors))
            kind = Furniture::Navigation;
        if (kind == Furniture::None) {
            // jusText's context step at the bottom edge: short lines (not prose, no date or
            // credit) between furniture above and furniture or the end of the text below are
            // furniture (a media player's title, a widget's label).
            std::vector<std::size_t> run;
            std::size_t above = npos_line;
            for (std::size_t j = body_end; j > body_begin; --j) {
                if (trim(lines[j - 1]).empty()) continue;
                if (run.size() < threshold::kShortRunMaxLines &&
                    edge_short_line(lines[j - 1], language, meta.authors)) {
                    run.push_back(j - 1);
                    continue;
                }
                above = j - 1;
                break;
            }
            // (An address line above is no evidence: a sentence may lead into it.)
            const Furniture above_kind = above == npos_line
                                             ? Furniture::None
                                             : classify_furniture(lines[above], language).kind;
            if (!run.empty() && above_kind != Furniture::None && above_kind != Furniture::Url) {
                for (std::size_t r : run) bottom_drops.push_back({r, Furniture::Navigation});
                body_end = above + 1;
                continue;
            }
            // Between the text above and furniture right under it (no blank line between, as
            // one block of the page): a short line that is no sentence is that block's label.
            const bool glued = !bottom_drops.empty() && bottom_drops.back().first == i + 1 &&
                               bottom_drops.back().second != Furniture::Credit;
            if (glued && edge_short_line(lines[i], language) &&
                !measure_line(lines[i], language).sentence_end) {
                bottom_drops.push_back({i, Furniture::Navigation});
                --body_end;
                continue;
            }
            break;
        }
        bottom_drops.push_back({i, kind});
        --body_end;
    }
    {
        // A labelled block at the end: "Related" / "■関連リンク" / "Share this:" and then
        // titles or names only (no sentence of prose) up to the furniture already found.
        std::size_t seen = 0;
        std::size_t block = body_end;
        for (std::size_t i = body_end; i > body_begin && seen < threshold::kTeaserListLines; --i) {
            const std::string_view line = trim(lines[i - 1]);
            if (line.empty()) continue;
            ++seen;
            const LineEvidence e = measure_line(line, language);
            if (is_prose(e) || e.chars > threshold::kFurnitureMaxChars || is_references_label(line))
                break;
            const FurnitureVerdict v = classify_furniture(line, language);
            if (v.kind == Furniture::Teaser || v.kind == Furniture::LinkBlock ||
                ((v.kind == Furniture::Share || v.kind == Furniture::Follow) && v.anywhere))
                block = i - 1;
        }
        if (block < body_end) {
            for (std::size_t i = body_end; i > block; --i)
                if (!trim(lines[i - 1]).empty()) {
                    Furniture kind = classify_furniture(lines[i - 1], language).kind;
                    bottom_drops.push_back(
                        {i - 1, kind == Furniture::None ? Furniture::LinkBlock : kind});
                }
            std::sort(bottom_drops.begin(), bottom_drops.end(),
                      [](const auto& x, const auto& y) { return x.first > y.first; });
            body_end = block;
        }
    }
    for (auto it = bottom_drops.rbegin(); it != bottom_drops.rend(); ++it)
        header.drop(it->first, it->second);

    // Inside the article, only recognisable furniture goes: labelled lines, rows of network
    // names, a lone network name beside other share-widget lines, and the lines of a link block
    // under its label.
    auto neighbour = [&](std::size_t i, int step) -> std::optional<std::size_t> {
        for (std::size_t k = i;;) {
            if (step < 0 && k == body_begin) return std::nullopt;
            k = step < 0 ? k - 1 : k + 1;
            if (k >= body_end) return std::nullopt;
            if (!trim(lines[k]).empty()) return k;
        }
    };
    // The headline printed again in the page (a breadcrumb, the article's own heading): the
    // title has it already.
    {
        const std::string title = fold_for_compare(meta.title);
        const std::size_t size = trim(meta.title).size();
        for (std::size_t i = body_begin; i < body_end && !title.empty(); ++i) {
            const std::size_t n = trim(lines[i]).size();
            if (n == 0 || n * 2 < size || n > size * 2 + 8) continue;  // cheap look first
            if (fold_for_compare(lines[i]) == title) {
                dropped[i] = 1;
                header.drop_as(i, "repeated headline");
            }
        }
    }
    std::vector<std::size_t> captions;
    // Only lines recognisable anywhere and share-widget lines can go here (the others are
    // furniture only at the edges): recognisable_furniture, cheaper than classify_furniture.
    std::vector<FurnitureVerdict> verdicts(body_end > body_begin ? body_end - body_begin : 0);
    for (std::size_t i = body_begin; i < body_end; ++i)
        if (!trim(lines[i]).empty())
            verdicts[i - body_begin] = recognisable_furniture(lines[i], language);
    for (std::size_t i = body_begin; i < body_end; ++i) {
        const FurnitureVerdict& v = verdicts[i - body_begin];
        if (v.kind == Furniture::None || dropped[i]) continue;
        bool drop = v.anywhere;
        if (!drop && v.kind == Furniture::Share) {
            for (int step : {-1, 1})
                if (const auto k = neighbour(i, step);
                    k && verdicts[*k - body_begin].kind == v.kind)
                    drop = true;
        }
        if (!drop) continue;
        dropped[i] = 1;
        header.drop(i, v.kind);
        // "Jean Charest in 2010" / "Image: US Mission Canada.": the line above a credit is the
        // image's caption, not a heading.
        if (v.kind == Furniture::Credit && i > body_begin && !trim(lines[i - 1]).empty() &&
            !measure_line(lines[i - 1], language).sentence_end)
            captions.push_back(i - 1);
        if (v.kind != Furniture::LinkBlock) continue;
        // The links under the label: short lines that are not prose, up to the next blank line
        // that is followed by prose.
        std::size_t count = 0;
        for (auto k = neighbour(i, 1); k && count < threshold::kLinkBlockMaxLines;
             k = neighbour(*k, 1), ++count) {
            if (verdicts[*k - body_begin].kind == Furniture::Teaser) {
                dropped[*k] = 1;  // a teaser's excerpt with its "Read more" link
                header.drop(*k, Furniture::Teaser);
                continue;
            }
            const LineEvidence e = measure_line(lines[*k], language);
            if (is_prose(e) || e.chars > threshold::kFallbackTitleChars) break;
            dropped[*k] = 1;
            header.drop(*k, Furniture::LinkBlock);
        }
    }

    drop_by_context(lines, language, body_begin, body_end, header, dropped);

    // No byline at the top: a closing credit near the end ("Posted by Alon Zakai.", "Reporting
    // by X; Editing by Y", "Correspondent X may be reached at …", "홍길동 기자") names the
    // author; it stays in the text.
    // No date at the top: a date line among the last lines ("Release Date: June 13, 2019").
    if (meta.date_text.empty()) {
        std::size_t seen = 0;
        for (std::size_t i = body_end; i > body_begin && seen < threshold::kBylineScanLines; --i) {
            const std::string_view line = trim(lines[i - 1]);
            if (line.empty() || dropped[i - 1]) continue;
            ++seen;
            if (is_date_line(line)) {
                set_date(meta, line);
                break;
            }
        }
    }
    // Still none: a date closing the headline ("松村内閣府特命担当大臣記者会見要旨
    // 令和5年12月15日").
    if (meta.date_text.empty() && !meta.title.empty())
        if (const auto d = find_date(meta.title);
            d && (d->end + 2 >= meta.title.size() || abbreviated_year_end(meta.title)))
            set_date(meta, std::string_view(meta.title).substr(d->begin, d->end - d->begin));
    if (meta.authors.empty()) {
        int seen = 0;
        for (std::size_t i = body_end; i > body_begin && seen < 15; --i) {
            const std::string_view line = trim(lines[i - 1]);
            if (line.empty() || dropped[i - 1]) continue;
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
            if (meta.authors.empty())
                if (const auto b = parse_closing_credit(line)) {
                    meta.authors = b->authors;
                    if (meta.publisher.empty()) meta.publisher = b->publisher;
                }
            if (!meta.authors.empty()) break;
        }
    }

    std::vector<SourceLine> body;
    body.reserve(body_end - body_begin);
    for (std::size_t i = body_begin; i < body_end; ++i)
        body.push_back({dropped[i] ? std::string_view() : lines[i], static_cast<int>(i + 1),
                        std::find(captions.begin(), captions.end(), i) != captions.end()});
    d.blocks = parse_blocks(body, language, marks);
    assign_heading_ids(d.blocks);
    if (match_numbered_notes(d, file, diagnostics) == 0) match_asterisk_notes(d, file, diagnostics);

    // Dateline at the start of the first paragraph (kept in the paragraph as well).
    // A byline there ("新华社北京3月1日电（记者 高鹏）") names the author when nothing else did.
    const doc::Paragraph* first_paragraph = nullptr;
    int first_paragraph_line = 0;
    int paragraphs_seen = 0;
    for (const doc::Block& b : d.blocks) {
        const auto* p = std::get_if<doc::Paragraph>(&b.value);
        if (!p) continue;
        const std::string text = doc::plain_text(p->content);
        if (!first_paragraph) {
            first_paragraph = p;
            first_paragraph_line = b.line;
            meta.dateline = find_dateline(text);
        }
        if (meta.authors.empty())
            if (const auto lead = find_lead_byline(text)) {
                meta.authors = lead->authors;
                if (meta.publisher.empty()) meta.publisher = lead->publisher;
            }
        if (!meta.authors.empty() || ++paragraphs_seen >= 3) break;
    }
    // No byline anywhere: a headline "Title / Author Name" names the author.
    header.split_title_author();
    // A text that is only furniture has nothing to make a book of: at least half of its lines
    // dropped as furniture and no sentence of prose among the lines kept (a dropped line that
    // reads like a sentence, a site's notice, does not make the rest an article); or nothing
    // at all left once shortcodes and markup are gone.
    std::size_t non_blank = 0;
    for (std::string_view l : lines) non_blank += trim(l).empty() ? 0 : 1;
    if (non_blank == 0)
        throw Error(ErrorCode::InputInvalid, file,
                    "no article text: only front matter, shortcodes or markup");
    if (header.dropped() > 0 && header.dropped() * 2 >= non_blank) {
        std::size_t prose = 0;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            if (trim(lines[i]).empty() || header.was_dropped(i)) continue;
            const LineEvidence e = measure_line(lines[i], language);
            // Furniture is short: a long line is text even when its words are unknown, and so
            // is any sentence of a few words (names and places have few function words).
            if (is_prose(e) || e.chars > threshold::kFurnitureMaxChars ||
                (e.sentence_end && e.words >= threshold::kProseMinWords))
                ++prose;
        }
        if ((meta.title.empty() && d.blocks.empty()) || prose == 0)
            throw Error(ErrorCode::InputInvalid, file,
                        "no article text: " + std::to_string(header.dropped()) + " of " +
                            std::to_string(non_blank) +
                            " lines are web furniture (navigation, share widgets, credits) and "
                            "no line left is a sentence of prose");
    }

    // Overrides from the command line and the sidecar, then the fallbacks.
    apply_overrides(meta, options, file, diagnostics);
    if (!options.language.empty() && !language.empty()) meta.language = language;
    if (meta.title.empty() && first_paragraph) {
        // No headline: the first sentence when it is short, else the file name in words, else
        // the first sentence cut at a word boundary — never a whole paragraph.
        const std::string text = doc::plain_text(first_paragraph->content);
        std::string title = title_from_text(text);
        const std::string from_name = title_from_file_name(file);
        if (title.size() >= 3 && title.compare(title.size() - 3, 3, "…") == 0 && !from_name.empty())
            title = from_name;
        meta.title = title;
        diagnostics.warn(file, first_paragraph_line,
                         "no headline: the title is '" + shorten(meta.title) + "'");
    }
    if (meta.title.empty()) meta.title = std::filesystem::path(file).stem().string();
    meta.title = smart_punctuate(meta.title, marks);
    meta.subtitle = smart_punctuate(meta.subtitle, marks);
    if (meta.language.empty()) meta.language = "en";
    return d;
}

}  // namespace galley::read
