// Compression levels (not a test): every stream of a PDF, uncompressed, or every entry of an
// EPUB, through zlib level 6 (what PoDoFo and libzip used) and libdeflate levels 1-12; total size
// and time of each. Make a PDF input with:
//   qpdf --qdf --stream-data=uncompress --object-streams=disable IN.pdf OUT.pdf
// Usage: bench_deflate_levels OUT.pdf | BOOK.epub
#include <libdeflate.h>
#include <zip.h>
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
    std::vector<std::string> streams;
    const std::string name = argv[1];
    if (name.size() > 5 && name.substr(name.size() - 5) == ".epub") {
        zip_t* zip = zip_open(argv[1], ZIP_RDONLY, nullptr);
        if (!zip) return 1;
        for (zip_int64_t i = 0; i < zip_get_num_entries(zip, 0); ++i) {
            zip_stat_t st;
            zip_stat_index(zip, static_cast<zip_uint64_t>(i), 0, &st);
            std::string bytes(st.size, '\0');
            zip_file_t* f = zip_fopen_index(zip, static_cast<zip_uint64_t>(i), 0);
            zip_fread(f, bytes.data(), bytes.size());
            zip_fclose(f);
            streams.push_back(std::move(bytes));
        }
        zip_close(zip);
    }
    std::ifstream f(argv[1], std::ios::binary);
    const std::string pdf =
        streams.empty() ? std::string(std::istreambuf_iterator<char>(f), {}) : "";
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
        total += n - 6;  // raw deflate, as in a zip (no zlib header and checksum)
    }
    std::printf("zlib 6        %9zu bytes %8.1f ms\n", total, ms(t));
    const double zlib6 = static_cast<double>(total);
    for (int level = 1; level <= 12; ++level) {
        libdeflate_compressor* c = libdeflate_alloc_compressor(level);
        total = 0;
        t = Clock::now();
        for (const auto& s : streams) {
            std::vector<char> out(libdeflate_zlib_compress_bound(c, s.size()));
            total += libdeflate_deflate_compress(c, s.data(), s.size(), out.data(), out.size());
        }
        std::printf("libdeflate %2d %9zu bytes %8.1f ms  %+5.1f %%\n", level, total, ms(t),
                    100.0 * (static_cast<double>(total) / zlib6 - 1));
        libdeflate_free_compressor(c);
    }
}
