#include "base/Diagnostics.hpp"

#include "base/TextCheck.hpp"

namespace galley {

std::string Diagnostic::format() const {
    std::string out = file;
    if (line > 0) out += ":" + std::to_string(line);
    if (!out.empty()) out += ": ";
    return out + "warning: " + message;
}

void Diagnostics::warn(const std::string& file, int line, std::string message) {
    ++count_;
    if (warnings_.size() >= kMaxKept) return;
    // A message may quote the input it is about: keep it clean text (report.json, terminals).
    if (message.size() > kMaxMessageBytes || !is_clean_text(message))
        message = clean_text(message, kMaxMessageBytes);
    warnings_.push_back({file, line, std::move(message)});
}

}  // namespace galley
