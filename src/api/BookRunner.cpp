#include "api/BookRunner.hpp"

#include <memory>
#include <optional>

#include "api/OutputFiles.hpp"
#include "api/PageSource.hpp"
#include "api/Resources.hpp"
#include "base/Error.hpp"
#include "base/File.hpp"
#include "epub/BookWriter.hpp"
#include "pdf/PdfWriter.hpp"
#include "read/Sidecar.hpp"
#include "svg/SvgWriter.hpp"

namespace galley::api {

std::size_t run_book(const Manifest& manifest, const std::vector<std::filesystem::path>& outputs,
                     const style::StyleSheet& style, const text::FontCatalog& fonts,
                     Diagnostics& diagnostics, const std::string& page_source,
                     std::optional<std::int64_t> timestamp_or_default) {
    std::vector<OutputFormat> formats;
    for (const auto& out : outputs) formats.push_back(format_of(out));
    std::vector<std::filesystem::path> inputs = {manifest.file, manifest.cover,
                                                 manifest.introduction};
    if (!manifest.introduction.empty()) inputs.push_back(read::sidecar_path(manifest.introduction));
    for (const ManifestArticle* a : manifest.all_articles()) {
        inputs.push_back(a->path);
        inputs.push_back(read::sidecar_path(a->path));
    }
    refuse_overwriting_inputs(outputs, inputs);
    try {
        Book book = assemble_book(manifest, diagnostics, style.quotes);
        const long long timestamp =
            timestamp_or_default ? *timestamp_or_default : output_timestamp(manifest.date);
        const std::string identifier = present::book_identifier(book.info, book.parts);
        // The PDF book, laid out once; an EPUB made beside it marks its pages (issue 15).
        std::optional<layout::PagedDocument> paged;
        std::optional<present::PageList> pages;
        for (std::size_t i = 0; i < outputs.size(); ++i) {
            if (formats[i] != OutputFormat::Pdf || paged) continue;
            paged = layout::layout_book(book.info, book.parts, style, fonts, diagnostics);
            pages = page_list_of(*paged, page_source_name(identifier, style.name));
        }
        if (!pages && !page_source.empty()) {  // the pages of a PDF nobody writes: no warnings
            Diagnostics ignored;
            std::optional<style::StyleSheet> other;
            std::unique_ptr<text::FontCatalog> other_fonts;
            if (page_source != style.name) {
                other = style::load_style(page_source, {});
                other_fonts = fonts_for(*other);
            }
            const style::StyleSheet& source = other ? *other : style;
            const layout::PagedDocument laid = layout::layout_book(
                book.info, book.parts, source, other ? *other_fonts : fonts, ignored);
            pages = page_list_of(laid, page_source_name(identifier, source.name));
        }
        std::size_t last_paged = 0;  // the last output that reads `paged` (PDF or SVG)
        for (std::size_t i = 0; i < formats.size(); ++i)
            if (formats[i] != OutputFormat::Epub) last_paged = i;
        std::vector<std::string> bytes(outputs.size());
        for (std::size_t i = 0; i < outputs.size(); ++i) {
            if (formats[i] == OutputFormat::Epub) {
                epub::EpubOptions options;
                options.timestamp = timestamp;
                if (pages) options.page_list = &*pages;
                bytes[i] = epub::write_book_epub(book.info, book.parts, style, fonts, options,
                                                 diagnostics);
            } else if (formats[i] == OutputFormat::Svg) {
                if (!paged)  // no PDF: the pages it would have
                    paged = layout::layout_book(book.info, book.parts, style, fonts, diagnostics);
                bytes[i] = svg::write_svg(*paged);
            } else {
                doc::Metadata meta = book.info.meta;
                if (meta.authors.empty()) meta.authors = book.info.editors;
                meta.identifier = identifier;
                const pdf::PdfOptions print = pdf::pdf_options(style, timestamp);
                // The pages move into the writer unless a later output still reads them.
                bytes[i] = i == last_paged ? pdf::write_pdf(std::move(*paged), meta, print)
                                           : pdf::write_pdf(*paged, meta, print);
            }
        }
        for (std::size_t i = 0; i < outputs.size(); ++i) write_file_atomic(outputs[i], bytes[i]);
        return book.article_count();
    } catch (...) {
        remove_outputs(outputs);
        throw;
    }
}

std::string book_style_ref(const Manifest& manifest, const std::string& job_style,
                           bool allow_outside) {
    if (!job_style.empty() || manifest.style.empty()) return job_style;
    // A style file named by the manifest is relative to it; a bare name is built in.
    const std::filesystem::path near = manifest.file.parent_path() / manifest.style;
    if (!std::filesystem::exists(near)) return manifest.style;
    const std::filesystem::path folder = manifest.file.parent_path();
    if (!allow_outside && !inside_folder(near, folder.empty() ? "." : folder))
        throw Error(ErrorCode::InputInvalid, manifest.file.string(),
                    "style " + near.string() +
                        " lies outside the manifest's folder (--allow-outside allows it)");
    return near.string();
}

}  // namespace galley::api
