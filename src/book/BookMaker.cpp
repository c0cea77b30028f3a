#include "book/BookMaker.hpp"

#include "app/Converter.hpp"
#include "base/File.hpp"
#include "epub/BookWriter.hpp"
#include "pdf/PdfWriter.hpp"
#include "read/Sidecar.hpp"
#include "svg/SvgWriter.hpp"

namespace galley::book {

std::size_t make_book(const Manifest& manifest, const std::vector<std::filesystem::path>& outputs,
                      const style::StyleSheet& style, const text::FontCatalog& fonts,
                      Diagnostics& diagnostics) {
    std::vector<app::Format> formats;
    for (const auto& out : outputs) formats.push_back(app::format_of(out));
    std::vector<std::filesystem::path> inputs = {manifest.file, manifest.cover,
                                                 manifest.introduction};
    if (!manifest.introduction.empty()) inputs.push_back(read::sidecar_path(manifest.introduction));
    for (const ManifestArticle* a : manifest.all_articles()) {
        inputs.push_back(a->path);
        inputs.push_back(read::sidecar_path(a->path));
    }
    app::refuse_overwriting_inputs(outputs, inputs);
    try {
        Book book = assemble_book(manifest, diagnostics, style.quotes);
        const long long timestamp = app::output_timestamp(manifest.date);
        std::vector<std::string> bytes(outputs.size());
        for (std::size_t i = 0; i < outputs.size(); ++i) {
            if (formats[i] == app::Format::Epub) {
                epub::EpubOptions options;
                options.timestamp = timestamp;
                bytes[i] = epub::write_book_epub(book.info, book.parts, style, fonts, options,
                                                 diagnostics);
            } else if (formats[i] == app::Format::Svg) {
                bytes[i] = svg::write_svg(
                    layout::layout_book(book.info, book.parts, style, fonts, diagnostics));
            } else {
                layout::PagedDocument paged =
                    layout::layout_book(book.info, book.parts, style, fonts, diagnostics);
                doc::Metadata meta = book.info.meta;
                if (meta.authors.empty()) meta.authors = book.info.editors;
                meta.identifier = present::book_identifier(book.info, book.parts);
                bytes[i] =
                    pdf::write_pdf(std::move(paged), meta, pdf::pdf_options(style, timestamp));
            }
        }
        for (std::size_t i = 0; i < outputs.size(); ++i) write_file_atomic(outputs[i], bytes[i]);
        return book.article_count();
    } catch (...) {
        app::remove_outputs(outputs);
        throw;
    }
}

}  // namespace galley::book
