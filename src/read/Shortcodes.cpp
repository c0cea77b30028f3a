#include "read/Shortcodes.hpp"

#include <algorithm>

#include "read/TextUtil.hpp"

namespace galley::read {

namespace {

/// A shortcode longer than this (a few lines of attributes) is not one: the opener stays text.
constexpr std::size_t kMaxShortcode = 4096;

struct Delimiters {
    std::string_view open, close;
    bool own_line;  ///< only when alone on its line (Liquid output looks like prose braces)
};

constexpr Delimiters kForms[] = {
    {"{{<", ">}}", false}, {"{{%", "%}}", false}, {"{%", "%}", false}, {"{{", "}}", true}};

std::string shorten(std::string_view s) {
    std::string out;
    for (char c : s) out += (c == '\n' || c == '\t') ? ' ' : c;
    if (out.size() <= 60) return out;
    std::size_t cut = 57;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    return out.substr(0, cut) + "…";
}

bool blank(std::string_view s) {
    return trim(s).empty();
}

/// An indented code line (four spaces or a tab, as Markdown has it): its shortcodes are examples.
bool indented_code(std::string_view line) {
    return line.substr(0, 4) == "    " || (!line.empty() && line[0] == '\t');
}

bool fence_line(std::string_view line) {
    line = trim(line);
    return line.substr(0, 3) == "```" || line.substr(0, 3) == "~~~";
}

}  // namespace

std::optional<std::string> drop_shortcodes(std::string_view utf8, const std::string& file,
                                           Diagnostics& diagnostics) {
    if (utf8.find("{{") == std::string_view::npos && utf8.find("{%") == std::string_view::npos)
        return std::nullopt;
    std::string out;
    out.reserve(utf8.size());
    bool dropped = false, fence = false;
    int line = 1;
    std::size_t line_start = 0;
    const std::size_t n = utf8.size();
    for (std::size_t i = 0; i < n;) {
        if (i == line_start) {
            const std::size_t end = std::min(utf8.find('\n', i), n);
            if (fence_line(utf8.substr(i, end - i))) fence = !fence;
            if (fence || fence_line(utf8.substr(i, end - i)) ||
                indented_code(utf8.substr(i, end - i))) {
                out.append(utf8, i, end - i);
                if (end < n) out += '\n';
                i = end + 1;
                line_start = i;
                ++line;
                continue;
            }
        }
        const char c = utf8[i];
        if (c == '\n') {
            out += c;
            line_start = ++i;
            ++line;
            continue;
        }
        const Delimiters* form = nullptr;
        if (c == '{')
            for (const Delimiters& f : kForms)
                if (utf8.substr(i, f.open.size()) == f.open) {
                    form = &f;
                    break;
                }
        // Inside a `code span` of this line a shortcode is an example: kept.
        if (form) {
            const auto ticks = std::count(utf8.begin() + static_cast<std::ptrdiff_t>(line_start),
                                          utf8.begin() + static_cast<std::ptrdiff_t>(i), '`');
            if (ticks % 2 == 1) form = nullptr;
        }
        std::size_t close = std::string_view::npos;
        if (form) {
            const std::string_view rest = utf8.substr(i, kMaxShortcode);
            close = rest.find(form->close, form->open.size());
            if (close != std::string_view::npos) close += i + form->close.size();
            if (close != std::string_view::npos && form->own_line) {
                const std::size_t eol = std::min(utf8.find('\n', i), n);
                if (close > eol || !blank(utf8.substr(line_start, i - line_start)) ||
                    !blank(utf8.substr(close, eol - close)))
                    close = std::string_view::npos;
            }
        }
        if (close == std::string_view::npos) {
            out += c;
            ++i;
            continue;
        }
        const std::string_view code = utf8.substr(i, close - i);
        diagnostics.warn(file, line, "dropped shortcode '" + shorten(code) + "'");
        dropped = true;
        // Keep the line ends the shortcode spans; no double space where it stood in prose.
        const auto breaks = std::count(code.begin(), code.end(), '\n');
        if (breaks > 0) {
            out.append(static_cast<std::size_t>(breaks), '\n');
            line += static_cast<int>(breaks);
            line_start = utf8.rfind('\n', close - 1) + 1;
        }
        i = close;
        if (!out.empty() && out.back() == ' ' &&
            (i >= n || utf8[i] == ' ' || utf8[i] == '\n' || utf8[i] == '.' || utf8[i] == ',' ||
             utf8[i] == ';' || utf8[i] == ':'))
            out.pop_back();
    }
    if (!dropped) return std::nullopt;
    return out;
}

}  // namespace galley::read
