#include "read/SmartPunctuation.hpp"

#include <vector>

#include "read/TextUtil.hpp"

namespace galley::read {

namespace {

constexpr char32_t kNarrowNbsp = 0x202F;

struct QuoteStyle {
    char32_t open2, close2, open1, close1;
    bool french_spacing;
};

QuoteStyle style_for(std::string_view language) {
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

bool opens_context(char32_t prev) {
    return prev == 0 || is_space(prev) || prev == '(' || prev == '[' || prev == '{' ||
           prev == '<' || prev == U'—' || prev == U'–' || prev == '-' || prev == '/' ||
           prev == U'“' || prev == U'‘' || prev == U'„' || prev == U'‚' || prev == U'«' ||
           prev == kNarrowNbsp;
}

}  // namespace

std::string smart_punctuate(std::string_view text, std::string_view language, char32_t before,
                            char32_t after) {
    // Fast path: nothing to do without any of the characters we touch.
    if (text.find_first_of("\"'.-;:!?") == std::string_view::npos) return std::string(text);
    const QuoteStyle q = style_for(language);

    std::vector<char32_t> in;
    in.reserve(text.size());
    for (std::size_t p = 0; p < text.size();) in.push_back(next_code_point(text, p));
    const std::size_t n = in.size();
    auto at = [&](std::size_t i) -> char32_t { return i < n ? in[i] : after; };

    std::u32string out;
    out.reserve(n + 8);
    auto prev_out = [&]() -> char32_t { return out.empty() ? before : out.back(); };
    auto drop_space_before = [&] {
        if (!out.empty() && (out.back() == ' ' || out.back() == 0xA0)) out.pop_back();
    };

    for (std::size_t i = 0; i < n; ++i) {
        const char32_t c = in[i];
        if (c == '.') {
            std::size_t run = 1;
            while (i + run < n && in[i + run] == '.') ++run;
            if (run == 3)
                out += U'…';
            else
                out.append(run, U'.');
            i += run - 1;
        } else if (c == '-') {
            std::size_t run = 1;
            while (i + run < n && in[i + run] == '-') ++run;
            const char32_t next = at(i + run);
            const bool option = opens_context(prev_out()) && is_alpha(next);  // "--lang"
            if (run == 2 && !option)
                out += U'–';
            else if (run == 3 && !option)
                out += U'—';
            else
                out.append(run, U'-');
            i += run - 1;
        } else if (c == '"') {
            const char32_t prev = prev_out(), next = at(i + 1);
            if (is_alnum(prev) && is_alnum(next)) {
                out += c;  // gershayim, inch marks inside tokens
            } else if (opens_context(prev) && !(next == 0 || is_space(next))) {
                out += q.open2;
                if (q.french_spacing) {
                    out += kNarrowNbsp;
                    if (next == ' ' || next == 0xA0) ++i;
                }
            } else if (!opens_context(prev) || prev == kNarrowNbsp) {
                if (q.french_spacing) {
                    drop_space_before();
                    out += kNarrowNbsp;
                }
                out += q.close2;
            } else {
                out += c;  // a lone quote between spaces
            }
        } else if (c == '\'') {
            const char32_t prev = prev_out(), next = at(i + 1);
            if (is_alnum(prev)) {
                out += U'’';  // don't, l'homme, students'
            } else if (opens_context(prev)) {
                // ’90s, ’tis, ’em: an apostrophe where a word lost its start.
                std::string word;
                for (std::size_t k = i + 1; k < n && is_alpha(in[k]) && word.size() < 5; ++k)
                    word += static_cast<char>(in[k] < 0x80 ? in[k] : '?');
                const bool decade = next >= '0' && next <= '9' && at(i + 2) >= '0' &&
                                    at(i + 2) <= '9' && !(at(i + 3) >= '0' && at(i + 3) <= '9');
                const bool elision = word == "tis" || word == "twas" || word == "em" ||
                                     word == "n" || word == "cause";
                if (decade || elision)
                    out += U'’';
                else if (next == 0 || is_space(next))
                    out += c;
                else
                    out += q.open1;
            } else {
                out += q.close1 == U'‘' && !is_alnum(next) ? q.close1 : U'’';
            }
        } else if (q.french_spacing && (c == ';' || c == ':' || c == '!' || c == '?')) {
            const char32_t prev = prev_out(), next = at(i + 1);
            const bool spaced_after = next == 0 || is_space(next) || next == '"' || next == ')' ||
                                      next == '!' || next == '?';
            if (prev == ' ' || prev == 0xA0) {
                drop_space_before();
                out += kNarrowNbsp;
            } else if ((is_alnum(prev) || prev == U'»' || prev == ')') && spaced_after) {
                out += kNarrowNbsp;
            }
            out += c;
        } else {
            out += c;
        }
    }
    std::string result;
    result.reserve(out.size() + 16);
    for (char32_t c : out) append_utf8(result, c);
    return result;
}

}  // namespace galley::read
