#include "pdf/FontEmbedder.hpp"

#include <cmath>
#include <set>

#include "base/Error.hpp"
#include "base/Length.hpp"
#include "pdf/CffCharset.hpp"
#include "pdf/Deflate.hpp"
#include "pdf/Hash.hpp"
#include "pdf/ToUnicode.hpp"
#include "text/Subset.hpp"

#include <podofo.h>

namespace galley::pdf {
namespace {

using namespace PoDoFo;

/// A PostScript name safe to use as a PDF name.
std::string clean_name(const text::FontFace& face) {
    std::string out;
    for (char c : face.postscript_name()) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
            c == '-' || c == '_' || c == '.') {
            out += c;
        }
    }
    if (out.empty()) {
        for (char c : face.family()) {
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
                out += c;
        }
    }
    return out.empty() ? "Font" : out;
}

/// "/W" as compact ranges: `c [w1 w2 ...]` per run of consecutive codes.
PdfArray widths_array(const std::map<std::uint32_t, double>& by_code) {
    PdfArray w;
    auto it = by_code.begin();
    while (it != by_code.end()) {
        std::uint32_t first = it->first, last = first;
        PdfArray run;
        auto end = it;
        while (end != by_code.end() && end->first == last + (end == it ? 0 : 1)) {
            last = end->first;
            run.push_back(PdfObject(end->second == std::floor(end->second)
                                        ? PdfObject(static_cast<pdf_int64>(end->second))
                                        : PdfObject(end->second)));
            ++end;
        }
        w.push_back(PdfObject(static_cast<pdf_int64>(first)));
        w.push_back(PdfObject(run));
        it = end;
    }
    return w;
}

double scale(int value, unsigned upem) {
    return std::round(value * 1000.0 / upem);
}

PdfObject number(double v) {
    return v == std::floor(v) ? PdfObject(static_cast<pdf_int64>(v)) : PdfObject(v);
}

}  // namespace

FontEmbedder::FontEmbedder(const text::GlyphUse& use) : use_(use) {
    update();
}

void FontEmbedder::update() {
    const auto& faces = use_.faces();
    for (std::size_t i = fonts_.size(); i < faces.size(); ++i) {
        Font f;
        f.face = faces[i].face;
        f.use = i;
        fonts_.push_back(std::move(f));
    }
    for (Font& f : fonts_) {
        const auto& used = glyphs(f);
        if (used.size() == f.widths.size()) continue;  // nothing new (glyphs are only added)
        for (const auto& [gid, text] : used) {
            if (f.widths.count(gid) != 0) continue;
            double w = f.face->advance(gid) * 1000.0 / f.face->units_per_em();
            f.widths[gid] = std::round(w * 1000.0) / 1000.0;
        }
    }
}

void FontEmbedder::subset() {
    for (Font& f : fonts_) {
        std::string key = f.face->postscript_name();
        std::set<std::uint32_t> gids;
        for (const auto& [gid, text] : glyphs(f)) {
            key += "," + std::to_string(gid);
            gids.insert(gid);
        }
        f.base_font = subset_tag(key) + "+" + clean_name(*f.face);
        if (f.face->is_cff()) {
            std::map<std::uint32_t, std::uint32_t> old_to_new;
            f.program = text::subset_by_glyphs(*f.face, gids, &old_to_new);
            // hb-subset keeps a CID-keyed font's original CIDs; make them equal the new glyph
            // ids so that the character codes (= new glyph ids) mean the same to every reader.
            make_cids_identity(f.program);
            for (const auto& [gid, code] : old_to_new)
                f.codes[gid] = static_cast<std::uint16_t>(code);
        } else {
            f.program = text::subset_by_glyphs(*f.face, gids);
        }
    }
    subset_ = true;
}

std::uint16_t FontEmbedder::code(int font, std::uint32_t gid) const {
    const Font& f = fonts_[static_cast<std::size_t>(font)];
    if (!f.face->is_cff()) return static_cast<std::uint16_t>(gid);
    if (!subset_) provisional_ = true;  // a CFF code is the subset's glyph id
    auto it = f.codes.find(gid);
    return it == f.codes.end() ? 0 : it->second;
}

bool FontEmbedder::maps_to(int font, std::uint32_t gid, std::string_view text) const {
    const Font& f = fonts_[static_cast<std::size_t>(font)];
    const auto& used = glyphs(f);
    auto it = used.find(gid);
    // A glyph's text only changes from "" (seen only as a mark so far) to its first real text.
    if (!subset_ && (it == used.end() || it->second.empty())) provisional_ = true;
    return it != used.end() && it->second == text;
}

