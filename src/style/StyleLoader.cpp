// load_style(): style files (with `extends` chains) and --set overrides → one StyleSheet.
// Each file is validated against the schema as a whole and its earliest problem is thrown as
// one Error(Style, file, "line N: ...; valid: ..."). Settings are collected layer by layer
// (parent first, then child, then --set) and resolved at the end, so em lengths and leading
// ratios follow the final font sizes.
#include <algorithm>
#include <cctype>
#include <map>
#include <tuple>

#include "base/Error.hpp"
#include "base/File.hpp"
#include "base/TextCheck.hpp"
#include "base/TomlDepth.hpp"
#include "style/Schema.hpp"
#include "style/StyleSheet.hpp"

namespace galley::style {

namespace fs = std::filesystem;
using namespace detail;

namespace {

/// One key's value and where it was set.
struct Setting {
    Value value;      ///< parsed value
    SourceRef where;  ///< file and line
};

/// Everything the layers set so far.
struct State {
    std::map<std::string, Setting> keys;                                 ///< schema keys
    std::map<std::string, std::pair<std::u32string, SourceRef>> quotes;  ///< by language
    std::map<std::tuple<std::string, bool, bool>, std::pair<fs::path, SourceRef>> fonts;
    std::string name;         ///< name of the outermost style
    std::string description;  ///< its description
};

/// A problem found in a file, reported as "line N: text".
struct Problem {
    int line;          ///< 1-based line
    std::string text;  ///< problem and valid choices
};

/// One file's settings, before they are merged.
struct Layer {
    std::vector<std::pair<std::string, Setting>> keys;
    std::vector<std::pair<std::string, std::pair<std::u32string, SourceRef>>> quotes;
    std::vector<std::pair<std::tuple<std::string, bool, bool>, std::pair<fs::path, SourceRef>>>
        fonts;
};

const std::vector<std::string> kFaces = {"regular", "bold", "italic", "bold_italic"};

[[noreturn]] void fail(const std::string& file, int line, const std::string& text) {
    throw Error(ErrorCode::Style, file,
                (line > 0 ? "line " + std::to_string(line) + ": " : "") + text);
}

/// Why `text` cannot be a style's text (see base/TextCheck), or "" when it can.
std::string text_problem(std::string_view text) {
    if (text.size() <= kMaxFieldBytes && is_clean_text(text)) return "";
    TextRepairs r;
    clean_text(text, std::string::npos, &r);
    std::string why;
    auto add = [&](std::size_t n, const std::string& what) {
        if (n) why += (why.empty() ? "" : ", ") + std::to_string(n) + " " + what;
    };
    add(r.invalid_utf8, "invalid UTF-8 sequence(s)");
    add(r.nul, "NUL character(s)");
    add(r.illegal, "control character(s), surrogate(s), U+FFFE or U+FFFF");
    if (text.size() > kMaxFieldBytes)
        why += (why.empty() ? "" : ", ") + std::string("longer than ") +
               std::to_string(kMaxFieldBytes) + " bytes";
    return "text not allowed (" + why +
           "); valid: UTF-8 text without NUL or control characters other than tab and newline, "
           "without U+FFFE or U+FFFF, at most " +
           std::to_string(kMaxFieldBytes) + " bytes";
}

/// Adds a problem for every string of `node` (keys included) that is not clean text.
void check_strings(const toml::node& node, const std::string& key, std::vector<Problem>& problems) {
    if (const auto* s = node.as_string()) {
        if (std::string why = text_problem(s->get()); !why.empty())
            problems.push_back(
                {static_cast<int>(node.source().begin.line), clean_text(key, 200) + ": " + why});
    } else if (const auto* t = node.as_table()) {
        for (auto&& [k, v] : *t) {
            const std::string sub =
                key.empty() ? std::string(k.str()) : key + "." + std::string(k.str());
            if (std::string why = text_problem(k.str()); !why.empty())
                problems.push_back({static_cast<int>(k.source().begin.line), "a key: " + why});
            check_strings(v, sub, problems);
        }
    } else if (const auto* a = node.as_array()) {
        for (const toml::node& item : *a) check_strings(item, key, problems);
    }
}

bool looks_like_path(const std::string& s) {
    return s.find('/') != std::string::npos ||
           (s.size() > 5 && s.compare(s.size() - 5, 5, ".toml") == 0);
}

std::vector<std::string> builtin_names() {
    std::vector<std::string> names;
    for (const auto& [name, description] : builtin_styles()) names.push_back(name);
    return names;
}

std::string top_level_choices() {
    std::string out = "name, description, extends";
    for (const auto& t : table_names()) out += ", [" + t + "]";
    return out;
}

bool valid_language(std::string_view tag) {
    if (tag.empty() || tag.size() > 35) return false;
    return std::all_of(tag.begin(), tag.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '-';
    });
}

/// Applies one layer on top of `state`: a layer naming a page size drops the width and height
/// that earlier layers set, so `size = "A4"` in a child really gives A4.
void merge(State& state, Layer&& layer) {
    bool sets_size = std::any_of(layer.keys.begin(), layer.keys.end(),
                                 [](const auto& kv) { return kv.first == "page.size"; });
    if (sets_size) {
        state.keys.erase("page.width");
        state.keys.erase("page.height");
    }
    for (auto& [k, v] : layer.keys) state.keys.insert_or_assign(k, std::move(v));
    for (auto& [k, v] : layer.quotes) state.quotes.insert_or_assign(k, std::move(v));
    for (auto& [k, v] : layer.fonts) state.fonts.insert_or_assign(k, std::move(v));
}

/// The file a style name or path refers to; `base` is the folder relative paths start from.
fs::path locate(const std::string& name_or_path, const fs::path& base) {
    if (looks_like_path(name_or_path)) {
        fs::path p(name_or_path);
        return p.is_relative() ? base / p : p;
    }
    return data_dir() / "styles" / (name_or_path + ".toml");
}

/// True when a `family` value names a font file rather than a family ("fonts/Face.otf").
bool is_font_path(const std::string& value) {
    std::string ext = fs::path(value).extension().string();
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext == ".ttf" || ext == ".otf" || ext == ".ttc";
}

/// A `family` value that is a font file path (relative to `dir`) becomes a user font whose
/// family is the file's stem, and the key gets that family. Returns a problem or empty.
std::string use_font_path(Value& value, const fs::path& dir, const SourceRef& where, Layer& layer) {
    auto* text = std::get_if<std::string>(&value);
    if (!text || !is_font_path(*text)) return {};
    fs::path p(*text);
    if (p.is_relative()) p = dir / p;
    std::error_code ec;
    if (!fs::is_regular_file(p, ec))
        return "no font file " + p.string() +
               "; valid: a family name, or a font file path relative to the style file";
    std::string family = p.stem().string();
    layer.fonts.push_back({{family, false, false}, {fs::absolute(p).lexically_normal(), where}});
    *text = family;
    return {};
}

void check_table(const std::string& table, const toml::table& tbl, const fs::path& dir,
                 const std::string& file, Layer& layer, std::vector<Problem>& problems) {
    for (auto&& [k, node] : tbl) {
        std::string sub(k.str());
        int line = static_cast<int>(k.source().begin.line);
        int vline = static_cast<int>(node.source().begin.line);
        std::string full = table + "." + sub;
        if (table == "quotes") {
            std::string problem;
            auto s = node.value_exact<std::string>();
            if (!valid_language(sub)) {
                problems.push_back({line, "bad language tag '" + sub +
                                              "' in [quotes]; valid: a BCP 47 tag such as en, "
                                              "de, pt-BR"});
            } else if (!s) {
                problems.push_back({vline, full + ": wrong type; valid: a quoted string of four "
                                                  "quote marks"});
            } else if (auto q = quotes_from_text(*s, problem)) {
                layer.quotes.push_back({sub, {*q, {file, vline}}});
            } else {
                problems.push_back({vline, full + ": " + problem});
            }
            continue;
        }
        if (table == "fonts") {
            const toml::table* faces = node.as_table();
            if (!faces) {
                problems.push_back({vline, full + ": wrong type; valid: a table of " +
                                               join(kFaces) + " font file paths"});
                continue;
            }
            for (auto&& [fk, fnode] : *faces) {
                std::string face(fk.str());
                int fline = static_cast<int>(fk.source().begin.line);
                auto path = fnode.value_exact<std::string>();
                auto it = std::find(kFaces.begin(), kFaces.end(), face);
                if (it == kFaces.end()) {
                    problems.push_back(
                        {fline, "unknown key '" + full + "." + face + "'; valid: " + join(kFaces)});
                } else if (!path) {
                    problems.push_back({fline, full + "." + face +
                                                   ": wrong type; valid: a quoted font file path"});
                } else {
                    fs::path p(*path);
                    if (p.is_relative()) p = dir / p;
                    std::error_code ec;
                    if (!fs::is_regular_file(p, ec)) {
                        problems.push_back({fline, full + "." + face + ": no font file " +
                                                       p.string() +
                                                       "; valid: a path relative to the style "
                                                       "file or absolute"});
                        continue;
                    }
                    bool bold = face == "bold" || face == "bold_italic";
                    bool italic = face == "italic" || face == "bold_italic";
                    layer.fonts.push_back(
                        {{sub, bold, italic}, {fs::absolute(p).lexically_normal(), {file, fline}}});
                }
            }
            continue;
        }
        const KeyDef* def = find_key(full);
        if (!def) {
            std::vector<std::string> valid = keys_of(table);
            std::string hint = suggest(sub, valid);
            if (sub == "extends" || sub == "name" || sub == "description")
                hint = "top-level " + sub + ", written before the first [table]";
            problems.push_back({line, "unknown key '" + full + "'" +
                                          (hint.empty() ? "" : " (did you mean " + hint + "?)") +
                                          " in [" + table + "]; valid: " + join(valid)});
            continue;
        }
        std::string problem;
        auto v = value_from_toml(*def, node, problem);
        if (v) problem = use_font_path(*v, dir, {file, vline}, layer);
        if (v && problem.empty())
            layer.keys.push_back({full, {*v, {file, vline}}});
        else
            problems.push_back({vline, full + ": " + problem});
    }
}

/// `text` with its whole-line comments blanked, their line ends kept (so every line and column
/// toml++ reports stays the same): toml++ spends about 200 instructions a byte on comments, and
/// the built-in styles are 60 % comments (0.65 million instructions of each run). Kept as they
/// are: every comment line of a text with a multi-line string (where a line starting with '#'
/// can be content), and comment lines with characters other than printable ASCII and tabs
/// (toml++ checks those and reports what is wrong).
std::string without_comment_lines(const std::string& text) {
    if (text.find("\"\"\"") != std::string::npos || text.find("'''") != std::string::npos)
        return text;
    std::string out;
    out.reserve(text.size());
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::size_t content_end = end > start && text[end - 1] == '\r' ? end - 1 : end;
        std::size_t first = text.find_first_not_of(" \t", start);
        bool blank = first < content_end && text[first] == '#' &&
                     std::all_of(text.begin() + static_cast<std::ptrdiff_t>(start),
                                 text.begin() + static_cast<std::ptrdiff_t>(content_end),
                                 [](char c) { return c == '\t' || (c >= 0x20 && c < 0x7F); });
        if (!blank) content_end = end;
        out.append(text, start, blank ? 0 : content_end - start);
        if (blank) out.append(text, content_end, end - content_end);  // a CR before the LF
        if (end < text.size()) out += '\n';
        start = end + 1;
    }
    return out;
}

