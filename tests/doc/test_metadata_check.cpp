// The validation boundary on a whole Document: every metadata field, every bad form.
#include <catch2/catch.hpp>
#include <functional>
#include <string>
#include <vector>

#include "base/Diagnostics.hpp"
#include "base/TextCheck.hpp"
#include "doc/MetadataCheck.hpp"

using namespace galley;
using namespace std::string_literals;

namespace {

/// One bad form of text and what the field must hold afterwards.
struct BadForm {
    const char* name;
    std::string value;
    std::string expected;
};

std::vector<BadForm> bad_forms() {
    const std::string fffd = "\xEF\xBF\xBD";
    return {
        {"invalid UTF-8",
         "ab\xFF"
         "c",
         "ab" + fffd + "c"},
        {"Latin-1", "Caf\xE9", "Caf" + fffd},
        {"overlong", "x\xC0\xAFy", "x" + fffd + fffd + "y"},
        {"surrogate", "x\xED\xA0\x80y", "xy"},
        {"U+FFFE", "x\xEF\xBF\xBEy", "xy"},
        {"U+FFFF", "x\xEF\xBF\xBFy", "xy"},
        {"NUL", "Ann\0e"s, "Anne"},
        {"C0 controls",
         "a\x01\x02\x1B\x7F"
         "b",
         "a\x7F"
         "b"},
        {"1 MB", std::string(1 << 20, 'x'), std::string(kMaxFieldBytes, 'x')},
    };
}

using Field = std::function<std::string&(doc::Metadata&)>;

}  // namespace

TEST_CASE("check_metadata repairs every field from every bad form, with a warning naming it") {
    const std::vector<std::pair<const char*, Field>> fields = {
        {"title", [](doc::Metadata& m) -> std::string& { return m.title; }},
        {"subtitle", [](doc::Metadata& m) -> std::string& { return m.subtitle; }},
        {"date", [](doc::Metadata& m) -> std::string& { return m.date; }},
        {"date", [](doc::Metadata& m) -> std::string& { return m.date_text; }},
        {"dateline", [](doc::Metadata& m) -> std::string& { return m.dateline; }},
        {"lang", [](doc::Metadata& m) -> std::string& { return m.language; }},
        {"identifier", [](doc::Metadata& m) -> std::string& { return m.identifier; }},
        {"description", [](doc::Metadata& m) -> std::string& { return m.description; }},
        {"publisher", [](doc::Metadata& m) -> std::string& { return m.publisher; }},
        {"rights", [](doc::Metadata& m) -> std::string& { return m.rights; }},
        {"author", [](doc::Metadata& m) -> std::string& { return m.authors[1]; }},
        {"keywords", [](doc::Metadata& m) -> std::string& { return m.keywords[1]; }},
    };
    for (const auto& [name, field] : fields) {
        for (const BadForm& form : bad_forms()) {
            CAPTURE(name, form.name);
            doc::Metadata meta;
            meta.title = "T";
            meta.language = "en";
            meta.source = "dir/article.txt";
            meta.authors = {"A", "B"};
            meta.keywords = {"k", "l"};
            field(meta) = form.value;
            Diagnostics d;
            doc::check_metadata(meta, d);
            CHECK(field(meta) == form.expected);
            REQUIRE(d.warnings().size() == 1);
            CHECK(d.warnings()[0].file == "dir/article.txt");
            CHECK(d.warnings()[0].message.rfind("metadata '" + std::string(name) + "': ", 0) == 0);
            // Nothing a backend must distrust is left anywhere.
            for (const std::string* s :
                 {&meta.title, &meta.subtitle, &meta.date, &meta.date_text, &meta.dateline,
                  &meta.language, &meta.identifier, &meta.description, &meta.publisher,
                  &meta.rights, &meta.authors[0], &meta.authors[1], &meta.keywords[0],
                  &meta.keywords[1]}) {
                CHECK(is_clean_text(*s));
                CHECK(s->size() <= kMaxFieldBytes);
            }
        }
    }
}

TEST_CASE("a title or language that is emptied falls back; clean metadata gives no warning") {
    doc::Metadata meta;
    meta.title = "\0\x01"s;
    meta.language = "\0"s;
    meta.source = "dir/Caf\xE9.txt";  // a Latin-1 file name
    Diagnostics d;
    doc::check_metadata(meta, d);
    CHECK(meta.title == "Caf\xEF\xBF\xBD");
    CHECK(meta.language == "und");

    doc::Metadata good;
    good.title = "Les Misérables — “tome 1”";
    good.authors = {"Victor Hugo"};
    good.keywords = {"roman", "Paris", "roman"};
    good.language = "fr";
    Diagnostics quiet;
    doc::check_metadata(good, quiet);
    CHECK(quiet.count() == 0);
    CHECK(good.keywords == std::vector<std::string>{"roman", "Paris"});
}

TEST_CASE("100,000 keywords: repeats dropped, the first 1000 kept, one warning") {
    doc::Metadata meta;
    meta.title = "T";
    meta.language = "en";
    for (int i = 0; i < 100000; ++i) meta.keywords.push_back("k" + std::to_string(i % 50000));
    Diagnostics d;
    doc::check_metadata(meta, d);
    CHECK(meta.keywords.size() == doc::kMaxListItems);
    CHECK(meta.keywords[999] == "k999");
    CHECK(d.count() == 1);
}

TEST_CASE("check_document cleans the body too, with one warning") {
    doc::Document document;
    document.meta.title = "T";
    document.meta.language = "en";
    document.meta.source = "a.txt";
    doc::Paragraph p;
    p.content.push_back({doc::Text{"x\xEF\xBF\xBEy"}});
    doc::Link link{"https://e.org/\xFF", {}};
    link.content.push_back({doc::Text{"l\0k"s}});
    p.content.push_back({doc::Emphasis{{{link}}}});
    document.blocks.push_back({p, 1});
    doc::Heading h;
    h.content.push_back({doc::Text{"h\x01"}});
    doc::List list;
    list.items.push_back({{doc::Heading{2, {{doc::Text{"deep\xED\xA0\x80"}}}, "id"}, 3}});
    document.blocks.push_back({doc::BlockQuote{{{h, 2}, {list, 3}}}, 2});
    document.blocks.push_back({doc::CodeBlock{"c\x01", "int x;\x01\n"}, 4});
    doc::Table table;
    table.columns = {doc::ColumnAlign::Default};
    table.body.push_back({{doc::TableCell{{{doc::Strikethrough{{{doc::Code{"cell\xFF"}}}}}}}}});
    document.blocks.push_back({table, 5});
    Diagnostics d;
    doc::check_document(document, d);
    CHECK(doc::dump(document).find("xy") != std::string::npos);
    const std::string dumped = doc::dump(document);
    CHECK(is_clean_text(dumped));
    CHECK(dumped.find("lk") != std::string::npos);
    CHECK(dumped.find("deep") != std::string::npos);
    CHECK(std::get<doc::CodeBlock>(document.blocks[2].value).text == "int x;\n");
    const auto& cell = std::get<doc::Table>(document.blocks[3].value).body[0].cells[0];
    const auto& struck = std::get<doc::Strikethrough>(cell.content[0].value);
    CHECK(std::get<doc::Code>(struck.content[0].value).text == "cell\xEF\xBF\xBD");
    REQUIRE(d.count() == 1);
    CHECK(d.warnings()[0].message.rfind("text: ", 0) == 0);
}
