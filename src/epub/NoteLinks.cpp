#include "epub/NoteLinks.hpp"

#include <map>
#include <string>
#include <string_view>

namespace galley::epub {

namespace {

/// True for the ids BodyBuilder gives notes and their references ("fn3", "fnref3-2").
bool is_note_id(std::string_view id) {
    return id.rfind("fn", 0) == 0;
}

}  // namespace

void relink_notes(std::vector<ContentDocument>& files) {
    if (files.size() < 2) return;
    static constexpr std::string_view kId = " id=\"";
    static constexpr std::string_view kHref = " href=\"#";
    std::map<std::string, std::size_t, std::less<>> home;  // note id → file index
    for (std::size_t f = 0; f < files.size(); ++f) {
        const std::string& x = files[f].xhtml;
        for (std::size_t at = x.find(kId); at != std::string::npos; at = x.find(kId, at + 1)) {
            const std::size_t start = at + kId.size();
            const std::size_t end = x.find('"', start);
            if (end == std::string::npos) break;
            std::string_view id(x.data() + start, end - start);
            if (is_note_id(id)) home.emplace(std::string(id), f);
        }
    }
    for (std::size_t f = 0; f < files.size(); ++f) {
        const std::string& x = files[f].xhtml;
        std::string out;
        std::size_t copied = 0;
        for (std::size_t at = x.find(kHref); at != std::string::npos; at = x.find(kHref, at + 1)) {
            const std::size_t start = at + kHref.size();
            const std::size_t end = x.find('"', start);
            if (end == std::string::npos) break;
            std::string_view id(x.data() + start, end - start);
            if (!is_note_id(id)) continue;
            auto it = home.find(id);
            if (it == home.end() || it->second == f) continue;
            out.append(x, copied, start - 1 - copied);
            out += files[it->second].href;
            copied = start - 1;
        }
        if (copied == 0) continue;
        out.append(x, copied, std::string::npos);
        files[f].xhtml = std::move(out);
    }
}

}  // namespace galley::epub
