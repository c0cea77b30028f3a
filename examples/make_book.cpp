// Makes the book a manifest describes (README.md, "Books") into an EPUB and a PDF through galley's
// job API, as `galley book MANIFEST -o FOLDER/book.epub -o FOLDER/book.pdf` does.
//   make_book MANIFEST [FOLDER]
// Prints the diagnostics; exits with the job's error code (the `galley` command's) on failure.
#include <galley/galley.hpp>

#include <filesystem>
#include <iostream>

int main(int argc, char** argv) {
    namespace api = galley::api;
    if (argc < 2) {
        std::cerr << "usage: make_book MANIFEST [FOLDER]\n";
        return 2;
    }
    const std::filesystem::path folder = argc > 2 ? argv[2] : ".";

    api::BookJob job;
    job.manifest = argv[1];  // its style too, since job.style names none
    job.outputs = {api::Output::file(folder / "book.epub"), api::Output::file(folder / "book.pdf")};
    const api::Result result = api::make_book(job);
    for (const api::Diagnostic& d : result.diagnostics) std::cerr << d.format() << '\n';
    if (!result.ok()) return static_cast<int>(result.error->code);

    for (const api::OutputResult& out : result.outputs)
        std::cout << "wrote " << out.path.string() << " (" << out.size << " bytes)\n";
    std::cout << result.articles << " articles\n";
    return 0;
}
