// The EPUB CSS follows the StyleSheet: one test per property (the same override changes the
// StyleSheet value and the matching CSS declaration), an allowlist of properties, determinism.
#include <catch2/catch.hpp>

#include <functional>
#include <set>

#include "base/Length.hpp"
#include "style/Css.hpp"
#include "style/StyleSheet.hpp"

using namespace galley;
using namespace galley::style;

namespace {

const std::vector<CssFont> kFonts = {
    {"galley-serif", false, false, "../fonts/serif-regular.ttf"},
    {"galley-serif", true, false, "../fonts/serif-bold.ttf"},
    {"galley-sans", false, false, "../fonts/sans-regular.ttf"},
};
const std::map<std::string, std::vector<std::string>> kStacks = {
    {"serif", {"galley-serif", "galley-serif-hebrew"}},
    {"sans", {"galley-sans"}},
};

std::string css_for(const StyleSheet& s) {
    return generate_css(s, kFonts, kStacks);
}

/// The value of `property` in the rule whose selector is exactly `selector`, or "" when absent.
std::string css_value(const std::string& css, const std::string& selector,
                      const std::string& property) {
    std::string head = selector + " {\n";
    std::size_t at = css.rfind("\n" + head) != std::string::npos ? css.find("\n" + head) + 1
                     : css.rfind(head, 0) == 0                   ? 0
                                                                 : std::string::npos;
    if (at == std::string::npos) return {};
    std::size_t end = css.find("}", at);
    std::string block = css.substr(at + head.size(), end - at - head.size());
    std::string key = "  " + property + ": ";
    std::size_t p = block.find(key);
    if (p == std::string::npos) return {};
    p += key.size();
    return block.substr(p, block.find(";\n", p) - p);
}

/// Every (at-rule or selector, property) pair in `css`.
std::vector<std::pair<std::string, std::string>> declarations(const std::string& css) {
    std::vector<std::pair<std::string, std::string>> out;
    std::string selector;
    std::istringstream in(css);
    std::string line;
    bool in_comment = false;
    while (std::getline(in, line)) {
        if (line.rfind("/*", 0) == 0)
            in_comment = line.find("*/") == std::string::npos;
        else if (in_comment)
            in_comment = line.find("*/") == std::string::npos;
        else if (line.empty() || line == "}")
            continue;
        else if (line.size() > 2 && line.substr(line.size() - 2) == " {")
            selector = line;
        else if (line.rfind("  ", 0) == 0 && line.back() == ';')
            out.push_back({selector, line.substr(2, line.find(':') - 2)});
        else
            out.push_back({"?", line});
    }
    return out;
}

std::string em(double ratio) {
    return format_number(ratio) + "em";
}

}  // namespace

