#include "style/Schema.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "base/Length.hpp"

namespace galley::style::detail {

namespace {

/// Which TextStyle keys a block exposes.
enum TextKeys : unsigned {
    kFamily = 1,
    kSize = 2,
    kLeading = 4,
    kBold = 8,
    kItalic = 16,
    kBefore = 32,
    kAfter = 64,
    kAlign = 128,
    kColor = 256,
    kAll = 511,
};

using BlockFn = std::function<TextStyle&(StyleSheet&)>;

void add(std::vector<KeyDef>& defs, std::string key, Kind kind,
         std::function<Field(StyleSheet&)> field, double min = 0, double max = 0,
         bool allow_em = false, std::string size_key = {}) {
    defs.push_back(
        {std::move(key), kind, std::move(field), min, max, allow_em, std::move(size_key)});
}

void add_text(std::vector<KeyDef>& defs, const std::string& table, const BlockFn& block,
              unsigned which, bool size_em = true) {
    const std::string p = table + ".";
    if (which & kFamily)
        add(defs, p + "family", Kind::Family, [block](StyleSheet& s) { return &block(s).family; });
    if (which & kSize)
        add(
            defs, p + "font_size", Kind::Length,
            [block](StyleSheet& s) { return &block(s).font_size; }, 1, 500, size_em);
    if (which & kLeading)
        add(
            defs, p + "leading", Kind::Leading,
            [block](StyleSheet& s) { return &block(s).leading; }, 1, 1000, true, p + "font_size");
    if (which & kBold)
        add(defs, p + "bold", Kind::Bool, [block](StyleSheet& s) { return &block(s).bold; });
    if (which & kItalic)
        add(defs, p + "italic", Kind::Bool, [block](StyleSheet& s) { return &block(s).italic; });
    if (which & kBefore)
        add(
            defs, p + "space_before", Kind::Length,
            [block](StyleSheet& s) { return &block(s).space_before; }, 0, 1000, true);
    if (which & kAfter)
        add(
            defs, p + "space_after", Kind::Length,
            [block](StyleSheet& s) { return &block(s).space_after; }, 0, 1000, true);
    if (which & kAlign)
        add(defs, p + "align", Kind::Align, [block](StyleSheet& s) { return &block(s).align; });
    if (which & kColor)
        add(defs, p + "color", Kind::Color, [block](StyleSheet& s) { return &block(s).color; });
}

std::vector<KeyDef> build_schema() {
    std::vector<KeyDef> d;
    add(d, "page.size", Kind::PageSize, [](StyleSheet& s) { return &s.page.size_name; });
    add(
        d, "page.width", Kind::Length, [](StyleSheet& s) { return &s.page.width; }, 72, 14400);
    add(
        d, "page.height", Kind::Length, [](StyleSheet& s) { return &s.page.height; }, 72, 14400);
    add(
        d, "page.margin_top", Kind::Length, [](StyleSheet& s) { return &s.page.margin_top; }, 0,
        1000);
    add(
        d, "page.margin_bottom", Kind::Length, [](StyleSheet& s) { return &s.page.margin_bottom; },
        0, 1000);
    add(
        d, "page.margin_inner", Kind::Length, [](StyleSheet& s) { return &s.page.margin_inner; }, 0,
        1000);
    add(
        d, "page.margin_outer", Kind::Length, [](StyleSheet& s) { return &s.page.margin_outer; }, 0,
        1000);
    add(d, "page.two_sided", Kind::Bool, [](StyleSheet& s) { return &s.page.two_sided; });
    add(
        d, "page.bleed", Kind::Length, [](StyleSheet& s) { return &s.page.bleed; }, 0, 72);
    add(d, "page.crop_marks", Kind::Bool, [](StyleSheet& s) { return &s.page.crop_marks; });

    add_text(
        d, "body", [](StyleSheet& s) -> TextStyle& { return s.body; },
        kFamily | kSize | kLeading | kAlign | kColor, false);

    add(
        d, "paragraph.indent", Kind::Length, [](StyleSheet& s) { return &s.paragraph_indent; }, 0,
        500, true);
    add(
        d, "paragraph.spacing", Kind::Length, [](StyleSheet& s) { return &s.paragraph_spacing; }, 0,
        500, true);
    add(
        d, "paragraph.letter_spacing", Kind::Length,
        [](StyleSheet& s) { return &s.letter_spacing; }, 0, 2, true);
    add(d, "paragraph.protrusion", Kind::Bool, [](StyleSheet& s) { return &s.protrusion; });
    add(
        d, "paragraph.expansion", Kind::Int, [](StyleSheet& s) { return &s.expansion; }, 0, 50);
    add(
        d, "paragraph.widows", Kind::Int, [](StyleSheet& s) { return &s.widows; }, 1, 10);
    add(
        d, "paragraph.orphans", Kind::Int, [](StyleSheet& s) { return &s.orphans; }, 1, 10);

    add(d, "hyphenation.enabled", Kind::Bool, [](StyleSheet& s) { return &s.hyphenation.enabled; });
    add(
        d, "hyphenation.min_word", Kind::Int, [](StyleSheet& s) { return &s.hyphenation.min_word; },
        2, 40);
    add(
        d, "hyphenation.left_min", Kind::Int, [](StyleSheet& s) { return &s.hyphenation.left_min; },
        1, 10);
    add(
        d, "hyphenation.right_min", Kind::Int,
        [](StyleSheet& s) { return &s.hyphenation.right_min; }, 1, 10);

    for (int level = 0; level < 3; ++level)
        add_text(
            d, "h" + std::to_string(level + 1),
            [level](StyleSheet& s) -> TextStyle& { return s.headings[level]; }, kAll);
    add_text(
        d, "title", [](StyleSheet& s) -> TextStyle& { return s.title; }, kAll);
    add_text(
        d, "subtitle", [](StyleSheet& s) -> TextStyle& { return s.subtitle; }, kAll);
    add_text(
        d, "byline", [](StyleSheet& s) -> TextStyle& { return s.byline; }, kAll);
    add_text(
        d, "dateline", [](StyleSheet& s) -> TextStyle& { return s.dateline; }, kAll);
    add(
        d, "title_block.space_after", Kind::Length,
        [](StyleSheet& s) { return &s.title_block_space; }, 0, 1000, true);
    add_text(
        d, "quote", [](StyleSheet& s) -> TextStyle& { return s.quote; }, kAll);
    add(
        d, "quote.indent", Kind::Length, [](StyleSheet& s) { return &s.quote_indent; }, 0, 500,
        true);
    add_text(
        d, "list", [](StyleSheet& s) -> TextStyle& { return s.list; }, kAll);
    add(
        d, "list.indent", Kind::Length, [](StyleSheet& s) { return &s.list_indent; }, 0, 500, true);
    add_text(
        d, "code", [](StyleSheet& s) -> TextStyle& { return s.code; },
        kFamily | kSize | kLeading | kBefore | kAfter | kColor);
    add_text(
        d, "note", [](StyleSheet& s) -> TextStyle& { return s.note; },
        kFamily | kSize | kLeading | kBefore | kAfter | kAlign | kColor);
    add_text(
        d, "figure", [](StyleSheet& s) -> TextStyle& { return s.figure; },
        kFamily | kSize | kLeading | kItalic | kBefore | kAfter | kAlign | kColor);
    add(d, "figure.numbered", Kind::Bool, [](StyleSheet& s) { return &s.figure_numbered; });
    add_text(
        d, "table", [](StyleSheet& s) -> TextStyle& { return s.table; },
        kFamily | kSize | kLeading | kBefore | kAfter | kColor);
    add(
        d, "table.cell_padding", Kind::Length, [](StyleSheet& s) { return &s.table_cell_padding; },
        0, 100, true);
    add(
        d, "table.row_spacing", Kind::Length, [](StyleSheet& s) { return &s.table_row_spacing; }, 0,
        100, true);
    add(
        d, "table.rule_width", Kind::Length, [](StyleSheet& s) { return &s.table_rule_width; }, 0,
        10);
    add(
        d, "table.head_rule_width", Kind::Length,
        [](StyleSheet& s) { return &s.table_head_rule_width; }, 0, 10);

    add(d, "running_head.enabled", Kind::Bool,
        [](StyleSheet& s) { return &s.running_head.enabled; });
    add(d, "running_head.left", Kind::Template, [](StyleSheet& s) { return &s.running_head.left; });
    add(d, "running_head.right", Kind::Template,
        [](StyleSheet& s) { return &s.running_head.right; });
    add(d, "running_head.folio", Kind::Folio, [](StyleSheet& s) { return &s.running_head.folio; });
    add_text(
        d, "running_head", [](StyleSheet& s) -> TextStyle& { return s.running_head.text; },
        kFamily | kSize | kBold | kItalic | kColor);

    add(d, "link.color", Kind::Color, [](StyleSheet& s) { return &s.link_color; });
    add(d, "pdf.standard", Kind::PdfStandard, [](StyleSheet& s) { return &s.pdf_standard; });
    return d;
}

const std::vector<std::string> kAligns = {"justify", "left", "center", "right"};
const std::vector<std::string> kFolios = {"none", "bottom-center", "bottom-outer", "top-outer"};
const std::vector<std::string> kPageSizes = {"A4",    "A5",        "B5",    "Letter",
                                             "5x8in", "5.5x8.5in", "6x9in", "custom"};

bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

/// The canonical spelling of `text` among `choices` (case-insensitive), or empty.
std::string pick(std::string_view text, const std::vector<std::string>& choices) {
    for (const auto& c : choices)
        if (iequals(c, text)) return c;
    return {};
}

std::string in_quotes(std::string_view text) {
    return "\"" + std::string(text) + "\"";
}

std::string valid_for(const KeyDef& def) {
    switch (def.kind) {
        case Kind::Length:
            return def.allow_em ? "a quoted length with unit pt, mm, cm, in, pc or em (em = "
                                  "body.font_size), e.g. \"12pt\""
                                : "a quoted length with unit pt, mm, cm, in or pc, e.g. \"12pt\"";
        case Kind::Leading:
            return "a quoted length such as \"14pt\", or a number = multiple of font_size "
                   "such as 1.3";
        case Kind::Bool:
            return "true, false";
        case Kind::Int:
            return "a whole number from " + format_number(def.min) + " to " +
                   format_number(def.max);
        case Kind::Template:
            return "quoted text using {title} and {author}";
        case Kind::Family:
            return "a quoted font family name such as \"serif\", \"sans\" or a [fonts] family";
        case Kind::Color:
            return "a quoted colour \"#rrggbb\" or \"#rgb\"";
        case Kind::Align:
            return join(kAligns);
        case Kind::Folio:
            return join(kFolios);
        case Kind::PageSize:
            return join(kPageSizes);
        case Kind::PdfStandard:
            return "none, ua-1, a-2u, ua-1,a-2u";
    }
    return {};
}

std::string type_name(const toml::node& node) {
    switch (node.type()) {
        case toml::node_type::string:
            return "a string";
        case toml::node_type::integer:
            return "an integer";
        case toml::node_type::floating_point:
            return "a floating-point number";
        case toml::node_type::boolean:
            return "a boolean";
        case toml::node_type::table:
            return "a table";
        case toml::node_type::array:
            return "an array";
        case toml::node_type::date:
            return "a date";
        case toml::node_type::time:
            return "a time";
        case toml::node_type::date_time:
            return "a date-time";
        default:
            return "nothing";
    }
}

/// A whole-string number ("1.3", "-2"); nullopt when anything else is there.
std::optional<double> plain_number(std::string_view text) {
    double v = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || ptr != text.data() + text.size() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

std::optional<Value> fail(std::string& problem, std::string what, const KeyDef& def) {
    problem = std::move(what) + "; valid: " + valid_for(def);
    return std::nullopt;
}

std::optional<Value> check_range(const KeyDef& def, Len len, std::string_view text,
                                 std::string& problem) {
    // Points are checked against the key's bounds; em and ratios against sane multiples.
    double lo = def.min, hi = def.max;
    if (len.unit == Len::Em) lo = def.min > 0 ? 0.05 : 0, hi = 100;
    if (len.unit == Len::Ratio) lo = 0.5, hi = 5;
    if (len.value < lo || len.value > hi) {
        std::string unit = len.unit == Len::Points ? "pt" : len.unit == Len::Em ? "em" : "";
        problem = in_quotes(text) + " is out of range; valid: from " + format_number(lo) + unit +
                  " to " + format_number(hi) + unit;
        return std::nullopt;
    }
    return Value{len};
}

/// Parses the string form of every kind that is written as a TOML string.
std::optional<Value> from_string(const KeyDef& def, std::string_view text, std::string& problem) {
    switch (def.kind) {
        case Kind::Length:
        case Kind::Leading: {
            if (def.allow_em && text.size() > 2 && text.substr(text.size() - 2) == "em") {
                auto v = plain_number(text.substr(0, text.size() - 2));
                if (!v) return fail(problem, "bad length " + in_quotes(text), def);
                return check_range(def, {*v, Len::Em}, text, problem);
            }
            auto pt = parse_length(text);
            if (!pt) return fail(problem, "bad length " + in_quotes(text), def);
            return check_range(def, {pt->value, Len::Points}, text, problem);
        }
        case Kind::Template: {
            std::size_t i = 0;
            while ((i = text.find_first_of("{}", i)) != std::string_view::npos) {
                std::size_t close = text.find('}', i);
                if (text[i] == '}' || close == std::string_view::npos)
                    return fail(problem, "unbalanced brace in " + in_quotes(text), def);
                std::string_view name = text.substr(i + 1, close - i - 1);
                if (name != "title" && name != "author")
                    return fail(problem, "unknown placeholder {" + std::string(name) + "}", def);
                i = close + 1;
            }
            return Value{std::string(text)};
        }
        case Kind::Family: {
            if (text.empty() || text.find_first_of("\"\\;{}<>\n\r\t") != std::string_view::npos)
                return fail(problem, "bad family name " + in_quotes(text), def);
            return Value{std::string(text)};
        }
        case Kind::Color: {
            std::string hex(text);
            bool ok = (hex.size() == 4 || hex.size() == 7) && hex[0] == '#' &&
                      std::all_of(hex.begin() + 1, hex.end(), [](char c) {
                          return std::isxdigit(static_cast<unsigned char>(c));
                      });
            if (!ok) return fail(problem, "bad colour " + in_quotes(text), def);
            for (char& c : hex) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            if (hex.size() == 4) hex = {'#', hex[1], hex[1], hex[2], hex[2], hex[3], hex[3]};
            return Value{hex};
        }
        case Kind::Align:
        case Kind::Folio:
        case Kind::PageSize: {
            const auto& choices = def.kind == Kind::Align   ? kAligns
                                  : def.kind == Kind::Folio ? kFolios
                                                            : kPageSizes;
            std::string canonical = pick(text, choices);
            if (canonical.empty()) {
                std::string hint = suggest(text, choices);
                return fail(problem,
                            "unknown value " + in_quotes(text) +
                                (hint.empty() ? "" : " (did you mean " + in_quotes(hint) + "?)"),
                            def);
            }
            return Value{canonical};
        }
        case Kind::PdfStandard: {
            // A comma-separated set, written back in one canonical order.
            bool ua = false, a = false, none = false;
            std::size_t from = 0;
            while (from <= text.size()) {
                std::size_t comma = std::min(text.find(',', from), text.size());
                std::string_view item = text.substr(from, comma - from);
                if (iequals(item, "ua-1")) {
                    ua = true;
                } else if (iequals(item, "a-2u")) {
                    a = true;
                } else if (iequals(item, "none") && text.size() == item.size()) {
                    none = true;
                } else {
                    return fail(problem, "unknown PDF standard " + in_quotes(item), def);
                }
                from = comma + 1;
            }
            if (none || (!ua && !a)) return Value{std::string("none")};
            return Value{std::string(ua && a ? "ua-1,a-2u" : ua ? "ua-1" : "a-2u")};
        }
        case Kind::Bool:
        case Kind::Int:
            break;
    }
    return fail(problem, "expected no string", def);
}

}  // namespace

const std::vector<KeyDef>& schema() {
    static const std::vector<KeyDef> defs = build_schema();
    return defs;
}

const KeyDef* find_key(std::string_view key) {
    for (const auto& d : schema())
        if (d.key == key) return &d;
    return nullptr;
}

const std::vector<std::string>& table_names() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (const auto& d : schema()) {
            std::string t = d.key.substr(0, d.key.find('.'));
            if (std::find(out.begin(), out.end(), t) == out.end()) out.push_back(t);
        }
        out.push_back("quotes");
        out.push_back("fonts");
        return out;
    }();
    return names;
}

