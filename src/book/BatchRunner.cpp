#include "book/BatchRunner.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <iomanip>
#include <map>
#include <mutex>
#include <ostream>
#include <sstream>
#include <thread>

#include "base/Error.hpp"
#include "base/File.hpp"
#include "book/BatchStamp.hpp"
#include "read/MarkdownReader.hpp"
#include "read/Sidecar.hpp"

namespace galley::book {

namespace fs = std::filesystem;

namespace {

/// Length of the well-formed UTF-8 sequence at the start of `s` (1 to 4), or 0 when it is not one
/// (a stray continuation byte, an overlong form, a surrogate, a code point past U+10FFFF, cut
/// short).
std::size_t utf8_sequence(std::string_view s) {
    const auto b = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    const unsigned c = b(0);
    if (c < 0x80) return 1;
    std::size_t n = c >= 0xC2 && c <= 0xDF   ? 2
                    : c >= 0xE0 && c <= 0xEF ? 3
                    : c >= 0xF0 && c <= 0xF4 ? 4
                                             : 0;
    if (n == 0 || s.size() < n) return 0;
    for (std::size_t i = 1; i < n; ++i)
        if ((b(i) & 0xC0) != 0x80) return 0;
    if (c == 0xE0 && b(1) < 0xA0) return 0;   // overlong
    if (c == 0xED && b(1) >= 0xA0) return 0;  // surrogate
    if (c == 0xF0 && b(1) < 0x90) return 0;   // overlong
    if (c == 0xF4 && b(1) >= 0x90) return 0;  // past U+10FFFF
    return n;
}

/// `s` as a JSON string: always valid UTF-8, each byte that is not part of a well-formed UTF-8
/// sequence (a Latin-1 file name) replaced by U+FFFD.
std::string json_string(const std::string& s) {
    std::string out = "\"";
    for (std::size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (c < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    out += buf;
                } else if (c >= 0x80) {
                    const std::size_t n = utf8_sequence(std::string_view(s).substr(i));
                    if (n == 0) {
                        out += "\xEF\xBF\xBD";  // U+FFFD
                        ++i;
                    } else {
                        out.append(s, i, n);
                        i += n;
                    }
                    continue;
                } else {
                    out += static_cast<char>(c);
                }
        }
        ++i;
    }
    return out + "\"";
}

const char* extension(app::Format f) {
    return f == app::Format::Epub ? ".epub" : ".pdf";
}

}  // namespace

bool in_shard(const std::string& name, unsigned index, unsigned count) {
    if (count <= 1) return true;
    return fnv1a(name) % count == index - 1;
}

std::string entry_problem(const fs::path& path, const fs::path& folder) {
    std::error_code ec;
    if (fs::is_symlink(fs::symlink_status(path, ec))) {
        const fs::path target = fs::read_symlink(path, ec);
        if (!fs::exists(path, ec)) return "dangling symbolic link (to " + target.string() + ")";
        if (!inside_folder(path, folder))
            return "symbolic link to " + target.string() + " leads outside " + folder.string() +
                   ": not followed";
    }
    if (std::string problem = input_problem(path); !problem.empty()) return problem;
    // The sidecar is read with the article: it must not lead outside either.
    const fs::path sidecar = read::sidecar_path(path);
    if (fs::exists(fs::symlink_status(sidecar, ec)) && !inside_folder(sidecar, folder))
        return "its sidecar " + sidecar.filename().string() + " leads outside " + folder.string() +
               ": not followed";
    return {};
}

std::vector<BatchEntry> list_articles(const BatchOptions& options) {
    std::error_code ec;
    if (!fs::is_directory(options.input_dir, ec))
        throw Error(ErrorCode::InputMissing, options.input_dir.string(), "not a folder");
    std::vector<BatchEntry> out;
    // Every article entry, whatever it is: one that cannot be converted (a folder, a FIFO, a
    // device, a dangling link, a link out of the folder) is reported, not skipped in silence.
    for (const auto& entry : fs::directory_iterator(options.input_dir, ec)) {
        const fs::path ext = entry.path().extension();
        if (ext != ".txt" && !read::is_markdown_path(entry.path())) continue;
        if (in_shard(entry.path().filename().string(), options.shard_index, options.shard_count))
            out.push_back({entry.path(), entry_problem(entry.path(), options.input_dir)});
    }
    std::sort(out.begin(), out.end(),
              [](const BatchEntry& a, const BatchEntry& b) { return a.path < b.path; });
    return out;
}

