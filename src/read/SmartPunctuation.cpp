#include "read/SmartPunctuation.hpp"

#include <array>
#include <cctype>

#include "read/TextUtil.hpp"

namespace galley::read {

namespace {

constexpr char32_t kNarrowNbsp = 0x202F;
constexpr char32_t kTatweel = 0x0640;  ///< Arabic kashida: "بـ" marks a prefix written apart

/// The ellipsis convention of a primary language tag.
EllipsisStyle ellipsis_style(std::string_view primary) {
    if (primary == "zh") return EllipsisStyle::Chinese;
    if (primary == "ja") return EllipsisStyle::Japanese;
    // Languages whose ellipsis ends a sentence without a full stop of its own (Duden, the
    // Académie, the RAE, Russian and most European style guides).
    static constexpr std::string_view kAbsorb[] = {
        "de", "fr", "es", "it", "pt", "ca", "gl", "ru", "uk", "be", "bg", "sr",
        "hr", "bs", "sl", "pl", "cs", "sk", "hu", "ro", "nl", "sv", "da", "no",
        "nb", "nn", "fi", "et", "lv", "lt", "el", "tr", "az", "vi", "id", "ms"};
    for (std::string_view tag : kAbsorb)
        if (primary == tag) return EllipsisStyle::Absorb;
    return EllipsisStyle::StopAfter;
}

QuoteMarks quote_characters(std::string_view language) {
    std::string_view primary = language.substr(0, language.find_first_of("-_"));
    if (primary == "de" || primary == "cs" || primary == "sk" || primary == "sl" ||
        primary == "lt" || primary == "is" || primary == "et" || primary == "lb")
        return {U'„', U'“', U'‚', U'‘', false};
    if (primary == "fr") return {U'«', U'»', U'‘', U'’', true};
    if (primary == "ru" || primary == "uk" || primary == "be" || primary == "el" ||
        primary == "es" || primary == "it" || primary == "pt" || primary == "ca" ||
        primary == "no" || primary == "nb" || primary == "nn" || primary == "ar" ||
        primary == "fa" || primary == "hy" || primary == "az")
        return {U'«', U'»', U'‘', U'’', false};
    if (primary == "pl" || primary == "ro" || primary == "hu" || primary == "hr" || primary == "bg")
        return {U'„', U'”', U'‘', U'’', false};
    return {U'“', U'”', U'‘', U'’', false};
}

QuoteMarks builtin_marks(std::string_view language) {
    QuoteMarks marks = quote_characters(language);
    marks.ellipsis = ellipsis_style(language.substr(0, language.find_first_of("-_")));
    return marks;
}

bool opens_context(char32_t prev) {
    return prev == 0 || is_space(prev) || prev == '(' || prev == '[' || prev == '{' ||
           prev == '<' || prev == U'—' || prev == U'–' || prev == '-' || prev == '/' ||
           prev == '=' || prev == U'“' || prev == U'‘' || prev == U'„' || prev == U'‚' ||
           prev == U'«' || prev == kNarrowNbsp || prev == kTatweel;
}

/// Scripts whose words take attached prefixes or suffixes right against a quotation mark:
/// Arabic-script prefixes (بـ"…", ل"…"), Hangul particles (…"이라며), Japanese kana.
bool attaches_to_quotes(char32_t c) {
    return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF) ||
           (c >= 0x3040 && c <= 0x30FF);
}

}  // namespace

QuoteMarks quote_marks(std::string_view language,
                       const std::map<std::string, std::u32string>& table) {
    QuoteMarks marks = builtin_marks(language);
    const std::string full(language);
    const std::string primary = full.substr(0, full.find_first_of("-_"));
    for (const std::string& key : {full, primary}) {
        auto it = table.find(key);
        if (it == table.end() || it->second.size() != 4) continue;
        const std::u32string& q = it->second;
        marks.french_spacing = marks.french_spacing && q[0] == U'\u00ab';
        marks.open2 = q[0];
        marks.close2 = q[1];
        marks.open1 = q[2];
        marks.close1 = q[3];
        break;
    }
    return marks;
}