/// Loads `path` into `state`, its `extends` parent first. `chain` holds the files being loaded
/// (outermost first) to catch cycles; `outer` is true for the file the user named.
void load_file(const fs::path& path, State& state, std::vector<fs::path>& chain, bool outer) {
    const std::string file = path.string();
    std::string text;
    try {
        text = read_file(path);
    } catch (const Error& e) {
        throw Error(ErrorCode::Style, file, e.what());
    }
    toml::table root;
    check_toml_depth(text, file, ErrorCode::Style);  // before toml++ recurses
    try {
        root = toml::parse(without_comment_lines(text), file);
    } catch (const toml::parse_error& e) {
        fail(file, static_cast<int>(e.source().begin.line),
             "TOML syntax error: " + std::string(e.description()));
    }

    Layer layer;
    std::vector<Problem> problems;
    check_strings(root, "", problems);  // the validation boundary for the style's text
    std::optional<fs::path> parent;
    const fs::path dir = path.parent_path();
    for (auto&& [k, node] : root) {
        std::string key(k.str());
        int line = static_cast<int>(k.source().begin.line);
        int vline = static_cast<int>(node.source().begin.line);
        if (key == "name" || key == "description" || key == "extends") {
            auto s = node.value_exact<std::string>();
            if (!s) {
                problems.push_back({vline, key + ": wrong type: expected a quoted string; valid: " +
                                               (key == "extends" ? "a style name or .toml path"
                                                                 : "text in quotes")});
                continue;
            }
            if (key == "name" && outer) state.name = *s;
            if (key == "description" && outer) state.description = *s;
            if (key != "extends") continue;
            fs::path target = locate(*s, dir);
            std::error_code ec;
            if (!fs::is_regular_file(target, ec)) {
                problems.push_back(
                    {vline, "extends: no style " + (looks_like_path(*s) ? target.string() : *s) +
                                "; valid: " + join(builtin_names()) + " or a .toml path"});
                continue;
            }
            fs::path canonical = fs::weakly_canonical(target, ec);
            if (std::find(chain.begin(), chain.end(), canonical) != chain.end()) {
                std::string cycle;
                auto from = std::find(chain.begin(), chain.end(), canonical);
                for (auto it = from; it != chain.end(); ++it)
                    cycle += it->filename().string() + " -> ";
                cycle += canonical.filename().string();
                problems.push_back({vline, "extends cycle: " + cycle +
                                               "; valid: a style that does not extend itself"});
                continue;
            }
            parent = canonical;
        } else if (std::find(table_names().begin(), table_names().end(), key) !=
                   table_names().end()) {
            if (const toml::table* tbl = node.as_table())
                check_table(key, *tbl, dir, file, layer, problems);
            else
                problems.push_back(
                    {vline, key + ": wrong type: " + "expected a table; valid: [" + key +
                                "] with " +
                                (key == "quotes" || key == "fonts" ? std::string("its entries")
                                                                   : join(keys_of(key)))});
        } else {
            std::vector<std::string> tops = {"name", "description", "extends"};
            tops.insert(tops.end(), table_names().begin(), table_names().end());
            std::string hint = suggest(key, tops);
            problems.push_back({line, "unknown key '" + key + "'" +
                                          (hint.empty() ? "" : " (did you mean " + hint + "?)") +
                                          "; valid: " + top_level_choices()});
        }
    }
    if (!problems.empty()) {
        auto first =
            std::min_element(problems.begin(), problems.end(),
                             [](const Problem& a, const Problem& b) { return a.line < b.line; });
        fail(file, first->line, first->text);
    }
    if (parent) {
        chain.push_back(*parent);
        load_file(*parent, state, chain, false);
        chain.pop_back();
    }
    merge(state, std::move(layer));
}

