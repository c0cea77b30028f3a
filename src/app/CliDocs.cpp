#include "app/CliDocs.hpp"

#include <sstream>

namespace galley::app {

namespace {

/// What the documents need of one CLI11 option or positional argument.
struct OptionInfo {
    std::vector<std::string> names;    ///< "-o", "--output" (a positional: its name)
    std::string value;                 ///< the value's placeholder ("FILE"); empty for a flag
    std::vector<std::string> choices;  ///< the allowed values of a CLI::IsMember check
    std::string description;           ///< the help text
    std::string default_value;         ///< the default shown in the help, if any
    bool repeatable = false;           ///< may be given more than once
    bool positional = false;           ///< a positional argument
};

/// The visible options (or, with `positional`, the positional arguments) of `app`, in order.
std::vector<OptionInfo> options_of(const CLI::App& app, bool positional) {
    std::vector<OptionInfo> out;
    for (const CLI::Option* opt : app.get_options()) {
        if (opt->get_group().empty() || opt->get_positional() != positional) continue;
        OptionInfo info;
        info.positional = positional;
        if (positional) {
            info.names.push_back(opt->get_name(true));
        } else {
            for (const std::string& s : opt->get_snames()) info.names.push_back("-" + s);
            for (const std::string& l : opt->get_lnames()) info.names.push_back("--" + l);
        }
        if (opt->get_expected_max() != 0) {
            // "FORMAT:{text,markdown}": the placeholder, then each check's description.
            const std::string type = opt->get_type_name();
            info.value = type.substr(0, type.find(':'));
            const auto open = type.find(":{");
            if (open != std::string::npos) {
                std::istringstream set(type.substr(open + 2, type.find('}', open) - open - 2));
                for (std::string item; std::getline(set, item, ',');) info.choices.push_back(item);
            }
        }
        info.description = opt->get_description();
        info.default_value = opt->get_default_str();
        info.repeatable = opt->get_items_expected_max() > 1;
        out.push_back(std::move(info));
    }
    return out;
}

/// The visible subcommands of `app`, in order.
std::vector<const CLI::App*> subcommands_of(const CLI::App& app) {
    std::vector<const CLI::App*> out;
    for (const CLI::App* sub :
         app.get_subcommands([](const CLI::App* s) { return !s->get_group().empty(); }))
        out.push_back(sub);
    return out;
}

/// `text` for roff: backslashes escaped, hyphens as \- (so they copy as ASCII), a leading dot
/// or quote protected.
std::string roff(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '\\')
            out += "\\e";
        else if (c == '-')
            out += "\\-";
        else
            out += c;
    }
    if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out.insert(0, "\\&");
    return out;
}

/// "\fB-o\fR, \fB--output\fR \fIFILE\fR" for a .TP heading.
std::string roff_names(const OptionInfo& o) {
    std::string out;
    for (const std::string& n : o.names)
        out += std::string(out.empty() ? "" : ", ") + (o.positional ? "\\fI" : "\\fB") + roff(n) +
               "\\fR";
    if (!o.value.empty() && !o.positional) out += " \\fI" + roff(o.value) + "\\fR";
    return out;
}

/// The option list of one (sub)command as .TP entries.
std::string roff_options(const std::vector<OptionInfo>& options) {
    std::string out;
    for (const OptionInfo& o : options) {
        out += ".TP\n" + roff_names(o) + "\n" + roff(o.description);
        if (!o.choices.empty()) {
            std::string list;
            for (const std::string& c : o.choices) list += (list.empty() ? "" : ", ") + c;
            out += " (one of: " + roff(list) + ")";
        }
        if (!o.default_value.empty()) out += " (default: " + roff(o.default_value) + ")";
        if (o.repeatable && !o.positional) out += " (repeatable)";
        out += "\n";
    }
    return out;
}

/// Prose of the manual that the option tables do not hold.
constexpr const char* kDescription =
    "galley reads plain-text and Markdown articles (UTF-8 or any charset ICU detects, with "
    "optional YAML or TOML front matter and an ARTICLE.toml sidecar) and writes EPUB 3 e-books "
    "and typeset PDFs, one article at a time, a folder at a time or as a book of many articles.";

