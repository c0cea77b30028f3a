// Reporting on styles: the list of built-in styles, the resolved style printed back as TOML,
// and the families a style uses (for the app's font check).
#include <algorithm>
#include <cctype>
#include <set>

#include <toml++/toml.h>

#include "base/Error.hpp"
#include "base/File.hpp"
#include "base/TomlDepth.hpp"
#include "style/Schema.hpp"
#include "style/StyleSheet.hpp"

namespace galley::style {

namespace fs = std::filesystem;
using namespace detail;

std::vector<std::pair<std::string, std::string>> builtin_styles() {
    std::vector<std::pair<std::string, std::string>> out;
    std::error_code ec;
    fs::path dir = data_dir() / "styles";
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->path().extension() != ".toml" || !it->is_regular_file(ec)) continue;
        std::string description;
        try {
            const std::string text = read_file(it->path());
            if (const auto deep = toml_too_deep(text)) {  // before toml++ recurses
                description = "(invalid style file: line " + std::to_string(deep->line) +
                              ": nested too deep)";
            } else if (const auto stray = toml_stray_non_ascii(text)) {
                description =
                    "(invalid style file: line " + std::to_string(*stray) + ": TOML syntax error)";
            } else {
                toml::table t = toml::parse(text, it->path().string());
                description = t["description"].value_or(std::string());
            }
        } catch (const toml::parse_error& e) {
            description = "(invalid style file: line " + std::to_string(e.source().begin.line) +
                          ": " + std::string(e.description()) + ")";
        } catch (const Error& e) {
            description = "(unreadable style file: " + std::string(e.what()) + ")";
        }
        out.push_back({it->path().stem().string(), description});
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::string describe(const StyleSheet& style) {
    std::string out =
        "# Style \"" + style.name + "\" as galley resolved it: every key, lengths in points.\n";
    out += "name = " + toml_string(style.name) + "\n";
    out += "description = " + toml_string(style.description) + "\n";
    std::string table;
    bool custom = style.page.size_name == "custom";
    for (const auto& def : schema()) {
        std::string t = def.key.substr(0, def.key.find('.'));
        if (t != table) {
            out += "\n[" + t + "]\n";
            table = t;
        }
        if ((def.key == "page.width" || def.key == "page.height") && !custom) continue;
        out += def.key.substr(t.size() + 1) + " = " + print_value(def, style) + "\n";
    }
    if (!style.quotes.empty()) {
        out += "\n[quotes]\n";
        for (const auto& [lang, marks] : style.quotes)
            out += lang + " = " + toml_string(to_utf8(marks)) + "\n";
    }
    std::string family;
    for (const auto& font : style.fonts) {
        if (font.family != family) {
            out += "\n[fonts." + toml_string(font.family) + "]\n";
            family = font.family;
        }
        std::string face = font.bold && font.italic ? "bold_italic"
                           : font.bold              ? "bold"
                           : font.italic            ? "italic"
                                                    : "regular";
        out += face + " = " + toml_string(font.path.string()) + "\n";
    }
    return out;
}

std::vector<FamilyUse> family_uses(const StyleSheet& style) {
    std::vector<FamilyUse> out;
    std::set<std::string> seen;
    StyleSheet copy = style;  // fields are reached through non-const accessors
    for (const auto& def : schema()) {
        if (def.kind != Kind::Family) continue;
        Field field = def.field(copy);
        const std::string family = *std::get<std::string*>(field);
        if (!seen.insert(family).second) continue;
        FamilyUse use{family, def.key, {}};
        if (auto it = style.sources.find(def.key); it != style.sources.end())
            use.source = it->second;
        out.push_back(std::move(use));
    }
    return out;
}

std::u32string quotes_for(const StyleSheet& style, std::string_view language) {
    std::string tag(language);
    std::replace(tag.begin(), tag.end(), '_', '-');
    // Tags compare case-insensitively ("pt-br" finds "pt-BR").
    auto lower = [](std::string s) {
        for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return s;
    };
    auto find = [&](const std::string& want) -> const std::u32string* {
        for (const auto& [key, marks] : style.quotes)
            if (lower(key) == lower(want) && marks.size() == 4) return &marks;
        return nullptr;
    };
    if (const auto* q = find(tag)) return *q;
    if (const auto* q = find(tag.substr(0, tag.find('-')))) return *q;
    if (const auto* q = find("en")) return *q;
    return U"\u201c\u201d\u2018\u2019";
}

std::vector<std::string> families(const StyleSheet& style) {
    std::vector<std::string> out;
    for (const auto& use : family_uses(style)) out.push_back(use.family);
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace galley::style
