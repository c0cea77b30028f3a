#include "read/InlineParser.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <vector>

#include "read/SmartPunctuation.hpp"
#include "read/TextUtil.hpp"

namespace galley::read {

namespace {

struct UrlSpan {
    std::size_t begin, end;  ///< byte range in the text
    std::string url;         ///< absolute target
};

bool url_char(unsigned char c) {
    if (c >= 0x80) return true;  // IRIs may hold non-ASCII letters
    if (c <= ' ' || c == '<' || c == '>' || c == '"' || c == '`' || c == '{' || c == '}' ||
        c == '|' || c == '\\' || c == '^')
        return false;
    return true;
}

/// End of a URL starting at `b`: up to white space, minus trailing punctuation and unbalanced ')'.
std::size_t url_end(std::string_view s, std::size_t b) {
    std::size_t e = b;
    while (e < s.size() && url_char(static_cast<unsigned char>(s[e]))) {
        // Stop at non-ASCII punctuation such as ” » ’ or an ideographic full stop.
        if (static_cast<unsigned char>(s[e]) >= 0x80) {
            std::size_t p = e;
            const char32_t c = next_code_point(s, p);
            if (!is_alnum(c)) break;
            e = p;
            continue;
        }
        ++e;
    }
    while (e > b) {
        const char c = s[e - 1];
        if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' ||
            c == '*' || c == '_' || c == ']') {
            --e;
        } else if (c == ')') {
            std::size_t open = 0, close = 0;
            for (std::size_t k = b; k < e; ++k) {
                open += s[k] == '(';
                close += s[k] == ')';
            }
            if (close > open)
                --e;
            else
                break;
        } else {
            break;
        }
    }
    return e;
}

bool boundary_before(std::string_view s, std::size_t i) {
    if (i == 0) return true;
    std::size_t p = i;
    const char32_t c = prev_code_point(s, p);
    return !is_alnum(c) && c != '.' && c != '/' && c != '@' && c != '-' && c != '_';
}

/// Tries to read a URL or e-mail address at `i`; returns its span or nullopt.
std::optional<UrlSpan> url_at(std::string_view s, std::size_t i) {
    const std::string_view rest = s.substr(i);
    std::size_t prefix = 0;
    std::string scheme;
    if (starts_with_nocase(rest, "https://"))
        prefix = 8;
    else if (starts_with_nocase(rest, "http://"))
        prefix = 7;
    else if (starts_with_nocase(rest, "mailto:"))
        prefix = 7;
    else if (starts_with_nocase(rest, "www.")) {
        prefix = 4;
        scheme = "http://";
    }
    if (prefix > 0 && boundary_before(s, i)) {
        const std::size_t e = url_end(s, i);
        // Require a host with a dot (or a mailto address) after the prefix.
        const std::string_view body = s.substr(i + prefix, e > i + prefix ? e - i - prefix : 0);
        if (!body.empty() &&
            (body.find('.') != std::string_view::npos || body.find('@') != std::string_view::npos))
            return UrlSpan{i, e, scheme + std::string(s.substr(i, e - i))};
    }
    return std::nullopt;
}

/// An e-mail address around the '@' at `at` (local@domain.tld), not starting before `floor`.
std::optional<UrlSpan> email_at(std::string_view s, std::size_t at, std::size_t floor) {
    std::size_t b = at;
    while (b > floor) {
        const char c = s[b - 1];
        if (std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '+' ||
            c == '-')
            --b;
        else
            break;
    }
    std::size_t e = at + 1;
    while (e < s.size() &&
           (std::isalnum(static_cast<unsigned char>(s[e])) || s[e] == '.' || s[e] == '-'))
        ++e;
    while (e > at + 1 && (s[e - 1] == '.' || s[e - 1] == '-')) --e;
    const std::string_view domain = s.substr(at + 1, e - at - 1);
    if (b < at && domain.find('.') != std::string_view::npos && s[b] != '.' &&
        boundary_before(s, b))
        return UrlSpan{b, e, "mailto:" + std::string(s.substr(b, e - b))};
    return std::nullopt;
}

std::vector<UrlSpan> find_urls(std::string_view s) {
    std::vector<UrlSpan> spans;
    // Cheap filter first: URLs need "://", "www.", "mailto:" or '@'.
    if (s.find("://") == std::string_view::npos && s.find('@') == std::string_view::npos &&
        s.find("ww.") == std::string_view::npos && s.find("WW.") == std::string_view::npos)
        return spans;
    std::size_t floor = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == 'h' || c == 'H' || c == 'w' || c == 'W' || c == 'm' || c == 'M') {
            if (auto u = url_at(s, i)) {
                i = u->end - 1;
                floor = u->end;
                spans.push_back(std::move(*u));
            }
        } else if (c == '@') {
            if (auto u = email_at(s, i, floor)) {
                // The address starts before '@': drop nothing already emitted (floor guards it).
                i = u->end - 1;
                floor = u->end;
                spans.push_back(std::move(*u));
            }
        }
    }
    return spans;
}

