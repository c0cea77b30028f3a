#include "api/Resources.hpp"

#include <cstdio>
#include <ctime>

#include "base/Error.hpp"
#include "base/File.hpp"

namespace galley::api {

namespace fs = std::filesystem;

long long output_timestamp(const std::string& iso_date) {
    if (auto epoch = source_date_epoch()) return *epoch;
    std::tm tm{};
    if (iso_date.size() >= 10 &&
        std::sscanf(iso_date.c_str(), "%4d-%2d-%2d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday) == 3) {
        tm.tm_year -= 1900;
        tm.tm_mon -= 1;
        if (tm.tm_year >= 80 && tm.tm_mon >= 0 && tm.tm_mon < 12) return ::timegm(&tm);
    }
    return 315532800;  // 1980-01-01T00:00:00Z, the earliest time a zip entry can carry
}

std::unique_ptr<text::FontCatalog> fonts_for(const style::StyleSheet& style) {
    std::vector<text::FontFile> user_fonts;
    for (const style::UserFont& font : style.fonts) user_fonts.push_back({font.family, font.path});
    auto fonts = std::make_unique<text::FontCatalog>(data_dir() / "fonts", user_fonts);
    for (const style::FamilyUse& use : style::family_uses(style)) {
        if (fonts->has_family(use.family)) continue;
        std::string where =
            use.source.line > 0 ? "line " + std::to_string(use.source.line) + ": " : "";
        throw galley::Error(
            galley::ErrorCode::Style, use.source.file.empty() ? style.name : use.source.file,
            where + use.key + ": unknown font family '" + use.family +
                "'; valid: serif, sans, a family of fonts/ (see fonts/README.md), a "
                "[fonts] family of the style, or an installed system family (fc-list)");
    }
    return fonts;
}

std::vector<fs::path> style_files(const std::string& ref, const style::StyleSheet& style) {
    std::vector<fs::path> out;
    std::error_code ec;
    if (!ref.empty() && fs::is_regular_file(ref, ec)) out.emplace_back(ref);
    for (const style::UserFont& font : style.fonts) out.push_back(font.path);
    return out;
}

}  // namespace galley::api
