// app: the man page and the bash and zsh completion scripts, generated from the command line's
// own CLI11 option tables (`galley --help-man`, `galley --completion bash|zsh`), so that they
// always list the options the program accepts. Built into galley.1, galley and _galley at build
// time (src/app/CMakeLists.txt) and installed with the binary.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace galley::app {

/// One documented exit code of the `galley` command.
struct ExitCode {
    int code;             ///< the process exit status
    const char* meaning;  ///< what it means, one line
};

/// Every exit code `galley` returns, in order (README.md "Exit codes" says the same).
const std::vector<ExitCode>& exit_codes();

/// The manual page galley(1) in roff (man macros) for `app`: synopsis, every visible subcommand
/// with its arguments and options, the shorthand and standard-stream rules, exit status and
/// environment. No date: the page is the same on every build.
std::string man_page(const CLI::App& app);

/// A bash completion script for `app` (a `_galley` function and `complete -F _galley galley`).
std::string bash_completion(const CLI::App& app);

/// A zsh completion function for `app` (a `#compdef galley` file named `_galley`).
std::string zsh_completion(const CLI::App& app);

}  // namespace galley::app
