// galley::api::convert and make_book: a Job or BookJob → its Result, every failure turned into a
// value.
#include <new>

#include "api/BookRunner.hpp"
#include "api/JobRunner.hpp"
#include "api/Manifest.hpp"
#include "api/OutputFiles.hpp"
#include "api/Resources.hpp"
#include "base/Error.hpp"
#include "base/File.hpp"
#include "galley/galley.hpp"

namespace galley::api {

// The public codes are the internal ones: both are the CLI's exit codes.
static_assert(static_cast<int>(ErrorCode::Usage) == static_cast<int>(galley::ErrorCode::Usage));
static_assert(static_cast<int>(ErrorCode::InputMissing) ==
              static_cast<int>(galley::ErrorCode::InputMissing));
static_assert(static_cast<int>(ErrorCode::InputInvalid) ==
              static_cast<int>(galley::ErrorCode::InputInvalid));
static_assert(static_cast<int>(ErrorCode::Style) == static_cast<int>(galley::ErrorCode::Style));
static_assert(static_cast<int>(ErrorCode::Font) == static_cast<int>(galley::ErrorCode::Font));
static_assert(static_cast<int>(ErrorCode::OutputFailed) ==
              static_cast<int>(galley::ErrorCode::OutputFailed));
static_assert(static_cast<int>(ErrorCode::TooLarge) ==
              static_cast<int>(galley::ErrorCode::TooLarge));
static_assert(static_cast<int>(ErrorCode::BadImage) ==
              static_cast<int>(galley::ErrorCode::BadImage));
static_assert(static_cast<int>(ErrorCode::OutOfMemory) ==
              static_cast<int>(galley::ErrorCode::OutOfMemory));
static_assert(static_cast<int>(ErrorCode::Conformance) ==
              static_cast<int>(galley::ErrorCode::Conformance));
static_assert(static_cast<int>(ErrorCode::Internal) ==
              static_cast<int>(galley::ErrorCode::Internal));

namespace {

/// Runs `work` (which fills result.outputs), turning every failure into result.error (an out of
/// memory error names `subject`) and the warnings of `diagnostics` into result.diagnostics.
template <typename Work>
Result run_caught(const std::string& subject, Work work) {
    Result result;
    Diagnostics diagnostics;
    try {
        work(result, diagnostics);
    } catch (const galley::Error& e) {
        result.error = JobError{static_cast<ErrorCode>(e.code()), e.file(), e.what()};
    } catch (const std::bad_alloc&) {
        result.error = JobError{ErrorCode::OutOfMemory, subject, "out of memory"};
    } catch (const std::exception& e) {
        result.error =
            JobError{ErrorCode::Internal, "", std::string("internal error: ") + e.what()};
    } catch (...) {  // a library's own exception type: still a bug
        result.error = JobError{ErrorCode::Internal, "", "internal error: unknown exception"};
    }
    for (const galley::Diagnostic& d : diagnostics.warnings())
        result.diagnostics.push_back({d.file, d.line, Severity::Warning, d.message});
    result.warnings_not_kept = diagnostics.count() - diagnostics.warnings().size();
    if (result.error) {
        result.outputs.clear();
        result.articles = 0;
        result.diagnostics.push_back(
            {result.error->file, 0, Severity::Error, result.error->message});
    }
    return result;
}

/// The files of `outputs` (those not to memory), in order.
std::vector<std::filesystem::path> files_of(const std::vector<Output>& outputs) {
    std::vector<std::filesystem::path> files;
    for (const Output& out : outputs)
        if (!out.path.empty()) files.push_back(out.path);
    return files;
}

}  // namespace

Result convert(const Job& job) {
    return run_caught(input_name(job.input), [&](Result& result, Diagnostics& diagnostics) {
        output_formats(job);  // a bad output name is a usage error before any work
        style::StyleSheet style = style::load_style(job.style.name, job.style.settings);
        refuse_overwriting_inputs(output_files(job), style_files(job.style.name, style));
        std::unique_ptr<text::FontCatalog> fonts = fonts_for(style);
        result.outputs = run_job(job, style, *fonts, diagnostics);
        result.articles = 1;
    });
}

Result make_book(const BookJob& job) {
    return run_caught(job.manifest.string(), [&](Result& result, Diagnostics& diagnostics) {
        const std::vector<std::filesystem::path> files = files_of(job.outputs);
        if (files.size() != job.outputs.size())
            throw galley::Error(galley::ErrorCode::Usage, job.manifest.string(),
                                "a book's outputs are files");
        if (files.empty())
            throw galley::Error(galley::ErrorCode::Usage, job.manifest.string(),
                                "no output asked for");
        // Each output's format by its extension (a bad name is a usage error before any work).
        for (const std::filesystem::path& file : files) format_of(file);
        Manifest manifest = load_manifest(job.manifest, job.allow_outside);
        manifest.resource_paths = job.resource_paths;
        const std::string style_ref = book_style_ref(manifest, job.style.name, job.allow_outside);
        const style::StyleSheet style = style::load_style(style_ref, job.style.settings);
        refuse_overwriting_inputs(files, style_files(style_ref, style));
        std::unique_ptr<text::FontCatalog> fonts = fonts_for(style);
        // All or nothing: a book that fails leaves no output, not even a stale one.
        result.articles =
            run_book(manifest, files, style, *fonts, diagnostics, job.page_source, job.timestamp);
        for (const std::filesystem::path& file : files) {
            OutputResult out;
            out.format = format_of(file);
            out.path = file;
            std::error_code ec;
            out.size = static_cast<std::size_t>(std::filesystem::file_size(file, ec));
            result.outputs.push_back(std::move(out));
        }
    });
}

std::string version() {
    return GALLEY_VERSION;
}

std::filesystem::path data_folder() {
    return data_dir();
}

}  // namespace galley::api
