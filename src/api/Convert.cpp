// galley::api::convert: a Job → its Result, every failure turned into a value.
#include <new>

#include "api/JobRunner.hpp"
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

Result convert(const Job& job) {
    Result result;
    Diagnostics diagnostics;
    try {
        output_formats(job);  // a bad output name is a usage error before any work
        style::StyleSheet style = style::load_style(job.style.name, job.style.settings);
        refuse_overwriting_inputs(output_files(job), style_files(job.style.name, style));
        std::unique_ptr<text::FontCatalog> fonts = fonts_for(style);
        result.outputs = run_job(job, style, *fonts, diagnostics);
    } catch (const galley::Error& e) {
        result.error = JobError{static_cast<ErrorCode>(e.code()), e.file(), e.what()};
    } catch (const std::bad_alloc&) {
        result.error = JobError{ErrorCode::OutOfMemory, input_name(job.input), "out of memory"};
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
        result.diagnostics.push_back(
            {result.error->file, 0, Severity::Error, result.error->message});
    }
    return result;
}

std::string version() {
    return GALLEY_VERSION;
}

std::filesystem::path data_folder() {
    return data_dir();
}

}  // namespace galley::api
