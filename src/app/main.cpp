// The `galley` command line. Exit codes (also in README.md):
//   0 success (warnings may have been printed)   1 batch: some articles failed
//   2 usage error
//   3 input missing or unreadable                4 input not usable text
//   5 style invalid                              6 font missing or unusable
//   7 output could not be written                8 input larger than --max-input
//   9 image (cover) corrupt or too large         10 out of memory
//   70 internal error (a bug)
#include <unistd.h>
#include <CLI/CLI.hpp>
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <new>
#include <sstream>
#include <string>

#include "app/CliDocs.hpp"
#include "app/Converter.hpp"
#include "base/Error.hpp"
#include "base/File.hpp"
#include "book/BatchRunner.hpp"
#include "book/BookMaker.hpp"
#include "style/StyleSheet.hpp"

namespace {

using galley::Error;
using galley::ErrorCode;

/// Splits "key=value" pairs; throws a usage error naming the option otherwise.
std::vector<std::pair<std::string, std::string>> split_pairs(const std::vector<std::string>& raw,
                                                             const std::string& option) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const std::string& item : raw) {
        auto eq = item.find('=');
        if (eq == std::string::npos || eq == 0)
            throw Error(ErrorCode::Usage, "", option + " expects key=value, got '" + item + "'");
        out.emplace_back(item.substr(0, eq), item.substr(eq + 1));
    }
    return out;
}

/// Exit code of a batch in which at least one article failed (the others were converted).
constexpr int kBatchFailed = 1;

/// Splits "a,b,c" into its non-empty parts.
std::vector<std::string> split_list(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string part; std::getline(in, part, ',');)
        if (!part.empty()) out.push_back(part);
    return out;
}

/// Applies `--max-input SIZE` (e.g. 64M, 1G); throws a usage error when malformed.
void apply_max_input(const std::string& text) {
    if (text.empty()) return;
    auto bytes = galley::parse_size(text);
    if (!bytes)
        throw Error(ErrorCode::Usage, "",
                    "--max-input expects a size such as 64M or 1G, got '" + text + "'");
    galley::set_max_input(*bytes);
}

/// The command line as strings, with "convert" put before the first argument (after global
/// flags) that is neither a subcommand nor an option: `galley FILE -o OUT` is `galley convert
/// FILE -o OUT`. A first argument naming a subcommand is the subcommand (`galley ./book` converts
/// a file called book). A word that is no subcommand and no file, with no dot or slash, is a
/// mistyped subcommand: Error(Usage).
std::vector<std::string> with_shorthand(int argc, char** argv, const CLI::App& app) {
    std::vector<std::string> args(argv, argv + argc);
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& arg = args[i];
        const auto options = app.get_options([&](const CLI::Option* o) {
            return !o->get_positional() && o->get_expected_max() == 0 && o->check_name(arg);
        });
        if (!options.empty()) continue;              // a global flag (-q, -v)
        if (arg.size() > 1 && arg[0] == '-') break;  // --help, --version, or a mistake
        for (const CLI::App* sub : app.get_subcommands({}))
            if (sub->check_name(arg)) return args;
        std::error_code ec;
        if (arg != "-" && arg.find_first_of("./") == std::string::npos &&
            !std::filesystem::exists(arg, ec)) {
            std::string names;
            for (const CLI::App* sub : app.get_subcommands({}))
                names += (names.empty() ? "" : ", ") + sub->get_name();
            throw Error(ErrorCode::Usage, "",
                        "'" + arg + "' is neither a subcommand (" + names +
                            ") nor a file (see galley --help)");
        }
        args.insert(args.begin() + static_cast<std::ptrdiff_t>(i), "convert");
        break;
    }
    return args;
}