std::vector<std::string> keys_of(std::string_view table) {
    std::vector<std::string> out;
    for (const auto& d : schema())
        if (d.key.size() > table.size() && d.key.compare(0, table.size(), table) == 0 &&
            d.key[table.size()] == '.')
            out.push_back(d.key.substr(table.size() + 1));
    return out;
}

std::string join(const std::vector<std::string>& items, std::string_view sep) {
    std::string out;
    for (const auto& s : items) {
        if (!out.empty()) out += sep;
        out += s;
    }
    return out;
}

std::string suggest(std::string_view word, const std::vector<std::string>& choices) {
    std::string best;
    std::size_t best_d = std::max<std::size_t>(2, word.size() / 3) + 1;
    for (const auto& c : choices) {
        // Levenshtein distance, case-insensitive.
        std::vector<std::size_t> row(c.size() + 1);
        for (std::size_t j = 0; j <= c.size(); ++j) row[j] = j;
        for (std::size_t i = 1; i <= word.size(); ++i) {
            std::size_t diag = row[0];
            row[0] = i;
            for (std::size_t j = 1; j <= c.size(); ++j) {
                std::size_t up = row[j];
                bool same = std::tolower(static_cast<unsigned char>(word[i - 1])) ==
                            std::tolower(static_cast<unsigned char>(c[j - 1]));
                row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (same ? 0 : 1)});
                diag = up;
            }
        }
        if (row[c.size()] < best_d) best_d = row[c.size()], best = c;
    }
    return best;
}

