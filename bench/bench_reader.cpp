// bench_reader: times the reading stage (read::read_article: decode + parse) of each file given,
// the best of N runs. Not a test: prints milliseconds. With --dump, prints each document's
// doc::dump and its warnings instead, to compare the reader's results before/after a change.
// Usage: bench_reader [--runs N] [--dump] FILE...
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "base/Diagnostics.hpp"
#include "doc/Document.hpp"
#include "read/Reader.hpp"

using namespace galley;

int main(int argc, char** argv) {
    int runs = 20;
    bool dump = false;
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--runs" && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else if (arg == "--dump")
            dump = true;
        else
            files.push_back(arg);
    }
    if (files.empty()) {
        std::fprintf(stderr, "usage: bench_reader [--runs N] [--dump] FILE...\n");
        return 2;
    }
    for (const auto& file : files) {
        read::ReadOptions options;
        options.use_sidecar = false;  // the reader's own findings, not a label file's
        if (dump) {
            Diagnostics diagnostics;
            const doc::Document document = read::read_article(file, options, diagnostics);
            std::printf("=== %s\n%s", file.c_str(), doc::dump(document).c_str());
            for (const auto& warning : diagnostics.warnings())
                std::printf("%s\n", warning.format().c_str());
            continue;
        }
        double best = 1e300;
        for (int run = 0; run < runs; ++run) {
            Diagnostics diagnostics;
            const auto start = std::chrono::steady_clock::now();
            const doc::Document document = read::read_article(file, options, diagnostics);
            const auto stop = std::chrono::steady_clock::now();
            best = std::min(best, std::chrono::duration<double, std::milli>(stop - start).count());
        }
        std::printf("%-60s %10.3f ms (best of %d)\n", file.c_str(), best, runs);
    }
    return 0;
}
