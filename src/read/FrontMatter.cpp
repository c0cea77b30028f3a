#include "read/FrontMatter.hpp"

#include <toml++/toml.h>
#include <unicode/utf8.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <sstream>
#include <vector>

#include "base/Error.hpp"
#include "base/TomlDepth.hpp"
#include "read/MetaValues.hpp"
#include "read/Shortcodes.hpp"
#include "read/TextUtil.hpp"

namespace galley::read {

namespace {

/// Limits checked on the bytes before a parser sees them: yaml-cpp and toml++ recurse once per
/// level of nested collections, and a block is metadata, not a book.
constexpr std::size_t kMaxBytes = 64 * 1024;  ///< largest front-matter block
constexpr int kMaxFlowDepth = 32;             ///< nested [ { … } ] levels
constexpr std::size_t kMaxIndent = 128;       ///< block nesting: indentation plus "- " chains

[[noreturn]] void fail(const std::string& file, std::size_t line, const std::string& reason) {
    throw Error(ErrorCode::InputInvalid, file + ":" + std::to_string(line),
                "malformed front matter: " + reason);
}

std::string_view rtrim(std::string_view s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

/// True when a line opens a "key: value" (YAML) or "key = value" / "[table]" (TOML) pair, or is a
/// comment: the first line of a real metadata block, not a scene break followed by prose.
bool looks_like_field(std::string_view line, bool toml) {
    line = trim(line);
    if (line.empty()) return false;
    if (line[0] == '#') return true;
    if (toml && line[0] == '[') return true;
    std::size_t i = 0;
    if (line[0] == '"' || line[0] == '\'') {
        const std::size_t close = line.find(line[0], 1);
        if (close == std::string_view::npos) return false;
        i = close + 1;
    } else {
        while (i < line.size() && (std::isalnum(static_cast<unsigned char>(line[i])) ||
                                   line[i] == '_' || line[i] == '-' || line[i] == '.'))
            ++i;
        if (i == 0) return false;
    }
    while (i < line.size() && line[i] == ' ') ++i;
    return i < line.size() && line[i] == (toml ? '=' : ':');
}

/// Rejects blocks a recursive parser could not take: flow collections nested too deep, block
/// nesting (indentation and compact "- - -" chains) too deep. Counts brackets even inside
/// quotes: an overestimate only ever refuses, never lets a deep block through.
void check_depth(std::string_view block, const std::string& file, std::size_t first_line) {
    int depth = 0;
    std::size_t line = first_line;
    bool at_start = true;
    std::size_t indent = 0;
    for (std::size_t i = 0; i < block.size(); ++i) {
        const char c = block[i];
        if (c == '\n') {
            ++line;
            at_start = true;
            indent = 0;
            continue;
        }
        if (at_start) {
            if (c == ' ' || c == '\t' ||
                ((c == '-' || c == '?' || c == ':') && i + 1 < block.size() &&
                 block[i + 1] == ' ')) {
                ++indent;
                if (indent > kMaxIndent) fail(file, line, "nested too deeply");
                continue;
            }
            at_start = false;
        }
        if (c == '[' || c == '{') {
            if (++depth > kMaxFlowDepth) fail(file, line, "nested too deeply");
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
}

/// TOML's dotted keys and table headers ("[a.b.c]") nest one table per part, and toml++ recurses
/// once per table: the parts of a key are bounded like the brackets.
void check_toml_keys(std::string_view block, const std::string& file, std::size_t first_line) {
    std::size_t line = first_line;
    for (std::size_t pos = 0; pos < block.size(); ++line) {
        std::size_t end = block.find('\n', pos);
        if (end == std::string_view::npos) end = block.size();
        const std::string_view l = trim(block.substr(pos, end - pos));
        const std::string_view key = l.substr(0, l.empty() || l[0] == '[' ? l.size() : l.find('='));
        if (std::count(key.begin(), key.end(), '.') > kMaxFlowDepth)
            fail(file, line, "nested too deeply");
        pos = end + 1;
    }
}

/// Keeps a value as text galley can carry: valid UTF-8 (a "\uD800" escape is not), control
/// characters other than tab and line ends dropped.
std::string clean(const std::string& s, const std::string& file, std::size_t line) {
    std::string out;
    out.reserve(s.size());
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    const auto n = static_cast<int32_t>(s.size());
    for (int32_t i = 0; i < n;) {
        const int32_t start = i;
        UChar32 c = 0;
        U8_NEXT(p, i, n, c);
        if (c < 0) fail(file, line, "a value is not valid UTF-8");
        if (c == '\n' || c == '\r' || c == '\t')
            out += ' ';
        else if (c >= 0x20 && !(c >= 0x7F && c < 0xA0))
            out.append(s, static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
    }
    return std::string(trim(out));
}

/// An author's name without the affiliation in brackets after it: "Tabitha Sable (Kubernetes
/// SRC)" → "Tabitha Sable".
std::string without_affiliation(std::string name) {
    const std::size_t open = name.rfind(" (");
    if (open != std::string::npos && open > 0 && !name.empty() && name.back() == ')')
        name.erase(open);
    return name;
}

/// Metadata key for a front-matter key; empty for keys galley does not use (layout, draft, …).
std::string meta_key(std::string key) {
    std::transform(key.begin(), key.end(), key.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (key == "title" || key == "subtitle" || key == "date" || key == "description" ||
        key == "publisher" || key == "rights" || key == "identifier")
        return key;
    if (key == "author" || key == "authors" || key == "by") return "author";  // "by:" (Go blog)
    if (key == "lang" || key == "language" || key == "locale") return "lang";
    if (key == "summary" || key == "abstract" || key == "excerpt") return "description";
    if (key == "keywords" || key == "tags" || key == "categories") return "keywords";
    if (key == "copyright" || key == "license" || key == "licence") return "rights";
    return "";
}

/// Adds `items` to the list under `key`, skipping empty items and repeats.
void add_items(std::map<std::string, std::vector<std::string>>& lists, const std::string& key,
               const std::vector<std::string>& items) {
    std::vector<std::string>& list = lists[key];
    for (const std::string& item : items)
        if (!item.empty() && std::find(list.begin(), list.end(), item) == list.end())
            list.push_back(item);
    if (list.empty()) lists.erase(key);
}

/// "2021-03-04T10:00:00+01:00" → "2021-03-04"; other dates stay as written.
std::string date_value(const std::string& s) {
    const bool iso =
        s.size() >= 10 && s[4] == '-' && s[7] == '-' &&
        std::all_of(s.begin(), s.begin() + 4, [](char c) { return c >= '0' && c <= '9'; });
    return iso && (s.size() == 10 || s[10] == 'T' || s[10] == ' ') ? s.substr(0, 10) : s;
}

/// yaml-cpp takes a quoted scalar that is never closed ("title: \"A post" and no closing
/// quote) to the end of the block without an error: every quoted scalar must close.
void check_quotes(const YAML::Node& n, const std::string& block, std::size_t first_line,
                  const std::string& file, int depth = 0) {
    if (depth > kMaxFlowDepth * 2) return;
    if (n.IsMap() || n.IsSequence()) {
        for (const auto& item : n) {
            if (n.IsMap()) {
                check_quotes(item.first, block, first_line, file, depth + 1);
                check_quotes(item.second, block, first_line, file, depth + 1);
            } else {
                check_quotes(item, block, first_line, file, depth + 1);
            }
        }
        return;
    }
    if (!n.IsScalar() || n.Mark().pos < 0) return;
    const std::size_t at = static_cast<std::size_t>(n.Mark().pos);
    if (at >= block.size() || (block[at] != '"' && block[at] != '\'')) return;
    const char q = block[at];
    for (std::size_t p = at + 1; p < block.size(); ++p) {
        if (q == '"' && block[p] == '\\') {
            ++p;  // an escaped character
        } else if (block[p] == q) {
            if (q == '\'' && p + 1 < block.size() && block[p + 1] == '\'') {
                ++p;  // '' is a quote inside single quotes
                continue;
            }
            return;
        }
    }
    fail(file, first_line + static_cast<std::size_t>(std::max(0, n.Mark().line)),
         "a quoted value is never closed");
}

FrontMatter read_yaml(const std::string& block, std::size_t first_line, const std::string& file) {
    YAML::Node root;
    try {
        root = YAML::Load(block);
    } catch (const YAML::Exception& e) {
        const std::size_t line =
            e.mark.line >= 0 ? first_line + static_cast<std::size_t>(e.mark.line) : first_line - 1;
        fail(file, line, e.msg);
    }
    FrontMatter fm;
    if (root.IsNull()) return fm;
    if (!root.IsMap()) fail(file, first_line, "expected \"key: value\" lines");
    check_quotes(root, block, first_line, file);
    auto line_of = [&](const YAML::Node& n) {
        const YAML::Mark m = n.Mark();
        return m.line >= 0 ? first_line + static_cast<std::size_t>(m.line) : first_line;
    };
    auto text = [&](const YAML::Node& n) {
        return n.IsScalar() ? clean(n.Scalar(), file, line_of(n)) : std::string();
    };
    // A person: "Name", or a map with a name ({name: X, email: …}).
    auto person = [&](const YAML::Node& n) {
        if (n.IsMap())
            for (const auto& kv : n)
                if (kv.first.IsScalar() && to_lower(kv.first.Scalar()) == "name")
                    return text(kv.second);
        return text(n);
    };
    for (const auto& kv : root) {
        if (!kv.first.IsScalar()) continue;
        const std::string key = meta_key(kv.first.Scalar());
        const YAML::Node& v = kv.second;
        if (key.empty() || v.IsNull()) continue;
        if (key == "author" || key == "keywords") {
            std::vector<std::string> items;
            if (v.IsSequence())
                for (const auto& item : v)
                    items.push_back(key == "author" ? without_affiliation(person(item))
                                                    : text(item));
            else  // one string: "A; B" names two authors, "a, b" two keywords
                items = split_meta_list(key,
                                        key == "author" ? without_affiliation(person(v)) : text(v));
            add_items(fm.lists, key, items);
        } else if (const std::string s = text(v); !s.empty()) {
            fm.values[key] = key == "date" ? date_value(s) : s;
        }
    }
    return fm;
}

FrontMatter read_toml(const std::string& block, std::size_t first_line, const std::string& file) {
    toml::table root;
    // The shared guard (base/TomlDepth): no deep nesting or stray bytes reach toml++.
    if (const auto deep = toml_too_deep(block))
        fail(file, first_line - 1 + deep->line, "TOML nested too deep");
    if (const auto stray = toml_stray_non_ascii(block))
        fail(file, first_line - 1 + *stray, "TOML syntax error");
    try {
        root = toml::parse(block);
    } catch (const toml::parse_error& e) {
        fail(file, first_line - 1 + e.source().begin.line, std::string(e.description()));
    }
    FrontMatter fm;
    auto line_of = [&](const toml::node& n) { return first_line - 1 + n.source().begin.line; };
    auto text = [&](const toml::node& n) -> std::string {
        if (const auto* s = n.as_string()) return clean(s->get(), file, line_of(n));
        std::ostringstream os;
        if (const auto* d = n.as_date()) os << d->get();
        if (const auto* dt = n.as_date_time()) os << dt->get().date;
        return os.str();
    };
    auto person = [&](const toml::node& n) {
        if (const auto* t = n.as_table())
            if (const auto* name = t->get("name")) return text(*name);
        return text(n);
    };
    for (const auto& [k, v] : root) {
        const std::string key = meta_key(std::string(k.str()));
        if (key.empty()) continue;
        if (key == "author" || key == "keywords") {
            std::vector<std::string> items;
            if (const auto* arr = v.as_array())
                for (const auto& item : *arr)
                    items.push_back(key == "author" ? without_affiliation(person(item))
                                                    : text(item));
            else  // one string: "A; B" names two authors, "a, b" two keywords
                items = split_meta_list(key,
                                        key == "author" ? without_affiliation(person(v)) : text(v));
            add_items(fm.lists, key, items);
        } else if (const std::string s = text(v); !s.empty()) {
            fm.values[key] = key == "date" ? date_value(s) : s;
        }
    }
    return fm;
}

}  // namespace

FrontMatter read_front_matter(std::string_view utf8, const std::string& file) {
    const std::size_t first_end = utf8.find('\n');
    if (first_end == std::string_view::npos) return {};
    const std::string_view opening = rtrim(utf8.substr(0, first_end));
    const bool toml = opening == "+++";
    if (opening != "---" && !toml) return {};

    // The closing delimiter: "---" or "..." (YAML), "+++" (TOML). Without one the "---" is a
    // scene break or a rule, as pandoc reads it.
    std::size_t pos = first_end + 1, line = 2;
    bool first_content = true;
    while (pos <= utf8.size()) {
        std::size_t end = utf8.find('\n', pos);
        if (end == std::string_view::npos) end = utf8.size();
        const std::string_view l = rtrim(utf8.substr(pos, end - pos));
        const bool closes = toml ? l == "+++" : (l == "---" || l == "...");
        if (closes) {
            const std::size_t begin = first_end + 1;
            if (pos - begin > kMaxBytes)
                fail(file, 1, "longer than " + std::to_string(kMaxBytes / 1024) + " KiB");
            const std::string block(utf8.substr(begin, pos - begin));
            check_depth(block, file, 2);
            if (toml) check_toml_keys(block, file, 2);
            FrontMatter fm = toml ? read_toml(block, 2, file) : read_yaml(block, 2, file);
            fm.lines = line;
            return fm;
        }
        // Pandoc's rule: the line after the opening is not blank; ours: it opens a field.
        if (first_content && !looks_like_field(l, toml)) return {};
        first_content = false;
        if (end == utf8.size()) break;
        pos = end + 1;
        ++line;
    }
    return {};
}

std::string blank_lines(std::string_view utf8, std::size_t lines) {
    std::size_t pos = 0;
    for (std::size_t i = 0; i < lines && pos < utf8.size(); ++i) {
        const std::size_t end = utf8.find('\n', pos);
        pos = end == std::string_view::npos ? utf8.size() : end + 1;
    }
    std::string out(lines, '\n');
    if (pos < utf8.size()) out.append(utf8.substr(pos));
    return out;
}

std::string_view article_body(std::string_view utf8, const FrontMatter& front,
                              const std::string& file, Diagnostics& diagnostics,
                              std::string& storage) {
    if (front.lines > 0) utf8 = storage = blank_lines(utf8, front.lines);
    if (front.lines > 0 && trim(utf8).empty())
        throw Error(ErrorCode::InputInvalid, file, "empty article (only front matter)");
    if (auto cleaned = drop_shortcodes(utf8, file, diagnostics))
        utf8 = storage = std::move(*cleaned);
    return utf8;
}

}  // namespace galley::read
