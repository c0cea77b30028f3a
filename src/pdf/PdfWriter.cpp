#include "pdf/PdfWriter.hpp"

#include <podofo.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>

#include "base/Deflate.hpp"
#include "base/Error.hpp"
#include "base/File.hpp"
#include "base/ImageInfo.hpp"
#include "base/Length.hpp"
#include "base/TextCheck.hpp"
#include "pdf/Conformance.hpp"
#include "pdf/ContentBuilder.hpp"
#include "pdf/Deflate.hpp"
#include "pdf/DocumentInfo.hpp"
#include "pdf/FontEmbedder.hpp"
#include "pdf/Hash.hpp"
#include "pdf/PrintMarks.hpp"
#include "pdf/StringDevice.hpp"
#include "pdf/StructureTree.hpp"
#include "text/FontFace.hpp"
#include "text/GlyphUse.hpp"

namespace galley::pdf {
namespace {

/// Held while PoDoFo calls localtime() (non-reentrant): the PdfMemDocument constructor.
std::mutex& podofo_date_mutex() {
    static std::mutex mutex;
    return mutex;
}

using namespace PoDoFo;

/// A text string: plain when ASCII, else UTF-16BE (PoDoFo converts from UTF-8). PoDoFo's
/// converter overflows its buffer on ill-formed UTF-8 and stops at a NUL: the text is made
/// clean here as a last line of defence (the metadata was checked and warned about before).
PdfString utf8(const std::string& raw) {
    const std::string s = clean_text(raw, std::string::npos);
    for (unsigned char c : s) {
        if (c >= 0x80 || c < 0x20) return PdfString(reinterpret_cast<const pdf_utf8*>(s.c_str()));
    }
    return PdfString(s);
}

PdfObject real(double v) {
    double r = std::round(v * 1000) / 1000;
    return r == std::floor(r) ? PdfObject(static_cast<pdf_int64>(r)) : PdfObject(r);
}

/// An image XObject of a PNG or JPEG file (PoDoFo decodes PNG; JPEG stays DCT-encoded).
PdfReference embed_image(PdfVecObjects& objects, const std::string& bytes,
                         const std::string& source) {
    auto info = probe_image(bytes);
    if (!info) throw Error(ErrorCode::InputInvalid, source, "an image is neither PNG nor JPEG");
    PdfImage image(&objects);
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    if (info->format == "png") {
        image.LoadFromPngData(data, static_cast<pdf_long>(bytes.size()));
    } else {
        image.LoadFromJpegData(data, static_cast<pdf_long>(bytes.size()));
    }
    return image.GetObject()->Reference();
}

/// A URI as 7-bit ASCII (non-ASCII bytes and spaces percent-encoded), as /URI requires.
std::string ascii_uri(const std::string& url) {
    static constexpr char kDigits[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : url) {
        if (c <= 0x20 || c >= 0x7F) {
            out += '%';
            out += kDigits[c >> 4];
            out += kDigits[c & 15];
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

/// An /XYZ destination: the top of `y` (points from the page top) on `page`, zoom unchanged.
/// `page_height` is the height of the media (the page and its print margins above and below).
PdfArray xyz_destination(const PdfReference& page, double page_height, double y) {
    PdfArray dest;
    dest.push_back(page);
    dest.push_back(PdfName("XYZ"));
    dest.push_back(PdfObject(PdfVariant::NullValue));
    dest.push_back(real(page_height - y));
    dest.push_back(PdfObject(PdfVariant::NullValue));
    return dest;
}

/// A URL longer than this (bytes) is written once: its action and its /Contents are indirect
/// objects shared by all the annotations of the link (one per line it spans). A shorter one is
/// written inline, which costs less than an indirect object and its cross-reference entry.
constexpr std::size_t kSharedUrl = 256;

/// The shared objects of long URLs, by URL.
struct SharedUris {
    struct Objects {
        PdfReference action, contents;
    };
    std::map<std::string, Objects, std::less<>> by_url;
};

/// A link annotation: a URI action for an external link, a /Dest for an internal one (with a
/// /Contents that says where it goes, as PDF/UA wants of every link). `heights` and `labels` are
/// every page's; `m` is the media margin around every page (print bleed), by which everything
/// moves.
PdfObject link_annotation(const page::LinkArea& link, double page_height,
                          const PdfReference& page_ref, const std::vector<double>& heights,
                          const std::vector<std::string>& labels,
                          const std::vector<PdfReference>& page_refs, PdfVecObjects& objects,
                          SharedUris& shared, double m) {
    PdfDictionary a;
    a.AddKey("Type", PdfName("Annot"));
    a.AddKey("Subtype", PdfName("Link"));
    PdfArray rect;
    rect.push_back(real(m + link.x));
    rect.push_back(real(m + page_height - link.y - link.height));
    rect.push_back(real(m + link.x + link.width));
    rect.push_back(real(m + page_height - link.y));
    a.AddKey("Rect", rect);
    PdfArray border;
    for (int i = 0; i < 3; ++i) border.push_back(PdfObject(static_cast<pdf_int64>(0)));
    a.AddKey("Border", border);
    a.AddKey("F", PdfObject(static_cast<pdf_int64>(4)));  // print
    a.AddKey("P", page_ref);
    if (link.page >= 0 && static_cast<std::size_t>(link.page) < page_refs.size()) {
        const auto target = static_cast<std::size_t>(link.page);
        const std::string& label = labels[target];
        a.AddKey("Contents",
                 utf8("Go to page " + (label.empty() ? std::to_string(target + 1) : label)));
        a.AddKey("Dest",
                 xyz_destination(page_refs[target], heights[target] + 2 * m, link.target_y + m));
        return PdfObject(a);
    }
    const std::string& url = link.url;
    auto make_action = [&] {
        PdfDictionary action;
        action.AddKey("S", PdfName("URI"));
        action.AddKey("URI", PdfString(ascii_uri(url)));
        return action;
    };
    if (url.size() <= kSharedUrl) {
        a.AddKey("Contents", utf8(url));
        a.AddKey("A", make_action());
        return PdfObject(a);
    }
    auto found = shared.by_url.find(url);
    if (found == shared.by_url.end()) {
        SharedUris::Objects made;
        made.action = objects.CreateObject(make_action())->Reference();
        made.contents = objects.CreateObject(utf8(url))->Reference();
        found = shared.by_url.emplace(url, made).first;
    }
    a.AddKey("Contents", found->second.contents);
    a.AddKey("A", found->second.action);
    return PdfObject(a);
}

/// A page's /Resources: the /ProcSet PoDoFo's own pages carry, the fonts and the images the
/// page uses.
PdfDictionary page_resources(const PageContent& content,
                             const std::vector<PdfObject*>& font_objects,
                             const std::vector<PdfReference>& image_objects) {
    const std::set<int>& fonts = content.fonts;
    PdfDictionary resources;
    PdfArray procset;
    for (const char* name : {"PDF", "Text", "ImageB", "ImageC", "ImageI"})
        procset.push_back(PdfName(name));
    resources.AddKey("ProcSet", procset);
    if (!fonts.empty()) {
        PdfDictionary font_dict;
        for (int f : fonts) {
            font_dict.AddKey(PdfName(font_resource(f)),
                             font_objects[static_cast<std::size_t>(f)]->Reference());
        }
        resources.AddKey("Font", font_dict);
    }
    if (!content.images.empty()) {
        PdfDictionary xobjects;
        for (int i : content.images) {
            if (i >= 0 && static_cast<std::size_t>(i) < image_objects.size())
                xobjects.AddKey(PdfName(image_resource(i)),
                                image_objects[static_cast<std::size_t>(i)]);
        }
        resources.AddKey("XObject", xobjects);
    }
    return resources;
}

/// The outline (bookmarks), nested by level, each entry an /XYZ destination at its y.
void write_outline(PdfMemDocument& doc, const std::vector<page::OutlineEntry>& entries,
                   const std::vector<double>& heights, const std::vector<PdfReference>& pages,
                   double m) {
    if (entries.empty() || pages.empty()) return;
    PdfVecObjects& objects = doc.GetObjects();
    PdfObject* root = objects.CreateObject("Outlines");
    std::vector<PdfObject*> items;
    std::vector<int> parent(entries.size(), -1);
    std::vector<int> stack;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        while (!stack.empty() &&
               entries[static_cast<std::size_t>(stack.back())].level >= entries[i].level) {
            stack.pop_back();
        }
        parent[i] = stack.empty() ? -1 : stack.back();
        stack.push_back(static_cast<int>(i));
        items.push_back(objects.CreateObject());
    }
    std::vector<std::vector<int>> children(entries.size() + 1);  // last = root's
    for (std::size_t i = 0; i < entries.size(); ++i) {
        children[parent[i] < 0 ? entries.size() : static_cast<std::size_t>(parent[i])].push_back(
            static_cast<int>(i));
    }
    std::vector<int> count(entries.size(), 0);
    for (std::size_t i = entries.size(); i-- > 0;) {  // children come after parents
        if (parent[i] >= 0) count[static_cast<std::size_t>(parent[i])] += 1 + count[i];
    }
    auto link_children = [&](PdfObject* holder, const std::vector<int>& kids) {
        if (kids.empty()) return;
        holder->GetDictionary().AddKey("First",
                                       items[static_cast<std::size_t>(kids.front())]->Reference());
        holder->GetDictionary().AddKey("Last",
                                       items[static_cast<std::size_t>(kids.back())]->Reference());
        for (std::size_t k = 0; k < kids.size(); ++k) {
            PdfDictionary& d = items[static_cast<std::size_t>(kids[k])]->GetDictionary();
            d.AddKey("Parent", holder->Reference());
            if (k > 0) d.AddKey("Prev", items[static_cast<std::size_t>(kids[k - 1])]->Reference());
            if (k + 1 < kids.size())
                d.AddKey("Next", items[static_cast<std::size_t>(kids[k + 1])]->Reference());
        }
    };
    int total = 0;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const auto& e = entries[i];
        PdfDictionary& d = items[i]->GetDictionary();
        d.AddKey("Title", utf8(e.title));
        const auto page =
            static_cast<std::size_t>(std::clamp(e.page, 0, static_cast<int>(pages.size()) - 1));
        d.AddKey("Dest", xyz_destination(pages[page], heights[page] + 2 * m, e.y + m));
        if (count[i] > 0) d.AddKey("Count", PdfObject(static_cast<pdf_int64>(count[i])));
        link_children(items[i], children[i]);
        ++total;
    }
    link_children(root, children.back());
    root->GetDictionary().AddKey("Count", PdfObject(static_cast<pdf_int64>(total)));
    doc.GetCatalog()->GetDictionary().AddKey("Outlines", root->Reference());
    doc.GetCatalog()->GetDictionary().AddKey("PageMode", PdfName("UseOutlines"));
}

void write_page_labels(PdfObject& catalog, const std::vector<std::string>& labels) {
    bool any = false;
    for (const std::string& label : labels) any |= !label.empty();
    if (!any) return;
    PdfArray nums;
    for (const auto& r : page_label_ranges(labels)) {
        PdfDictionary label;
        if (r.style) {
            label.AddKey("S", PdfName(std::string(1, r.style)));
            if (r.first != 1) label.AddKey("St", PdfObject(static_cast<pdf_int64>(r.first)));
        } else {
            label.AddKey("P", utf8(r.prefix));
        }
        nums.push_back(PdfObject(static_cast<pdf_int64>(r.start)));
        nums.push_back(label);
    }
    PdfDictionary tree;
    tree.AddKey("Nums", nums);
    catalog.GetDictionary().AddKey("PageLabels", tree);
}

/// Info and XMP; returns the XMP packet. With PDF/A, Info says only what XMP can say alike (one
/// Author string cannot stand for several dc:creator entries).
std::string write_metadata(PdfMemDocument& doc, const doc::Metadata& meta, long long timestamp,
                           const PdfStandards& standards) {
    const std::string creator = std::string("galley ") + GALLEY_VERSION;
    const std::string producer = creator + " (PoDoFo 0.9.8)";
    PdfDictionary& info = doc.GetInfo()->GetObject()->GetDictionary();
    std::string author;
    for (const auto& a : meta.authors) author += (author.empty() ? "" : ", ") + a;
    info.AddKey("Title", utf8(meta.title));
    if (!author.empty() && (!standards.a2u || meta.authors.size() == 1))
        info.AddKey("Author", utf8(author));
    if (!meta.description.empty()) info.AddKey("Subject", utf8(meta.description));
    if (!meta.keywords.empty()) info.AddKey("Keywords", utf8(keywords_text(meta)));
    info.AddKey("Creator", utf8(creator));
    info.AddKey("Producer", utf8(producer));
    const std::string date = pdf_date(timestamp);
    info.AddKey("CreationDate", PdfString(date));
    info.AddKey("ModDate", PdfString(date));

    PdfObject& catalog = *doc.GetCatalog();
    std::string xmp = xmp_packet(meta, timestamp, creator, producer);
    if (const std::string ids = standards_xmp(standards); !ids.empty())
        xmp.insert(xmp.rfind("</rdf:RDF>"), ids);
    PdfObject* stream = doc.GetObjects().CreateObject("Metadata");
    stream->GetDictionary().AddKey("Subtype", PdfName("XML"));
    stream->GetStream()->Set(xmp.data(), static_cast<pdf_long>(xmp.size()), TVecFilters());
    catalog.GetDictionary().AddKey("Metadata", stream->Reference());
    if (!meta.language.empty()) catalog.GetDictionary().AddKey("Lang", utf8(meta.language));
    PdfDictionary prefs;
    prefs.AddKey("DisplayDocTitle", PdfObject(true));
    catalog.GetDictionary().AddKey("ViewerPreferences", prefs);
    return xmp;
}

/// PDF/A's output intent: the sRGB profile of Debian's icc-profiles-free, for the DeviceRGB
/// colours galley draws with.
void write_output_intent(PdfMemDocument& doc, const std::string& source) {
    std::string profile;
    try {
        profile = read_file(kSrgbProfile);
    } catch (const Error&) {
        throw Error(ErrorCode::Conformance, source,
                    std::string("PDF/A-2u needs the sRGB ICC profile ") + kSrgbProfile +
                        " (Debian package icc-profiles-free)");
    }
    PdfObject* stream = doc.GetObjects().CreateObject();
    stream->GetDictionary().AddKey("N", PdfObject(static_cast<pdf_int64>(3)));
    set_flate_stream(*stream, profile);
    PdfDictionary intent;
    intent.AddKey("Type", PdfName("OutputIntent"));
    intent.AddKey("S", PdfName("GTS_PDFA1"));
    intent.AddKey("OutputConditionIdentifier", PdfString("sRGB IEC61966-2.1"));
    intent.AddKey("Info", PdfString("sRGB IEC61966-2.1"));
    intent.AddKey("DestOutputProfile", stream->Reference());
    PdfArray intents;
    intents.push_back(intent);
    doc.GetCatalog()->GetDictionary().AddKey("OutputIntents", intents);
}

/// A glyph shown standing for no text so far (a later glyph of an Indic cluster, a mark) and the
/// text of the cluster it was drawn in.
struct TextlessGlyph {
    std::size_t font = 0;  // index in the glyph use
    std::uint32_t gid = 0;
    std::string cluster;
};

/// Notes the glyphs of `run`, drawn with `font` of `use` (its glyphs added already), that stand
/// for no text so far, with their cluster's text, in drawing order.
void note_textless_glyphs(const text::GlyphUse& use, std::size_t font, const page::GlyphRun& run,
                          std::vector<TextlessGlyph>& out) {
    const auto& known = use.faces()[font].glyphs;
    std::string_view cluster;  // the text of the cluster being drawn
    for (const auto& g : run.glyphs) {
        if (g.text_size > 0) {
            cluster = run.text_of(g);
        } else if (!cluster.empty()) {
            const auto it = known.find(g.gid);
            if (it != known.end() && it->second.empty())
                out.push_back({font, g.gid, std::string(cluster)});
        }
    }
}

/// Gives a ToUnicode text to glyphs only ever shown standing for no text (the later glyphs of an
/// Indic cluster, marks): the text of the first cluster they were drawn in (`noted` in page
/// order; a glyph also shown with a text of its own keeps that). The content stream shows such
/// clusters inside an /ActualText span, which extractors read instead; the entry is there so
/// that every code maps to Unicode, as PDF/UA (7.21.7) and PDF/A-2u (6.2.11.7.2) require.
void map_textless_glyphs(text::GlyphUse& use, const std::vector<TextlessGlyph>& noted) {
    for (const TextlessGlyph& t : noted) use.add_glyph(t.font, t.gid, t.cluster);
}

/// Glyphs shown that no ToUnicode entry maps (text-less glyphs never shown with a text).
std::vector<std::string> unmapped_glyphs(const text::GlyphUse& use) {
    std::vector<std::string> out;
    for (const auto& face : use.faces()) {
        for (const auto& [gid, text] : face.glyphs)
            if (text.empty())
                out.push_back(face.face->postscript_name() + ": glyph " + std::to_string(gid));
    }
    return out;
}

/// Refuses to write a file that claims a standard galley's own checks find it does not meet.
void check_standards(PdfMemDocument& doc, ConformanceInput& input, const std::string& source) {
    auto failures = check_conformance(doc, input);
    if (failures.empty()) return;
    const auto& f = failures.front();
    std::string more = failures.size() > 1
                           ? " (and " + std::to_string(failures.size() - 1) + " more conditions)"
                           : "";
    throw Error(ErrorCode::Conformance, source,
                "not " + f.standard + ": condition " + f.condition + " fails: " + f.detail + more);
}

/// 6.1.2 and 6.1.3 of PDF/A-2, on the written bytes: the header's binary comment, a file ID in
/// the trailer and no encryption.
void check_written(const std::string& pdf, const PdfOptions& options, const std::string& source) {
    if (!options.standards.a2u) return;
    std::string problem;
    const std::size_t eol = pdf.find_first_of("\r\n");
    std::size_t comment = eol == std::string::npos ? eol : pdf.find('%', eol);
    int high = 0;
    for (std::size_t i = comment + 1;
         comment != std::string::npos && i < comment + 5 && i < pdf.size(); ++i)
        high += static_cast<unsigned char>(pdf[i]) > 127;
    const std::size_t trailer = pdf.rfind("trailer");
    if (pdf.compare(0, 7, "%PDF-1.") != 0 || comment != eol + 1 || high < 4)
        problem = "6.1.2 fails: the header has no binary comment";
    else if (trailer == std::string::npos || pdf.find("/ID", trailer) == std::string::npos)
        problem = "6.1.3 fails: the trailer has no file /ID";
    else if (pdf.find("/Encrypt", trailer) != std::string::npos)
        problem = "6.1.3 fails: the file is encrypted";
    if (!problem.empty())
        throw Error(ErrorCode::Conformance, source, "not PDF/A-2u: condition " + problem);
}

/// Replaces the trailer's /ID strings by a hash of the file and the timestamp (same length,
/// so no offset moves).
void set_file_id(std::string& pdf, long long timestamp) {
    std::size_t at = pdf.rfind("/ID");
    if (at == std::string::npos) return;
    auto digest = sha256(pdf, "|" + std::to_string(timestamp));  // the file is not copied
    for (int k = 0; k < 2; ++k) {
        std::size_t open = pdf.find('<', at);
        std::size_t close = open == std::string::npos ? open : pdf.find('>', open);
        if (close == std::string::npos) return;
        std::string hex = to_hex(digest, (close - open - 1) / 2);
        pdf.replace(open + 1, hex.size(), hex);
        at = close;
    }
}

/// MediaBox, TrimBox (always: the laid-out page) and, when the media has print margins,
/// BleedBox.
void set_page_boxes(PdfDictionary& page, const PageBoxes& boxes) {
    auto box = [](const Box& b) {
        PdfArray a;
        for (double v : b) a.push_back(real(v));
        return a;
    };
    page.AddKey("MediaBox", box(boxes.media));
    if (boxes.margin > 0) page.AddKey("BleedBox", box(boxes.bleed));
    page.AddKey("TrimBox", box(boxes.trim));
}

/// What is kept of a page once its content stream is written: the stream compressed, what the
/// page dictionary says about it, its links, size and label. A page that must wait for the
/// fonts to be subset is kept whole in `pending`.
struct WrittenPage {
    double width = 0, height = 0;
    std::string label;
    std::string packed;                 // compressed content stream
    std::string stream;                 // uncompressed, kept only for the conformance checks
    PageContent content;                // without its stream: MCIDs, fonts, images
    std::vector<page::LinkArea> links;  // in drawing order
    std::optional<page::Page> pending;  // content not written yet
};

}  // namespace

PdfOptions pdf_options(const style::StyleSheet& style, long long timestamp) {
    PdfOptions options(timestamp);
    options.bleed = style.page.bleed.value;
    options.crop_marks = style.page.crop_marks;
    options.standards.ua1 = style.pdf_standard.find("ua-1") != std::string::npos;
    options.standards.a2u = style.pdf_standard.find("a-2u") != std::string::npos;
    return options;
}

struct PdfPageWriter::Impl {
    const doc::Metadata& meta;
    PdfOptions options;
    text::GlyphUse use;
    FontEmbedder fonts{use};
    std::vector<std::shared_ptr<const text::FontFace>> faces;  // by FontTable index
    std::vector<int> font_of;                                  // FontTable index → fonts'
    std::vector<WrittenPage> pages;
    std::vector<TextlessGlyph> textless;  // candidates for map_textless_glyphs(), page order
    std::size_t deferred = 0;
    std::string pdf;

