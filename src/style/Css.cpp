// generate_css(): the EPUB's stylesheet from the same StyleSheet the PDF layout uses.
// Sizes are relative (em, unitless line-height) so reading systems can still scale the text;
// only CSS 2.1 properties plus the hyphens family are written, which epubcheck 4.2.6 accepts
// without a message and common reading systems honour or ignore safely.
#include "style/Css.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "base/Length.hpp"
#include "style/Schema.hpp"

namespace galley::style {

namespace {

/// One CSS rule: a selector and its declarations in order.
struct Rule {
    std::string selector;                                    ///< "h2"
    std::vector<std::pair<std::string, std::string>> decls;  ///< (property, value)

    void add(std::string property, std::string value) {
        decls.emplace_back(std::move(property), std::move(value));
    }
};

/// The longest line of the EPUB's body text (about 70 Latin characters or 35 CJK ones).
constexpr const char* kMeasure = "35em";

std::string num(double v) {
    return format_number(v, 3);
}

/// `pt` as a multiple of `base`, in em ("0" for zero).
std::string em(Pt pt, Pt base) {
    if (base.value <= 0 || pt.value == 0) return "0";
    std::string n = num(pt.value / base.value);
    return n == "0" ? "0" : n + "em";
}

/// A CSS string literal: quotes and backslashes escaped, non-ASCII as hex escapes, so the file
/// is plain ASCII whatever reads it.
std::string css_string(std::string_view text) {
    std::string out = "\"";
    std::u32string cps;
    for (std::size_t i = 0; i < text.size();) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        int n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
        char32_t cp = n == 1 ? c : c & (0x7F >> n);
        for (int k = 1; k < n && i + static_cast<std::size_t>(k) < text.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
        cps += cp;
        i += static_cast<std::size_t>(n);
    }
    for (std::size_t i = 0; i < cps.size(); ++i) {
        char32_t cp = cps[i];
        if (cp == '"' || cp == '\\') {
            out += '\\';
            out += static_cast<char>(cp);
        } else if (cp < 0x20 || cp >= 0x7F) {
            char buf[16];
            std::snprintf(buf, sizeof buf, "\\%X", static_cast<unsigned>(cp));
            out += buf;
            // A following hex digit or space would be read as part of the escape.
            if (i + 1 < cps.size() &&
                (std::isxdigit(static_cast<int>(cps[i + 1] & 0x7F)) || cps[i + 1] == ' '))
                out += ' ';
        } else {
            out += static_cast<char>(cp);
        }
    }
    return out + "\"";
}

std::string generic_family(const std::string& family) {
    std::string lower;
    for (char c : family) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower.find("mono") != std::string::npos) return "monospace";
    if (lower.find("sans") != std::string::npos) return "sans-serif";
    return "serif";
}

std::string font_stack(const std::string& family,
                       const std::map<std::string, std::vector<std::string>>& stacks) {
    std::string out;
    if (auto it = stacks.find(family); it != stacks.end()) {
        for (const auto& name : it->second) out += css_string(name) + ", ";
    } else if (family != "serif" && family != "sans") {
        out += css_string(family) + ", ";
    }
    return out + generic_family(family);
}

std::string align(Align a) {
    return detail::align_name(a);
}

/// The declarations for a block set in `t` inside the body set in `body`. `indent0` zeroes the
/// first-line indent (headings and the title block are never indented).
void text_rules(Rule& r, const TextStyle& t, const TextStyle& body,
                const std::map<std::string, std::vector<std::string>>& stacks, bool indent0,
                bool hyphenate_off) {
    r.add("font-family", font_stack(t.family, stacks));
    r.add("font-size", em(t.font_size, body.font_size));
    r.add("line-height", num(t.leading.value / t.font_size.value));
    r.add("font-weight", t.bold ? "bold" : "normal");
    r.add("font-style", t.italic ? "italic" : "normal");
    r.add("margin-top", em(t.space_before, t.font_size));
    r.add("margin-bottom", em(t.space_after, t.font_size));
    r.add("text-align", align(t.align));
    if (indent0) r.add("text-indent", "0");
    if (hyphenate_off) {
        r.add("-epub-hyphens", "manual");
        r.add("-webkit-hyphens", "manual");
        r.add("hyphens", "manual");
    }
}

std::string render(const std::vector<Rule>& rules) {
    std::string out;
    for (const auto& r : rules) {
        out += r.selector + " {\n";
        for (const auto& [p, v] : r.decls) out += "  " + p + ": " + v + ";\n";
        out += "}\n\n";
    }
    if (!out.empty()) out.pop_back();
    return out;
}

}  // namespace

