#include "read/HeadingRules.hpp"

#include <unicode/uchar.h>

#include <cctype>
#include <set>
#include <string>
#include <utility>

#include "read/Boilerplate.hpp"
#include "read/DateParser.hpp"
#include "read/LineEvidence.hpp"
#include "read/ReaderThresholds.hpp"
#include "read/TextUtil.hpp"

namespace galley::read {

namespace {

/// A closing quotation mark or bracket.
bool is_closing_mark(char32_t c) {
    return std::u32string_view(U"\"'”’»›」』）)]】〕").find(c) != std::u32string_view::npos;
}

}  // namespace

bool is_terminal_punct(char32_t c) {
    return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == U'…' ||
           c == U'。' || c == U'、' || c == U'！' || c == U'？' || c == U'：' || c == U'；' ||
           c == U'，' || c == U'۔' || c == U'؟' || c == U'।' || c == '"' || c == U'”' ||
           c == U'’' || c == U'»' || c == '\'' || c == '-' || c == U'–' || c == U'—' || c == '=' ||
           c == '{' || c == '(' || c == '[' || c == '|' || c == '/' || c == '\\' || c == '<' ||
           c == '>';
}

/// Space-less scripts (Han, kana, Thai...) count characters, not words, for headings.
bool caseless_script(char32_t c) {
    return c >= 0x2E80 || (c >= 0x0E00 && c <= 0x0EFF);
}

/// "Article 1.", "Điều 1:", "סעיף א.", "अनुच्छेद १.": a label and a number, with a final stop.
bool numbered_label(std::string_view line) {
    if (line.size() > 120 || code_point_count(line) > 30) return false;
    const auto words = split_words(line);
    if (words.size() < 2 || words.size() > 3) return false;
    std::string_view last = words.back();
    if (last.empty() || (last.back() != '.' && last.back() != ':')) return false;
    last.remove_suffix(1);
    if (last.empty()) return false;
    const std::size_t cps = code_point_count(last);
    bool digits = true, roman = cps <= 6;
    for (std::size_t p = 0; p < last.size();) {
        const char32_t c = next_code_point(last, p);
        if (!u_isdigit(static_cast<UChar32>(c))) digits = false;
        if (std::u32string_view(U"IVXLCDM").find(c) == std::u32string_view::npos) roman = false;
    }
    std::size_t p = 0;
    const bool single_letter = cps == 1 && is_alpha(next_code_point(last, p));
    std::size_t q = 0;
    const char32_t first = next_code_point(line, q);
    return (digits || roman || single_letter) && !is_lower(first);
}

/// "CHAPTER 2. The Carpet-Bag.", "Part III", "Kapitel 4": a chapter label with a number.
bool chapter_label(std::string_view line) {
    if (line.size() > 200) return false;
    // A quick look at the first byte: an ASCII one that starts no label in either case (and is
    // not white space before the first word) ends it; other bytes go on to the word itself.
    if (!line.empty()) {
        const unsigned char b = static_cast<unsigned char>(line[0]);
        if (b < 0x80 && b != ' ' && (b < '\t' || b > '\r') &&
            std::string_view("bcekplstBCEKPLST").find(static_cast<char>(b)) ==
                std::string_view::npos)
            return false;
    }
    const auto words = split_words(line);
    if (words.size() < 2 || words.size() > 24) return false;
    static const std::set<std::string> labels = {
        "chapter", "book",     "part",     "section", "kapitel", "teil",     "chapitre", "partie",
        "livre",   "capítulo", "capitolo", "глава",   "часть",   "epilogue", "prologue"};
    std::string first = to_lower(words[0]);
    if (!labels.count(first)) return false;
    // "Book", "Part" and "Section" also start ordinary sentences and references: keep them short.
    if ((first == "book" || first == "part" || first == "section" || first == "teil") &&
        words.size() > 8)
        return false;
    std::string_view number = words[1];
    while (!number.empty() &&
           (number.back() == '.' || number.back() == ':' || number.back() == ','))
        number.remove_suffix(1);
    if (number.empty() || number.size() > 8) return false;
    bool digits = true, roman = true;
    for (char c : number) {
        if (c < '0' || c > '9') digits = false;
        if (std::string_view("IVXLCDMivxlcdm").find(c) == std::string_view::npos) roman = false;
    }
    return digits || roman;
}

bool heading_like(std::string_view line) {
    line = trim(line);
    if (line.empty()) return false;
    if (numbered_label(line) || chapter_label(line)) return true;
    const std::size_t cps = code_point_count(line);
    if (cps > 80) return false;
    std::size_t p = 0;
    const char32_t first = next_code_point(line, p);
    const bool cjk_bracket =
        std::u32string_view(U"〈《「『【〔").find(first) != std::u32string_view::npos;
    if ((!is_alnum(first) && !cjk_bracket) || is_lower(first) || first == '(' || first == '[' ||
        first == '"' || first == U'“' || first == U'„' || first == U'«' || first == '\'' ||
        first == U'‘' || first == '<' || first == '{' || first == '@' || first == '/' ||
        first == '#')
        return false;
    std::size_t q = line.size();
    const char32_t last = prev_code_point(line, q);
    if (is_terminal_punct(last)) return false;
    bool letters = false, cjk = false;
    for (std::size_t k = 0; k < line.size();) {
        const char32_t c = next_code_point(line, k);
        if (is_alpha(c)) letters = true;
        if (caseless_script(c) && is_alpha(c)) cjk = true;
    }
    if (!letters) return false;
    if (line.find("://") != std::string_view::npos) return false;
    if (!cjk && split_words(line).size() > threshold::kHeadingMaxWords) return false;
    if (cjk && cps > threshold::kHeadingMaxCaselessChars) return false;
    return !not_a_heading(line);
}

bool numbered_head(std::string_view line) {
    line = trim(line);
    if (line.empty() || line.size() > 200) return false;
    std::size_t p = 0, digits = 0;
    char32_t c = 0;
    while (p < line.size()) {
        c = next_code_point(line, p);
        const bool digit =
            (c >= '0' && c <= '9') || (c >= U'０' && c <= U'９') ||
            std::u32string_view(U"一二三四五六七八九十").find(c) != std::u32string_view::npos;
        if (!digit) break;
        ++digits;
    }
    if (digits == 0 || digits > 3 || (c != '.' && c != U'．' && c != U'、')) return false;
    const std::string_view rest = trim(line.substr(p));
    if (rest.empty() || code_point_count(rest) > threshold::kHeadingMaxCaselessChars) return false;
    std::size_t q = 0;
    const char32_t first = next_code_point(rest, q);
    std::size_t r = rest.size();
    const char32_t last = prev_code_point(rest, r);
    return caseless_script(first) && is_alpha(first) && !is_terminal_punct(last);
}

bool exclaimed_or_quoted_heading(std::string_view line) {
    line = trim(line);
    if (line.empty() || code_point_count(line) > 80 || speaker_turn(line)) return false;
    std::size_t q = line.size();
    const char32_t last = prev_code_point(line, q);
    const std::string_view core = trim(line.substr(0, q));
    if (core.empty()) return false;
    std::size_t r = core.size();
    const char32_t before = prev_code_point(core, r);
    if (last == '!' || last == U'！') {
        // One exclamative sentence of a few words: "Andere bijeenkomsten in Europa!".
        if (is_terminal_punct(before) ||
            split_words(core).size() < threshold::kExclamationHeadingMinWords)
            return false;
        for (std::size_t i = 0; i + 1 < core.size(); ++i)
            if ((core[i] == '.' || core[i] == '!' || core[i] == '?') && core[i + 1] == ' ')
                return false;
        return heading_like(core);
    }
    // A quoted title at the end: "… e “Denaro pubblico? Codice pubblico!”", "… « J'aime … »".
    static constexpr std::pair<char32_t, std::string_view> kQuotes[] = {
        {U'”', "“"}, {U'”', "„"}, {U'»', "«"}, {'"', "\""}, {U'」', "「"}, {U'』', "『"}};
    for (const auto& [close, open] : kQuotes) {
        if (last != close) continue;
        const std::size_t at = core.rfind(open);
        if (at == std::string_view::npos || at == 0) continue;
        if (before == '.' || before == ',' || before == ';' || before == ':') return false;
        const std::string_view lead = trim(core.substr(0, at));
        return !lead.empty() && split_words(line).size() <= threshold::kHeadingMaxWords &&
               heading_like(lead) && !not_a_heading(line);
    }
    return false;
}

bool speaker_turn(std::string_view line) {
    line = trim(line);
    const std::size_t colon = line.find(": ");
    if (colon == std::string_view::npos || colon == 0) return false;
    const std::string_view speaker = line.substr(0, colon);
    const std::vector<std::string_view> names = split_words(speaker);
    if (names.empty() || names.size() > 4) return false;
    for (std::string_view w : names) {
        std::size_t p = 0;
        if (!is_upper(next_code_point(w, p))) return false;
    }
    const std::string_view said = line.substr(colon + 2);
    for (std::size_t i = 0; i < said.size(); ++i)
        if (said[i] == '.' || said[i] == '!' || said[i] == '?')
            // a sentence end: the end of the line, or followed by a space
            if (i + 1 == said.size() || said[i + 1] == ' ' || said[i + 1] == ')') return true;
    return false;
}

namespace {

/// A Hebrew numeral: one to four Hebrew letters, a gershayim (״, or a straight or curly double
/// quote standing for it) and a last letter ("כ״ט" 29, "תרנ״ד" 5654); or one letter and a geresh
/// (׳ or an apostrophe: "ה׳" 5).
bool hebrew_numeral(std::string_view word) {
    std::size_t letters = 0;
    bool gershayim = false, geresh = false;
    for (std::size_t p = 0; p < word.size();) {
        const char32_t c = next_code_point(word, p);
        if (c >= 0x05D0 && c <= 0x05EA && !geresh) {
            ++letters;
        } else if ((c == 0x05F4 || c == '"' || c == 0x201C || c == 0x201D) && letters > 0 &&
                   !gershayim && p < word.size()) {
            gershayim = true;
        } else if ((c == 0x05F3 || c == '\'' || c == 0x2019) && letters == 1 && p == word.size()) {
            geresh = true;
        } else {
            return false;
        }
    }
    return (gershayim && letters >= 2 && letters <= 5) || geresh;
}

/// "כ״ט טבת תרנ״ד": a date of the Hebrew calendar, whose day and year are written in letters
/// (numerals with a gershayim) around the month's name — a line of at most four words, two of
/// them such numerals.
bool hebrew_calendar_date(std::string_view line) {
    const auto words = split_words(line);
    if (words.size() < 2 || words.size() > 4) return false;
    std::size_t numerals = 0;
    for (std::string_view w : words) numerals += hebrew_numeral(w) ? 1 : 0;
    return numerals >= 2;
}

}  // namespace

bool not_a_heading(std::string_view line) {
    line = trim(line);
    if (line.empty()) return true;
    // A last word without a letter or digit is a widget or a trail: "CỠ CHỮ - +", "Next »".
    {
        // (Closing quotes and brackets set apart by a space, as French does, end a word.)
        std::string_view body = line;
        while (!body.empty()) {
            std::size_t q = body.size();
            const char32_t c = prev_code_point(body, q);
            if (c != ' ' && !is_closing_mark(c)) break;
            body = body.substr(0, q);
        }
        std::size_t start = body.find_last_of(" \t");
        start = start == std::string_view::npos ? 0 : start + 1;
        const std::string_view tail = body.substr(start);
        bool word = false;
        for (std::size_t p = 0; p < tail.size() && !word;)
            word = is_alnum(next_code_point(tail, p));
        if (!word) return true;
    }
    // A speaker label "大臣)", "記者）" closes a bracket it never opened; "Name / Role",
    // "Sara Fratti / CC BY 2.0" are caption and credit lines.
    if ((line.back() == ')' && line.find('(') == std::string_view::npos) ||
        (line.size() >= 3 && line.substr(line.size() - 3) == "）" &&
         line.find("（") == std::string_view::npos))
        return true;
    if (line.find(" / ") != std::string_view::npos) return true;
    const LineEvidence e = measure_line(line, "");
    // Tables, scores, statistics, times: "1945 GMT", "Arsenal 2-1 Chelsea", "Attendance: 60,000".
    if (e.digit_share() > threshold::kHeadingMaxDigitShare) return true;
    if (e.digits > 0) {
        for (std::size_t i = 1; i + 1 < line.size(); ++i)
            if ((line[i] == '-' || line[i] == ':') &&
                std::isdigit(static_cast<unsigned char>(line[i - 1])) &&
                std::isdigit(static_cast<unsigned char>(line[i + 1])))
                return true;
        // "Attendance: 60,000", "Goals: Messi 23": a label and a number is a fact, not a title.
        const std::size_t colon = line.find(": ");
        if (colon != std::string_view::npos &&
            line.substr(colon).find_first_of("0123456789") != std::string_view::npos)
            return true;
    }
    // Ranking rows: "1 Roger Federer (Switzerland)", "12. Serena Williams (USA) 7,080".
    if (std::isdigit(static_cast<unsigned char>(line[0]))) {
        std::size_t d = 0;
        while (d < line.size() && std::isdigit(static_cast<unsigned char>(line[d]))) ++d;
        if (d <= 3 && d < line.size() && line[d] == ' ' && line.back() == ')') return true;
    }
    // Dates: "February 2021", "March 3, 2020".
    if (is_month_year(line) || is_date_line(line)) return true;
    if (hebrew_calendar_date(line)) return true;
    // A turn of an interview or a transcript: a speaker's name (a few capitalised words) and a
    // colon, then what was said, with a sentence end in it ("Duncan Campbell: I cheer for the
    // Jets!", "Q: Why? (laughter)"). A labelled heading ("COLLEGE MEETING: Strength in unity")
    // carries a title after its colon, not a sentence.
    if (speaker_turn(line)) return true;
    // Captions and credits: "Screenshot of the app", "Photo: AFP".
    static constexpr std::string_view kCaptionWords[] = {
        "screenshot", "screen shot", "screengrab", "screen grab", "photo:", "image:",  "picture:",
        "video:",     "source:",     "credit:",    "foto:",       "bild:",  "quelle:", "fuente:"};
    for (std::string_view w : kCaptionWords)
        if (starts_with_nocase(line, w)) return true;
    // Share-widget words and other furniture.
    return classify_furniture(line).kind != Furniture::None;
}

}  // namespace galley::read
