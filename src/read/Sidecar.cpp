#include "read/Sidecar.hpp"

#include <toml++/toml.h>

#include <sstream>

#include "base/Error.hpp"
#include "base/File.hpp"
#include "base/TomlDepth.hpp"

namespace galley::read {

std::filesystem::path sidecar_path(const std::filesystem::path& article) {
    std::filesystem::path p = article;
    p.replace_extension(".toml");
    return p;
}

MetaValues read_sidecar(const std::filesystem::path& article) {
    const std::filesystem::path path = sidecar_path(article);
    std::error_code ec;
    if (path == article || !std::filesystem::is_regular_file(path, ec)) return {};
    const std::string file = path.string();
    const std::string bytes = read_file(path);

    toml::table table;
    check_toml_depth(bytes, file, ErrorCode::InputInvalid);  // before toml++ recurses
    try {
        table = toml::parse(bytes, file);
    } catch (const toml::parse_error& e) {
        std::ostringstream reason;
        reason << "invalid TOML at line " << e.source().begin.line << ", column "
               << e.source().begin.column << ": " << e.description();
        throw Error(ErrorCode::InputInvalid, file, reason.str());
    }

    MetaValues values;
    auto line_of = [](const toml::node& n) { return std::to_string(n.source().begin.line); };
    for (const auto& [key, node] : table) {
        const std::string k(key.str());
        if (k != "title" && k != "subtitle" && k != "author" && k != "authors" && k != "date" &&
            k != "lang" && k != "language" && k != "identifier" && k != "description" &&
            k != "publisher" && k != "rights" && k != "dateline" && k != "keywords")
            throw Error(ErrorCode::InputInvalid, file,
                        "unknown key '" + k + "' at line " + line_of(node));
        const std::string name = k == "authors" ? "author" : k == "language" ? "lang" : k;
        std::string value;
        if (const auto* s = node.as_string()) {
            value = s->get();
        } else if (const auto* d = node.as_date()) {
            std::ostringstream os;
            os << *d;
            value = os.str();
        } else if (const auto* dt = node.as_date_time()) {
            std::ostringstream os;
            os << dt->get().date;
            value = os.str();
        } else if (const auto* arr = node.as_array();
                   arr && (k == "author" || k == "authors" || k == "keywords")) {
            std::vector<std::string> items;
            for (const toml::node& item : *arr) {
                const auto* s = item.as_string();
                if (!s)
                    throw Error(ErrorCode::InputInvalid, file,
                                "'" + k + "' must hold strings (line " + line_of(item) + ")");
                items.push_back(s->get());
            }
            values.values.erase(name);  // the later of "author" and "authors" wins
            values.lists[name] = std::move(items);
            continue;
        } else {
            throw Error(ErrorCode::InputInvalid, file,
                        "'" + k + "' must be a string (line " + line_of(node) + ")");
        }
        values.lists.erase(name);
        values.values[name] = value;
    }
    return values;
}

}  // namespace galley::read