std::string generate_css(const StyleSheet& style, const std::vector<CssFont>& fonts,
                         const std::map<std::string, std::vector<std::string>>& stacks) {
    std::vector<Rule> rules;
    for (const auto& f : fonts) {
        Rule r{"@font-face", {}};
        r.add("font-family", css_string(f.family));
        r.add("font-weight", f.bold ? "bold" : "normal");
        r.add("font-style", f.italic ? "italic" : "normal");
        r.add("src", "url(" + css_string(f.href) + ")");
        rules.push_back(std::move(r));
    }

    // The reading system's 1em is its default text size (CSS medium, nominally 12pt). A body
    // larger than 12pt scales it up; a smaller print body never shrinks the e-book's text.
    const TextStyle& body = style.body;
    Rule b{"body", {}};
    b.add("font-family", font_stack(body.family, stacks));
    b.add("font-size", num(std::max(1.0, body.font_size.value / 12.0)) + "em");
    b.add("line-height", num(body.leading.value / body.font_size.value));
    b.add("text-align", align(body.align));
    // No colour, ever: the text and background colours are the reading system's (a night mode
    // gets light text on dark). The style's colours are for the PDF. A measure of at most
    // kMeasure em, centred, keeps lines readable on a wide screen.
    b.add("max-width", kMeasure);
    b.add("margin-left", "auto");
    b.add("margin-right", "auto");
    const char* hy = style.hyphenation.enabled ? "auto" : "manual";
    b.add("-epub-hyphens", hy);
    b.add("-webkit-hyphens", hy);
    b.add("hyphens", hy);
    rules.push_back(std::move(b));

    Rule p{"p", {}};
    // Space above every paragraph; like the PDF layout, it collapses with (is the larger of)
    // the space after a heading or the space before a quotation that holds the paragraph.
    p.add("margin-top", em(style.paragraph_spacing, body.font_size));
    p.add("margin-bottom", "0");
    p.add("text-indent", em(style.paragraph_indent, body.font_size));
    p.add("widows", std::to_string(style.widows));
    p.add("orphans", std::to_string(style.orphans));
    rules.push_back(std::move(p));
    rules.push_back({"p.noindent", {{"text-indent", "0"}}});

    const bool hyph = style.hyphenation.enabled;
    const char* heading_tags[3] = {"h2", "h3", "h4"};
    for (int level = 0; level < 3; ++level) {
        Rule h{heading_tags[level], {}};
        text_rules(h, style.headings[level], body, stacks, true, hyph);
        h.add("page-break-after", "avoid");
        h.add("page-break-inside", "avoid");
        rules.push_back(std::move(h));
    }

    // Like the layout, the block's last line's space_after collapses with this margin.
    rules.push_back(
        {"section.titlepage", {{"margin-bottom", em(style.title_block_space, body.font_size)}}});
    const std::pair<const char*, const TextStyle*> title_block[] = {
        {"h1.title", &style.title},
        {"p.subtitle", &style.subtitle},
        {"p.byline", &style.byline},
        {"p.dateline, p.date, p.publisher", &style.dateline},
    };
    for (const auto& [selector, text] : title_block) {
        Rule r{selector, {}};
        text_rules(r, *text, body, stacks, true, hyph);
        if (text == &style.title) r.add("page-break-after", "avoid");
        rules.push_back(std::move(r));
    }

    Rule q{"blockquote", {}};
    text_rules(q, style.quote, body, stacks, false, false);
    q.decls.erase(std::remove_if(q.decls.begin(), q.decls.end(),
                                 [](const auto& d) { return d.first.rfind("margin-", 0) == 0; }),
                  q.decls.end());
    q.add("margin", em(style.quote.space_before, style.quote.font_size) + " " +
                        em(style.quote_indent, style.quote.font_size) + " " +
                        em(style.quote.space_after, style.quote.font_size) + " " +
                        em(style.quote_indent, style.quote.font_size));
    rules.push_back(std::move(q));

    Rule l{"ul, ol", {}};
    text_rules(l, style.list, body, stacks, false, false);
    l.add("margin-left", "0");
    l.add("margin-right", "0");
    l.add("padding-left", em(style.list_indent, style.list.font_size));
    rules.push_back(std::move(l));

    // Code: the style's monospace face; blocks keep their lines and spaces, never hyphenated
    // or justified, and wrap on a narrow screen. No colour: the reading system's applies (the
    // style's code colour is for the PDF only).
    const TextStyle& code = style.code;
    Rule pre{"pre", {}};
    pre.add("font-family", font_stack(code.family, stacks));
    pre.add("font-size", em(code.font_size, body.font_size));
    pre.add("line-height", num(code.leading.value / code.font_size.value));
    pre.add("margin", em(code.space_before, code.font_size) + " 0 " +
                          em(code.space_after, code.font_size) + " 0");
    pre.add("text-align", "left");
    pre.add("white-space", "pre-wrap");
    pre.add("-epub-hyphens", "none");
    pre.add("-webkit-hyphens", "none");
    pre.add("hyphens", "none");
    rules.push_back(std::move(pre));
    Rule inline_code{"code", {}};
    inline_code.add("font-family", font_stack(code.family, stacks));
    inline_code.add("font-size", num(code.font_size.value / body.font_size.value) + "em");
    inline_code.add("font-style", "normal");
    inline_code.add("-epub-hyphens", "none");
    inline_code.add("-webkit-hyphens", "none");
    inline_code.add("hyphens", "none");
    rules.push_back(std::move(inline_code));
    rules.push_back({"pre code", {{"font-size", "1em"}}});

    // Figures: the image at most the text's width, never split from its caption.
    const TextStyle& fig = style.figure;
    rules.push_back({"figure.figure",
                     {{"margin", em(fig.space_before, body.font_size) + " 0 " +
                                     em(fig.space_after, body.font_size) + " 0"},
                      {"text-align", "center"},
                      {"page-break-inside", "avoid"}}});
    rules.push_back({"figure.figure img", {{"max-width", "100%"}, {"height", "auto"}}});
    Rule caption{"figure.figure figcaption", {}};
    text_rules(caption, fig, body, stacks, true, false);
    for (auto& [property, value] : caption.decls)  // the figure's spacing is the figure's
        if (property == "margin-top" || property == "margin-bottom")
            value = property == "margin-top" ? "0.5em" : "0";
    rules.push_back(std::move(caption));
    rules.push_back({"figure.figure .credit", {{"font-style", "normal"}, {"font-size", "0.9em"}}});

    // Notes: the mark raised and small; the asides (popped up by most reading systems, else at
    // the article's end) in the note style's size.
    rules.push_back({"a.noteref",
                     {{"vertical-align", "super"},
                      {"font-size", "0.75em"},
                      {"line-height", "0"},
                      {"text-decoration", "none"}}});
    Rule aside{"aside.footnote", {}};
    text_rules(aside, style.note, body, stacks, false, false);
    aside.add("text-indent", "0");
    rules.push_back(std::move(aside));
    rules.push_back({"aside.footnote p", {{"margin", "0"}, {"text-indent", "0"}}});

    // Tables: booktabs-style rules (above and below the table, a lighter one under the header,
    // none between rows or columns), cells aligned as the column says.
    const TextStyle& table = style.table;
    rules.push_back(
        {"table",
         {{"border-collapse", "collapse"},
          {"margin", em(table.space_before, table.font_size) + " 0 " +
                         em(table.space_after, table.font_size) + " 0"},
          {"text-indent", "0"},
          {"font-size", num(table.font_size.value / body.font_size.value) + "em"},
          {"line-height", num(table.leading.value / table.font_size.value)},
          {"border-top", num(style.table_rule_width.value) + "pt solid currentColor"},
          {"border-bottom", num(style.table_rule_width.value) + "pt solid currentColor"}}});
    rules.push_back({"th, td",
                     {{"padding", em(Pt{style.table_row_spacing.value / 2}, table.font_size) + " " +
                                      em(style.table_cell_padding, table.font_size)},
                      {"text-align", "left"},
                      {"vertical-align", "top"},
                      {"-epub-hyphens", "manual"},
                      {"-webkit-hyphens", "manual"},
                      {"hyphens", "manual"}}});
    rules.push_back(
        {"thead th",
         {{"border-bottom", num(style.table_head_rule_width.value) + "pt solid currentColor"}}});
    rules.push_back({"th", {{"font-weight", "bold"}}});
    rules.push_back({"th.align-left, td.align-left", {{"text-align", "left"}}});
    rules.push_back({"th.align-center, td.align-center", {{"text-align", "center"}}});
    rules.push_back({"th.align-right, td.align-right", {{"text-align", "right"}}});

    Rule hr{"hr.scene-break", {}};
    hr.add("border", "none");
    hr.add("border-top", "1px solid currentColor");
    hr.add("width", "25%");
    hr.add("margin", em(body.leading, body.font_size) + " auto");
    rules.push_back(std::move(hr));

    // Links keep the text's colour and stand out by their underline, in any colour scheme.
    rules.push_back({"a", {{"color", "inherit"}, {"text-decoration", "underline"}}});

    for (const auto& [lang, marks] : style.quotes) {
        if (marks.size() != 4) continue;
        std::string value;
        for (char32_t c : marks)
            value += (value.empty() ? "" : " ") + css_string(detail::to_utf8(std::u32string(1, c)));
        rules.push_back({"q:lang(" + lang + ")", {{"quotes", value}}});
    }

    std::string name;
    for (char c : style.name)
        if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == ' ')
            name += c;
    return "/* galley style \"" + name +
           "\": generated from the style file; change the style, not this CSS. */\n\n" +
           render(rules);
}

}  // namespace galley::style
