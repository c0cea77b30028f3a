#include "api/Manifest.hpp"

#include <toml++/toml.h>
#include <set>

#include "base/Error.hpp"
#include "base/File.hpp"
#include "base/TomlDepth.hpp"
#include "present/CoverImage.hpp"
#include "read/Sidecar.hpp"
#include "read/TextUtil.hpp"

namespace galley::api {

namespace fs = std::filesystem;

namespace {

/// The non-empty names of `text` separated by ';' ("A; B"), trimmed.
std::vector<std::string> split_names(std::string_view text) {
    std::vector<std::string> out;
    for (;;) {
        const std::size_t end = text.find(';');
        if (const std::string_view name = read::trim(text.substr(0, end)); !name.empty())
            out.emplace_back(name);
        if (end == std::string_view::npos) return out;
        text.remove_prefix(end + 1);
    }
}

class ManifestReader {
  public:
    ManifestReader(fs::path file, bool allow_outside)
        : file_(std::move(file)), allow_outside_(allow_outside) {}

    [[noreturn]] void fail(const toml::node* node, const std::string& what) const {
        std::string where;
        if (node && node->source().begin.line > 0)
            where = "line " + std::to_string(node->source().begin.line) + ": ";
        throw Error(ErrorCode::InputInvalid, file_.string(), where + what);
    }

    std::string string(const toml::node& node, const std::string& key) const {
        if (auto s = node.value<std::string>()) return *s;
        fail(&node, "'" + key + "' must be a string");
    }

    std::vector<std::string> strings(const toml::node& node, const std::string& key) const {
        if (node.is_string()) return {string(node, key)};
        const toml::array* arr = node.as_array();
        if (!arr) fail(&node, "'" + key + "' must be a string or an array of strings");
        std::vector<std::string> out;
        for (const toml::node& item : *arr) out.push_back(string(item, key));
        return out;
    }

    ManifestArticle article(const toml::node& node) const {
        ManifestArticle a;
        a.line = static_cast<int>(node.source().begin.line);
        if (node.is_string()) {
            a.path = string(node, "articles");
        } else if (const toml::table* t = node.as_table()) {
            static const std::set<std::string> keys = {
                "file",     "title",       "author",     "authors",   "date",  "lang",
                "language", "description", "identifier", "publisher", "rights"};
            for (const auto& [k, v] : *t) {
                std::string key(k.str());
                if (!keys.count(key)) fail(&v, "unknown article key '" + key + "'");
                if (key == "file") {
                    a.path = string(v, key);
                } else if (key == "authors" || key == "author") {
                    // The user-input boundary: a string may list several authors, "A; B"; an
                    // array's items stay whole, whatever characters they hold.
                    a.authors.emplace();
                    for (const std::string& item : strings(v, key)) {
                        if (v.is_string())
                            for (std::string& name : split_names(item))
                                a.authors->push_back(std::move(name));
                        else if (const std::string name(read::trim(item)); !name.empty())
                            a.authors->push_back(name);
                    }
                } else {
                    a.meta[key == "language" ? "lang" : key] = string(v, key);
                }
            }
            if (a.path.empty()) fail(&node, "an article table needs 'file'");
        } else {
            fail(&node, "an article must be a file name or a table with 'file'");
        }
        a.path = resolve(node, "article", a.path);
        return a;
    }

    /// `p` (relative to the manifest's folder) checked to lie inside that folder tree, symbolic
    /// links resolved (unless --allow-outside), and to be a regular file.
    fs::path resolve(const toml::node& node, const std::string& what, fs::path p) const {
        if (p.is_relative()) p = file_.parent_path() / p;
        fs::path folder = file_.parent_path().empty() ? fs::path(".") : file_.parent_path();
        if (!allow_outside_ && !inside_folder(p, folder))
            fail(&node, what + " " + p.string() +
                            " lies outside the manifest's folder (--allow-outside allows it)");
        if (std::string problem = input_problem(p); problem == "no such file")
            fail(&node, what + " not found: " + p.string());
        else if (!problem.empty())
            fail(&node, what + " " + p.string() + ": " + problem);
        // An article's sidecar is read with it: it must not lead outside either.
        const fs::path sidecar = read::sidecar_path(p);
        std::error_code ec;
        if (what != "cover" && !allow_outside_ && fs::exists(fs::symlink_status(sidecar, ec)) &&
            !inside_folder(sidecar, folder))
            fail(&node, "the sidecar " + sidecar.string() +
                            " lies outside the manifest's folder (--allow-outside allows it)");
        return p;
    }

