// bench_line_breaker: times layout::break_lines on a 9000-word paragraph (the "50 KB paragraph"
// case) and on 3 MB of text cut into ordinary paragraphs. Not a test: prints milliseconds.
// Usage: bench_line_breaker [text-file]   (without a file, deterministic pseudo-words are used)
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "layout/LineBreaker.hpp"

using namespace galley::layout;

namespace {

/// Words of the given file, or deterministic pseudo-words (lengths 1–12, mostly short).
std::vector<std::string> load_words(int argc, char** argv, std::size_t count) {
    std::vector<std::string> words;
    if (argc > 1) {
        std::ifstream in(argv[1]);
        std::string w;
        while (in >> w) words.push_back(w);
    }
    if (words.empty()) {
        std::uint32_t state = 42;
        for (std::size_t i = 0; i < count; ++i) {
            state = state * 1664525u + 1013904223u;
            const std::size_t len = 1 + (state >> 8) % 7 + (state >> 20) % 6;
            words.push_back(std::string(len, static_cast<char>('a' + (state >> 12) % 26)));
        }
    }
    return words;
}

/// Items for words [from, to) at 10 pt: about 5 pt a character, TeX's interword glue, a
/// hyphenation point every three letters inside words of six or more, TeX's ending.
void build_paragraph(const std::vector<std::string>& words, std::size_t from, std::size_t to,
                     std::vector<Item>& items) {
    items.clear();
    items.push_back(Item::box(15));  // paragraph indent
    for (std::size_t i = from; i < to; ++i) {
        if (i > from) items.push_back(Item::glue(3.33, 1.67, 1.11));
        const std::string& w = words[i % words.size()];
        double width = 0;
        for (std::size_t c = 0; c < w.size(); ++c) {
            width += 4.2 + (static_cast<unsigned char>(w[c]) % 5) * 0.5;
            if (w.size() >= 6 && c >= 2 && c + 3 < w.size() && c % 3 == 2) {
                items.push_back(Item::box(width));
                items.push_back(Item::penalty_item(3.33, 50, true, true));
                width = 0;
            }
        }
        items.push_back(Item::box(width));
    }
    items.push_back(Item::penalty_item(0, kInfinitePenalty));
    items.push_back(Item::glue(0, kFilStretch, 0));
    items.push_back(Item::penalty_item(0, -kInfinitePenalty));
}

double ms_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

}  // namespace

int main(int argc, char** argv) {
    const std::vector<std::string> words = load_words(argc, argv, 600000);
    const std::vector<double> measure{345};  // A4 text block at 10 pt, in points
    BreakSettings settings;
    settings.emergency_stretch = 20;
    LineBreaker breaker;
    std::vector<Item> items;

    // One long paragraph of 9000 words (~50 KB of text).
    build_paragraph(words, 0, 9000, items);
    double best = 1e9;
    std::size_t lines = 0;
    int pass = 0;
    for (int run = 0; run < 20; ++run) {
        const auto start = std::chrono::steady_clock::now();
        const BreakResult result = breaker.break_lines(items, measure, settings);
        best = std::min(best, ms_since(start));
        lines = result.breaks.size();
        pass = result.pass;
    }
    std::printf("9000-word paragraph: %zu items, %zu lines, pass %d, best of 20: %.3f ms\n",
                items.size(), lines, pass, best);

    // About 3 MB of text in paragraphs of 60-240 words (item building included).
    std::size_t bytes = 0, paragraphs = 0, total_lines = 0, index = 0, word_count = 0;
    std::uint32_t state = 7;
    double breaking_ms = 0;
    const auto start = std::chrono::steady_clock::now();
    while (bytes < 3'000'000) {
        state = state * 1664525u + 1013904223u;
        const std::size_t n = 60 + (state >> 8) % 181;
        for (std::size_t i = index; i < index + n; ++i) bytes += words[i % words.size()].size() + 1;
        build_paragraph(words, index, index + n, items);
        const auto before = std::chrono::steady_clock::now();
        total_lines += breaker.break_lines(items, measure, settings).breaks.size();
        breaking_ms += ms_since(before);
        index += n;
        word_count += n;
        ++paragraphs;
    }
    std::printf(
        "3 MB text: %zu words, %zu paragraphs, %zu lines: breaking %.1f ms (%.1f ms with "
        "item building)\n",
        word_count, paragraphs, total_lines, breaking_ms, ms_since(start));
    return 0;
}