void apply_override(State& state, const std::string& key, const std::string& value) {
    const std::string file = "--set";
    const std::string what = key + "=" + value;
    SourceRef where{file, 0};
    Layer layer;
    if (std::string why = text_problem(key + value); !why.empty())
        fail(file, 0, clean_text(what, 200) + ": " + why);
    if (key == "name") {
        state.name = value;
        return;
    }
    if (key == "description") {
        state.description = value;
        return;
    }
    if (key.rfind("quotes.", 0) == 0) {
        std::string lang = key.substr(7), problem;
        if (!valid_language(lang))
            fail(file, 0, what + ": bad language tag; valid: a BCP 47 tag such as en, de, pt-BR");
        auto q = quotes_from_text(value, problem);
        if (!q) fail(file, 0, what + ": " + problem);
        layer.quotes.push_back({lang, {*q, where}});
    } else if (key.rfind("fonts.", 0) == 0 && key.rfind('.') > 6) {
        std::string family = key.substr(6, key.rfind('.') - 6);
        std::string face = key.substr(key.rfind('.') + 1);
        if (std::find(kFaces.begin(), kFaces.end(), face) == kFaces.end())
            fail(file, 0, what + ": unknown font face '" + face + "'; valid: " + join(kFaces));
        std::error_code ec;
        if (!fs::is_regular_file(value, ec))
            fail(file, 0, what + ": no font file " + value + "; valid: an existing font file");
        bool bold = face == "bold" || face == "bold_italic";
        bool italic = face == "italic" || face == "bold_italic";
        layer.fonts.push_back(
            {{family, bold, italic}, {fs::absolute(value).lexically_normal(), where}});
    } else {
        const KeyDef* def = find_key(key);
        if (!def) {
            std::vector<std::string> all;
            for (const auto& d : schema()) all.push_back(d.key);
            std::string hint = suggest(key, all);
            std::string table = key.substr(0, key.find('.'));
            std::vector<std::string> valid = keys_of(table);
            if (valid.empty())
                valid = table_names();
            else
                for (auto& v : valid) v = table + "." + v;
            fail(file, 0,
                 what + ": unknown key '" + key + "'" +
                     (hint.empty() ? "" : " (did you mean " + hint + "?)") +
                     "; valid: " + join(valid));
        }
        std::string problem;
        auto v = value_from_text(*def, value, problem);
        if (v) problem = use_font_path(*v, fs::current_path(), where, layer);
        if (!v || !problem.empty()) fail(file, 0, what + ": " + problem);
        layer.keys.push_back({key, {*v, where}});
    }
    merge(state, std::move(layer));
}