constexpr const char* kShorthand =
    "When the first argument after the global options is neither a subcommand nor an option, "
    "galley runs \\fBconvert\\fR on it: \\fBgalley article.txt \\-o article.epub\\fR is "
    "\\fBgalley convert article.txt \\-o article.epub\\fR. A first argument that names a "
    "subcommand is always the subcommand: convert a file called \\fIbook\\fR with "
    "\\fBgalley ./book \\-o book.epub\\fR or \\fBgalley convert book \\-o book.epub\\fR. A first "
    "argument that is neither a subcommand nor an existing file, and looks like a word rather than "
    "a path (no dot, no slash), is reported as an unknown subcommand.";

constexpr const char* kStreams =
    "An article named \\fB\\-\\fR is read from standard input; messages call it \\fI<stdin>\\fR, "
    "no sidecar is read, and it is plain text unless \\fB\\-\\-from markdown\\fR says otherwise. "
    "An output named \\fB\\-\\fR is written to standard output in the format \\fB\\-\\-to\\fR "
    "names (epub or pdf), after every file output; nothing else is written to standard output. "
    "galley refuses (exit 2) to write an EPUB or PDF to a terminal: redirect or pipe it.";

/// Environment variables galley reads, as (name, meaning).
const std::vector<std::pair<const char*, const char*>>& environment() {
    static const std::vector<std::pair<const char*, const char*>> vars = {
        {"SOURCE_DATE_EPOCH",
         "seconds since 1970 used for every date written into the outputs (reproducible builds)"},
        {"GALLEY_DATA_DIR", "the folder holding galley's fonts/ and styles/"},
        {"GALLEY_HYPHEN_DIR", "the folder of libhyphen dictionaries (default /usr/share/hyphen)"},
    };
    return vars;
}

/// `text` inside single quotes for a shell script.
std::string shell_quote(const std::string& text) {
    std::string out = "'";
    for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

/// `text` for an _arguments description in single quotes: brackets and colons escaped.
std::string zsh_text(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '[' || c == ']' || c == ':' || c == '\\') out += '\\';
        if (c == '\'')
            out += "'\\''";
        else
            out += c;
    }
    return out;
}

/// The bash action completing a value of placeholder `value` with `choices`.
std::string bash_action(const OptionInfo& o) {
    if (!o.choices.empty()) {
        std::string words;
        for (const std::string& c : o.choices) words += (words.empty() ? "" : " ") + c;
        return "COMPREPLY=($(compgen -W " + shell_quote(words) + " -- \"$cur\"))";
    }
    if (o.value == "FILE") return "_galley_files";
    if (o.value == "DIR") return "_galley_dirs";
    if (o.value == "STYLE") return "_galley_styles";
    return "COMPREPLY=()";
}

/// The zsh action completing a value of `o`.
std::string zsh_action(const OptionInfo& o) {
    if (!o.choices.empty()) {
        std::string words;
        for (const std::string& c : o.choices) words += (words.empty() ? "" : " ") + c;
        return "(" + words + ")";
    }
    if (o.value == "FILE") return "_files";
    if (o.value == "DIR") return "_files -/";
    if (o.value == "STYLE") return "_galley_styles";
    return " ";
}

/// The _arguments specs of `app`'s options and positionals (one per line, each ending " \").
std::string zsh_specs(const CLI::App& app, bool with_positionals) {
    std::string out;
    for (const OptionInfo& o : options_of(app, false)) {
        std::string exclusion;
        if (o.repeatable) {
            exclusion = "'*'";
        } else if (o.names.size() > 1) {
            std::string all;
            for (const std::string& n : o.names) all += (all.empty() ? "" : " ") + n;
            exclusion = "'(" + all + ")'";
        }
        std::string names;
        if (o.names.size() > 1) {
            for (const std::string& n : o.names) names += (names.empty() ? "" : ",") + n;
            names = "{" + names + "}";
        } else {
            names = o.names.front();
        }
        std::string spec = "'[" + zsh_text(o.description) + "]";
        if (!o.value.empty()) spec += ":" + zsh_text(o.value) + ":" + zsh_action(o);
        out += "        " + exclusion + names + spec + "' \\\n";
    }
    if (with_positionals) {
        int index = 1;
        for (const OptionInfo& o : options_of(app, true)) {
            const std::string position = o.repeatable ? "*" : std::to_string(index++);
            out += "        '" + position + ":" + zsh_text(o.names.front()) + ":" + zsh_action(o) +
                   "' \\\n";
        }
    }
    return out;
}

}  // namespace

