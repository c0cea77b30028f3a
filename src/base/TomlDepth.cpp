#include "base/TomlDepth.hpp"

#include <limits>
#include <vector>

namespace galley {

namespace {

/// The scanner: walks the bytes once, tracking what toml++ would nest.
class DepthScanner {
  public:
    DepthScanner(std::string_view text, std::size_t max_depth) : s_(text), max_(max_depth) {}

    std::optional<TomlTooDeep> run() {
        while (i_ < s_.size() && !deep_) step();
        if (deep_) return TomlTooDeep{line_, depth()};
        return std::nullopt;
    }

    /// The line of the first byte toml++ must not see (after run()): non-ASCII outside strings
    /// and comments, or a character other than a key's in a table header.
    std::optional<int> stray_line() const { return stray_; }
    /// What that byte was.
    const char* stray_what() const { return stray_what_; }

  private:
    /// What the next characters are: a key (before '='), a value, a table header, or the rest
    /// of a header's line.
    enum class Mode { Key, Value, Header, AfterHeader };
    /// An open array ('[') or inline table ('{') and the dots of its current key.
    struct Frame {
        char open;
        std::size_t dots;
    };

    static bool bare_key_char(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
               c == '_' || c == '-';
    }
    void stray(const char* what) {
        if (stray_) return;
        stray_ = line_;
        stray_what_ = what;
    }

    std::size_t depth() const { return header_ + top_dots_ + frames_.size() + frame_dots_; }
    void check() {
        if (depth() > max_) deep_ = true;
    }

    void step() {
        const char c = s_[i_];
        if (c == '\n') {
            ++line_;
            ++i_;
            if (frames_.empty()) {
                mode_ = Mode::Key;
                top_dots_ = 0;
                line_start_ = true;
            }
            return;
        }
        if (c == ' ' || c == '\t' || c == '\r') {
            ++i_;
            return;
        }
        if (c == '#') {
            while (i_ < s_.size() && s_[i_] != '\n') ++i_;
            return;
        }
        const bool at_line_start = line_start_;
        line_start_ = false;
        if (c == '"' || c == '\'') {
            skip_string(c);
            return;
        }
        if (static_cast<unsigned char>(c) >= 0x80)
            stray(
                "a non-ASCII character outside quotes and comments (keys with such characters must "
                "be quoted)");
        ++i_;
        if (mode_ == Mode::AfterHeader) return;
        if (mode_ == Mode::Header) {
            if (c == '.') {
                ++header_;
                check();
            } else if (c == ']') {
                mode_ = Mode::AfterHeader;
            } else if (!bare_key_char(c)) {
                // toml++ 3.3 asserts (undefined behaviour when built with NDEBUG) on "[[[".
                stray("a character that is not part of a key in a table header");
            }
            return;
        }
        if (c == '[' && at_line_start && frames_.empty()) {
            mode_ = Mode::Header;
            header_ = 1;
            top_dots_ = 0;
            if (i_ < s_.size() && s_[i_] == '[') ++i_;
            check();
            return;
        }
        if (c == ']' || c == '}') {
            if (!frames_.empty()) {
                frame_dots_ -= frames_.back().dots;
                frames_.pop_back();
            }
            mode_ = Mode::Value;
            return;
        }
        if (mode_ == Mode::Key) {
            if (c == '.') {
                if (frames_.empty())
                    ++top_dots_;
                else
                    ++frames_.back().dots, ++frame_dots_;
                check();
            } else if (c == '=') {
                mode_ = Mode::Value;
            }
            return;
        }
        // A value.
        if (c == '[' || c == '{') {
            frames_.push_back({c, 0});
            if (c == '{') mode_ = Mode::Key;
            check();
        } else if (c == ',' && !frames_.empty() && frames_.back().open == '{') {
            frame_dots_ -= frames_.back().dots;
            frames_.back().dots = 0;
            mode_ = Mode::Key;
        }
    }

    /// Skips a basic or literal string, single- or multi-line, starting at the quote `q`.
    void skip_string(char q) {
        const bool multi = s_.substr(i_, 3) == std::string_view(q == '"' ? "\"\"\"" : "'''");
        i_ += multi ? 3 : 1;
        while (i_ < s_.size()) {
            const char c = s_[i_];
            if (c == '\\' && q == '"') {
                if (i_ + 1 < s_.size() && s_[i_ + 1] == '\n') {
                    if (!multi) {  // ill-formed: let the line end close the string
                        ++i_;
                        return;
                    }
                    ++line_;
                }
                i_ += 2;
                continue;
            }
            if (c == '\n') {
                if (!multi) return;  // ill-formed; toml++ reports it
                ++line_;
                ++i_;
                continue;
            }
            if (c == q) {
                if (!multi) {
                    ++i_;
                    return;
                }
                std::size_t run = 0;
                while (i_ < s_.size() && s_[i_] == q) ++i_, ++run;
                if (run >= 3) return;  // up to two more quotes belong to the content
                continue;
            }
            ++i_;
        }
    }

    std::string_view s_;
    std::size_t max_;
    std::size_t i_ = 0;
    int line_ = 1;
    bool deep_ = false;
    std::optional<int> stray_;
    const char* stray_what_ = "";
    bool line_start_ = true;
    Mode mode_ = Mode::Key;
    std::size_t header_ = 0;    // levels of the current table header
    std::size_t top_dots_ = 0;  // dots of the current top-level key
    std::vector<Frame> frames_;
    std::size_t frame_dots_ = 0;  // dots of the keys of all open inline tables
};

}  // namespace

std::optional<TomlTooDeep> toml_too_deep(std::string_view text, std::size_t max_depth) {
    return DepthScanner(text, max_depth).run();
}

std::optional<int> toml_stray_non_ascii(std::string_view text) {
    DepthScanner scanner(text, std::numeric_limits<std::size_t>::max());
    scanner.run();
    return scanner.stray_line();
}

void check_toml_depth(std::string_view text, const std::string& file, ErrorCode code) {
    DepthScanner scanner(text, kMaxTomlDepth);
    if (const auto deep = scanner.run())
        throw Error(code, file,
                    "line " + std::to_string(deep->line) + ": TOML nested more than " +
                        std::to_string(kMaxTomlDepth) +
                        " levels deep (table headers, dotted keys, arrays or inline tables); "
                        "refused before parsing");
    if (const auto line = scanner.stray_line())
        throw Error(
            code, file,
            "line " + std::to_string(*line) + ": TOML syntax error: " + scanner.stray_what());
}

}  // namespace galley
