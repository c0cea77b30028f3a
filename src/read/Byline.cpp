#include "read/Byline.hpp"

#include <array>

#include "read/DateParser.hpp"
#include "read/TextUtil.hpp"

namespace galley::read {

namespace {

/// Job titles that may follow a name after a comma ("Jane Roe, Staff Writer").
bool is_role(std::string_view s) {
    static constexpr std::array<std::string_view, 10> roles = {
        "writer",    "reporter",   "correspondent", "editor", "contributor",
        "columnist", "journalist", "staff",         "author", "photographer"};
    const std::string low = to_lower(trim(s));
    const auto words = split_words(low);
    if (words.empty() || words.size() > 4) return false;
    for (std::string_view r : roles)
        if (words.back() == r) return true;
    return false;
}

/// A plausible personal or organisational name: 1-6 words, first letter not lowercase, no
/// sentence punctuation.
bool plausible_name(std::string_view name) {
    name = trim(name);
    if (name.empty() || code_point_count(name) > 60) return false;
    const auto words = split_words(name);
    if (words.size() > 6) return false;
    std::size_t p = 0;
    const char32_t first = next_code_point(name, p);
    if (!is_alpha(first) || is_lower(first)) return false;
    for (char c : name)
        if (c == '!' || c == '?' || c == ';' || c == ':' || c == '"' || c == '(' || c == '[')
            return false;
    // Lowercase words other than particles ("van", "de", "bin") point to a sentence.
    int lowercase_words = 0;
    for (std::string_view w : words) {
        std::size_t q = 0;
        if (is_lower(next_code_point(w, q)) && w != "van" && w != "von" && w != "de" &&
            w != "der" && w != "da" && w != "di" && w != "bin" && w != "al" && w != "la" &&
            w != "le" && w != "du")
            ++lowercase_words;
    }
    return lowercase_words == 0;
}

std::string strip_end_punct(std::string_view s) {
    s = trim(s);
    while (!s.empty() && (s.back() == '.' || s.back() == ',')) {
        // Keep the period of a final initial ("John Q.") only when the word is one letter.
        if (s.back() == '.' && s.size() >= 2 && s.size() >= 3 && s[s.size() - 3] == ' ') break;
        s.remove_suffix(1);
    }
    return std::string(trim(s));
}

std::optional<Byline> names_byline(std::string_view rest) {
    Byline b;
    // A date glued on with a bullet or a bar: "Wikimedia Foundation•15 January 2020".
    for (std::string_view sep : {"•", "·", "|", " - ", " — ", " – "}) {
        const std::size_t at = rest.find(sep);
        if (at == std::string_view::npos) continue;
        const std::string_view tail = trim(rest.substr(at + sep.size()));
        if (find_date(tail)) {
            b.date_text = std::string(tail);
            rest = rest.substr(0, at);
            break;
        }
    }
    // "Jane Roe, Staff Writer"
    if (const std::size_t comma = rest.rfind(',');
        comma != std::string_view::npos && is_role(rest.substr(comma + 1)))
        rest = rest.substr(0, comma);
    b.authors = split_names(rest);
    if (b.authors.empty()) return std::nullopt;
    for (const std::string& a : b.authors)
        if (!plausible_name(a)) return std::nullopt;
    return b;
}

}  // namespace

std::vector<std::string> split_names(std::string_view names) {
    std::vector<std::string> out;
    std::string s(trim(names));
    // Normalise separators to ';'.
    for (std::string_view sep : {" and ", " And ", " AND ", " & ", " und ", " et ", ";"}) {
        std::string replaced;
        std::size_t from = 0;
        for (std::size_t at; (at = s.find(sep, from)) != std::string::npos;
             from = at + sep.size()) {
            replaced.append(s, from, at - from);
            replaced += ';';
        }
        replaced.append(s, from, std::string::npos);
        s = std::move(replaced);
    }
    // Commas separate names only when every part has at least two words ("A B, C D").
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t semi = s.find(';', start);
        parts.emplace_back(
            s.substr(start, semi == std::string::npos ? std::string::npos : semi - start));
        if (semi == std::string::npos) break;
        start = semi + 1;
    }
    for (const std::string& part : parts) {
        std::vector<std::string> pieces;
        bool split_commas = part.find(',') != std::string::npos;
        std::size_t b = 0;
        while (split_commas) {
            const std::size_t c = part.find(',', b);
            pieces.emplace_back(trim(std::string_view(part).substr(
                b, c == std::string::npos ? std::string::npos : c - b)));
            if (c == std::string::npos) break;
            b = c + 1;
        }
        for (const std::string& piece : pieces)
            if (split_words(piece).size() < 2) split_commas = false;
        if (!split_commas) pieces = {part};
        for (const std::string& piece : pieces) {
            std::string name = strip_end_punct(piece);
            if (!name.empty()) out.push_back(std::move(name));
        }
    }
    return out;
}

std::optional<Byline> parse_byline(std::string_view line) {
    line = trim(line);
    if (line.empty() || code_point_count(line) > 120) return std::nullopt;
    // "BYYasir Rehman": the byline label glued to a capitalised name.
    if (line.size() > 4 && line.substr(0, 2) == "BY" && line[2] >= 'A' && line[2] <= 'Z' &&
        line[3] >= 'a' && line[3] <= 'z')
        return names_byline(line.substr(2));
    for (std::string_view label : {"by:", "by", "von", "par", "por", "written by"}) {
        if (!starts_with_nocase(line, label)) continue;
        std::string_view rest = line.substr(label.size());
        if (rest.empty() || !(rest[0] == ' ' || rest[0] == ':')) continue;
        if (rest[0] == ':') rest.remove_prefix(1);
        if (auto b = names_byline(trim(rest))) return b;
    }
    // "Tuesday 15 October 2019 by Bradley M. Kuhn", "January 17, 2017 at 6:08 PM ET by X".
    for (std::string_view label : {" by ", " By ", " von "}) {
        const std::size_t at = line.rfind(label);
        if (at == std::string_view::npos) continue;
        const std::string_view head = line.substr(0, at);
        if (!is_date_line(head)) continue;
        if (auto b = names_byline(line.substr(at + label.size()))) {
            if (b->date_text.empty()) b->date_text = std::string(trim(head));
            return b;
        }
    }
    // "Jane Roe, Staff Writer"
    if (const std::size_t comma = line.rfind(',');
        comma != std::string_view::npos && is_role(line.substr(comma + 1))) {
        if (auto b = names_byline(line.substr(0, comma))) return b;
    }
    return std::nullopt;
}

}  // namespace galley::read
