#include "epub/FontEmbedder.hpp"

#include <algorithm>

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
        const text::FontFace* face = fonts_.face_for(c, style.family, bold, italic, language_);
        if (!face) {
            use_.add_missing(c, source_);
            continue;
        }
        use_.add_code_point(face, c);
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

EmbeddedFonts FontEmbedder::finish(const std::string& css_dir_to_root, Diagnostics& diagnostics) {
    EmbeddedFonts out;
    std::set<std::string> used_names;
    // CSS family of each face: its own family name; a second face claiming the same
    // (family, bold, italic) gets a numbered family so @font-face rules never collide.
    std::map<const text::FontFace*, std::string> css_family;
    std::set<std::tuple<std::string, bool, bool>> slots;
    for (std::size_t i = 0; i < use_.faces().size(); ++i) {
        const text::FontFace& face = *use_.faces()[i].face;
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
                             text::subset_by_unicodes(face, use_.faces()[i].code_points)});
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
    text::report_missing(use_, diagnostics, "reading systems will use their own fonts for it");
    return out;
}

}  // namespace galley::epub
