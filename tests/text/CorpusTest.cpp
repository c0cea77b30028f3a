// Every article of the corpus (../shared/corpus, see its SOURCES.md) shapes without .notdef and
// without warnings: the bundled fonts plus system CJK cover all of it.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "text/Shaper.hpp"

using namespace galley::text;
namespace fs = std::filesystem;

namespace {

/// The BCP 47 language of a corpus file, from its name.
std::string language_of(const std::string& name) {
    static const std::map<std::string, std::string> udhr = {
        {"arb", "ar"},           {"azj_latn", "az"}, {"cmn_hans", "zh-Hans"}, {"deu_1996", "de"},
        {"ell_monotonic", "el"}, {"fra", "fr"},      {"heb", "he"},           {"hin", "hi"},
        {"jpn", "ja"},           {"rus", "ru"},      {"tur", "tr"},           {"vie", "vi"}};
    if (name.rfind("udhr-", 0) == 0) {
        auto it = udhr.find(name.substr(5));
        return it == udhr.end() ? "en" : it->second;
    }
    if (name.rfind("wikipedia-", 0) == 0) return name.substr(10, 2);
    return "en";
}

}  // namespace

TEST_CASE("every corpus article shapes without .notdef") {
    fs::path corpus = GALLEY_CORPUS;
    REQUIRE(fs::exists(corpus / "intl"));
    FontCatalog fonts(GALLEY_FONTS_DIR);
    std::vector<fs::path> files;
    for (const char* sub : {"intl", "en", "news"})
        for (const auto& e :
             fs::directory_iterator(corpus / sub, fs::directory_options::skip_permission_denied))
            if (e.path().extension() == ".txt" && e.file_size() < 300000) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    REQUIRE(files.size() > 10);
    for (const auto& path : files) {
        GlyphUse use;  // one record per output (here: per file)
        Shaper shaper(fonts, use);
        ShapeRequest req;
        req.language = language_of(path.stem().string());
        std::ifstream in(path);
        std::string line;
        std::size_t bad = 0;
        while (std::getline(in, line)) {
            for (const auto& run : shaper.shape(line, req, path.string()))
                for (const auto& g : run.glyphs) bad += g.gid == 0;
        }
        INFO(path.string() << (use.missing().empty()
                                   ? ""
                                   : ": " + describe_code_point(use.missing()[0].code_point)));
        CHECK(bad == 0);
        CHECK(use.missing().empty());
    }
}