    Impl(const doc::Metadata& m, const PdfOptions& o) : meta(m), options(o) {}

    /// The embedder's index of the run's font, registering the face on first use; -1 when the
    /// run names no font of `table`.
    int font_index(const page::FontTable& table, page::FontRef ref) {
        if (!table.contains(ref)) return -1;
        const auto at = static_cast<std::size_t>(ref.index);
        if (at >= font_of.size()) {
            font_of.resize(at + 1, -1);
            faces.resize(at + 1);
        }
        if (font_of[at] < 0) {
            const page::Font& font = table[ref];
            // The process-wide face the layout shaped with (held alive by font.hold).
            faces[at] = text::FontFace::load_shared(font.file, font.face_index);
            font_of[at] = static_cast<int>(use.add_face(faces[at].get()));
        }
        return font_of[at];
    }

    /// Writes `p`'s content stream into `w` (compressed), or returns false when it depends on
    /// what only the complete glyph use can say.
    bool write_content(const page::Page& p, const page::Document& context, WrittenPage& w) {
        fonts.clear_provisional();
        PageContent content = build_page_content(p, fonts, font_of, context.structure);
        if (fonts.provisional()) return false;
        const PageBoxes boxes = page_boxes(p.width, p.height, options.bleed, options.crop_marks);
        content.stream.insert(0, print_prefix(boxes, options.crop_marks));
        w.packed = zlib_compress(content.stream);
        // Kept until finish(): without the room the compressor's worst case bound asked for
        // (about the uncompressed size, so twice the file in a long document).
        w.packed.shrink_to_fit();
        if (options.standards.ua1 || options.standards.a2u) w.stream = content.stream;
        content.stream.clear();
        content.stream.shrink_to_fit();
        w.content = std::move(content);
        return true;
    }
};

PdfPageWriter::PdfPageWriter(const doc::Metadata& meta, const PdfOptions& options)
    : impl_(std::make_unique<Impl>(meta, options)) {}

PdfPageWriter::~PdfPageWriter() = default;

std::size_t PdfPageWriter::deferred_pages() const {
    return impl_->deferred;
}

void PdfPageWriter::page(page::Page&& p, const page::Document& context) {
    Impl& m = *impl_;
    // This PDF's own glyph use, every glyph shown, in page order: fonts are subset at the end.
    bool cff = false;
    for (const auto& item : p.items) {
        if (const auto* run = std::get_if<page::GlyphRun>(&item)) {
            if (run->glyphs.empty()) continue;
            const int font = m.font_index(context.fonts, run->font);
            if (font < 0) continue;
            cff |= m.faces[static_cast<std::size_t>(run->font.index)]->is_cff();
            for (const auto& g : run->glyphs)
                m.use.add_glyph(static_cast<std::size_t>(font), g.gid, run->text_of(g));
            note_textless_glyphs(m.use, static_cast<std::size_t>(font), *run, m.textless);
        }
    }
    m.fonts.update();
    WrittenPage w;
    w.width = p.width;
    w.height = p.height;
    w.label = p.label;
    for (const auto& item : p.items) {
        if (const auto* link = std::get_if<page::LinkArea>(&item)) w.links.push_back(*link);
    }
    // A CFF font's character codes are its subset's glyph ids: such pages wait for finish().
    if (cff || !m.write_content(p, context, w)) {
        w.pending = std::move(p);
        ++m.deferred;
    }
    m.pages.push_back(std::move(w));
}

void PdfPageWriter::finish(const page::Document& document) {
    Impl& m = *impl_;
    try {
        map_textless_glyphs(m.use, m.textless);
        m.textless = {};
        m.fonts.update();
        m.fonts.subset();
        for (WrittenPage& w : m.pages) {
            if (!w.pending) continue;
            m.write_content(*w.pending, document, w);
            w.pending.reset();
        }
        std::vector<double> heights;
        std::vector<std::string> labels;
        for (const WrittenPage& w : m.pages) {
            heights.push_back(w.height);
            labels.push_back(w.label);
        }

        // The document lives in its own scope so its objects are gone before the file is hashed.
        std::string pdf;
        {
            // Its constructor stamps a PdfDate (replaced in write_metadata) with the C library's
            // localtime(), whose one struct tm two batch threads must not fill at once.
            std::unique_lock time_lock(podofo_date_mutex());
            PdfMemDocument doc;
            time_lock.unlock();
            doc.SetPdfVersion(ePdfVersion_1_7);
            std::vector<PdfObject*> font_objects = m.fonts.embed(doc.GetObjects());
            StructureTree structure(doc.GetObjects(), document.structure,
                                    static_cast<int>(m.pages.size()));
            std::vector<PdfReference> image_objects;
            for (const std::string& image : document.images)
                image_objects.push_back(embed_image(doc.GetObjects(), image, m.meta.source));

            // The page tree is built here as one /Kids array: PoDoFo's CreatePage copies the whole
            // /Kids array and walks it for every page added, which is quadratic in the page count.
            PdfVecObjects& objects = doc.GetObjects();
            PdfObject* pages_root = doc.GetPagesTree()->GetObject();
            const PdfReference pages_ref = pages_root->Reference();
            // Every page object exists before any content, so links can point forward.
            std::vector<PdfObject*> page_objects;
            std::vector<PdfReference> page_refs;
            page_objects.reserve(m.pages.size());
            page_refs.reserve(m.pages.size());
            PdfArray kids;
            SharedUris shared_uris;
            const PdfOptions& options = m.options;
            const double margin = page_boxes(0, 0, options.bleed, options.crop_marks).margin;
            const bool checking = options.standards.ua1 || options.standards.a2u;
            ConformanceInput conformance;
            conformance.standards = options.standards;
            std::size_t packed_total = 0;  // bytes of the pages' content streams
            for (std::size_t i = 0; i < m.pages.size(); ++i) {
                page_objects.push_back(objects.CreateObject("Page"));
                page_refs.push_back(page_objects.back()->Reference());
                kids.push_back(page_refs.back());
            }
            for (std::size_t i = 0; i < m.pages.size(); ++i) {
                WrittenPage& p = m.pages[i];
                PdfObject* contents = objects.CreateObject();
                set_deflated_stream(*contents, p.packed);
                packed_total += p.packed.size();
                std::string().swap(p.packed);  // PoDoFo holds its own copy
                if (checking) conformance.page_streams.push_back(std::move(p.stream));
                PdfDictionary& pd = page_objects[i]->GetDictionary();
                set_page_boxes(pd,
                               page_boxes(p.width, p.height, options.bleed, options.crop_marks));
                pd.AddKey("Parent", pages_ref);
                pd.AddKey("Contents", contents->Reference());
                pd.AddKey("Resources", page_resources(p.content, font_objects, image_objects));
                pd.AddKey("Tabs", PdfName("S"));
                pd.AddKey("StructParents", PdfObject(static_cast<pdf_int64>(i)));
                // The page's marked content first, so that a link's element takes its place
                // after the text before it; then each annotation joins its element.
                structure.add_page(static_cast<int>(i), page_refs[i], p.content.mcid_structure);
                PdfArray annots;
                for (const page::LinkArea& link : p.links) {
                    PdfObject* annot = objects.CreateObject(
                        link_annotation(link, p.height, page_refs[i], heights, labels, page_refs,
                                        objects, shared_uris, margin));
                    if (link.structure >= 0)
                        structure.add_annotation(link.structure, *annot, page_refs[i]);
                    annots.push_back(annot->Reference());
                }
                if (!annots.empty()) pd.AddKey("Annots", annots);
                p.links = {};
            }
            pages_root->GetDictionary().AddKey("Kids", kids);
            pages_root->GetDictionary().AddKey("Count",
                                               PdfObject(static_cast<pdf_int64>(m.pages.size())));

            PdfObject& catalog = *doc.GetCatalog();
            structure.finish(catalog);
            write_outline(doc, document.outline, heights, page_refs, margin);
            write_page_labels(catalog, labels);
            conformance.xmp = write_metadata(doc, m.meta, options.timestamp, options.standards);
            if (options.standards.a2u) write_output_intent(doc, m.meta.source);
            if (checking) {
                conformance.unmapped_glyphs = unmapped_glyphs(m.use);
                check_standards(doc, conformance, m.meta.source);
            }

            // Written straight into the result; room for the streams and the rest (what is
            // reserved and not written is never touched, so costs no memory).
            StringDevice device(pdf, 2 * packed_total + (std::size_t{8} << 20));
            doc.Write(&device);
        }
        set_file_id(pdf, m.options.timestamp);
        check_written(pdf, m.options, m.meta.source);
        m.pdf = std::move(pdf);
    } catch (const PdfError& e) {
        throw Error(ErrorCode::Internal, m.meta.source,
                    std::string("PDF writing failed: ") + PdfError::ErrorMessage(e.GetError()));
    }
}

std::string PdfPageWriter::take() {
    return std::move(impl_->pdf);
}

std::string write_pdf(page::Document&& paged, const doc::Metadata& meta,
                      const PdfOptions& options) {
    PdfPageWriter writer(meta, options);
    page::send(std::move(paged), writer);
    return writer.take();
}

std::string write_pdf(const page::Document& paged, const doc::Metadata& meta,
                      const PdfOptions& options) {
    PdfPageWriter writer(meta, options);
    page::send(paged, writer);
    return writer.take();
}

}  // namespace galley::pdf
