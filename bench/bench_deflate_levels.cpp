// Compression levels for PDF streams (not a test): every stream of a PDF, uncompressed, through
// zlib level 6 (what PoDoFo used) and libdeflate levels 1-12; total size and time of each.
// Make the input with: qpdf --qdf --stream-data=uncompress --object-streams=disable IN.pdf OUT.pdf
// Usage: bench_deflate_levels OUT.pdf
#include <libdeflate.h>
#include <zlib.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_deflate_levels UNCOMPRESSED.pdf\n");
        return 2;
    }
    std::ifstream f(argv[1], std::ios::binary);
    const std::string pdf((std::istreambuf_iterator<char>(f)), {});
    std::vector<std::string> streams;
    for (std::size_t at = pdf.find("stream\n"); at != std::string::npos;
         at = pdf.find("stream\n", at)) {
        std::size_t start = at + 7, end = pdf.find("\nendstream", start);
        if (end == std::string::npos) break;
        streams.push_back(pdf.substr(start, end - start));
        at = end + 10;
    }
    std::size_t raw = 0;
    for (const auto& s : streams) raw += s.size();
    std::printf("%zu streams, %zu bytes\n", streams.size(), raw);
    using Clock = std::chrono::steady_clock;
    auto ms = [](Clock::time_point t) {
        return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
    };
    std::size_t total = 0;
    auto t = Clock::now();
    for (const auto& s : streams) {
        uLongf n = compressBound(s.size());
        std::vector<Bytef> out(n);
        compress2(out.data(), &n, reinterpret_cast<const Bytef*>(s.data()), s.size(), 6);
        total += n;
    }
    std::printf("zlib 6        %9zu bytes %8.1f ms\n", total, ms(t));
    const double zlib6 = static_cast<double>(total);
    for (int level = 1; level <= 12; ++level) {
        libdeflate_compressor* c = libdeflate_alloc_compressor(level);
        total = 0;
        t = Clock::now();
        for (const auto& s : streams) {
            std::vector<char> out(libdeflate_zlib_compress_bound(c, s.size()));
            total += libdeflate_zlib_compress(c, s.data(), s.size(), out.data(), out.size());
        }
        std::printf("libdeflate %2d %9zu bytes %8.1f ms  %+5.1f %%\n", level, total, ms(t),
                    100.0 * (static_cast<double>(total) / zlib6 - 1));
        libdeflate_free_compressor(c);
    }
}
