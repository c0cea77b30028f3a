#include "read/DateParser.hpp"

#include <array>
#include <cstdio>
#include <regex>

#include "read/TextUtil.hpp"

namespace galley::read {

namespace {

struct MonthName {
    const char* name;
    int month;
};

const std::array<MonthName, 52> kMonths = {{
    {"january", 1},   {"february", 2},  {"march", 3},     {"april", 4},     {"may", 5},
    {"june", 6},      {"july", 7},      {"august", 8},    {"september", 9}, {"october", 10},
    {"november", 11}, {"december", 12}, {"jan", 1},       {"feb", 2},       {"mar", 3},
    {"apr", 4},       {"jun", 6},       {"jul", 7},       {"aug", 8},       {"sept", 9},
    {"sep", 9},       {"oct", 10},      {"nov", 11},      {"dec", 12},      {"januar", 1},
    {"jänner", 1},    {"februar", 2},   {"märz", 3},      {"mai", 5},       {"juni", 6},
    {"juli", 7},      {"oktober", 10},  {"dezember", 12}, {"janvier", 1},   {"février", 2},
    {"mars", 3},      {"avril", 4},     {"juin", 6},      {"juillet", 7},   {"août", 8},
    {"septembre", 9}, {"octobre", 10},  {"novembre", 11}, {"décembre", 12}, {"enero", 1},
    {"febrero", 2},   {"marzo", 3},     {"abril", 4},     {"mayo", 5},      {"junio", 6},
    {"julio", 7},     {"agosto", 8},
}};

int month_number(std::string_view word) {
    const std::string w = to_lower(word);
    for (const MonthName& m : kMonths)
        if (w == m.name) return m.month;
    return 0;
}

std::string month_alternatives() {
    std::string alt;
    for (const MonthName& m : kMonths) {
        if (!alt.empty()) alt += '|';
        alt += m.name;
    }
    return alt;
}

bool valid(int y, int m, int d) {
    static constexpr int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1000 || y > 2999 || m < 1 || m > 12 || d < 1) return false;
    if (d > days[m - 1]) return false;
    if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return false;
    return true;
}

std::string iso(int y, int m, int d) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
}

const std::regex& month_day_year() {
    static const std::regex re("(^|[^A-Za-z])(" + month_alternatives() +
                                   ")\\.?\\s+(\\d{1,2})(st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)",
                               std::regex::icase | std::regex::ECMAScript);
    return re;
}

const std::regex& day_month_year() {
    static const std::regex re("(^|[^0-9])(\\d{1,2})(st|nd|rd|th|\\.)?\\s+(of\\s+)?(" +
                                   month_alternatives() + ")\\.?,?\\s+(\\d{4})(?!\\d)",
                               std::regex::icase | std::regex::ECMAScript);
    return re;
}

/// Year first: "2020/11/08", "2020年11月8日" (Chinese and Japanese).
const std::regex& year_first() {
    static const std::regex re("(^|[^0-9])(\\d{4})(/|年)(\\d{1,2})(/|月)(\\d{1,2})(?:日)?(?!\\d)");
    return re;
}

const std::regex& numeric_dates() {
    static const std::regex re(
        "(^|[^0-9])(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)|(^|[^0-9.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})("
        "?!\\d)");
    return re;
}

}  // namespace

std::optional<FoundDate> find_date(std::string_view line) {
    if (line.size() > 300) return std::nullopt;
    const std::string s(line);
    std::optional<FoundDate> best;
    auto consider = [&](std::size_t b, std::size_t e, int y, int m, int d) {
        if (!valid(y, m, d)) return;
        if (!best || b < best->begin) best = FoundDate{iso(y, m, d), b, e};
    };
    std::smatch mt;
    if (std::regex_search(s, mt, month_day_year())) {
        const auto b = static_cast<std::size_t>(mt.position(2));
        consider(b, static_cast<std::size_t>(mt.position(0) + mt.length(0)), std::stoi(mt[5]),
                 month_number(mt[2].str()), std::stoi(mt[3]));
    }
    if (std::regex_search(s, mt, day_month_year())) {
        const auto b = static_cast<std::size_t>(mt.position(2));
        consider(b, static_cast<std::size_t>(mt.position(0) + mt.length(0)), std::stoi(mt[6]),
                 month_number(mt[5].str()), std::stoi(mt[2]));
    }
    if (std::regex_search(s, mt, numeric_dates())) {
        const std::size_t end = static_cast<std::size_t>(mt.position(0) + mt.length(0));
        if (mt[2].matched)
            consider(static_cast<std::size_t>(mt.position(2)), end, std::stoi(mt[2]),
                     std::stoi(mt[3]), std::stoi(mt[4]));
        else
            consider(static_cast<std::size_t>(mt.position(6)), end, std::stoi(mt[8]),
                     std::stoi(mt[7]), std::stoi(mt[6]));
    }
    if (std::regex_search(s, mt, year_first()) && (mt[3].str() == "/") == (mt[5].str() == "/"))
        consider(static_cast<std::size_t>(mt.position(2)),
                 static_cast<std::size_t>(mt.position(0) + mt.length(0)), std::stoi(mt[2]),
                 std::stoi(mt[4]), std::stoi(mt[6]));
    return best;
}

bool is_date_line(std::string_view line) {
    line = trim(line);
    if (line.empty() || code_point_count(line) > 90) return false;
    const auto found = find_date(line);
    if (!found) return false;
    std::string rest =
        std::string(line.substr(0, found->begin)) + " " + std::string(line.substr(found->end));
    static const std::regex filler(
        "\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|"
        "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|"
        "vendredi|samedi|dimanche|updated|published|posted|on|at|am|pm|a\\.m\\.|p\\.m\\.|utc|gmt|"
        "et|"
        "est|edt|pst|pdt|cet|cest|bst|le|am|um|uhr|\\d{1,2}[:.h]\\d{2})\\b",
        std::regex::icase);
    rest = std::regex_replace(rest, filler, " ");
    int words = 0;
    for (std::string_view w : split_words(rest)) {
        bool letters = false;
        for (std::size_t p = 0; p < w.size();)
            if (is_alnum(next_code_point(w, p))) letters = true;
        words += letters;
    }
    return words <= 3;
}

}  // namespace galley::read
