// The small functions of the public API's value types (galley/Job.hpp, Diagnostic.hpp,
// Error.hpp).
#include "galley/Job.hpp"

#include "galley/Diagnostic.hpp"
#include "galley/Error.hpp"

namespace galley::api {

namespace {

std::string_view trim(std::string_view s) {
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!s.empty() && blank(s.front())) s.remove_prefix(1);
    while (!s.empty() && blank(s.back())) s.remove_suffix(1);
    return s;
}

/// Adds the non-empty parts of `value` separated by any of `separators` to `list`.
void add_parts(std::optional<std::vector<std::string>>& list, std::string_view value,
               std::string_view separators) {
    if (!list) list.emplace();
    for (;;) {
        const std::size_t end = value.find_first_of(separators);
        const std::string_view part = trim(value.substr(0, end));
        if (!part.empty()) list->emplace_back(part);
        if (end == std::string_view::npos) break;
        value.remove_prefix(end + 1);
    }
}

}  // namespace

Input Input::file(std::filesystem::path path, InputFormat format) {
    Input input;
    input.path = std::move(path);
    input.format = format;
    return input;
}

Input Input::memory(std::string text, InputFormat format, std::string name) {
    Input input;
    input.text = std::move(text);
    input.format = format;
    input.name = std::move(name);
    input.read_sidecar = false;
    return input;
}

bool Metadata::set(std::string_view key, std::string_view value) {
    const std::string text(trim(value));
    if (key == "title")
        title = text;
    else if (key == "subtitle")
        subtitle = text;
    else if (key == "date")
        date = text;
    else if (key == "lang" || key == "language")
        language = text;
    else if (key == "identifier")
        identifier = text;
    else if (key == "description")
        description = text;
    else if (key == "publisher")
        publisher = text;
    else if (key == "rights")
        rights = text;
    else if (key == "dateline")
        dateline = text;
    else if (key == "author" || key == "authors")
        add_parts(authors, value, ";");
    else if (key == "keywords")
        add_parts(keywords, value, ",;");
    else {
        unknown_keys.emplace_back(key);
        return false;
    }
    return true;
}

Output Output::file(std::filesystem::path path) {
    Output out;
    out.path = std::move(path);
    return out;
}

Output Output::file(std::filesystem::path path, OutputFormat format) {
    Output out;
    out.path = std::move(path);
    out.format = format;
    return out;
}

Output Output::memory(OutputFormat format) {
    Output out;
    out.format = format;
    return out;
}

std::string Diagnostic::format() const {
    std::string out = file;
    if (line > 0) out += ":" + std::to_string(line);
    if (!out.empty()) out += ": ";
    return out + (severity == Severity::Error ? "error: " : "warning: ") + message;
}

std::string JobError::format() const {
    return file.empty() ? message : file + ": " + message;
}

}  // namespace galley::api