const std::vector<ExitCode>& exit_codes() {
    static const std::vector<ExitCode> codes = {
        {0, "success (warnings may have been printed)"},
        {1, "batch: at least one article failed (the others were converted)"},
        {2, "usage error (bad option, unknown output format, an output that is an input)"},
        {3, "input missing, unreadable or not a regular file"},
        {4, "input not usable text, or a bad sidecar or manifest"},
        {5, "style file invalid"},
        {6, "a needed font is missing or unusable"},
        {7, "an output could not be written"},
        {8, "an input is larger than --max-input"},
        {9, "an image (a book's cover) is corrupt or too large"},
        {10, "out of memory"},
        {70, "internal error (a bug: please report it)"},
    };
    return codes;
}

std::string man_page(const CLI::App& app) {
    std::ostringstream out;
    out << ".\\\" galley(1), generated by `galley --help-man` from its option tables.\n"
        << ".TH GALLEY 1 \"\" \"galley " << GALLEY_VERSION << "\" \"User Commands\"\n"
        << ".SH NAME\ngalley \\- "
        << roff(app.get_description().substr(app.get_description().find(": ") + 2))
        << "\n.SH SYNOPSIS\n";
    const auto subs = subcommands_of(app);
    out << ".B galley\n[\\fIOPTIONS\\fR] \\fIARTICLE\\fR \\fB\\-o\\fR \\fIOUTPUT\\fR ...\n.br\n";
    for (const CLI::App* sub : subs) {
        out << ".B galley\n[\\fIOPTIONS\\fR] \\fB" << roff(sub->get_name()) << "\\fR";
        for (const OptionInfo& p : options_of(*sub, true))
            out << " \\fI" << roff(p.names.front()) << "\\fR" << (p.repeatable ? " ..." : "");
        out << " [\\fISUBOPTIONS\\fR]\n.br\n";
    }
    out << ".SH DESCRIPTION\n" << roff(kDescription) << "\n.PP\n" << kShorthand << "\n";
    out << ".SH OPTIONS\n" << roff_options(options_of(app, false));
    out << ".SH COMMANDS\n";
    for (const CLI::App* sub : subs) {
        out << ".SS " << roff(sub->get_name()) << "\n" << roff(sub->get_description()) << ".\n";
        out << roff_options(options_of(*sub, true)) << roff_options(options_of(*sub, false));
    }
    out << ".SH \"STANDARD INPUT AND OUTPUT\"\n" << kStreams << "\n";
    out << ".SH \"EXIT STATUS\"\n";
    for (const ExitCode& c : exit_codes())
        out << ".TP\n.B " << c.code << "\n" << roff(c.meaning) << "\n";
    out << ".PP\nEvery error is one line on standard error starting with "
           "\\fBgalley: error:\\fR, naming the file and the reason.\n";
    out << ".SH ENVIRONMENT\n";
    for (const auto& [name, meaning] : environment())
        out << ".TP\n.B " << name << "\n" << roff(meaning) << "\n";
    out << ".SH \"SEE ALSO\"\n\\fBgalley styles\\fR lists the built-in styles; the README and "
           "styles/README.md of the source tree describe the style keys.\n";
    return out.str();
}