TEST_CASE("each style property reaches the StyleSheet and the CSS", "[style][css]") {
    struct Case {
        std::string key, value;
        std::function<bool(const StyleSheet&)> sheet;
        std::string selector, property, expect;
    };
    const StyleSheet base = load_style("classic");
    const double body = base.body.font_size.value;
    const std::vector<Case> cases = {
        {"body.font_size", "14pt", [](auto& s) { return s.body.font_size.value == 14; }, "body",
         "font-size", em(14.0 / 12)},
        {"body.leading", "18pt", [](auto& s) { return s.body.leading.value == 18; }, "body",
         "line-height", format_number(18 / body)},
        {"body.family", "sans", [](auto& s) { return s.body.family == "sans"; }, "body",
         "font-family", "\"galley-sans\", sans-serif"},
        {"body.align", "left", [](auto& s) { return s.body.align == Align::Left; }, "body",
         "text-align", "left"},
        {"paragraph.indent", "2em",
         [body](auto& s) { return s.paragraph_indent.value == Approx(2 * body); }, "p",
         "text-indent", "2em"},
        {"paragraph.spacing", "6pt", [](auto& s) { return s.paragraph_spacing.value == 6; }, "p",
         "margin-top", em(6 / body)},
        {"paragraph.widows", "3", [](auto& s) { return s.widows == 3; }, "p", "widows", "3"},
        {"paragraph.orphans", "4", [](auto& s) { return s.orphans == 4; }, "p", "orphans", "4"},
        {"hyphenation.enabled", "false", [](auto& s) { return !s.hyphenation.enabled; }, "body",
         "hyphens", "manual"},
        {"h1.font_size", "21pt", [](auto& s) { return s.headings[0].font_size.value == 21; }, "h2",
         "font-size", em(21 / body)},
        {"h1.leading", "30pt", [](auto& s) { return s.headings[0].leading.value == 30; }, "h2",
         "line-height", format_number(30 / base.headings[0].font_size.value)},
        {"h1.space_before", "30pt", [](auto& s) { return s.headings[0].space_before.value == 30; },
         "h2", "margin-top", em(30 / base.headings[0].font_size.value)},
        {"h1.space_after", "3pt", [](auto& s) { return s.headings[0].space_after.value == 3; },
         "h2", "margin-bottom", em(3 / base.headings[0].font_size.value)},
        {"h1.align", "center", [](auto& s) { return s.headings[0].align == Align::Center; }, "h2",
         "text-align", "center"},
        {"h1.family", "sans", [](auto& s) { return s.headings[0].family == "sans"; }, "h2",
         "font-family", "\"galley-sans\", sans-serif"},
        {"h2.bold", "false", [](auto& s) { return !s.headings[1].bold; }, "h3", "font-weight",
         "normal"},
        {"h3.italic", "false", [](auto& s) { return !s.headings[2].italic; }, "h4", "font-style",
         "normal"},
        {"h3.font_size", "12pt", [](auto& s) { return s.headings[2].font_size.value == 12; }, "h4",
         "font-size", em(12 / body)},
        {"title.font_size", "30pt", [](auto& s) { return s.title.font_size.value == 30; },
         "h1.title", "font-size", em(30 / body)},
        {"title.bold", "true", [](auto& s) { return s.title.bold; }, "h1.title", "font-weight",
         "bold"},
        {"subtitle.italic", "false", [](auto& s) { return !s.subtitle.italic; }, "p.subtitle",
         "font-style", "normal"},
        {"byline.align", "right", [](auto& s) { return s.byline.align == Align::Right; },
         "p.byline", "text-align", "right"},
        {"title_block.space_after", "42pt", [](auto& s) { return s.title_block_space.value == 42; },
         "section.titlepage", "margin-bottom", em(42 / body)},
        {"quote.italic", "true", [](auto& s) { return s.quote.italic; }, "blockquote", "font-style",
         "italic"},
        {"quote.font_size", "9pt", [](auto& s) { return s.quote.font_size.value == 9; },
         "blockquote", "font-size", em(9 / body)},
        {"quote.indent", "27pt", [](auto& s) { return s.quote_indent.value == 27; }, "blockquote",
         "margin",
         em(base.quote.space_before.value / base.quote.font_size.value) + " " +
             em(27 / base.quote.font_size.value) + " " +
             em(base.quote.space_after.value / base.quote.font_size.value) + " " +
             em(27 / base.quote.font_size.value)},
        {"list.indent", "21pt", [](auto& s) { return s.list_indent.value == 21; }, "ul, ol",
         "padding-left", em(21 / base.list.font_size.value)},
        {"list.space_before", "0pt", [](auto& s) { return s.list.space_before.value == 0; },
         "ul, ol", "margin-top", "0"},
        {"table.font_size", "8pt", [](auto& s) { return s.table.font_size.value == 8; }, "table",
         "font-size", em(8 / body)},
        {"table.rule_width", "1.5pt", [](auto& s) { return s.table_rule_width.value == 1.5; },
         "table", "border-top", "1.5pt solid currentColor"},
        {"table.head_rule_width", "0.25pt",
         [](auto& s) { return s.table_head_rule_width.value == 0.25; }, "thead th", "border-bottom",
         "0.25pt solid currentColor"},
        {"table.cell_padding", "9pt", [](auto& s) { return s.table_cell_padding.value == 9; },
         "th, td", "padding",
         em(base.table_row_spacing.value / 2 / base.table.font_size.value) + " " +
             em(9 / base.table.font_size.value)},
        {"quotes.de", "»«›‹",
         [](auto& s) { return s.quotes.at("de") == U"\u00bb\u00ab\u203a\u2039"; }, "q:lang(de)",
         "quotes", "\"\\BB\" \"\\AB\" \"\\203A\" \"\\2039\""},
    };
    const std::string base_css = css_for(base);
    for (const Case& c : cases) {
        INFO(c.key << "=" << c.value);
        StyleSheet s = load_style("classic", {{c.key, c.value}});
        CHECK(c.sheet(s));
        CHECK_FALSE(c.sheet(base));  // the override really changed something
        std::string css = css_for(s);
        CHECK(css_value(css, c.selector, c.property) == c.expect);
        CHECK(css_value(base_css, c.selector, c.property) != c.expect);
    }
}

