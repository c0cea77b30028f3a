#include "base/Diagnostics.hpp"

namespace galley {

std::string Diagnostic::format() const {
    std::string out = file;
    if (line > 0) out += ":" + std::to_string(line);
    if (!out.empty()) out += ": ";
    return out + "warning: " + message;
}

void Diagnostics::warn(const std::string& file, int line, std::string message) {
    ++count_;
    if (warnings_.size() < kMaxKept) warnings_.push_back({file, line, std::move(message)});
}

}  // namespace galley