std::vector<ArticleResult> run_batch(const BatchOptions& options, const style::StyleSheet& style,
                                     std::ostream& log) {
    std::vector<BatchEntry> articles = list_articles(options);
    std::error_code ec;
    fs::create_directories(options.output_dir / ".galley", ec);
    if (ec) throw Error(ErrorCode::OutputFailed, options.output_dir.string(), ec.message());

    std::vector<ArticleResult> results(articles.size());
    std::atomic<std::size_t> next{0};
    std::size_t done = 0;
    std::mutex log_mutex;
    unsigned threads =
        options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
    threads = static_cast<unsigned>(
        std::min<std::size_t>(threads, std::max<std::size_t>(1, articles.size())));

    auto report = [&](const ArticleResult& r) {
        std::lock_guard lock(log_mutex);
        ++done;
        if (options.progress_bar) {
            constexpr int width = 30;
            int filled = static_cast<int>(width * done / std::max<std::size_t>(1, articles.size()));
            log << "\r[" << std::string(filled, '#') << std::string(width - filled, ' ') << "] "
                << done << "/" << articles.size() << " " << r.name << "\033[K" << std::flush;
            if (r.status == "failed") log << "\r\033[K" << r.name << ": error: " << r.error << "\n";
        } else {
            log << "[" << done << "/" << articles.size() << "] " << r.status << " " << r.name;
            if (r.status == "failed") log << ": " << r.error;
            log << "\n" << std::flush;
        }
    };

    // One font catalog for every article and thread: its fallback is a pure function of
    // (character, style, language) and each output keeps its own glyph use, so -j1, -j2 and
    // single conversions give the same bytes. A font problem (a style's unknown family) stops the
    // batch before it starts.
    const std::unique_ptr<text::FontCatalog> fonts = app::fonts_for(style);
    // What every article shares (style, fonts, dictionaries, epoch...), identified once.
    const RunInputs run = run_inputs(options, style);
    // "a.txt" and "a.md" would both write a.epub: the first by name keeps the name, the others
    // fail without touching its outputs.
    std::vector<std::string> clash(articles.size());
    std::map<std::string, std::string> first_of_stem;
    for (std::size_t i = 0; i < articles.size(); ++i) {
        auto [it, added] = first_of_stem.emplace(articles[i].path.stem().string(),
                                                 articles[i].path.filename().string());
        if (!added) clash[i] = it->second;
    }
    auto worker = [&]() {
        for (std::size_t i = next++; i < articles.size(); i = next++) {
            const fs::path& input = articles[i].path;
            ArticleResult& r = results[i];
            r.name = input.filename().string();
            auto start = std::chrono::steady_clock::now();
            if (!articles[i].problem.empty()) {
                r.status = "failed";
                r.error = input.string() + ": " + articles[i].problem;
                report(r);
                continue;
            }
            app::ConvertJob job;
            job.input = input;
            job.read = options.read;
            job.cover = options.cover;
            for (app::Format f : options.formats)
                job.outputs.push_back(options.output_dir / (input.stem().string() + extension(f)));
            fs::path stamp_file =
                options.output_dir / ".galley" / (input.stem().string() + ".stamp");
            Diagnostics diagnostics;
            try {
                if (!clash[i].empty())
                    throw Error(ErrorCode::Usage, input.string(),
                                "same output names as " + clash[i] + "; rename one of them");
                std::string stamp = article_stamp(run, input, options.read);
                bool fresh = !options.force;
                for (const fs::path& out : job.outputs) fresh = fresh && fs::exists(out);
                std::error_code read_ec;
                if (fresh && fs::exists(stamp_file, read_ec) && read_file(stamp_file) == stamp) {
                    r.status = "skipped";
                    for (const fs::path& out : job.outputs) r.sizes.push_back(fs::file_size(out));
                } else {
                    fs::remove(stamp_file, read_ec);
                    r.sizes = app::convert(job, style, *fonts, diagnostics);
                    write_file_atomic(stamp_file, stamp);
                    r.status = "ok";
                }
            } catch (const Error& e) {
                r.status = "failed";
                r.error = e.message();
            } catch (const std::bad_alloc&) {
                r.status = "failed";
                r.error = input.string() + ": out of memory";
            } catch (const std::exception& e) {
                r.status = "failed";
                r.error = input.string() + ": internal error: " + e.what();
            }
            for (const Diagnostic& d : diagnostics.warnings()) r.warnings.push_back(d.format());
            r.milliseconds =
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                    .count();
            report(r);
        }
    };
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t) pool.emplace_back(worker);
    for (std::thread& t : pool) t.join();
    if (options.progress_bar) log << "\n";
    write_file_atomic(options.output_dir / "report.json", report_json(results));
    return results;
}

std::string report_json(const std::vector<ArticleResult>& results) {
    std::ostringstream out;
    std::size_t ok = 0, skipped = 0, failed = 0;
    out << "{\n  \"articles\": [\n";
    for (std::size_t i = 0; i < results.size(); ++i) {
        const ArticleResult& r = results[i];
        ok += r.status == "ok";
        skipped += r.status == "skipped";
        failed += r.status == "failed";
        out << "    {\"name\": " << json_string(r.name)
            << ", \"status\": " << json_string(r.status);
        if (!r.error.empty()) out << ", \"error\": " << json_string(r.error);
        out << ", \"warnings\": [";
        for (std::size_t w = 0; w < r.warnings.size(); ++w)
            out << (w ? ", " : "") << json_string(r.warnings[w]);
        out << "], \"sizes\": [";
        for (std::size_t s = 0; s < r.sizes.size(); ++s) out << (s ? ", " : "") << r.sizes[s];
        out << "], \"milliseconds\": " << std::fixed << std::setprecision(1) << r.milliseconds
            << "}" << (i + 1 < results.size() ? "," : "") << "\n";
    }
    out << "  ],\n  \"ok\": " << ok << ",\n  \"skipped\": " << skipped
        << ",\n  \"failed\": " << failed << "\n}\n";
    return out.str();
}

}  // namespace galley::book