double FontEmbedder::width(int font, std::uint32_t gid) const {
    const Font& f = fonts_[static_cast<std::size_t>(font)];
    auto it = f.widths.find(gid);
    return it == f.widths.end() ? 0 : it->second;
}

std::vector<PdfObject*> FontEmbedder::embed(PdfVecObjects& objects) const {
    std::vector<PdfObject*> result;
    for (std::size_t i = 0; i < fonts_.size(); ++i) {
        const Font& f = fonts_[i];
        const text::FontFace& face = *f.face;
        const unsigned upem = face.units_per_em();
        const bool cff = face.is_cff();

        // Codes → widths and texts (codes equal glyph ids for TrueType).
        std::map<std::uint32_t, double> widths;
        std::map<std::uint32_t, std::string> texts;
        for (const auto& [gid, text] : glyphs(f)) {
            std::uint32_t c = code(static_cast<int>(i), gid);
            widths[c] = f.widths.at(gid);
            texts[c] = text;
        }

        PdfObject* file = objects.CreateObject();
        set_flate_stream(*file, f.program);
        if (cff) {
            file->GetDictionary().AddKey("Subtype", PdfName("OpenType"));
        } else {
            file->GetDictionary().AddKey("Length1",
                                         PdfObject(static_cast<pdf_int64>(f.program.size())));
        }

        PdfObject* descriptor = objects.CreateObject("FontDescriptor");
        PdfDictionary& d = descriptor->GetDictionary();
        d.AddKey("FontName", PdfName(f.base_font));
        int flags = 4;  // symbolic: glyphs outside the standard Latin set
        if (face.italic()) flags |= 64;
        if (face.family().find("Serif") != std::string::npos) flags |= 2;
        d.AddKey("Flags", PdfObject(static_cast<pdf_int64>(flags)));
        PdfArray bbox;
        for (int k = 0; k < 4; ++k) bbox.push_back(number(scale(face.bbox()[k], upem)));
        d.AddKey("FontBBox", bbox);
        d.AddKey("ItalicAngle", number(std::round(face.italic_angle() * 10) / 10));
        d.AddKey("Ascent", number(scale(face.ascender(), upem)));
        d.AddKey("Descent", number(scale(face.descender(), upem)));
        int cap = face.cap_height() ? face.cap_height() : face.ascender() * 7 / 10;
        d.AddKey("CapHeight", number(scale(cap, upem)));
        d.AddKey("StemV", PdfObject(static_cast<pdf_int64>(face.bold() ? 140 : 80)));
        d.AddKey(cff ? "FontFile3" : "FontFile2", file->Reference());

        PdfObject* cid = objects.CreateObject("Font");
        PdfDictionary& c = cid->GetDictionary();
        c.AddKey("Subtype", PdfName(cff ? "CIDFontType0" : "CIDFontType2"));
        c.AddKey("BaseFont", PdfName(f.base_font));
        PdfDictionary info;
        info.AddKey("Registry", PdfString("Adobe"));
        info.AddKey("Ordering", PdfString("Identity"));
        info.AddKey("Supplement", PdfObject(static_cast<pdf_int64>(0)));
        c.AddKey("CIDSystemInfo", info);
        c.AddKey("FontDescriptor", descriptor->Reference());
        c.AddKey("DW", PdfObject(static_cast<pdf_int64>(1000)));
        c.AddKey("W", widths_array(widths));
        if (!cff) c.AddKey("CIDToGIDMap", PdfName("Identity"));

        PdfObject* cmap = objects.CreateObject();
        std::string cmap_text = to_unicode_cmap(texts);
        set_flate_stream(*cmap, cmap_text);

        PdfObject* type0 = objects.CreateObject("Font");
        PdfDictionary& t = type0->GetDictionary();
        t.AddKey("Subtype", PdfName("Type0"));
        t.AddKey("BaseFont", PdfName(f.base_font));
        t.AddKey("Encoding", PdfName("Identity-H"));
        PdfArray descendants;
        descendants.push_back(cid->Reference());
        t.AddKey("DescendantFonts", descendants);
        t.AddKey("ToUnicode", cmap->Reference());
        result.push_back(type0);
    }
    return result;
}

}  // namespace galley::pdf
