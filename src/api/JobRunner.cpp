#include "api/JobRunner.hpp"

#include <algorithm>
#include <optional>
#include <string>

#include "api/Cover.hpp"
#include "api/OutputFiles.hpp"
#include "api/PageSource.hpp"
#include "api/Resources.hpp"
#include "base/Error.hpp"
#include "base/File.hpp"
#include "base/TextCheck.hpp"
#include "doc/MetadataCheck.hpp"
#include "epub/EpubWriter.hpp"
#include "layout/Layout.hpp"
#include "pdf/PdfWriter.hpp"
#include "present/Identifier.hpp"
#include "read/Reader.hpp"
#include "read/Sidecar.hpp"
#include "svg/SvgWriter.hpp"

namespace galley::api {

namespace fs = std::filesystem;

namespace {

read::InputFormat read_format(InputFormat format) {
    switch (format) {
        case InputFormat::Text:
            return read::InputFormat::Text;
        case InputFormat::Markdown:
            return read::InputFormat::Markdown;
        case InputFormat::Auto:
            break;
    }
    return read::InputFormat::Auto;
}

/// The reader's options for `job`: its metadata's single values, made clean text (warnings name
/// `file` and the metadata's origin), as the reader's overrides. `meta` receives the cleaned
/// metadata, whose lists (authors, keywords) replace the document's after reading: they never
/// travel as text, where a separator would split an author in two.
read::ReadOptions read_options(const Job& job, const std::string& file, Metadata& meta,
                               Diagnostics& diagnostics) {
    meta = job.metadata;
    read::ReadOptions options;
    options.format = read_format(job.input.format);
    options.use_sidecar = job.input.read_sidecar;
    options.resource_paths = job.input.resource_paths;
    const std::pair<const char*, std::optional<std::string>*> scalars[] = {
        {"title", &meta.title},
        {"subtitle", &meta.subtitle},
        {"date", &meta.date},
        {"lang", &meta.language},
        {"identifier", &meta.identifier},
        {"description", &meta.description},
        {"publisher", &meta.publisher},
        {"rights", &meta.rights},
        {"dateline", &meta.dateline}};
    for (const auto& [key, value] : scalars) {
        if (!*value) continue;
        const std::string field = std::string(key) == "lang" ? "language" : key;
        check_text(**value, meta.origin + " " + field, file, 0, diagnostics);
        options.meta[key] = **value;
    }
    if (meta.authors) {
        check_text_list(*meta.authors, meta.origin + " author", file, 0, diagnostics,
                        doc::kMaxListItems);
    }
    if (meta.keywords) {
        check_text_list(*meta.keywords, meta.origin + " keywords", file, 0, diagnostics,
                        doc::kMaxListItems);
    }
    // The reader reports each unknown key as a warning and ignores it.
    for (const std::string& key : meta.unknown_keys) options.meta.emplace(key, "");
    return options;
}

/// The print pages the job's EPUB marks: those of `job.page_source` when set (the job's own
/// style with its settings when it names it; else that style, laid out apart with its warnings
/// dropped: they concern a PDF nobody writes), else those of the PDF the job makes (`paged`),
/// else none.
std::optional<present::PageList> page_list_for(const Job& job, const doc::Document& document,
                                               const style::StyleSheet& style,
                                               const text::FontCatalog& fonts,
                                               const JobCover& cover,
                                               std::optional<layout::PagedDocument>& paged,
                                               const std::string& identifier) {
    const bool own = job.page_source == job.style.name ||
                     (job.style.name.empty() && job.page_source == style.name);
    if (job.page_source.empty() || own) {
        if (job.page_source.empty() && !paged) return std::nullopt;
        if (!paged) {
            Diagnostics ignored;
            paged = layout::layout_document(document, style, fonts, ignored);
            add_cover_pages(*paged, cover, document, style, fonts);
        }
        return page_list_of(*paged, page_source_name(identifier, style.name));
    }
    const style::StyleSheet source = style::load_style(job.page_source, {});
    std::unique_ptr<text::FontCatalog> source_fonts = fonts_for(source);
    Diagnostics ignored;
    layout::PagedDocument source_pages =
        layout::layout_document(document, source, *source_fonts, ignored);
    add_cover_pages(source_pages, cover, document, source, *source_fonts);
    return page_list_of(source_pages, page_source_name(identifier, source.name));
}

/// A PageSink passing pages on to `next`, keeping in `starts` each page's label and start (not
/// its contents): what page_list_of() reads.
class PageStarts final : public page::PageSink {
  public:
    PageStarts(page::PageSink& next, page::Document& starts) : next_(next), starts_(starts) {}
    void page(page::Page&& page, const page::Document& context) override {
        page::Page mark;
        mark.label = page.label;
        mark.start = page.start;
        starts_.pages.push_back(std::move(mark));
        next_.page(std::move(page), context);
    }
    void finish(const page::Document& document) override { next_.finish(document); }

