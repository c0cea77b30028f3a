#include "epub/FontEmbedder.hpp"

#include <algorithm>
#include <cstdio>

#include "epub/Xml.hpp"
#include "text/Subset.hpp"

namespace galley::epub {

void FontEmbedder::add(std::string_view text, const style::TextStyle& style, bool bold,
                       bool italic) {
    std::vector<const text::FontFace*>& family = family_faces_[style.family];
    Seen& seen = seen_[{style.family, bold, italic}];
    for (std::size_t pos = 0; pos < text.size();) {
        char32_t c = next_code_point(text, pos);
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) continue;
        if (c < 0x10000) {
            if (seen.bmp[c]) continue;
            seen.bmp[c] = true;
        } else if (!seen.astral.insert(c).second) {
            continue;
        }
        const text::FontFace* face = fonts_.face_for(c, style.family, bold, italic);
        if (!face) {
            missing_.insert(c);
            continue;
        }
        auto [it, inserted] = index_.emplace(face, uses_.size());
        if (inserted) uses_.push_back({face, {}});
        uses_[it->second].code_points.insert(c);
        if (std::find(family.begin(), family.end(), face) == family.end()) family.push_back(face);
    }
}

namespace {

/// A file name stem from a PostScript name: ASCII letters, digits, '-' and '_' only.
std::string file_stem(const std::string& postscript_name, std::size_t n) {
    std::string out;
    for (char c : postscript_name) {
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                  c == '-' || c == '_';
        if (ok) out += c;
    }
    return out.empty() ? "font-" + std::to_string(n + 1) : out;
}

}  // namespace

EmbeddedFonts FontEmbedder::finish(const std::string& css_dir_to_root, Diagnostics& diagnostics,
                                   const std::string& source) {
    EmbeddedFonts out;
    std::set<std::string> used_names;
    // CSS family of each face: its own family name; a second face claiming the same
    // (family, bold, italic) gets a numbered family so @font-face rules never collide.
    std::map<const text::FontFace*, std::string> css_family;
    std::set<std::tuple<std::string, bool, bool>> slots;
    for (std::size_t i = 0; i < uses_.size(); ++i) {
        const text::FontFace& face = *uses_[i].face;
        std::string stem = file_stem(face.postscript_name(), i), name = stem;
        for (int n = 2; used_names.count(name); ++n) name = stem + "-" + std::to_string(n);
        used_names.insert(name);
        std::string href = "fonts/" + name + (face.is_cff() ? ".otf" : ".ttf");
        std::string family = face.family().empty() ? name : face.family();
        for (int n = 2; slots.count({family, face.bold(), face.italic()}); ++n)
            family = (face.family().empty() ? name : face.family()) + " " + std::to_string(n);
        slots.insert({family, face.bold(), face.italic()});
        css_family[&face] = family;
        out.files.push_back({href, face.is_cff() ? "font/otf" : "font/ttf",
                             text::subset_by_unicodes(face, uses_[i].code_points)});
        out.css_fonts.push_back({family, face.bold(), face.italic(), css_dir_to_root + href});
    }
    for (const auto& [style_family, faces] : family_faces_) {
        std::vector<std::string>& stack = out.stacks[style_family];
        // The family's own design first, then the fallbacks in order of first use.
        if (fonts_.has_family(style_family)) {
            const std::string& primary = fonts_.primary(style_family, false, false).family();
            for (const text::FontFace* f : faces)
                if (f->family() == primary) {
                    stack.push_back(css_family[f]);
                    break;
                }
        }
        for (const text::FontFace* f : faces)
            if (std::find(stack.begin(), stack.end(), css_family[f]) == stack.end())
                stack.push_back(css_family[f]);
    }
    if (!missing_.empty()) {
        char first[16];
        std::snprintf(first, sizeof first, "U+%04X", static_cast<unsigned>(*missing_.begin()));
        diagnostics.warn(source, 0,
                         "no font covers " + std::to_string(missing_.size()) +
                             " character(s) of the text (first " + first +
                             "); reading systems will use their own fonts for them");
    }
    return out;
}

}  // namespace galley::epub