std::string smart_punctuate(std::string_view text, std::string_view language, char32_t before,
                            char32_t after) {
    return smart_punctuate(text, quote_marks(language), before, after);
}

std::string smart_punctuate(std::string_view text, const QuoteMarks& q, char32_t before,
                            char32_t after) {
    // Only ASCII characters are ever replaced, so the text is copied byte-wise in runs and the
    // neighbours of a special character are decoded only when one is met.
    static const auto special = [] {
        std::array<bool, 256> t{};
        for (unsigned char c : std::string_view("\"'.-;:!?`")) t[c] = true;
        return t;
    }();
    const std::size_t n = text.size();
    std::size_t first = 0;
    while (first < n && !special[static_cast<unsigned char>(text[first])]) ++first;
    if (first == n) return std::string(text);

    std::string out;
    out.reserve(n + n / 16 + 8);
    out.append(text, 0, first);
    auto prev_out = [&]() -> char32_t {
        if (out.empty()) return before;
        std::size_t p = out.size();
        return prev_code_point(out, p);
    };
    auto at = [&](std::size_t i) -> char32_t {
        if (i >= n) return after;
        std::size_t p = i;
        return next_code_point(text, p);
    };
    auto drop_space_before = [&] {
        if (!out.empty() && out.back() == ' ')
            out.pop_back();
        else if (out.size() >= 2 && out.compare(out.size() - 2, 2, "\xC2\xA0") == 0)
            out.resize(out.size() - 2);
    };
    bool double_open = false, single_open = false;
    auto put = [&](char32_t c) {
        append_utf8(out, c);
        if (c == q.open2) double_open = true;
        if (c == q.close2) double_open = false;
    };

    for (std::size_t i = first; i < n; ++i) {
        const char c = text[i];
        if (!special[static_cast<unsigned char>(c)]) {
            std::size_t j = i + 1;
            while (j < n && !special[static_cast<unsigned char>(text[j])]) ++j;
            out.append(text, i, j - i);
            i = j - 1;
            continue;
        }
        if (c == '`') {
            // A `code span` is copied as it is, up to the same run of backticks.
            std::size_t run = 1;
            while (i + run < n && text[i + run] == '`') ++run;
            const std::string_view ticks = text.substr(i, run);
            std::size_t close = text.find(ticks, i + run);
            while (close != std::string_view::npos && close + run < n && text[close + run] == '`')
                close = text.find(ticks, close + run + 1);
            const std::size_t end = close == std::string_view::npos ? i + run : close + run;
            out.append(text, i, end - i);
            i = end - 1;
        } else if (c == '.') {
            std::size_t run = 1;
            while (i + run < n && text[i + run] == '.') ++run;
            // An ellipsis as the language writes it; other runs of dots (leaders, "..") stay.
            // Four dots end a sentence only right after a word ("over...."); alone they stay.
            const EllipsisStyle style = q.ellipsis;
            const char32_t left = prev_out();
            const bool after_word = left != 0 && !is_space(left);
            if ((run == 3 || run == 6) && style == EllipsisStyle::Chinese) {
                put(U'…');
                put(U'…');
            } else if (run == 6 && style == EllipsisStyle::Japanese) {
                put(U'…');
                put(U'…');
            } else if (run == 3) {
                put(U'…');
            } else if (run == 4 && after_word && style == EllipsisStyle::StopAfter) {
                put(U'…');
                out += '.';
            } else if (run == 4 && after_word && style == EllipsisStyle::Absorb) {
                put(U'…');
            } else {
                out.append(run, '.');
            }
            i += run - 1;
        } else if (c == '-') {
            std::size_t run = 1;
            while (i + run < n && text[i + run] == '-') ++run;
            // "--lang": a command-line option (lowercase ASCII word), not a dash.
            bool option = opens_context(prev_out()) && i + run < n && text[i + run] >= 'a' &&
                          text[i + run] <= 'z';
            for (std::size_t k = i + run;
                 option && k < n && !is_space(static_cast<unsigned char>(text[k])); ++k)
                option = (text[k] >= 'a' && text[k] <= 'z') || (text[k] >= '0' && text[k] <= '9') ||
                         text[k] == '-' || text[k] == '=';
            if (run == 2 && !option)
                put(U'–');
            else if (run == 3 && !option)
                put(U'—');
            else
                out.append(run, '-');
            i += run - 1;
        } else if (c == '"') {
            const char32_t prev = prev_out(), next = at(i + 1);
            if (is_alnum(prev) && is_alnum(next)) {
                // Between letters: the end of an open quotation before a suffix (대부분"이라며),
                // the start of one after a prefix (ب"…), else gershayim or an inch mark.
                if (double_open && is_alpha(prev) && attaches_to_quotes(next))
                    put(q.close2);
                else if (!double_open && attaches_to_quotes(prev) && is_alpha(next) &&
                         !(prev >= 0xAC00 && prev <= 0xD7A3))
                    put(q.open2);
                else
                    out += c;
            } else if (q.french_spacing && next == ' ' && is_alnum(at(i + 2)) &&
                       opens_context(prev)) {
                put(q.open2);  // French typed with spaces inside: « mot »
                put(kNarrowNbsp);
                ++i;
            } else if (q.french_spacing && prev == ' ' && (next == 0 || !is_alnum(next))) {
                drop_space_before();
                put(kNarrowNbsp);
                put(q.close2);
            } else if (opens_context(prev) && !(next == 0 || is_space(next))) {
                put(q.open2);
                if (q.french_spacing) put(kNarrowNbsp);
            } else if (!opens_context(prev) || prev == kNarrowNbsp) {
                if (q.french_spacing) {
                    drop_space_before();
                    put(kNarrowNbsp);
                }
                put(q.close2);
            } else {
                out += c;  // a lone quote between spaces
            }
        } else if (c == '\'') {
            const char32_t prev = prev_out(), next = at(i + 1);
            if (is_alnum(prev)) {
                // don't, l'homme, students' — or the end of a quotation opened before.
                if (single_open && !is_alnum(next)) {
                    put(q.close1);
                    single_open = false;
                } else {
                    put(U'’');
                }
            } else if (opens_context(prev)) {
                // ’90s, ’tis, ’em: an apostrophe where a word lost its start.
                std::string word;
                for (std::size_t k = i + 1;
                     k < n && word.size() < 6 && std::isalpha(static_cast<unsigned char>(text[k]));
                     ++k)
                    word += static_cast<char>(std::tolower(static_cast<unsigned char>(text[k])));
                const auto digit = [&](std::size_t k) {
                    return k < n && text[k] >= '0' && text[k] <= '9';
                };
                const bool decade = digit(i + 1) && digit(i + 2) && !digit(i + 3);
                const bool elision = word == "tis" || word == "twas" || word == "em" ||
                                     word == "n" || word == "cause";
                if (decade || elision) {
                    put(U'’');
                } else if (next == 0 || is_space(next)) {
                    out += c;
                } else {
                    put(q.open1);
                    single_open = true;
                }
            } else {
                put(single_open ? q.close1 : U'’');
                single_open = false;
            }
        } else if (q.french_spacing && (c == ';' || c == ':' || c == '!' || c == '?')) {
            const char32_t prev = prev_out(), next = at(i + 1);
            const bool spaced_after = next == 0 || is_space(next) || next == '"' || next == ')' ||
                                      next == '!' || next == '?';
            if (prev == ' ' || prev == 0xA0) {
                drop_space_before();
                put(kNarrowNbsp);
            } else if ((is_alnum(prev) || prev == U'»' || prev == ')') && spaced_after) {
                put(kNarrowNbsp);
            }
            out += c;
        } else {
            out += c;
        }
    }
    return out;
}

}  // namespace galley::read