bool opener_context(char32_t c) {
    return c == 0 || is_space(c) || c == '(' || c == '[' || c == U'“' || c == U'‘' || c == U'„' ||
           c == U'‚' || c == U'«' || c == 0x202F || c == U'—' || c == U'–' || c == '"' || c == '\'';
}

/// Splits punctuated text into Text / Emphasis / Strong inlines.
void parse_emphasis(std::string_view s, doc::Inlines& out, int depth = 0) {
    std::size_t plain_start = 0, i = 0;
    while (i < s.size()) {
        while (i < s.size() && s[i] != '*' && s[i] != '_') ++i;
        if (i >= s.size()) break;
        const char d = s[i];
        std::size_t run = 1;
        while (i + run < s.size() && s[i + run] == d) ++run;
        std::size_t p = i;
        const char32_t before = i == 0 ? 0 : prev_code_point(s, p);
        p = i + run;
        const char32_t after = p < s.size() ? next_code_point(s, p) : 0;
        if (run > 2 || (d == '_' && run == 2) || !opener_context(before) || after == 0 ||
            is_space(after)) {
            i += run;
            continue;
        }
        // Look for a matching closer within a short distance, on the same run length.
        const std::size_t limit = std::min(s.size(), i + run + 600);
        std::size_t close = std::string_view::npos;
        for (std::size_t k = i + run; k < limit; ++k) {
            if (s[k] != d) continue;
            std::size_t r = 1;
            while (k + r < s.size() && s[k + r] == d) ++r;
            std::size_t q = k;
            const char32_t in_before = prev_code_point(s, q);
            q = k + r;
            const char32_t in_after = q < s.size() ? next_code_point(s, q) : 0;
            if (r == run && !is_space(in_before) && !is_alnum(in_after) &&
                in_after != static_cast<char32_t>(d)) {
                close = k;
                break;
            }
            k += r - 1;
        }
        if (close == std::string_view::npos || close == i + run) {
            i += run;
            continue;
        }
        append_text(out, s.substr(plain_start, i - plain_start));
        doc::Inlines inner;
        if (depth < 4)
            parse_emphasis(s.substr(i + run, close - i - run), inner, depth + 1);
        else
            append_text(inner, s.substr(i + run, close - i - run));
        if (run == 2)
            out.push_back({doc::Strong{std::move(inner)}});
        else
            out.push_back({doc::Emphasis{std::move(inner)}});
        i = close + run;
        plain_start = i;
    }
    append_text(out, s.substr(plain_start));
}

}  // namespace

void append_text(doc::Inlines& out, std::string_view text) {
    if (text.empty()) return;
    if (!out.empty())
        if (auto* t = std::get_if<doc::Text>(&out.back().value)) {
            t->text += text;
            return;
        }
    out.push_back({doc::Text{std::string(text)}});
}

doc::Inlines parse_inlines(std::string_view text, std::string_view language) {
    return parse_inlines(text, quote_marks(language));
}

doc::Inlines parse_inlines(std::string_view text, const QuoteMarks& marks) {
    doc::Inlines out;
    const std::vector<UrlSpan> urls = find_urls(text);
    std::size_t pos = 0;
    auto plain = [&](std::size_t b, std::size_t e) {
        if (b >= e) return;
        std::size_t p = b;
        const char32_t before = b == 0 ? 0 : prev_code_point(text, p);
        p = e;
        const char32_t after = e < text.size() ? next_code_point(text, p) : 0;
        parse_emphasis(smart_punctuate(text.substr(b, e - b), marks, before, after), out);
    };
    for (const UrlSpan& u : urls) {
        plain(pos, u.begin);
        doc::Link link{u.url, {}};
        link.content.push_back({doc::Text{std::string(text.substr(u.begin, u.end - u.begin))}});
        out.push_back({std::move(link)});
        pos = u.end;
    }
    plain(pos, text.size());
    return out;
}

}  // namespace galley::read
