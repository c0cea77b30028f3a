#include "epub/Assembly.hpp"

#include <string_view>

#include "epub/Accessibility.hpp"
#include "epub/OcfZip.hpp"
#include "style/Css.hpp"

namespace galley::epub {

namespace {

/// Folder of the publication inside the container; every href below is relative to it.
constexpr const char* kRoot = "EPUB/";

}  // namespace

bool css_underlines_links(const std::string& css) {
    // Each rule: the selector list between the previous brace and '{', the declarations up to
    // '}'. One pass, no std::regex (it recurses per character and overflows on long input).
    auto space = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    };
    auto trim = [&](std::string_view s) {
        while (!s.empty() && space(s.front())) s.remove_prefix(1);
        while (!s.empty() && space(s.back())) s.remove_suffix(1);
        return s;
    };
    // A selector that ends in the element `a` ("a", "nav a", "p,a").
    auto selects_a = [&](std::string_view selectors) {
        for (std::size_t start = 0; start <= selectors.size();) {
            std::size_t comma = selectors.find(',', start);
            if (comma == std::string_view::npos) comma = selectors.size();
            std::string_view s = trim(selectors.substr(start, comma - start));
            if (s == "a" || (s.size() > 1 && s.back() == 'a' && space(s[s.size() - 2])))
                return true;
            start = comma + 1;
        }
        return false;
    };
    // Declarations that take the underline away: text-decoration[-line]: none.
    auto removes_underline = [&](std::string_view body) {
        for (std::size_t at = 0;
             (at = body.find("text-decoration", at)) != std::string_view::npos;) {
            at += 15;
            std::string_view rest = body.substr(at);
            if (rest.substr(0, 5) == "-line") rest.remove_prefix(5);
            rest = trim(rest);
            if (rest.empty() || rest.front() != ':') continue;
            rest = trim(rest.substr(1));
            if (rest.substr(0, 4) == "none") return true;
        }
        return false;
    };
    std::size_t selector_start = 0;
    for (std::size_t i = 0; i < css.size(); ++i) {
        if (css[i] == '}') {
            selector_start = i + 1;
        } else if (css[i] == '{') {
            const std::string_view view(css);
            const std::size_t close = css.find_first_of("{}", i + 1);
            const std::size_t end = close == std::string::npos ? css.size() : close;
            if (selects_a(view.substr(selector_start, i - selector_start)) &&
                removes_underline(view.substr(i + 1, end - i - 1)))
                return false;
            selector_start = i + 1;
        }
    }
    return true;
}

std::string checked_language(const std::string& language, const std::string& source,
                             Diagnostics& diagnostics) {
    if (is_language_tag(language)) return language;
    if (!language.empty())
        diagnostics.warn(source, 0,
                         "language \"" + language +
                             "\" is not a BCP 47 tag; the EPUB says \"und\" (undetermined)");
    return "und";
}

std::string assemble(Publication& publication, FontEmbedder& embedder,
                     const style::StyleSheet& style, const EpubOptions& options,
                     Diagnostics& diagnostics) {
    Package& package = publication.package;
    const doc::Metadata& meta = package.meta;
    EmbeddedFonts embedded = embedder.finish("../", diagnostics, meta.source);
    std::string css = style::generate_css(style, embedded.css_fonts, embedded.stacks);

    package.modified = options.timestamp;
    package.conforms_to = conformance_claim(style, css_underlines_links(css));
    if (!meta.date.empty() && !is_w3c_date(meta.date))
        diagnostics.warn(meta.source, 0,
                         "date \"" + meta.date + "\" is not CCYY[-MM[-DD]]; left out of the EPUB");

    for (const ContentDocument& file : publication.spine)
        package.items.push_back({file.id, file.href, "application/xhtml+xml", "", true});
    package.items.push_back({"nav", "nav.xhtml", "application/xhtml+xml", "nav", false});
    package.items.push_back({"ncx", "toc.ncx", "application/x-dtbncx+xml", "", false});
    package.items.push_back({"css", kStylesheetHref, "text/css", "", false});
    for (std::size_t i = 0; i < embedded.files.size(); ++i)
        package.items.push_back({"font-" + std::to_string(i + 1), embedded.files[i].href,
                                 embedded.files[i].media_type, "", false});
    for (const Resource& resource : publication.resources) package.items.push_back(resource.item);

    std::vector<ZipEntry> entries;
    const std::string opf_path = std::string(kRoot) + "package.opf";
    entries.push_back({opf_path, write_package(package)});
    entries.push_back({kRoot + std::string("nav.xhtml"), std::move(publication.nav_xhtml)});
    entries.push_back({kRoot + std::string("toc.ncx"), std::move(publication.ncx)});
    for (ContentDocument& file : publication.spine)
        entries.push_back({kRoot + file.href, std::move(file.xhtml)});
    entries.push_back({kRoot + std::string(kStylesheetHref), std::move(css)});
    for (EmbeddedFont& font : embedded.files)
        entries.push_back({kRoot + font.href, std::move(font.bytes)});
    for (Resource& resource : publication.resources)
        entries.push_back({kRoot + resource.item.href, std::move(resource.bytes)});
    return write_ocf(opf_path, entries, options.timestamp);
}

}  // namespace galley::epub