std::string bash_completion(const CLI::App& app) {
    std::ostringstream out;
    const auto subs = subcommands_of(app);
    std::string names;
    for (const CLI::App* sub : subs) names += (names.empty() ? "" : "|") + sub->get_name();
    std::string words;
    for (const CLI::App* sub : subs) words += (words.empty() ? "" : " ") + sub->get_name();
    auto option_words = [](const CLI::App& a) {
        std::string w;
        for (const OptionInfo& o : options_of(a, false))
            for (const std::string& n : o.names) w += (w.empty() ? "" : " ") + n;
        return w;
    };
    out << "# bash completion for galley, generated by `galley --completion bash` from its "
           "option tables.\n"
        << "_galley_files() { compopt -o filenames 2>/dev/null; "
           "COMPREPLY+=($(compgen -f -- \"$cur\")); }\n"
        << "_galley_dirs() { compopt -o filenames 2>/dev/null; "
           "COMPREPLY+=($(compgen -d -- \"$cur\")); }\n"
        << "_galley_styles() {\n"
        << "    COMPREPLY+=($(compgen -W \"$(\"${COMP_WORDS[0]}\" styles 2>/dev/null | "
           "cut -d' ' -f1)\" -- \"$cur\"))\n"
        << "    _galley_files\n}\n"
        << "_galley() {\n"
        << "    local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"\" sub=\"\" i\n"
        << "    COMPREPLY=()\n"
        << "    (( COMP_CWORD > 0 )) && prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n"
        << "    # The subcommand; a first word that is not one is an article (galley FILE -o "
           "OUT).\n"
        << "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
        << "        case \"${COMP_WORDS[i]}\" in\n"
        << "            " << names << ") sub=\"${COMP_WORDS[i]}\"; break ;;\n"
        << "            -?*) ;;\n"
        << "            *) sub=convert; break ;;\n"
        << "        esac\n"
        << "    done\n"
        << "    case \"$sub:$prev\" in\n";
    for (const CLI::App* sub : subs)
        for (const OptionInfo& o : options_of(*sub, false)) {
            if (o.value.empty()) continue;
            std::string pattern;
            for (const std::string& n : o.names)
                pattern += (pattern.empty() ? "" : "|") + sub->get_name() + ":" + n;
            out << "        " << pattern << ") " << bash_action(o) << "; return ;;\n";
        }
    out << "    esac\n"
        << "    case \"$sub\" in\n"
        << "        '') if [[ $cur == -* ]]; then\n"
        << "                COMPREPLY=($(compgen -W " << shell_quote(option_words(app))
        << " -- \"$cur\"))\n"
        << "            else\n"
        << "                COMPREPLY=($(compgen -W " << shell_quote(words) << " -- \"$cur\"))\n"
        << "                _galley_files\n"
        << "            fi ;;\n";
    for (const CLI::App* sub : subs) {
        const auto positionals = options_of(*sub, true);
        out << "        " << sub->get_name() << ") if [[ $cur == -* ]]; then\n"
            << "                COMPREPLY=($(compgen -W " << shell_quote(option_words(*sub))
            << " -- \"$cur\"))\n"
            << "            else\n"
            << "                "
            << (positionals.empty() ? std::string("COMPREPLY=()") : bash_action(positionals[0]))
            << "\n"
            << "            fi ;;\n";
    }
    out << "    esac\n"
        << "}\n"
        << "complete -F _galley galley\n";
    return out.str();
}

std::string zsh_completion(const CLI::App& app) {
    std::ostringstream out;
    const auto subs = subcommands_of(app);
    out << "#compdef galley\n"
        << "# zsh completion for galley, generated by `galley --completion zsh` from its option "
           "tables.\n"
        << "_galley_styles() {\n"
        << "    local -a styles\n"
        << "    styles=(${(f)\"$(${words[1]:-galley} styles 2>/dev/null | cut -d' ' -f1)\"})\n"
        << "    _alternative 'styles:built-in style:compadd -a styles' "
           "'files:style file:_files -g \"*.toml\"'\n"
        << "}\n"
        << "_galley() {\n"
        << "    local curcontext=\"$curcontext\" state line ret=1\n"
        << "    typeset -A opt_args\n"
        << "    _arguments -C \\\n"
        << zsh_specs(app, false) << "        '1: :->command' \\\n"
        << "        '*:: :->args' && ret=0\n"
        << "    case $state in\n"
        << "        command)\n"
        << "            local -a commands\n"
        << "            commands=(\n";
    for (const CLI::App* sub : subs)
        out << "                '" << zsh_text(sub->get_name()) << ":"
            << zsh_text(sub->get_description()) << "'\n";
    out << "            )\n"
        << "            _alternative 'commands:command:_describe -t commands command commands' "
           "'files:article:_files' && ret=0 ;;\n"
        << "        args)\n"
        << "            case $words[1] in\n";
    const CLI::App* convert = nullptr;
    for (const CLI::App* sub : subs) {
        if (sub->get_name() == "convert") convert = sub;
        out << "                " << sub->get_name() << ")\n"
            << "                    _arguments \\\n"
            << zsh_specs(*sub, true) << "                        && ret=0 ;;\n";
    }
    if (convert)  // galley ARTICLE -o OUT: the article is words[1], the rest is convert's
        out << "                *)\n"
            << "                    _arguments \\\n"
            << zsh_specs(*convert, false) << "                        && ret=0 ;;\n";
    out << "            esac ;;\n"
        << "    esac\n"
        << "    return ret\n"
        << "}\n"
        << "_galley \"$@\"\n";
    return out.str();
}

}  // namespace galley::app
