#include "app/Converter.hpp"

#include <cstdio>

#include "api/JobRunner.hpp"
#include "base/Error.hpp"
#include "base/File.hpp"
#include "galley/galley.hpp"

namespace galley::app {

namespace fs = std::filesystem;

std::string input_name(const fs::path& input) {
    return input == kStdStream ? "<stdin>" : input.string();
}

api::Job api_job(const ConvertJob& job) {
    api::Job out;
    const api::InputFormat format =
        job.read.format == read::InputFormat::Text       ? api::InputFormat::Text
        : job.read.format == read::InputFormat::Markdown ? api::InputFormat::Markdown
                                                         : api::InputFormat::Auto;
    // "<stdin>" has no extension: Auto reads standard input as plain text.
    out.input = job.input == kStdStream ? api::Input::memory(read_stdin(), format, "<stdin>")
                                        : api::Input::file(job.input, format);
    out.input.read_sidecar = job.read.use_sidecar && job.input != kStdStream;
    out.input.resource_paths = job.read.resource_paths;
    out.metadata = job.meta;
    out.metadata.origin = "--meta";
    if (!job.read.language.empty()) out.metadata.language = job.read.language;
    out.style.name = job.style;
    out.style.settings = job.style_settings;
    out.page_source = job.page_source;
    out.cover = job.cover;
    for (const fs::path& path : job.outputs)
        out.outputs.push_back(path == kStdStream ? api::Output::memory(job.stdout_format)
                                                 : api::Output::file(path));
    return out;
}

namespace {

/// Writes `bytes` to standard output (binary: no translation on POSIX), throwing
/// Error(OutputFailed) naming "<stdout>" when it cannot (a closed pipe, a full disk).
void write_stdout(const std::string& bytes) {
    if (std::fwrite(bytes.data(), 1, bytes.size(), stdout) != bytes.size() ||
        std::fflush(stdout) != 0)
        throw Error(ErrorCode::OutputFailed, "<stdout>", "cannot write standard output");
}

}  // namespace

void report(const api::Result& result, Diagnostics& diagnostics) {
    for (const api::Diagnostic& d : result.diagnostics)
        if (d.severity == api::Severity::Warning) diagnostics.warn(d.file, d.line, d.message);
    diagnostics.count_dropped(result.warnings_not_kept);
    if (result.error)
        throw Error(static_cast<ErrorCode>(result.error->code), result.error->file,
                    result.error->message);
}

void run_convert(const ConvertJob& job, Diagnostics& diagnostics) {
    const api::Result result = api::convert(api_job(job));
    report(result, diagnostics);
    // Standard output last, after the file outputs api::convert wrote.
    try {
        for (std::size_t i = 0; i < job.outputs.size() && i < result.outputs.size(); ++i)
            if (job.outputs[i] == kStdStream) write_stdout(result.outputs[i].bytes);
    } catch (...) {
        std::vector<fs::path> files;
        for (const fs::path& out : job.outputs)
            if (out != kStdStream) files.push_back(out);
        remove_outputs(files);
        throw;
    }
}

std::vector<std::size_t> convert(const ConvertJob& job, const style::StyleSheet& style,
                                 const text::FontCatalog& fonts, Diagnostics& diagnostics) {
    std::vector<std::size_t> sizes;
    for (const api::OutputResult& r : api::run_job(api_job(job), style, fonts, diagnostics))
        sizes.push_back(r.size);
    return sizes;
}

}  // namespace galley::app