  private:
    page::PageSink& next_;
    page::Document& starts_;
};

}  // namespace

std::vector<OutputFormat> output_formats(const Job& job) {
    if (job.outputs.empty())
        throw galley::Error(galley::ErrorCode::Usage, input_name(job.input), "no output asked for");
    std::vector<OutputFormat> formats;
    for (const Output& out : job.outputs) {
        if (out.format)
            formats.push_back(*out.format);
        else if (out.path.empty())
            throw galley::Error(galley::ErrorCode::Usage, input_name(job.input),
                                "an output to memory needs a format (EPUB or PDF)");
        else
            formats.push_back(format_of(out.path));
    }
    return formats;
}

std::vector<fs::path> output_files(const Job& job) {
    std::vector<fs::path> files;
    for (const Output& out : job.outputs)
        if (!out.path.empty()) files.push_back(out.path);
    return files;
}

std::string input_name(const Input& input) {
    if (!input.path.empty()) return input.path.string();
    return input.name.empty() ? "article" : input.name;
}

std::vector<OutputResult> run_job(const Job& job, const style::StyleSheet& style,
                                  const text::FontCatalog& fonts, Diagnostics& diagnostics) {
    const std::vector<OutputFormat> formats = output_formats(job);
    const std::vector<fs::path> files = output_files(job);
    std::vector<fs::path> inputs = style_files(job.style.name, style);
    if (!job.cover.empty() && job.cover != "auto") inputs.emplace_back(job.cover);
    if (!job.input.path.empty()) {
        inputs.push_back(job.input.path);
        inputs.push_back(read::sidecar_path(job.input.path));
    }
    refuse_overwriting_inputs(files, inputs);
    const std::string file = input_name(job.input);
    try {
        Metadata meta;
        read::ReadOptions options = read_options(job, file, meta, diagnostics);
        options.quotes = style.quotes;  // the style's quotation marks, as it documents
        doc::Document document =
            job.input.path.empty()
                ? read::read_article_text(job.input.text, file, options, diagnostics)
                : read::read_article(job.input.path, options, diagnostics);
        if (meta.authors) document.meta.authors = *meta.authors;
        if (meta.keywords) document.meta.keywords = *meta.keywords;
        doc::check_document(document, diagnostics);  // every metadata source merged: validate
        const long long timestamp =
            job.timestamp ? *job.timestamp : output_timestamp(document.meta.date);

        const auto makes = [&](OutputFormat f) {
            return std::find(formats.begin(), formats.end(), f) != formats.end();
        };
        const JobCover cover = load_cover(job, document, style, fonts);
        // The identifier follows everything the publication is made of: the document as read
        // (text, metadata from every source, images), the style as resolved, the cover and the
        // pagination source; the EPUB and the PDF state the same one.
        const std::string resolved_style =
            document.meta.identifier.empty() ? style::describe(style) : "";
        const std::string_view cover_bytes =
            cover.image ? std::string_view(cover.image->bytes) : std::string_view();
        // The pages of the job's own style are marked whichever way they are named (or made
        // alongside the PDF): only another style's pages are a part of their own.
        const bool own_pages = job.page_source.empty() || job.page_source == job.style.name ||
                               (job.style.name.empty() && job.page_source == style.name);
        const std::string identifier = present::publication_identifier(
            document, {resolved_style, cover.typographic ? "typographic cover" : "", cover_bytes,
                       own_pages ? std::string_view() : std::string_view(job.page_source)});
        // The PDF states the identifier the EPUB does (given, else derived).
        doc::Metadata pdf_meta = document.meta;
        pdf_meta.identifier = identifier;
        const pdf::PdfOptions print = pdf::pdf_options(style, timestamp);
        // One PDF and no cover or SVG (which read the pages whole): the PDF is written while
        // layout proceeds, each page released once written; `paged` keeps only each page's label
        // and start (what the EPUB's page list reads).
        const bool stream = std::count(formats.begin(), formats.end(), OutputFormat::Pdf) == 1 &&
                            !makes(OutputFormat::Svg) && !cover.typographic && !cover.image;
        std::optional<pdf::PdfPageWriter> streamed;
        // The PDF's pages, laid out once; the EPUB marks them (or those of --page-source).
        std::optional<layout::PagedDocument> paged;
        if (stream) {
            streamed.emplace(pdf_meta, print);
            paged.emplace();
            PageStarts starts(*streamed, *paged);
            layout::layout_document(document, style, fonts, diagnostics, starts);
        } else if (makes(OutputFormat::Pdf)) {
            paged = layout::layout_document(document, style, fonts, diagnostics);
            add_cover_pages(*paged, cover, document, style, fonts);
        }
        std::optional<present::PageList> pages;
        if (makes(OutputFormat::Epub))
            pages = page_list_for(job, document, style, fonts, cover, paged, identifier);

        std::size_t last_paged = 0;  // the last output that reads `paged` (PDF or SVG)
        for (std::size_t i = 0; i < formats.size(); ++i)
            if (formats[i] != OutputFormat::Epub) last_paged = i;
        std::vector<OutputResult> results(job.outputs.size());
        for (std::size_t i = 0; i < job.outputs.size(); ++i) {
            OutputResult& r = results[i];
            r.format = formats[i];
            r.path = job.outputs[i].path;
            if (formats[i] == OutputFormat::Epub) {
                epub::EpubOptions options;
                options.timestamp = timestamp;
                if (pages) options.page_list = &*pages;
                if (cover.image) options.cover = &*cover.image;
                options.cover_alt = cover.alt;
                options.identifier = identifier;
                r.bytes = epub::write_epub(document, style, fonts, options, diagnostics);
            } else if (formats[i] == OutputFormat::Svg) {
                if (!paged) {  // no PDF: the pages it would have
                    paged = layout::layout_document(document, style, fonts, diagnostics);
                    add_cover_pages(*paged, cover, document, style, fonts);
                }
                r.bytes = svg::write_svg(*paged);
            } else if (streamed) {
                r.bytes = streamed->take();
            } else {
                // The pages move into the writer unless a later output still reads them.
                r.bytes = i == last_paged ? pdf::write_pdf(std::move(*paged), pdf_meta, print)
                                          : pdf::write_pdf(*paged, pdf_meta, print);
            }
            r.size = r.bytes.size();
        }
        for (OutputResult& r : results) {
            if (r.path.empty()) continue;
            write_file_atomic(r.path, r.bytes);
            std::string().swap(r.bytes);  // written: the caller gets the path and size
        }
        return results;
    } catch (...) {
        remove_outputs(files);
        throw;
    }
}

}  // namespace galley::api