/// A CLI11 parse error as galley's one line: "galley: error: <reason> (see galley [SUB] --help)".
std::string parse_error_line(const CLI::ParseError& e, const CLI::App& app) {
    std::string reason = e.what();
    while (!reason.empty() && (reason.back() == '\n' || reason.back() == ' ')) reason.pop_back();
    // CLI11 starts its sentences with a capital; galley's messages do not (unless an acronym).
    if (reason.size() > 1 && std::isupper(static_cast<unsigned char>(reason[0])) &&
        !std::isupper(static_cast<unsigned char>(reason[1])))
        reason[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(reason[0])));
    std::string help = "galley";
    for (const CLI::App* sub : app.get_subcommands({}))
        if (sub->parsed()) help += " " + sub->get_name();
    return "galley: error: " + reason + " (see " + help + " --help)";
}

void print_warnings(const galley::Diagnostics& diagnostics, bool quiet) {
    if (quiet) return;
    for (const galley::Diagnostic& d : diagnostics.warnings()) std::cerr << d.format() << '\n';
    if (diagnostics.count() > diagnostics.warnings().size())
        std::cerr << "galley: " << diagnostics.count() - diagnostics.warnings().size()
                  << " more warnings not shown\n";
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"galley: plain-text articles to EPUB 3 e-books and typeset PDFs", "galley"};
    app.set_version_flag("--version", std::string("galley ") + GALLEY_VERSION);
    app.require_subcommand(1);
    bool quiet = false;
    bool verbose = false;
    app.add_flag("-q,--quiet", quiet, "print no warnings");
    app.add_flag("-v,--verbose", verbose, "print what is done");

    galley::app::ConvertJob job;
    std::string style_name, max_input;
    const std::string max_input_help = "refuse inputs larger than SIZE (default 256M)";
    std::vector<std::string> sets, metas;
    CLI::App* convert = app.add_subcommand("convert", "convert one article to EPUB and/or PDF");
    convert
        ->add_option("article", job.input,
                     "the article (plain text or Markdown); - reads standard input")
        ->required()
        ->type_name("FILE");
    convert
        ->add_option("-o,--output", job.outputs,
                     "output file, .epub, .pdf or .svg (a page preview); - writes standard output "
                     "(with --to)")
        ->required()
        ->type_name("FILE");
    convert->add_option("--style", style_name, "built-in style name or style file")
        ->default_str("classic")
        ->type_name("STYLE");
    convert->add_option("--set", sets, "override a style key, e.g. body.font_size=12pt")
        ->type_name("KEY=VALUE");
    const std::string standard_help =
        "claim PDF standards, each only if galley's checks pass: ua-1, a-2u or ua-1,a-2u "
        "(= --set pdf.standard=...)";
    std::string pdf_standard, batch_standard, book_standard;
    convert->add_option("--pdf-standard", pdf_standard, standard_help)->type_name("STANDARDS");
    convert
        ->add_option("--meta", metas,
                     "set metadata: title, author, date, lang, identifier, description, "
                     "publisher, rights, keywords")
        ->type_name("KEY=VALUE");
    convert->add_option("--lang", job.read.language, "article language (BCP 47), e.g. en, de")
        ->type_name("LANG");
    convert
        ->add_option("--page-source", job.page_source,
                     "mark the print pages of STYLE in the EPUB (default: the PDF's, when one is "
                     "made)")
        ->type_name("STYLE");
    convert
        ->add_option("--cover", job.cover,
                     "cover: a PNG or JPEG file, or auto (title and author set in the style)")
        ->type_name("IMAGE|auto");
    std::string from;
    convert
        ->add_option("--from", from,
                     "input markup: text or markdown (default: by extension, .md/.markdown are "
                     "Markdown; standard input: text)")
        ->type_name("FORMAT")
        ->check(CLI::IsMember({"text", "markdown"}));
    std::string to;
    convert->add_option("--to", to, "format of the output - (standard output)")
        ->type_name("FORMAT")
        ->check(CLI::IsMember({"epub", "pdf"}));
    convert->add_flag("-q,--quiet", quiet, "print no warnings");
    convert->add_flag("-v,--verbose", verbose, "print what is done");
    convert->add_option("--max-input", max_input, max_input_help)->type_name("SIZE");
    const std::string resource_help =
        "also read the articles' images from DIR (repeatable; default: only the article's folder)";
    convert->add_option("--resource-path", job.read.resource_paths, resource_help)
        ->type_name("DIR");

    galley::book::BatchOptions batch_options;
    std::string batch_to = "epub,pdf", shard, batch_style;
    std::vector<std::string> batch_sets;
    CLI::App* batch = app.add_subcommand("batch", "convert every .txt and .md of a folder");
    batch
        ->add_option("folder", batch_options.input_dir, "folder of plain-text or Markdown articles")
        ->required()
        ->type_name("DIR");
    batch->add_option("-o,--output", batch_options.output_dir, "output folder")
        ->required()
        ->type_name("DIR");
    batch->add_option("--to", batch_to, "formats to write: epub, pdf or epub,pdf")
        ->default_str("epub,pdf")
        ->type_name("FORMATS");
    batch->add_option("-j,--jobs", batch_options.jobs, "worker threads (default: every core)")
        ->type_name("N");
    batch->add_option("--shard", shard, "convert only shard K of N (stable split by name)")
        ->type_name("K/N");
    batch->add_flag("--force", batch_options.force, "rebuild outputs that are up to date");
    batch->add_option("--style", batch_style, "built-in style name or style file")
        ->type_name("STYLE");
    batch->add_option("--set", batch_sets, "override a style key, e.g. body.font_size=12pt")
        ->type_name("KEY=VALUE");
    batch->add_option("--pdf-standard", batch_standard, standard_help)->type_name("STANDARDS");
    batch->add_option("--lang", batch_options.read.language, "language of every article")
        ->type_name("LANG");
    batch
        ->add_option("--cover", batch_options.cover,
                     "auto: a typographic cover for every article (title and author in the style)")
        ->type_name("auto")
        ->check(CLI::IsMember({"auto"}));
    batch->add_flag("-q,--quiet", quiet, "print no warnings");
    batch->add_option("--max-input", max_input, max_input_help)->type_name("SIZE");
    batch->add_option("--resource-path", batch_options.read.resource_paths, resource_help)
        ->type_name("DIR");

    std::string manifest_path, book_style;
    std::vector<std::filesystem::path> book_outputs;
    std::vector<std::string> book_sets;
    CLI::App* book =
        app.add_subcommand("book", "make one book (EPUB and/or PDF) of a manifest's articles");
    book->add_option("manifest", manifest_path, "the book's manifest (TOML)")
        ->required()
        ->type_name("FILE");
    book->add_option("-o,--output", book_outputs, "output file, .epub, .pdf or .svg")
        ->required()
        ->type_name("FILE");
    book->add_option("--style", book_style, "style name or file (default: the manifest's)")
        ->type_name("STYLE");
    book->add_option("--set", book_sets, "override a style key, e.g. body.font_size=12pt")
        ->type_name("KEY=VALUE");
    book->add_option("--pdf-standard", book_standard, standard_help)->type_name("STANDARDS");
    std::string book_page_source;
    book->add_option("--page-source", book_page_source,
                     "mark the print pages of STYLE in the EPUB (default: the PDF's, when one is "
                     "made)")
        ->type_name("STYLE");
    book->add_flag("-q,--quiet", quiet, "print no warnings");
    book->add_option("--max-input", max_input, max_input_help)->type_name("SIZE");
    std::vector<std::filesystem::path> book_resource_paths;
    book->add_option("--resource-path", book_resource_paths, resource_help)->type_name("DIR");
    bool allow_outside = false;
    book->add_flag("--allow-outside", allow_outside,
                   "let the manifest name files outside its own folder");

    CLI::App* styles = app.add_subcommand("styles", "list the built-in styles, or show one");
    std::vector<std::string> styles_args;
    styles->add_option("args", styles_args, "'show NAME' prints the resolved style")
        ->type_name("ARGS");

    // The man page and completion scripts, generated from the tables above at build time.
    if (argc == 2 && std::string(argv[1]) == "--help-man") {
        std::cout << galley::app::man_page(app);
        return 0;
    }
    if (argc == 3 && std::string(argv[1]) == "--completion") {
        const std::string shell = argv[2];
        if (shell == "bash" || shell == "zsh") {
            std::cout << (shell == "bash" ? galley::app::bash_completion(app)
                                          : galley::app::zsh_completion(app));
            return 0;
        }
        std::cerr << "galley: error: --completion expects bash or zsh, got '" << shell << "'\n";
        return static_cast<int>(ErrorCode::Usage);
    }

    try {
        std::vector<std::string> args = with_shorthand(argc, argv, app);
        std::vector<const char*> pointers;
        for (const std::string& a : args) pointers.push_back(a.c_str());
        app.parse(static_cast<int>(pointers.size()), pointers.data());
    } catch (const CLI::ParseError& e) {
        if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
        std::cerr << parse_error_line(e, app) << '\n';
        return static_cast<int>(ErrorCode::Usage);
    } catch (const Error& e) {
        std::cerr << "galley: error: " << e.message() << '\n';
        return static_cast<int>(e.code());
    }

    // --pdf-standard is the style key pdf.standard, set last.
    if (!pdf_standard.empty()) sets.push_back("pdf.standard=" + pdf_standard);
    if (!batch_standard.empty()) batch_sets.push_back("pdf.standard=" + batch_standard);
    if (!book_standard.empty()) book_sets.push_back("pdf.standard=" + book_standard);

    galley::Diagnostics diagnostics;
    try {
        apply_max_input(max_input);
        if (convert->parsed()) {
            const std::filesystem::path& stream = galley::app::kStdStream;
            const auto to_stdout = std::count(job.outputs.begin(), job.outputs.end(), stream);
            if (to_stdout > 1)
                throw Error(ErrorCode::Usage, "", "-o - (standard output) may be given only once");
            if (to_stdout) {
                if (to.empty())
                    throw Error(ErrorCode::Usage, "",
                                "-o - (standard output) needs --to epub or --to pdf");
                job.stdout_format =
                    to == "pdf" ? galley::app::Format::Pdf : galley::app::Format::Epub;
                if (::isatty(1))
                    throw Error(ErrorCode::Usage, "<stdout>",
                                "refusing to write " +
                                    std::string(to == "pdf" ? "a PDF" : "an EPUB") +
                                    " to a terminal; redirect or pipe standard output");
            } else if (!to.empty()) {
                throw Error(ErrorCode::Usage, "",
                            "--to names the format of -o - (standard output); a file's format "
                            "comes from its extension");
            }
            std::vector<std::filesystem::path> files;  // the outputs that are files
            for (const auto& out : job.outputs)
                if (out != stream) files.push_back(out);
            for (const auto& out : files) galley::app::format_of(out);
            if (!from.empty())
                job.read.format = from == "markdown" ? galley::read::InputFormat::Markdown
                                                     : galley::read::InputFormat::Text;
            job.style = style_name;
            job.style_settings = split_pairs(sets, "--set");
            // The user-input boundary: "; " separates authors (and keywords) only here.
            for (auto& [key, value] : split_pairs(metas, "--meta")) job.meta.set(key, value);
            galley::app::run_convert(job, diagnostics);  // through the job API (galley/galley.hpp)
            print_warnings(diagnostics, quiet);
            if (verbose)
                for (const auto& out : job.outputs)
                    std::cerr << "galley: wrote "
                              << (out == stream ? std::string("<stdout>") : out.string()) << '\n';
            return 0;
        }
        if (batch->parsed()) {
            galley::style::StyleSheet style =
                galley::style::load_style(batch_style, split_pairs(batch_sets, "--set"));
            galley::app::fonts_for(style);  // fail early on unknown families
            batch_options.style_key = galley::style::describe(style);
            for (const std::string& f : split_list(batch_to))
                batch_options.formats.push_back(galley::app::format_of("x." + f));
            if (!shard.empty()) {
                unsigned k = 0, n = 0;
                char slash = 0;
                std::istringstream in(shard);
                if (!(in >> k >> slash >> n) || slash != '/' || k < 1 || k > n || !in.eof())
                    throw Error(ErrorCode::Usage, "",
                                "--shard expects K/N with 1 <= K <= N, got '" + shard + "'");
                batch_options.shard_index = k;
                batch_options.shard_count = n;
            }
            batch_options.progress_bar = ::isatty(2) && !quiet;
            auto results = galley::book::run_batch(batch_options, style, std::cerr);
            std::size_t ok = 0, skipped = 0, failed = 0;
            for (const auto& r : results) {
                ok += r.status == "ok";
                skipped += r.status == "skipped";
                failed += r.status == "failed";
                if (!quiet)
                    for (const std::string& w : r.warnings) std::cerr << w << '\n';
            }
            for (const auto& r : results)
                if (r.status == "failed") std::cerr << "galley: error: " << r.error << '\n';
            std::cerr << "galley: " << results.size() << " articles: " << ok << " converted, "
                      << skipped << " up to date, " << failed << " failed; report in "
                      << (batch_options.output_dir / "report.json").string() << '\n';
            return failed ? kBatchFailed : 0;
        }
        if (book->parsed()) {
            galley::api::BookJob book_job;  // through the job API (galley/galley.hpp)
            book_job.manifest = manifest_path;
            book_job.style = {book_style, split_pairs(book_sets, "--set")};
            for (const auto& out : book_outputs)
                book_job.outputs.push_back(galley::api::Output::file(out));
            book_job.page_source = book_page_source;
            book_job.resource_paths = book_resource_paths;
            book_job.allow_outside = allow_outside;
            std::size_t articles = galley::book::make_book(book_job, diagnostics);
            print_warnings(diagnostics, quiet);
            if (!quiet) {
                for (const auto& out : book_outputs)
                    std::cerr << "galley: wrote " << out.string() << " (" << articles
                              << " articles)\n";
            }
            return 0;
        }
        if (styles->parsed()) {
            if (styles_args.empty()) {
                for (const auto& [name, description] : galley::style::builtin_styles())
                    std::cout << name << "  " << description << '\n';
                return 0;
            }
            if (styles_args.size() == 2 && styles_args[0] == "show") {
                std::cout << galley::style::describe(galley::style::load_style(styles_args[1]));
                return 0;
            }
            throw Error(ErrorCode::Usage, "", "usage: galley styles [show NAME]");
        }
    } catch (const Error& e) {
        print_warnings(diagnostics, quiet);
        std::cerr << "galley: error: " << e.message() << '\n';
        return static_cast<int>(e.code());
    } catch (const std::bad_alloc&) {
        // The input being worked on when memory ran out (a folder for batch).
        std::string subject = convert->parsed() ? galley::app::input_name(job.input)
                              : batch->parsed() ? batch_options.input_dir.string()
                                                : manifest_path;
        std::cerr << "galley: error: " << (subject.empty() ? "" : subject + ": ")
                  << "out of memory\n";
        return static_cast<int>(ErrorCode::OutOfMemory);
    } catch (const std::exception& e) {
        print_warnings(diagnostics, quiet);
        std::cerr << "galley: error: internal error: " << e.what() << '\n';
        return static_cast<int>(ErrorCode::Internal);
    } catch (...) {  // a library's own exception type: still a bug, still one line
        print_warnings(diagnostics, quiet);
        std::cerr << "galley: error: internal error: unknown exception\n";
        return static_cast<int>(ErrorCode::Internal);
    }
    return 0;
}
