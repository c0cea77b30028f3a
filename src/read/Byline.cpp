#include "read/Byline.hpp"

#include <array>

#include "read/DateParser.hpp"
#include "read/ReaderThresholds.hpp"
#include "read/TextUtil.hpp"

namespace galley::read {

namespace {

bool starts_with(std::string_view s, std::string_view p) {
    return s.substr(0, p.size()) == p;
}
bool ends_with(std::string_view s, std::string_view p) {
    return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

/// Job titles that may follow a name after a comma ("Jane Roe, Staff Writer").
bool is_role(std::string_view s) {
    static constexpr std::array<std::string_view, 37> roles = {
        "writer",         "reporter",      "correspondent",  "editor",          "contributor",
        "columnist",      "journalist",    "staff",          "author",          "photographer",
        "redakteur",      "redakteurin",   "korrespondent",  "korrespondentin", "correspondant",
        "correspondante", "corresponsal",  "corrispondente", "journaliste",     "periodista",
        "giornalista",    "корреспондент", "repórter",       "reportera",       "reportero",
        "jornalista",     "redactor",      "redactora",      "rédacteur",       "rédactrice",
        "spokesman",      "spokeswoman",   "spokesperson",   "porte-parole",    "portavoz",
        "sprecher",       "sprecherin"};
    // Offices in a project or a newsroom, anywhere in a short tail ("SIG Docs Co-Chair para
    // Kubernetes", "Senior Staff Writer").
    static constexpr std::array<std::string_view, 6> offices = {"chair", "co-chair", "maintainer",
                                                                "lead",  "director", "engineer"};
    const std::string low = to_lower(trim(s));
    const auto words = split_words(low);
    if (words.empty() || words.size() > 6) return false;
    if (words.size() <= 4)
        for (std::string_view r : roles)
            if (words.back() == r || words.front() == r) return true;
    for (std::string_view w : words)
        for (std::string_view o : offices)
            if (w == o) return true;
    return false;
}

/// News agencies: named beside an author they are the publisher ("Jane Roe, Reuters").
bool is_agency(std::string_view s) {
    static constexpr std::array<std::string_view, 26> agencies = {"reuters",
                                                                  "ap",
                                                                  "associated press",
                                                                  "the associated press",
                                                                  "afp",
                                                                  "agence france-presse",
                                                                  "dpa",
                                                                  "efe",
                                                                  "ansa",
                                                                  "xinhua",
                                                                  "新华社",
                                                                  "yonhap",
                                                                  "연합뉴스",
                                                                  "kyodo",
                                                                  "共同通信",
                                                                  "tass",
                                                                  "тасс",
                                                                  "риа новости",
                                                                  "bloomberg",
                                                                  "pa",
                                                                  "pa media",
                                                                  "anadolu",
                                                                  "voa",
                                                                  "upi",
                                                                  "kna",
                                                                  "epd"};
    std::string low = to_lower(trim(s));
    while (!low.empty() && (low.back() == '.' || low.back() == ')')) low.pop_back();
    if (!low.empty() && low.front() == '(') low.erase(0, 1);
    for (std::string_view a : agencies)
        if (low == a) return true;
    return false;
}

/// A plausible personal or organisational name: 1-6 words, first letter not lowercase, no
/// sentence punctuation, no '/' (a photo credit names "photographer/agency").
bool plausible_name(std::string_view name) {
    name = trim(name);
    if (name.empty() || code_point_count(name) > 60) return false;
    const auto words = split_words(name);
    if (words.size() > 6) return false;
    std::size_t p = 0;
    const char32_t first = next_code_point(name, p);
    if (!is_alpha(first) || is_lower(first)) return false;
    for (char c : name)
        if (c == '!' || c == '?' || c == ';' || c == ':' || c == '"' || c == '(' || c == '[' ||
            c == '/' || c == '@')
            return false;
    if (name.find("：") != std::string_view::npos || name.find("。") != std::string_view::npos)
        return false;
    // Lowercase words other than particles ("van", "de", "bin") point to a sentence.
    static constexpr std::string_view particles =
        " van von de der den da di do dos das del bin al la le du ter ten y e zu ibn el ";
    for (std::string_view w : words) {
        std::size_t q = 0;
        if (!is_lower(next_code_point(w, q))) continue;
        const std::string key = " " + std::string(w) + " ";
        if (particles.find(key) == std::string_view::npos) return false;
    }
    return true;
}

std::string strip_end_punct(std::string_view s) {
    s = trim(s);
    while (!s.empty() && (s.back() == '.' || s.back() == ',')) {
        // Keep the period of a final initial ("John Q.") only when the word is one letter.
        if (s.back() == '.' && s.size() >= 3 && s[s.size() - 3] == ' ') break;
        s.remove_suffix(1);
    }
    return std::string(trim(s));
}

std::optional<Byline> names_byline(std::string_view rest) {
    Byline b;
    rest = trim(rest);
    // A date glued on with a bullet or a bar: "Wikimedia Foundation•15 January 2020".
    for (std::string_view sep : {"•", "·", "|", " - ", " — ", " – ", ", "}) {
        const std::size_t at = rest.find(sep);
        if (at == std::string_view::npos) continue;
        const std::string_view tail = trim(rest.substr(at + sep.size()));
        if (is_date_line(tail) || (sep != ", " && find_date(tail))) {
            b.date_text = std::string(tail);
            rest = trim(rest.substr(0, at));
            break;
        }
    }
    // "Luiz Ferreira — Repórter da Agência Brasil — Brasília": a dash after the names opens
    // a role (and a place after it); an agency there is the publisher.
    for (std::string_view dash : {" — ", " – ", " - "}) {
        const std::size_t at = rest.find(dash);
        if (at == std::string_view::npos) continue;
        std::string_view tail = trim(rest.substr(at + dash.size()));
        const std::size_t next = tail.find(dash);
        const std::string_view first = next == std::string_view::npos ? tail : tail.substr(0, next);
        if (is_agency(first)) {
            b.publisher = strip_end_punct(first);
        } else if (!is_role(first)) {
            continue;
        }
        rest = trim(rest.substr(0, at));
        break;
    }
    // "Jane Roe (AP)", "Jane Roe, Reuters", "Jane Roe, Staff Writer", "Jane Roe | Reuters".
    if (ends_with(rest, ")")) {
        const std::size_t open = rest.rfind('(');
        if (open != std::string_view::npos && is_agency(rest.substr(open))) {
            b.publisher = std::string(trim(rest.substr(open + 1, rest.size() - open - 2)));
            rest = trim(rest.substr(0, open));
        }
    }
    for (int round = 0; round < 2; ++round) {
        const std::size_t cut = rest.find_last_of(",|");
        if (cut == std::string_view::npos) break;
        const std::string_view tail = rest.substr(cut + 1);
        if (is_agency(tail)) {
            b.publisher = strip_end_punct(tail);
        } else if (!is_role(tail)) {
            break;
        }
        rest = trim(rest.substr(0, cut));
    }
    if (rest.empty() && !b.publisher.empty()) {
        b.authors = {b.publisher};
        return b;
    }
    b.authors = split_names(rest);
    if (b.authors.empty()) return std::nullopt;
    for (const std::string& a : b.authors)
        if (!plausible_name(a)) return std::nullopt;
    return b;
}

/// Labels before the names, lowercase ASCII compared without case; each is followed by a
/// space or ':' in the line. Labels ending in a colon-like sign take the rest as it is.
constexpr std::array<std::string_view, 46> kLabels = {
    "by:",      "written by", "words by",    "story by",   "text by",  "by",       "author:",
    "authors:", "writer:",    "reporter:",   "text:",      "von",      "text von", "autor:",
    "autorin:", "autorka:",   "autor",       "texte:",     "texte de", "par",      "auteur :",
    "auteur:",  "por",        "escrito por", "texto:",     "texto de", "di",       "a cura di",
    "testo di", "door",       "tekst:",      "av",         "af",       "yazan:",   "yazar:",
    "oleh",     "oleh:",      "penulis:",    "автор:",     "автор",    "текст:",   "napisał",
    "napisała", "redakcja:",  "reportage:",  "reporting:",
};

/// Labels in scripts without case; the names follow directly.
constexpr std::array<std::string_view, 16> kCaselessLabels = {
    "記事執筆：", "記事執筆:", "執筆：", "文：",       "文/",  "文／", "撰文：", "作者：",
    "作者:",      "记者：",    "記者：", "取材・文：", "بقلم", "كتب",  "글=",    "글:"};

std::optional<Byline> labelled(std::string_view line) {
    const std::string low = to_lower(line.substr(0, 40));
    for (std::string_view label : kLabels) {
        if (low.compare(0, label.size(), label) != 0) continue;
        std::string_view rest = line.substr(label.size());
        if (label.back() != ':') {
            if (rest.empty() || !(rest[0] == ' ' || rest[0] == ':')) continue;
            if (rest[0] == ':') rest.remove_prefix(1);
            rest = trim(rest);
            if (!rest.empty() && rest[0] == ':') rest.remove_prefix(1);
        }
        // "Von X" / "Par X" / "Di X" also start sentences: the names decide (plausible_name).
        if (auto b = names_byline(rest)) return b;
    }
    for (std::string_view label : kCaselessLabels) {
        if (!starts_with(line, label)) continue;
        std::string_view rest = trim(line.substr(label.size()));
        if (!rest.empty() && (rest[0] == ':' || starts_with(rest, "："))) {
            rest.remove_prefix(rest[0] == ':' ? 1 : 3);
            rest = trim(rest);
        }
        Byline b;
        std::size_t q = 0;
        if (!rest.empty() && next_code_point(rest, q) < 0x2E80) {
            // Arabic, Hebrew...: words of one name are separated by spaces.
            b.authors = split_names(rest);
            if (!b.authors.empty() && b.authors.size() <= 4 && code_point_count(rest) <= 60)
                return b;
            continue;
        }
        for (std::string_view part : split_words(rest)) {
            std::string name(part);
            for (std::string_view sep : {"、", "，"}) {
                std::size_t at;
                while ((at = name.find(sep)) != std::string::npos) {
                    if (at > 0) b.authors.push_back(name.substr(0, at));
                    name.erase(0, at + sep.size());
                }
            }
            if (!name.empty()) b.authors.push_back(name);
        }
        if (!b.authors.empty() && b.authors.size() <= 4 && code_point_count(rest) <= 40) return b;
    }
    return std::nullopt;
}

/// "홍길동 기자", "홍길동 기자 =", "홍길동·김철수 기자 hong@yna.co.kr".
std::optional<Byline> korean_reporter(std::string_view line) {
    const std::size_t at = line.find(" 기자");
    if (at == std::string_view::npos || at == 0) return std::nullopt;
    std::string_view after = trim(line.substr(at + std::string_view(" 기자").size()));
    if (!after.empty() && after != "=" && after.find('@') == std::string_view::npos)
        return std::nullopt;
    std::string_view names = trim(line.substr(0, at));
    if (starts_with(names, "(") || starts_with(names, "（")) {
        const std::size_t close = names.find(')');
        if (close == std::string_view::npos) return std::nullopt;
        names = trim(names.substr(close + 1));
    }
    Byline b;
    std::string rest(names);
    for (std::size_t s; (s = rest.find("·")) != std::string::npos;) {
        b.authors.push_back(std::string(trim(rest.substr(0, s))));
        rest.erase(0, s + std::string_view("·").size());
    }
    b.authors.push_back(std::string(trim(rest)));
    for (const std::string& a : b.authors) {
        const std::size_t n = code_point_count(a);
        if (n < 2 || n > 5 || a.find(' ') != std::string::npos) return std::nullopt;
    }
    return b;
}

/// A Korean broadcast's sign-off closing the text: "VOA 뉴스 함지하입니다.", "연합뉴스 홍길동
/// 기자입니다." ("… news, this is NAME"): the name (two to five Hangul syllables) is the
/// author, a news agency before it the publisher.
std::optional<Byline> korean_sign_off(std::string_view line) {
    line = trim(line);
    for (std::string_view end : {"입니다.", "입니다"}) {
        if (!ends_with(line, end)) continue;
        std::string_view head = trim(line.substr(0, line.size() - end.size()));
        if (ends_with(head, "기자")) head = trim(head.substr(0, head.size() - 6));
        const std::size_t space = head.rfind(' ');
        if (space == std::string_view::npos) return std::nullopt;
        const std::string_view name = head.substr(space + 1);
        const std::string_view outlet = trim(head.substr(0, space));
        const std::size_t n = code_point_count(name);
        if (n < 2 || n > 5 || !ends_with(outlet, "뉴스") || split_words(outlet).size() > 3)
            return std::nullopt;
        for (std::size_t p = 0; p < name.size();) {
            const char32_t c = next_code_point(name, p);
            if (c < 0xAC00 || c > 0xD7A3) return std::nullopt;  // Hangul syllables only
        }
        Byline b{{std::string(name)}, "", ""};
        const auto words = split_words(outlet);
        if (words.size() == 2 && is_agency(words.front())) b.publisher = std::string(words.front());
        return b;
    }
    return std::nullopt;
}

}  // namespace

std::vector<std::string> split_names(std::string_view names) {
    std::vector<std::string> out;
    std::string s(trim(names));
    // Normalise separators to ';'.
    for (std::string_view sep : {" and ", " And ", " AND ", " & ", " und ", " et ", " y ", " e ",
                                 " en ", " och ", " i ", " и ", " ve ", " dan ", ";"}) {
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
            // "Michael Mueller (Giant Swarm)": the affiliation in brackets is not the name.
            if (const std::size_t open = name.rfind(" ("); open != std::string::npos && open > 0 &&
                                                           name.back() == ')' &&
                                                           !is_agency(name.substr(open)))
                name = std::string(trim(std::string_view(name).substr(0, open)));
            if (!name.empty()) out.push_back(std::move(name));
        }
    }
    return out;
}

bool is_photo_credit(std::string_view line) {
    line = trim(line);
    if (line.empty() || code_point_count(line) > threshold::kBylineMaxChars) return false;
    std::string_view inner = line;
    if (starts_with(inner, "(") && ends_with(inner, ")")) inner = inner.substr(1, inner.size() - 2);
    for (std::string_view label :
         {"photo:", "photo :", "foto :", "photos:", "photo by", "photograph by", "photo credit",
          "image:", "image by",
          "credit:", "foto:", "fotos:", "bild:", "picture:", "фото:", "写真：", "사진="})
        if (starts_with_nocase(inner, label)) return true;
    // "By Kevin Mazur/WireImage.", "Kevin Mazur/Getty Images": a name, a slash, an agency.
    const std::size_t slash = inner.find('/');
    if (slash == std::string_view::npos || inner.find("://") != std::string_view::npos ||
        slash == 0 || inner[slash - 1] == ' ' || inner.substr(slash + 1, 1) == " ")
        return false;
    std::string_view who = inner.substr(0, slash);
    if (starts_with_nocase(who, "by ")) who.remove_prefix(3);
    std::string_view agency = inner.substr(slash + 1);
    while (!agency.empty() && (agency.back() == '.' || agency.back() == ')'))
        agency.remove_suffix(1);
    return plausible_name(who) && plausible_name(agency) && split_words(inner).size() <= 8;
}

std::optional<Byline> parse_byline(std::string_view line) {
    line = trim(line);
    // "**Authors**: X", "__By__ X": a Markdown-emphasised label.
    std::string plain;
    for (std::string_view mark : {"**", "__"}) {
        if (line.substr(0, 2) != mark) continue;
        const std::size_t close = line.find(mark, 2);
        if (close == std::string_view::npos || close > 30) break;
        plain = std::string(line.substr(2, close - 2)) + std::string(line.substr(close + 2));
        line = plain;
        break;
    }
    if (line.empty() || code_point_count(line) > threshold::kBylineMaxChars) return std::nullopt;
    if (is_photo_credit(line)) return std::nullopt;
    // "BYYasir Rehman": the byline label glued to a capitalised name.
    if (line.size() > 4 && line.substr(0, 2) == "BY" && line[2] >= 'A' && line[2] <= 'Z' &&
        line[3] >= 'a' && line[3] <= 'z')
        return names_byline(line.substr(2));
    if (auto b = labelled(line)) return b;
    if (auto b = korean_reporter(line)) return b;
    // "Secretary Colin L. Powell", "Ambassador Jane Roe": an office and a name, the speaker of
    // remarks or the signatory of a statement.
    for (std::string_view office :
         {"Secretary ", "Deputy Secretary ", "Under Secretary ", "Assistant Secretary ",
          "Ambassador ", "Spokesperson ", "Secretario ", "Secretaria ", "Embajador ", "Embajadora ",
          "Minister ", "Ministro ", "Ministra ", "Prime Minister ",
          "\u0648\u0632\u064A\u0631 \u0627\u0644\u062E\u0627\u0631\u062C\u064A\u0629 ",  // وزير
                                                                                         // الخارجية
          "\u0627\u0644\u0633\u0641\u064A\u0631 "}) {  // السفير (the ambassador)
        if (line.substr(0, office.size()) != office) continue;
        const std::string_view name = trim(line.substr(office.size()));
        const std::size_t words = split_words(name).size();
        if (words >= 2 && words <= 4 && plausible_name(name) &&
            name.find(" of ") == std::string_view::npos &&
            name.find(" de ") == std::string_view::npos)
            return Byline{{std::string(name)}, "", ""};
    }
    // "Tuesday 15 October 2019 by Bradley M. Kuhn", "January 17, 2017 at 6:08 PM ET by X".
    for (std::string_view label :
         {" by ", " By ", " von ", " Von ", " par ", " Par ", " por ", " Por "}) {
        const std::size_t at = line.rfind(label);
        if (at == std::string_view::npos) continue;
        const std::string_view head = line.substr(0, at);
        if (!is_date_line(head)) continue;
        if (auto b = names_byline(line.substr(at + label.size()))) {
            if (b->date_text.empty()) b->date_text = std::string(trim(head));
            return b;
        }
    }
    // "Claudia Cristiani, December 29th, 2014": a name and the date.
    if (const std::size_t comma = line.find(", "); comma != std::string_view::npos) {
        const std::string_view name = line.substr(0, comma);
        const std::size_t words = split_words(name).size();
        if (words >= 2 && words <= 4 && plausible_name(name) && !is_date_filler(name) &&
            is_date_line(line.substr(comma + 2)))
            return Byline{{std::string(trim(name))}, std::string(trim(line.substr(comma + 2))), ""};
    }
    // "Jane Roe, Staff Writer", "Jane Roe, Reuters"
    if (const std::size_t comma = line.rfind(',');
        comma != std::string_view::npos &&
        (is_role(line.substr(comma + 1)) || is_agency(line.substr(comma + 1)))) {
        if (auto b = names_byline(line)) return b;
    }
    return std::nullopt;
}

std::optional<Byline> parse_name_and_address(std::string_view name_line,
                                             std::string_view next_line) {
    name_line = trim(name_line);
    next_line = trim(next_line);
    // An address: one word, local@domain.tld.
    const std::size_t at = next_line.find('@');
    if (at == std::string_view::npos || at == 0 || next_line.size() > 80 ||
        next_line.find_first_of(" \t,;") != std::string_view::npos ||
        next_line.find('.', at) == std::string_view::npos ||
        next_line.find('@', at + 1) != std::string_view::npos)
        return std::nullopt;
    const std::size_t words = split_words(name_line).size();
    if (words < 2 || words > 4 || !plausible_name(name_line)) return std::nullopt;
    for (std::string_view w : split_words(name_line)) {
        std::size_t p = 0;
        if (!is_upper(next_code_point(w, p))) return std::nullopt;  // every word capitalised
    }
    return Byline{{std::string(name_line)}, "", ""};
}

std::optional<Byline> parse_closing_credit(std::string_view line) {
    line = trim(line);
    if (line.empty() || code_point_count(line) > 2 * threshold::kBylineMaxChars)
        return std::nullopt;
    // "Reporting by X and Y; Additional reporting by Z; Editing by W": the reporters (and
    // the writer) are the authors; editors are not.
    if (starts_with_nocase(line, "reporting by ") || starts_with_nocase(line, "writing by ") ||
        starts_with_nocase(line, "reported by ")) {
        Byline b;
        std::string_view rest = line;
        while (!rest.empty()) {
            std::size_t end = rest.find_first_of(";.");
            // A period inside initials ("John Q. Public") is not a separator.
            while (end != std::string_view::npos && rest[end] == '.' && end >= 2 &&
                   rest[end - 2] == ' ')
                end = rest.find_first_of(";.", end + 1);
            std::string_view part = trim(rest.substr(0, end));
            rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
            for (std::string_view label : {"reporting by ", "writing by ", "reported by "}) {
                if (!starts_with_nocase(part, label)) continue;
                std::string_view names = trim(part.substr(label.size()));
                // "Reporting by X in Paris": the place is not a name.
                if (const std::size_t in = names.find(" in "); in != std::string_view::npos)
                    names = names.substr(0, in);
                for (std::string& n : split_names(names))
                    if (plausible_name(n)) b.authors.push_back(std::move(n));
            }
        }
        if (!b.authors.empty()) return b;
        return std::nullopt;
    }
    // "Correspondent Joanne Anderson may be reached at …", "Jane Roe can be reached at …".
    for (std::string_view tail : {" may be reached at", " can be reached at", " may be reached by",
                                  " can be reached by", " may be contacted at"}) {
        const std::size_t at = line.find(tail);
        if (at == std::string_view::npos) continue;
        auto words = split_words(line.substr(0, at));
        while (!words.empty() && is_role(words.front())) words.erase(words.begin());
        if (!words.empty() && (words.front() == "Staff" || words.front() == "Senior"))
            words.erase(words.begin());
        while (!words.empty() && is_role(words.front())) words.erase(words.begin());
        if (words.empty() || words.size() > 4) return std::nullopt;
        std::string name;
        for (std::string_view w : words) name += (name.empty() ? "" : " ") + std::string(w);
        if (!plausible_name(name)) return std::nullopt;
        return Byline{{name}, "", ""};
    }
    // "VOA 뉴스", "VOA News": a news agency's name alone on a line near the end credits the
    // agency (author and publisher).
    if (const auto words = split_words(line); !words.empty() && words.size() <= 2) {
        static constexpr std::array<std::string_view, 10> news = {
            "news",    "뉴스", "nachrichten", "noticias",  "notícias",
            "новости", "新闻", "ニュース",    "nouvelles", "haberleri"};
        bool tail = words.size() == 1;
        for (std::string_view n : news) tail = tail || to_lower(words.back()) == n;
        if (tail && is_agency(words.front()))
            return Byline{{std::string(line)}, "", std::string(words.front())};
    }
    for (std::string_view label :
         {"posted by ", "written by ", "geschrieben von ", "publié par "}) {
        if (starts_with_nocase(line, label)) return names_byline(line.substr(label.size()));
    }
    if (auto b = korean_reporter(line)) return b;
    if (auto b = korean_sign_off(line)) return b;
    return std::nullopt;
}

std::optional<Byline> find_lead_byline(std::string_view paragraph) {
    const std::string_view head = paragraph.substr(0, 160);
    // "新华社北京3月1日电（记者 高鹏 王明）…", "本报讯（记者 张三）…"
    for (std::string_view open : {"（记者", "(记者", "（記者", "（本报记者"}) {
        const std::size_t at = head.find(open);
        if (at == std::string_view::npos || at > 90) continue;
        const std::size_t start = at + open.size();
        std::size_t close = head.find("）", start);
        if (close == std::string_view::npos) close = head.find(')', start);
        if (close == std::string_view::npos) continue;
        Byline b;
        std::string names(trim(head.substr(start, close - start)));
        for (std::string_view sep : {"、", "，", "　"}) {
            std::size_t p;
            while ((p = names.find(sep)) != std::string::npos) names.replace(p, sep.size(), " ");
        }
        for (std::string_view n : split_words(names))
            if (code_point_count(n) >= 2 && code_point_count(n) <= 4) b.authors.emplace_back(n);
        if (b.authors.empty()) continue;
        for (std::string_view agency : {"新华社", "中新社", "中新网", "人民网", "央视网"})
            if (starts_with(head, agency)) b.publisher = std::string(agency);
        return b;
    }
    // "… 이조은 기자가 보도합니다." (VOA Korean): the reporter named in the lead.
    for (std::string_view tail : {" 기자가 보도합니다", " 기자가 전합니다", " 기자의 보도입니다"}) {
        const std::size_t at = paragraph.find(tail);
        if (at == std::string_view::npos || at > 600) continue;
        std::size_t start = paragraph.rfind(' ', at - 1);
        start = start == std::string_view::npos ? 0 : start + 1;
        const std::string name(paragraph.substr(start, at - start));
        const std::size_t n = code_point_count(name);
        if (n >= 2 && n <= 4) return Byline{{name}, "", ""};
    }
    // "(서울=연합뉴스) 홍길동 기자 = …"
    if (starts_with(head, "(") || starts_with(head, "（")) {
        const std::size_t eq = head.find(" 기자 =");
        if (eq != std::string_view::npos) {
            auto b = korean_reporter(head.substr(0, eq + std::string_view(" 기자 =").size()));
            if (b && head.find("연합뉴스") != std::string_view::npos) b->publisher = "연합뉴스";
            return b;
        }
    }
    return std::nullopt;
}

}  // namespace galley::read