std::optional<std::pair<Pt, Pt>> page_size(std::string_view name) {
    const double mm = 72.0 / 25.4;
    if (name == "A4") return std::pair{Pt{210 * mm}, Pt{297 * mm}};
    if (name == "A5") return std::pair{Pt{148 * mm}, Pt{210 * mm}};
    if (name == "B5") return std::pair{Pt{176 * mm}, Pt{250 * mm}};
    if (name == "Letter") return std::pair{Pt{612}, Pt{792}};
    if (name == "5x8in") return std::pair{Pt{360}, Pt{576}};
    if (name == "5.5x8.5in") return std::pair{Pt{396}, Pt{612}};
    if (name == "6x9in") return std::pair{Pt{432}, Pt{648}};
    return std::nullopt;
}

std::optional<Value> value_from_toml(const KeyDef& def, const toml::node& node,
                                     std::string& problem) {
    switch (def.kind) {
        case Kind::Bool:
            if (auto b = node.value_exact<bool>()) return Value{*b};
            return fail(problem, "wrong type: " + type_name(node), def);
        case Kind::Int: {
            auto i = node.value_exact<int64_t>();
            if (!i) return fail(problem, "wrong type: " + type_name(node), def);
            if (*i < def.min || *i > def.max)
                return fail(problem, std::to_string(*i) + " is out of range", def);
            return Value{static_cast<long long>(*i)};
        }
        case Kind::Leading:
            if (node.is_number()) {
                double v = node.is_integer() ? static_cast<double>(*node.value<int64_t>())
                                             : *node.value<double>();
                return check_range(def, {v, Len::Ratio}, format_number(v), problem);
            }
            [[fallthrough]];
        default:
            if (auto s = node.value_exact<std::string>()) return from_string(def, *s, problem);
            return fail(problem, "wrong type: " + type_name(node), def);
    }
}

