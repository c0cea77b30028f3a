#include "app/Converter.hpp"

#include "api/JobRunner.hpp"
#include "base/Error.hpp"
#include "galley/galley.hpp"

namespace galley::app {

api::Job api_job(const ConvertJob& job) {
    api::Job out;
    const api::InputFormat format =
        job.read.format == read::InputFormat::Text       ? api::InputFormat::Text
        : job.read.format == read::InputFormat::Markdown ? api::InputFormat::Markdown
                                                         : api::InputFormat::Auto;
    out.input = api::Input::file(job.input, format);
    out.input.read_sidecar = job.read.use_sidecar;
    out.metadata.origin = "--meta";
    for (const auto& [key, value] : job.read.meta) out.metadata.set(key, value);
    if (!job.read.language.empty()) out.metadata.language = job.read.language;
    out.style.name = job.style;
    out.style.settings = job.style_settings;
    for (const std::filesystem::path& path : job.outputs)
        out.outputs.push_back(api::Output::file(path));
    return out;
}

void run_convert(const ConvertJob& job, Diagnostics& diagnostics) {
    const api::Result result = api::convert(api_job(job));
    for (const api::Diagnostic& d : result.diagnostics)
        if (d.severity == api::Severity::Warning) diagnostics.warn(d.file, d.line, d.message);
    diagnostics.count_dropped(result.warnings_not_kept);
    if (result.error)
        throw Error(static_cast<ErrorCode>(result.error->code), result.error->file,
                    result.error->message);
}

std::vector<std::size_t> convert(const ConvertJob& job, const style::StyleSheet& style,
                                 const text::FontCatalog& fonts, Diagnostics& diagnostics) {
    std::vector<std::size_t> sizes;
    for (const api::OutputResult& r : api::run_job(api_job(job), style, fonts, diagnostics))
        sizes.push_back(r.size);
    return sizes;
}

}  // namespace galley::app
