#include "app/Converter.hpp"

#include <algorithm>
#include <cctype>
#include <ctime>

#include "base/Error.hpp"
#include "base/File.hpp"
#include "base/TextCheck.hpp"
#include "doc/MetadataCheck.hpp"
#include "epub/EpubWriter.hpp"
#include "layout/Layout.hpp"
#include "pdf/PdfWriter.hpp"
#include "present/Identifier.hpp"
#include "read/Sidecar.hpp"

namespace galley::app {

namespace fs = std::filesystem;

Format format_of(const fs::path& path) {
    auto lower = [](std::string s) {
        std::transform(s.begin(), s.end(), s.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        return s;
    };
    const std::string name = lower(path.filename().string());
    if (name.empty())
        throw Error(ErrorCode::Usage, path.string(),
                    "output name is a folder, not a file name (use NAME.epub or NAME.pdf)");
    std::string ext = lower(path.extension().string());
    if (ext.empty()) {
        // ".pdf" alone is a hidden file with no extension, not a nameless PDF.
        const bool only_ext = name == ".epub" || name == ".pdf";
        throw Error(ErrorCode::Usage, path.string(),
                    only_ext ? "output name has no name before its extension (use NAME" + name + ")"
                             : "output name has no extension (use NAME.epub or NAME.pdf)");
    }
    if (ext == ".epub") return Format::Epub;
    if (ext == ".pdf") return Format::Pdf;
    throw Error(ErrorCode::Usage, path.string(),
                "unknown output format '" + ext + "' (use .epub or .pdf)");
}

void refuse_overwriting_inputs(const std::vector<fs::path>& outputs,
                               const std::vector<fs::path>& inputs) {
    for (const fs::path& out : outputs)
        for (const fs::path& in : inputs)
            if (same_file(out, in))
                throw Error(
                    ErrorCode::Usage, out.string(),
                    "the output is an input (" + in.string() + "): refusing to overwrite it");
}

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

std::unique_ptr<text::FontSet> fonts_for(const style::StyleSheet& style) {
    auto fonts = std::make_unique<text::FontSet>(data_dir() / "fonts");
    for (const style::UserFont& font : style.fonts) fonts->add_file(font.family, font.path);
    for (const style::FamilyUse& use : style::family_uses(style)) {
        if (fonts->has_family(use.family)) continue;
        std::string where =
            use.source.line > 0 ? "line " + std::to_string(use.source.line) + ": " : "";
        throw Error(ErrorCode::Style, use.source.file.empty() ? style.name : use.source.file,
                    where + use.key + ": unknown font family '" + use.family +
                        "'; valid: serif, sans, a family of fonts/ (see fonts/README.md), a "
                        "[fonts] family of the style, or an installed system family (fc-list)");
    }
    return fonts;
}

void remove_outputs(const std::vector<fs::path>& outputs) {
    for (const fs::path& out : outputs) {
        std::error_code ec;
        fs::remove(out, ec);
    }
}

std::vector<std::size_t> convert(const ConvertJob& job, const style::StyleSheet& style,
                                 text::FontSet& fonts, Diagnostics& diagnostics) {
    std::vector<Format> formats;
    for (const fs::path& out : job.outputs) formats.push_back(format_of(out));
    refuse_overwriting_inputs(job.outputs, {job.input, read::sidecar_path(job.input)});
    try {
        read::ReadOptions options = job.read;
        options.quotes = style.quotes;  // the style's quotation marks, as it documents
        for (auto& [key, value] : options.meta)
            check_text(value, "--meta " + key, job.input.string(), 0, diagnostics);
        doc::Document document = read::read_article(job.input, options, diagnostics);
        doc::check_document(document, diagnostics);  // every metadata source merged: validate
        long long timestamp = output_timestamp(document.meta.date);

        std::vector<std::string> bytes(job.outputs.size());
        for (std::size_t i = 0; i < job.outputs.size(); ++i) {
            if (formats[i] == Format::Epub) {
                bytes[i] = epub::write_epub(document, style, fonts, {timestamp}, diagnostics);
            } else {
                layout::PagedDocument paged =
                    layout::layout_document(document, style, fonts, diagnostics);
                // The PDF states the identifier the EPUB does (given, else derived).
                doc::Metadata meta = document.meta;
                meta.identifier = present::publication_identifier(document);
                bytes[i] = pdf::write_pdf(paged, meta, {timestamp});
            }
        }
        std::vector<std::size_t> sizes;
        for (std::size_t i = 0; i < job.outputs.size(); ++i) {
            write_file_atomic(job.outputs[i], bytes[i]);
            sizes.push_back(bytes[i].size());
        }
        return sizes;
    } catch (...) {
        remove_outputs(job.outputs);
        throw;
    }
}

}  // namespace galley::app