const Setting* setting(const State& state, const std::string& key) {
    auto it = state.keys.find(key);
    return it == state.keys.end() ? nullptr : &it->second;
}

/// Turns the merged settings into a StyleSheet: body size first (em lengths use it), then the
/// other keys, then leadings (ratios use their block's final size), then the page.
StyleSheet resolve(const State& state) {
    StyleSheet s;
    s.name = state.name;
    s.description = state.description;
    if (const Setting* body = setting(state, "body.font_size"))
        store(*find_key("body.font_size"), body->value, s, s.body.font_size, s.body.font_size);
    for (const auto& def : schema()) {
        if (def.kind == Kind::Leading || def.key == "body.font_size") continue;
        if (def.key == "page.width" || def.key == "page.height") continue;
        if (const Setting* set = setting(state, def.key))
            store(def, set->value, s, s.body.font_size, s.body.font_size);
    }
    for (const auto& def : schema()) {
        if (def.kind != Kind::Leading) continue;
        Pt own = *std::get<Pt*>(find_key(def.size_key)->field(s));
        if (const Setting* set = setting(state, def.key))
            store(def, set->value, s, s.body.font_size, own);
        else if (setting(state, def.size_key))
            *std::get<Pt*>(def.field(s)) = own * 1.2;  // a size without a leading: 120 %
    }

    // The running head has no leading key: one line at 120 % of its size.
    s.running_head.text.leading = s.running_head.text.font_size * 1.2;

    // Page: a named size gives both dimensions; explicit width/height override them.
    const Setting* size_set = setting(state, "page.size");
    if (auto dims = page_size(s.page.size_name)) {
        s.page.width = dims->first;
        s.page.height = dims->second;
    }
    const Setting* width = setting(state, "page.width");
    const Setting* height = setting(state, "page.height");
    if (width) store(*find_key("page.width"), width->value, s, s.body.font_size, {});
    if (height) store(*find_key("page.height"), height->value, s, s.body.font_size, {});
    if (s.page.size_name == "custom" && !(width && height) && size_set)
        fail(size_set->where.file, size_set->where.line,
             "page.size: \"custom\" needs page.width and page.height; valid: set both, or a named "
             "size");
    if (auto dims = page_size(s.page.size_name);
        dims && (std::abs(dims->first.value - s.page.width.value) > 0.01 ||
                 std::abs(dims->second.value - s.page.height.value) > 0.01))
        s.page.size_name = "custom";

    auto blame = [&](std::initializer_list<const char*> keys) -> SourceRef {
        for (const char* k : keys)
            if (const Setting* set = setting(state, k)) return set->where;
        return {};
    };
    double text_width = s.page.width.value - s.page.margin_inner.value - s.page.margin_outer.value;
    double text_height = s.page.height.value - s.page.margin_top.value - s.page.margin_bottom.value;
    if (text_width < 72) {
        SourceRef w = blame({"page.margin_inner", "page.margin_outer", "page.width", "page.size"});
        fail(w.file, w.line,
             "page: inner + outer margins leave " + format_number(text_width) +
                 "pt of text width; valid: margins leaving at least 72pt (1in)");
    }
    if (text_height < 72) {
        SourceRef w = blame({"page.margin_top", "page.margin_bottom", "page.height", "page.size"});
        fail(w.file, w.line,
             "page: top + bottom margins leave " + format_number(text_height) +
                 "pt of text height; valid: margins leaving at least 72pt (1in)");
    }

    for (const auto& [lang, q] : state.quotes) s.quotes[lang] = q.first;
    for (const auto& [key, font] : state.fonts)
        s.fonts.push_back(
            {std::get<0>(key), std::get<1>(key), std::get<2>(key), font.first, font.second});
    for (const auto& [key, set] : state.keys) s.sources[key] = set.where;
    for (const auto& [lang, q] : state.quotes) s.sources["quotes." + lang] = q.second;
    return s;
}

}  // namespace

