// Helpers shared by the read/ tests.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

#include "base/Diagnostics.hpp"
#include "doc/Document.hpp"
#include "read/ArticleParser.hpp"

namespace galley::read::test {

/// Path of a fixture file.
inline std::filesystem::path fixture(const std::string& name) {
    return std::filesystem::path(READ_FIXTURES) / name;
}

/// Whole file as bytes.
inline std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// Writes bytes to a file in a fresh temporary folder for this test run.
inline std::filesystem::path temp_file(const std::string& name, const std::string& bytes) {
    const auto dir = std::filesystem::temp_directory_path() / "galley-read-tests";
    std::filesystem::create_directories(dir);
    const auto p = dir / name;
    std::ofstream out(p, std::ios::binary);
    out << bytes;
    return p;
}

/// Parses text (already decoded) with the given language ("" = detect).
inline doc::Document parse(const std::string& text, const std::string& language = "") {
    Diagnostics d;
    ReadOptions o;
    o.language = language;
    return parse_article(text, "test.txt", o, d);
}

/// The document's first block's plain text.
inline std::string first_text(const doc::Document& d) {
    if (d.blocks.empty()) return "";
    if (const auto* p = std::get_if<doc::Paragraph>(&d.blocks.front().value))
        return doc::plain_text(p->content);
    if (const auto* h = std::get_if<doc::Heading>(&d.blocks.front().value))
        return doc::plain_text(h->content);
    return "";
}

/// The text of each heading of `d`'s top-level blocks, in order.
inline std::vector<std::string> headings(const doc::Document& d) {
    std::vector<std::string> out;
    for (const doc::Block& b : d.blocks)
        if (const auto* h = std::get_if<doc::Heading>(&b.value))
            out.push_back(doc::plain_text(h->content));
    return out;
}

/// The text of every paragraph and heading, one per line.
inline std::string body(const doc::Document& d) {
    std::string out;
    for (const doc::Block& b : d.blocks) {
        if (const auto* p = std::get_if<doc::Paragraph>(&b.value))
            out += doc::plain_text(p->content) + "\n";
        if (const auto* h = std::get_if<doc::Heading>(&b.value))
            out += doc::plain_text(h->content) + "\n";
    }
    return out;
}

/// Whether `text` contains `part`.
inline bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace galley::read::test
