// Converts an article held in memory to EPUB and PDF bytes through galley's job API, and writes
// them as river.epub and river.pdf into the folder named on the command line (default: here).
//   convert_string [FOLDER]
// Prints the diagnostics; exits with the job's error code (the `galley` command's) on failure.
#include <galley/galley.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    namespace api = galley::api;
    const std::filesystem::path folder = argc > 1 ? argv[1] : ".";

    const std::string article = R"(# A Walk by the River

The path follows the water for three miles, past the old mill and under the railway bridge.
In spring the meadows flood, and the walkers who know it come back with wet boots and stories.

## The mill

The mill stopped turning in 1952. Its wheel is still there, green with moss, and the millpond
has become a refuge for herons, which stand in the shallows "like grey umbrellas left behind".

- a path of three miles
- a bridge, a mill and a pond
- herons, most mornings
)";

    api::Job job;
    job.input = api::Input::memory(article, api::InputFormat::Markdown, "river.md");
    job.metadata.authors = std::vector<std::string>{"Anna Schmidt", "Bernd Müller"};
    job.metadata.keywords = std::vector<std::string>{"walks", "rivers, English", "herons"};
    job.metadata.date = "2024-05-09";
    job.metadata.language = "en";
    job.style.settings = {{"body.font_size", "11pt"}};
    job.outputs = {api::Output::memory(api::OutputFormat::Epub),
                   api::Output::memory(api::OutputFormat::Pdf)};

    const api::Result result = api::convert(job);
    for (const api::Diagnostic& d : result.diagnostics) std::cerr << d.format() << '\n';
    if (!result.ok()) return static_cast<int>(result.error->code);

    for (const api::OutputResult& out : result.outputs) {
        const auto path =
            folder / (out.format == api::OutputFormat::Epub ? "river.epub" : "river.pdf");
        std::ofstream file(path, std::ios::binary);
        file.write(out.bytes.data(), static_cast<std::streamsize>(out.bytes.size()));
        if (!file.flush()) {
            std::cerr << path.string() << ": cannot write\n";
            return 7;
        }
        std::cout << "wrote " << path.string() << " (" << out.size << " bytes)\n";
    }
    std::cout << "galley " << api::version() << ", data from " << api::data_folder().string()
              << '\n';
    return 0;
}