std::optional<Value> value_from_text(const KeyDef& def, std::string_view text,
                                     std::string& problem) {
    switch (def.kind) {
        case Kind::Bool:
            if (text == "true") return Value{true};
            if (text == "false") return Value{false};
            return fail(problem, "bad value " + in_quotes(text), def);
        case Kind::Int: {
            long long v = 0;
            auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
            if (ec != std::errc() || ptr != text.data() + text.size())
                return fail(problem, "bad value " + in_quotes(text), def);
            if (v < def.min || v > def.max)
                return fail(problem, std::string(text) + " is out of range", def);
            return Value{v};
        }
        case Kind::Leading:
            if (auto v = plain_number(text))
                return check_range(def, {*v, Len::Ratio}, text, problem);
            [[fallthrough]];
        default: {
            auto v = from_string(def, text, problem);
            // On the command line values are written without TOML's quotes.
            for (std::size_t at; (at = problem.find("a quoted ")) != std::string::npos;)
                problem.erase(at + 2, 7);
            return v;
        }
    }
}

std::optional<std::u32string> quotes_from_text(std::string_view text, std::string& problem) {
    std::u32string out;
    for (std::size_t i = 0; i < text.size();) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        int n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (n == 0 || i + n > text.size()) break;
        char32_t cp = n == 1 ? c : c & (0x7F >> n);
        for (int k = 1; k < n; ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
        out += cp;
        i += static_cast<std::size_t>(n);
    }
    if (out.size() != 4 || to_utf8(out) != text) {
        problem = "bad quote marks \"" + std::string(text) +
                  "\"; valid: four characters: outer open, outer close, inner open, inner close, "
                  "e.g. \"\u201c\u201d\u2018\u2019\"";
        return std::nullopt;
    }
    return out;
}