TEST_CASE("print-only properties change the StyleSheet, not the CSS", "[style][css]") {
    // CSS cannot place running heads, choose paper or set hyphenation minimums reliably in
    // reading systems, so these keys are for the PDF only and leave the CSS untouched.
    const std::string base_css = css_for(load_style("classic"));
    struct Case {
        std::string key, value;
        std::function<bool(const StyleSheet&)> sheet;
    };
    for (const Case& c : std::vector<Case>{
             // Colours: the EPUB leaves text and background colours to the reading system.
             {"body.color", "#333333", [](auto& s) { return s.body.color == "#333333"; }},
             {"h1.color", "#aa0000", [](auto& s) { return s.headings[0].color == "#aa0000"; }},
             {"dateline.color", "#777777", [](auto& s) { return s.dateline.color == "#777777"; }},
             {"link.color", "#00ff00", [](auto& s) { return s.link_color == "#00ff00"; }},
             {"page.size", "A4", [](auto& s) { return s.page.width.value > 590; }},
             {"page.margin_top", "1in", [](auto& s) { return s.page.margin_top.value == 72; }},
             {"page.margin_bottom", "20mm",
              [](auto& s) { return s.page.margin_bottom.value == Approx(56.693).margin(0.01); }},
             {"page.margin_inner", "2cm",
              [](auto& s) { return s.page.margin_inner.value == Approx(56.693).margin(0.01); }},
             {"page.margin_outer", "3pc", [](auto& s) { return s.page.margin_outer.value == 36; }},
             {"page.two_sided", "false", [](auto& s) { return !s.page.two_sided; }},
             {"hyphenation.min_word", "8", [](auto& s) { return s.hyphenation.min_word == 8; }},
             {"hyphenation.left_min", "3", [](auto& s) { return s.hyphenation.left_min == 3; }},
             {"hyphenation.right_min", "2", [](auto& s) { return s.hyphenation.right_min == 2; }},
             {"running_head.enabled", "false", [](auto& s) { return !s.running_head.enabled; }},
             {"running_head.left", "{title}",
              [](auto& s) { return s.running_head.left == "{title}"; }},
             {"running_head.right", "{author}: {title}",
              [](auto& s) { return s.running_head.right == "{author}: {title}"; }},
             {"running_head.folio", "none",
              [](auto& s) { return s.running_head.folio == FolioPosition::None; }},
             {"running_head.font_size", "10pt",
              [](auto& s) { return s.running_head.text.font_size.value == 10; }},
         }) {
        INFO(c.key << "=" << c.value);
        StyleSheet s = load_style("classic", {{c.key, c.value}});
        CHECK(c.sheet(s));
        CHECK(css_for(s) == base_css);
    }
}

TEST_CASE("the CSS uses only allowed properties and no entities", "[style][css]") {
    // Properties epubcheck 4.2.6 accepts without a message and that reading systems honour or
    // safely ignore: CSS 2.1 plus the hyphens family.
    const std::set<std::string> allowed = {"font-family",
                                           "font-size",
                                           "font-style",
                                           "font-weight",
                                           "line-height",
                                           "text-align",
                                           "text-indent",
                                           "color",
                                           "margin",
                                           "margin-top",
                                           "margin-bottom",
                                           "margin-left",
                                           "margin-right",
                                           "padding-left",
                                           "widows",
                                           "orphans",
                                           "hyphens",
                                           "-webkit-hyphens",
                                           "-epub-hyphens",
                                           "page-break-after",
                                           "page-break-inside",
                                           "border",
                                           "border-top",
                                           "width",
                                           "max-width",
                                           "height",
                                           "text-decoration",
                                           "quotes",
                                           "white-space",
                                           "border-collapse",
                                           "border-bottom",
                                           "padding",
                                           "vertical-align",
                                           "src"};
    for (const auto& [name, description] : builtin_styles()) {
        INFO(name);
        std::string css = css_for(load_style(name));
        CHECK(css.find('&') == std::string::npos);
        CHECK(std::all_of(css.begin(), css.end(),
                          [](char c) { return static_cast<unsigned char>(c) < 0x80; }));
        auto decls = declarations(css);
        CHECK(decls.size() > 50);
        for (const auto& [selector, property] : decls) {
            INFO(selector << " " << property);
            CHECK(selector != "?");
            CHECK(allowed.count(property) == 1);
            if (property == "src") CHECK(selector == "@font-face {");
        }
        CHECK(std::count(css.begin(), css.end(), '{') == std::count(css.begin(), css.end(), '}'));
        CHECK(css.find("@font-face {\n  font-family: \"galley-serif\";\n  font-weight: bold;") !=
              std::string::npos);
        CHECK(css.find("src: url(\"../fonts/sans-regular.ttf\")") != std::string::npos);
    }
}

TEST_CASE("the CSS is deterministic and relative", "[style][css]") {
    StyleSheet s = load_style("large-print");
    std::string a = css_for(s), b = css_for(s);
    CHECK(a == b);
    // 18pt body → 1.5 × the reading system's 12pt default; headings relative to the body.
    CHECK(css_value(a, "body", "font-size") == "1.5em");
    CHECK(css_value(a, "body", "line-height") == "1.5");
    CHECK(css_value(a, "h2", "font-size") == em(s.headings[0].font_size.value / 18));
    CHECK(css_value(a, "body", "-epub-hyphens") == "manual");
    CHECK(css_value(a, "h2", "page-break-after") == "avoid");
    // A print body under 12pt never makes e-book text smaller than the reader's default.
    CHECK(css_value(css_for(load_style("classic")), "body", "font-size") == "1em");
    // Families without a stack are named as written, with a generic fallback.
    StyleSheet u = load_style("classic", {{"h1.family", "DejaVu Sans Mono"}});
    CHECK(css_value(css_for(u), "h2", "font-family") == "\"DejaVu Sans Mono\", monospace");
}
