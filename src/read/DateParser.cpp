#include "read/DateParser.hpp"

#include <array>
#include <cstdio>
#include <vector>

#include <unicode/uchar.h>

#include "read/ReaderThresholds.hpp"
#include "read/TextUtil.hpp"

namespace galley::read {

namespace {

/// Month names of one language, January first, space-separated; genitive forms where the
/// language writes dates with them (Russian "5 января", Polish "5 stycznia", Czech "5. ledna").
constexpr std::array<std::string_view, 27> kMonthLists = {
    "january february march april may june july august september october november december",
    "jan feb mar apr may jun jul aug sep oct nov dec",
    "jan feb mar apr may jun jul aug sept oct nov dec",
    "januar februar märz april mai juni juli august september oktober november dezember",
    "jänner feber märz april mai juni juli august september oktober november dezember",
    "jan feb mär apr mai jun jul aug sep okt nov dez",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "januari februari maart april mei juni juli augustus september oktober november december",
    "januari februari mars april maj juni juli augusti september oktober november december",
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada "
    "grudnia",
    "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad "
    "grudzień",
    "ledna února března dubna května června července srpna září října listopadu prosince",
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
    "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
    "januari februari maret april mei juni juli agustus september oktober november desember",
    // Arabic (Egypt and the Gulf), then the Syriac month names of the Levant and Iraq (two-word
    // names: "كانون الثاني", see two_word_month), Hindi and Marathi.
    "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    "يناير فبراير مارس إبريل مايو يونيه يوليه أغسطس سبتمبر اكتوبر نوفمبر ديسمبر",
    "- شباط آذار نيسان أيار حزيران تموز آب أيلول - - -",
    "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर",
    "जानेवारी फेब्रुवारी मार्च एप्रिल मे जून जुलै ऑगस्ट सप्टेंबर ऑक्टोबर नोव्हेंबर डिसेंबर",
    "setiembre set ago dic ene abr ago",  // Spanish variants, see month_number
    "janv févr avr juil sept oct déc",
};

int month_number(std::string_view word) {
    const std::string w = to_lower(word);
    if (w.size() < 3) return 0;
    for (std::size_t l = 0; l < kMonthLists.size(); ++l) {
        const std::string_view list = kMonthLists[l];
        int index = 0;
        std::size_t start = 0;
        while (start < list.size()) {
            std::size_t end = list.find(' ', start);
            if (end == std::string_view::npos) end = list.size();
            ++index;
            if (list.substr(start, end - start) == w) {
                if (l == kMonthLists.size() - 2) {  // Spanish variants
                    static constexpr int m[] = {9, 9, 8, 12, 1, 4, 8};
                    return m[index - 1];
                }
                if (l == kMonthLists.size() - 1) {  // French abbreviations
                    static constexpr int m[] = {1, 2, 4, 7, 9, 10, 12};
                    return m[index - 1];
                }
                return index;
            }
            start = end + 1;
        }
    }
    return 0;
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

/// A token of a line: a run of ASCII digits, a run of letters, or one other non-space sign.
struct Token {
    enum Kind { Number, Word, Sign } kind;
    std::string_view text;
    std::size_t begin, end;
    char32_t sign = 0;
    int value() const {
        int v = 0;
        for (char c : text) v = v * 10 + (c - '0');
        return v;
    }
    bool number(std::size_t min_digits, std::size_t max_digits) const {
        return kind == Number && text.size() >= min_digits && text.size() <= max_digits;
    }
    bool is(char32_t c) const { return kind == Sign && sign == c; }
    bool word(std::string_view w) const { return kind == Word && to_lower(text) == w; }
};

std::vector<Token> tokenize(std::string_view s) {
    std::vector<Token> out;
    for (std::size_t p = 0; p < s.size();) {
        const std::size_t at = p;
        const char32_t c = next_code_point(s, p);
        if (is_space(c)) continue;
        if (c >= '0' && c <= '9') {
            while (p < s.size() && s[p] >= '0' && s[p] <= '9') ++p;
            out.push_back({Token::Number, s.substr(at, p - at), at, p});
        } else if (is_alpha(c)) {
            std::size_t q = p;
            while (q < s.size()) {
                std::size_t r = q;
                const char32_t d = next_code_point(s, r);
                // CJK date signs stand alone: "2020年11月8日".
                if (!(is_alpha(d) || (U_GET_GC_MASK(d) & (U_GC_MN_MASK | U_GC_MC_MASK)) != 0) ||
                    d == U'年' || d == U'月' || d == U'日' || d == U'년' || d == U'월' ||
                    d == U'일' || c == U'年' || c == U'月' || c == U'日' || c == U'년' ||
                    c == U'월' || c == U'일')
                    break;
                q = r;
            }
            p = q;
            out.push_back({Token::Word, s.substr(at, p - at), at, p});
        } else {
            out.push_back({Token::Sign, s.substr(at, p - at), at, p, c});
        }
    }
    return out;
}

/// The Levantine and Iraqi two-word month names: "كانون الثاني" (January), "تشرين الأول"
/// (October), "تشرين الثاني" (November), "كانون الأول" (December); 0 for other words.
int two_word_month(std::string_view first, std::string_view second) {
    const bool first_is_second = second == "الثاني";
    if (!first_is_second && second != "الأول" && second != "الاول") return 0;
    if (first == "كانون") return first_is_second ? 1 : 12;
    if (first == "تشرين") return first_is_second ? 11 : 10;
    return 0;
}

/// The year before the first of a Japanese era named by `t` (令和 2019, 平成 1989, 昭和 1926),
/// or 0.
int era_base(const Token& t) {
    // "令和元" (the era's first year) is one token.
    if (t.kind != Token::Word || (t.text.size() != 6 && t.text.size() != 9)) return 0;
    if (t.text.size() == 9 && t.text.substr(6) != "元") return 0;
    const std::string_view era = t.text.substr(0, 6);
    if (era == "令和") return 2018;
    if (era == "平成") return 1988;
    if (era == "昭和") return 1925;
    return 0;
}

bool ordinal_suffix(const Token& t) {
    return t.word("st") || t.word("nd") || t.word("rd") || t.word("th") || t.word("er") ||
           t.word("º") || t.word("ª");
}

}  // namespace

std::optional<FoundDate> find_date(std::string_view line) {
    if (line.size() > 300) return std::nullopt;
    const std::vector<Token> t = tokenize(line);
    const std::size_t n = t.size();
    auto at = [&](std::size_t i) -> const Token* { return i < n ? &t[i] : nullptr; };
    for (std::size_t i = 0; i < n; ++i) {
        // Month first: "November 8, 2020", "Nov. 10, 2020", "June 10th, 2009".
        if (t[i].kind == Token::Word) {
            const int m = month_number(t[i].text);
            if (m != 0) {
                std::size_t j = i + 1;
                if (at(j) && at(j)->is('.')) ++j;
                if (at(j) && at(j)->number(1, 2)) {
                    const int d = at(j)->value();
                    ++j;
                    if (at(j) && ordinal_suffix(*at(j))) ++j;
                    if (at(j) && at(j)->is(',')) ++j;
                    if (at(j) && at(j)->number(4, 4) && valid(at(j)->value(), m, d))
                        return FoundDate{iso(at(j)->value(), m, d), t[i].begin, at(j)->end};
                }
            }
        }
        // A Japanese era year: "令和2年5月29日", "平成30年11月9日", "令和元年5月1日".
        if (const int base = era_base(t[i]); base != 0) {
            // "令和元年": the first year, its "年" right after the era's token.
            const std::size_t y = t[i].text.size() > 6 ? i : i + 1;
            const int year = y == i ? 1 : t[y].number(1, 2) ? t[y].value() : 0;
            if (year != 0 && at(y + 5) && t[y + 1].word("年") && t[y + 2].number(1, 2) &&
                t[y + 3].word("月") && t[y + 4].number(1, 2) && t[y + 5].word("日") &&
                valid(base + year, t[y + 2].value(), t[y + 4].value()))
                return FoundDate{iso(base + year, t[y + 2].value(), t[y + 4].value()), t[i].begin,
                                 t[y + 5].end};
        }
        if (t[i].kind != Token::Number) continue;
        // Day first: "15 October 2019", "24. Januar 2020", "5 de enero de 2021", "3rd of May,
        // 2019", "5 января 2021".
        if (t[i].number(1, 2)) {
            std::size_t j = i + 1;
            if (at(j) && (at(j)->is('.') || ordinal_suffix(*at(j)))) ++j;
            if (at(j) && (at(j)->word("of") || at(j)->word("de"))) ++j;
            if (at(j) && at(j)->kind == Token::Word) {
                int m = month_number(at(j)->text);
                std::size_t k = j + 1;
                if (m == 0 && at(k) && at(k)->kind == Token::Word)
                    if ((m = two_word_month(at(j)->text, at(k)->text)) != 0) ++k;
                // "18 تشرين الأول/أكتوبر 2018": the Levantine name, a slash, the Egyptian one.
                if (m != 0 && at(k + 1) && at(k)->is('/') && at(k + 1)->kind == Token::Word &&
                    month_number(at(k + 1)->text) == m)
                    k += 2;
                if (m != 0) {
                    if (at(k) && at(k)->is('.')) ++k;
                    if (at(k) && at(k)->is(',')) ++k;
                    if (at(k) && (at(k)->word("de") || at(k)->word("del"))) ++k;
                    if (at(k) && at(k)->number(4, 4) && valid(at(k)->value(), m, t[i].value()))
                        return FoundDate{iso(at(k)->value(), m, t[i].value()), t[i].begin,
                                         at(k)->end};
                }
            }
            // "16/04/2014", "12/25/2020": a number over 12 tells day from month. When both are
            // 12 or less ("10/05/2021"), the words before it decide: a label in a language
            // that writes the day first ("Publicado em", "publié le", "veröffentlicht am");
            // else it is no date. Not inside a longer number ("1/2/2020/3").
            if (at(i + 4) && t[i + 1].kind == Token::Sign &&
                (t[i + 1].sign == '/' || t[i + 1].sign == '-') && t[i + 2].number(1, 2) &&
                t[i + 3].kind == Token::Sign && t[i + 3].sign == t[i + 1].sign &&
                t[i + 4].number(4, 4) && (i == 0 || !t[i - 1].is(t[i + 1].sign)) &&
                (!at(i + 5) || t[i + 5].kind != Token::Sign || t[i + 5].sign != t[i + 1].sign)) {
                int day = t[i].value(), month = t[i + 2].value();
                bool known = day > 12 || month > 12;
                for (std::size_t k = i; !known && k > 0 && k + 3 > i; --k)
                    for (std::string_view w :
                         {"em", "le", "am", "vom", "del", "el", "publicado", "publicada", "publié",
                          "publiée", "veröffentlicht", "pubblicato", "ngày"})
                        known = known || t[k - 1].word(w);
                if (month > 12) std::swap(day, month);
                if (known && valid(t[i + 4].value(), month, day))
                    return FoundDate{iso(t[i + 4].value(), month, day), t[i].begin, t[i + 4].end};
            }
            // "24.01.2020" (day, month, year; not inside a longer dotted number).
            if (at(i + 4) && t[i + 1].is('.') && t[i + 2].number(1, 2) && t[i + 3].is('.') &&
                t[i + 4].number(4, 4) && (i == 0 || !t[i - 1].is('.')) &&
                valid(t[i + 4].value(), t[i + 2].value(), t[i].value()))
                return FoundDate{iso(t[i + 4].value(), t[i + 2].value(), t[i].value()), t[i].begin,
                                 t[i + 4].end};
        }
        // Year first: "2020-11-08", "2020/11/08", "2020.11.08", "2020年11月8日", "2020년 11월
        // 8일".
        if (t[i].number(4, 4) && at(i + 4)) {
            const Token& s1 = t[i + 1];
            const Token& s2 = t[i + 3];
            const int y = t[i].value();
            if (t[i + 2].number(1, 2) && t[i + 4].number(1, 2)) {
                const bool same_sign = s1.kind == Token::Sign && s2.kind == Token::Sign &&
                                       s1.sign == s2.sign &&
                                       (s1.sign == '-' || s1.sign == '/' || s1.sign == '.');
                const bool cjk =
                    (s1.word("年") && s2.word("月")) || (s1.word("년") && s2.word("월"));
                const bool iso_shape =
                    s1.sign != '-' || (t[i + 2].text.size() == 2 && t[i + 4].text.size() == 2);
                if (((same_sign && iso_shape) || cjk) &&
                    valid(y, t[i + 2].value(), t[i + 4].value())) {
                    std::size_t end = t[i + 4].end;
                    if (cjk && at(i + 5) && (t[i + 5].word("日") || t[i + 5].word("일")))
                        end = t[i + 5].end;
                    return FoundDate{iso(y, t[i + 2].value(), t[i + 4].value()), t[i].begin, end};
                }
            }
        }
    }
    return std::nullopt;
}

bool is_month_year(std::string_view line) {
    const auto words = split_words(trim(line));
    if (words.size() < 2 || words.size() > 3) return false;
    bool month = false, year = false;
    for (std::string_view w : words) {
        while (!w.empty() && (w.back() == ',' || w.back() == '.')) w.remove_suffix(1);
        if (month_number(w) != 0)
            month = true;
        else if (w.size() == 4 && w.find_first_not_of("0123456789") == std::string_view::npos)
            year = true;
        else if (!(w == "de" || w == "of"))
            return false;
    }
    return month && year;
}

namespace {

/// Words a date line may hold beside the date: weekdays, times, "Updated", "@", time zones.
constexpr std::string_view kFiller =
    " monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi "
    "vendredi samedi dimanche lunes martes miércoles jueves viernes sábado domingo lunedì "
    "martedì mercoledì giovedì venerdì sabato domenica segunda terça quarta quinta sexta "
    "updated published posted on at am pm a.m. p.m. utc gmt et est edt pst pdt cet cest bst "
    "le am um uhr de del el em às h hrs ist jst kst msk "
    "aktualisiert veröffentlicht publié mis à jour actualizado publicado pubblicato "
    "opublikowano опубликовано обновлено г "
    "thứ hai ba tư năm sáu bảy chủ nhật ";

}  // namespace

bool is_date_filler(std::string_view words) {
    bool any = false;
    for (std::string_view w : split_words(trim(words))) {
        std::string low = to_lower(w);
        while (!low.empty() && (low.back() == ',' || low.back() == '.')) low.pop_back();
        if (kFiller.find(" " + low + " ") == std::string_view::npos) return false;
        any = true;
    }
    return any;
}

bool is_date_line(std::string_view line) {
    line = trim(line);
    if (line.empty() || code_point_count(line) > threshold::kDateLineMaxChars) return false;
    const auto found = find_date(line);
    if (!found) return false;
    const std::string rest =
        std::string(line.substr(0, found->begin)) + " " + std::string(line.substr(found->end));
    // Space-less scripts have no words: a few characters ("更新", "発表") at most.
    std::size_t caseless = 0;
    for (std::size_t p = 0; p < rest.size();) {
        const char32_t c = next_code_point(rest, p);
        if (c >= 0x2E80 && is_alpha(c)) ++caseless;
    }
    if (caseless > threshold::kDateLineMaxCaselessChars) return false;
    int words = 0;
    for (std::string_view w : split_words(rest)) {
        std::string low = to_lower(w);
        while (!low.empty() && (low.back() == ',' || low.back() == '|' || low.back() == ')'))
            low.pop_back();
        while (!low.empty() && (low.front() == '(' || low.front() == '|')) low.erase(0, 1);
        bool alnum = false, letters = false;
        for (std::size_t p = 0; p < low.size();) {
            const char32_t c = next_code_point(low, p);
            if (is_alnum(c)) alnum = true;
            if (is_alpha(c)) letters = true;
        }
        if (!alnum) continue;
        // A time: "13:10", "6:08", "17h30", "20.54".
        if (!letters || (low.size() <= 6 && low.find_first_of(":.h") != std::string::npos &&
                         low[0] >= '0' && low[0] <= '9'))
            if (low.find_first_of(":.h") != std::string::npos) continue;
        std::string key = " " + low + " ";
        if (kFiller.find(key) != std::string_view::npos) continue;
        if (!low.empty() && low.back() == '.') {
            std::string bare = " " + low.substr(0, low.size() - 1) + " ";
            if (kFiller.find(bare) != std::string_view::npos) continue;
        }
        ++words;
    }
    return words <= threshold::kDateLineMaxOtherWords;
}

}  // namespace galley::read