    std::vector<ManifestArticle> articles(const toml::node& node) const {
        const toml::array* arr = node.as_array();
        if (!arr) fail(&node, "'articles' must be an array");
        std::vector<ManifestArticle> out;
        for (const toml::node& item : *arr) out.push_back(article(item));
        return out;
    }

    Manifest read() {
        toml::table root;
        const std::string bytes = read_file(file_);
        check_toml_depth(bytes, file_.string(), ErrorCode::InputInvalid);  // before toml++ recurses
        try {
            root = toml::parse(bytes, file_.string());
        } catch (const toml::parse_error& e) {
            throw Error(ErrorCode::InputInvalid, file_.string(),
                        "line " + std::to_string(e.source().begin.line) + ": " +
                            std::string(e.description()));
        }
        Manifest m;
        m.file = file_;
        std::map<std::string, std::string*> text = {{"title", &m.title},
                                                    {"subtitle", &m.subtitle},
                                                    {"language", &m.language},
                                                    {"lang", &m.language},
                                                    {"publisher", &m.publisher},
                                                    {"date", &m.date},
                                                    {"identifier", &m.identifier},
                                                    {"isbn", &m.isbn},
                                                    {"description", &m.description},
                                                    {"rights", &m.rights},
                                                    {"edition", &m.edition},
                                                    {"style", &m.style}};
        for (const auto& [k, v] : root) {
            std::string key(k.str());
            if (auto it = text.find(key); it != text.end()) {
                *it->second = string(v, key);
            } else if (key == "authors" || key == "author") {
                m.authors = strings(v, key);
            } else if (key == "editors" || key == "editor") {
                m.editors = strings(v, key);
            } else if (key == "cover" || key == "introduction") {
                fs::path p = resolve(v, key, string(v, key));
                if (key == "cover") {
                    std::string bytes;
                    try {
                        bytes = read_file(p);
                    } catch (const Error& e) {
                        fail(&v, "cover " + p.string() + ": " + e.what());
                    }
                    if (!present::cover_image(std::move(bytes)))
                        fail(&v, "the cover is not a PNG or JPEG image: " + p.string());
                    m.cover = p;
                    m.cover_line = static_cast<int>(v.source().begin.line);
                } else {
                    m.introduction = p;
                }
            } else if (key == "articles") {
                m.parts.insert(m.parts.begin(), ManifestPart{"", articles(v)});
            } else if (key == "parts") {
                const toml::array* arr = v.as_array();
                if (!arr || !arr->is_array_of_tables())
                    fail(&v, "'parts' must be [[parts]] tables");
                for (const toml::node& part : *arr) {
                    const toml::table& t = *part.as_table();
                    ManifestPart p;
                    for (const auto& [pk, pv] : t) {
                        std::string pkey(pk.str());
                        if (pkey == "title")
                            p.title = string(pv, pkey);
                        else if (pkey == "articles")
                            p.articles = articles(pv);
                        else
                            fail(&pv, "unknown part key '" + pkey + "'; valid: title, articles");
                    }
                    if (p.articles.empty()) fail(&part, "a part needs articles");
                    m.parts.push_back(std::move(p));
                }
            } else {
                fail(&v, "unknown key '" + key +
                             "'; valid: title, subtitle, authors, editors, language, publisher, "
                             "date, identifier, isbn, description, rights, edition, style, cover, "
                             "introduction, articles, parts");
            }
        }
        if (m.title.empty()) fail(nullptr, "the manifest needs a title");
        if (m.parts.empty()) fail(nullptr, "the manifest lists no articles");
        return m;
    }

  private:
    fs::path file_;
    bool allow_outside_ = false;
};

}  // namespace

std::vector<const ManifestArticle*> Manifest::all_articles() const {
    std::vector<const ManifestArticle*> out;
    for (const ManifestPart& p : parts)
        for (const ManifestArticle& a : p.articles) out.push_back(&a);
    return out;
}

Manifest load_manifest(const fs::path& path, bool allow_outside) {
    if (std::string problem = input_problem(path); !problem.empty())
        throw Error(ErrorCode::InputMissing, path.string(), problem);
    std::error_code ec;
    if (fs::file_size(path, ec) > max_input() && !ec)
        throw Error(ErrorCode::TooLarge, path.string(), "larger than the --max-input limit");
    return ManifestReader(path, allow_outside).read();
}

}  // namespace galley::api