void store(const KeyDef& def, const Value& value, StyleSheet& sheet, Pt body_size, Pt own_size) {
    Field field = def.field(sheet);
    if (auto* pt = std::get_if<Pt*>(&field)) {
        const Len& len = std::get<Len>(value);
        double v = len.unit == Len::Points ? len.value
                   : len.unit == Len::Em   ? len.value * body_size.value
                                           : len.value * own_size.value;
        **pt = Pt{v};
    } else if (auto* b = std::get_if<bool*>(&field)) {
        **b = std::get<bool>(value);
    } else if (auto* i = std::get_if<int*>(&field)) {
        **i = static_cast<int>(std::get<long long>(value));
    } else if (auto* s = std::get_if<std::string*>(&field)) {
        **s = std::get<std::string>(value);
    } else if (auto* a = std::get_if<Align*>(&field)) {
        const auto& name = std::get<std::string>(value);
        for (Align x : {Align::Justify, Align::Left, Align::Center, Align::Right})
            if (align_name(x) == name) **a = x;
    } else if (auto* f = std::get_if<FolioPosition*>(&field)) {
        const auto& name = std::get<std::string>(value);
        for (FolioPosition x : {FolioPosition::None, FolioPosition::BottomCenter,
                                FolioPosition::BottomOuter, FolioPosition::TopOuter})
            if (folio_name(x) == name) **f = x;
    }
}