StyleSheet load_style(const std::string& name_or_path,
                      const std::vector<std::pair<std::string, std::string>>& overrides) {
    const std::string name = name_or_path.empty() ? "classic" : name_or_path;
    fs::path path = locate(name, fs::current_path());
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) {
        if (looks_like_path(name)) throw Error(ErrorCode::Style, name, "no such style file");
        std::vector<std::string> names = builtin_names();
        if (names.empty())
            throw Error(ErrorCode::Style, name,
                        "no built-in styles in " + (data_dir() / "styles").string() +
                            "; valid: a path to a .toml file, or GALLEY_DATA_DIR set to the "
                            "folder holding styles/");
        std::string hint = suggest(name, names);
        throw Error(ErrorCode::Style, name,
                    "no built-in style '" + name + "'" +
                        (hint.empty() ? "" : " (did you mean " + hint + "?)") +
                        "; valid: " + join(names) + " or a path to a .toml file");
    }
    State state;
    state.name = path.stem().string();
    std::vector<fs::path> chain{fs::weakly_canonical(path, ec)};
    load_file(path, state, chain, true);
    for (const auto& [key, value] : overrides) apply_override(state, key, value);
    return resolve(state);
}

std::pair<std::string, std::string> parse_override(const std::string& assignment) {
    auto trim = [](std::string s) {
        const char* ws = " \t";
        s.erase(0, s.find_first_not_of(ws));
        s.erase(s.find_last_not_of(ws) + 1);
        return s;
    };
    auto eq = assignment.find('=');
    if (eq == std::string::npos || trim(assignment.substr(0, eq)).empty())
        throw Error(ErrorCode::Style, "--set",
                    "'" + assignment + "' is not key=value; valid: e.g. body.font_size=14pt");
    return {trim(assignment.substr(0, eq)), trim(assignment.substr(eq + 1))};
}

}  // namespace galley::style