std::string print_value(const KeyDef& def, const StyleSheet& sheet) {
    // field() hands out pointers into a sheet it may write to; they are only read here (a copy
    // of the whole sheet per key made `styles show` and the identifier's style part cost 16
    // million instructions).
    Field field = def.field(const_cast<StyleSheet&>(sheet));
    if (auto* pt = std::get_if<Pt*>(&field)) return toml_string(format_number((*pt)->value) + "pt");
    if (auto* b = std::get_if<bool*>(&field)) return **b ? "true" : "false";
    if (auto* i = std::get_if<int*>(&field)) return std::to_string(**i);
    if (auto* s = std::get_if<std::string*>(&field)) return toml_string(**s);
    if (auto* a = std::get_if<Align*>(&field)) return toml_string(align_name(**a));
    if (auto* f = std::get_if<FolioPosition*>(&field)) return toml_string(folio_name(**f));
    return "\"\"";
}

std::string align_name(Align align) {
    switch (align) {
        case Align::Justify:
            return "justify";
        case Align::Left:
            return "left";
        case Align::Center:
            return "center";
        case Align::Right:
            return "right";
    }
    return "left";
}

std::string folio_name(FolioPosition folio) {
    switch (folio) {
        case FolioPosition::None:
            return "none";
        case FolioPosition::BottomCenter:
            return "bottom-center";
        case FolioPosition::BottomOuter:
            return "bottom-outer";
        case FolioPosition::TopOuter:
            return "top-outer";
    }
    return "none";
}

std::string toml_string(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        unsigned char u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20 || u == 0x7F) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04X", u);
            out += buf;
        } else {
            out += c;
        }
    }
    return out + "\"";
}

}  // namespace galley::style::detail
