#include "pdf/Conformance.hpp"

#include <podofo.h>

#include <functional>
#include <set>

namespace galley::pdf {

using namespace PoDoFo;

namespace {

constexpr const char* kUa = "PDF/UA-1";
constexpr const char* kA = "PDF/A-2u";

/// The standard structure types of ISO 32000-1, 14.8.4 (galley writes no RoleMap, so every
/// type it uses must be one of these).
const std::set<std::string>& standard_types() {
    static const std::set<std::string> types = {
        "Document", "Part",    "Art",   "Sect",      "Div",     "BlockQuote", "Caption",
        "TOC",      "TOCI",    "Index", "NonStruct", "Private", "P",          "H",
        "H1",       "H2",      "H3",    "H4",        "H5",      "H6",         "L",
        "LI",       "Lbl",     "LBody", "Table",     "TR",      "TH",         "TD",
        "THead",    "TBody",   "TFoot", "Span",      "Quote",   "Note",       "Reference",
        "BibEntry", "Code",    "Link",  "Annot",     "Ruby",    "RB",         "RT",
        "RP",       "Warichu", "WT",    "WP",        "Figure",  "Formula",    "Form"};
    return types;
}

/// Resolves a reference (one level is all PDF allows for these keys); null stays null.
PdfObject* resolve(PdfVecObjects& objects, PdfObject* o) {
    if (o != nullptr && o->IsReference()) return objects.GetObject(o->GetReference());
    return o;
}

PdfObject* key(PdfVecObjects& objects, PdfObject* dict, const char* name) {
    if (dict == nullptr || !dict->IsDictionary()) return nullptr;
    return resolve(objects, dict->GetDictionary().GetKey(PdfName(name)));
}

std::string name_of(PdfObject* o) {
    return o != nullptr && o->IsName() ? o->GetName().GetName() : std::string();
}

std::string text_of(PdfObject* o) {
    if (o == nullptr || !(o->IsString() || o->IsHexString())) return {};
    return o->GetString().GetStringUtf8();
}

/// The unescaped text of the first `<rdf:li ...>` (or the element's own text) inside `element`
/// of an XMP packet; nullopt when the element is absent.
std::optional<std::string> xmp_value(const std::string& xmp, const std::string& element) {
    const std::string open = "<" + element + ">";
    std::size_t at = xmp.find(open);
    if (at == std::string::npos) return std::nullopt;
    at += open.size();
    std::size_t end = xmp.find("</" + element + ">", at);
    if (end == std::string::npos) return std::nullopt;
    std::string inner = xmp.substr(at, end - at);
    std::size_t li = inner.find("<rdf:li");
    if (li != std::string::npos) {
        std::size_t from = inner.find('>', li);
        std::size_t to = inner.find("</rdf:li>", from);
        if (from == std::string::npos || to == std::string::npos) return std::nullopt;
        inner = inner.substr(from + 1, to - from - 1);
    }
    std::string out;
    for (std::size_t i = 0; i < inner.size(); ++i) {
        static const std::pair<const char*, char> kEntities[] = {
            {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
        bool replaced = false;
        for (auto [entity, c] : kEntities) {
            if (inner.compare(i, std::char_traits<char>::length(entity), entity) == 0) {
                out += c;
                i += std::char_traits<char>::length(entity) - 1;
                replaced = true;
                break;
            }
        }
        if (!replaced) out += inner[i];
    }
    return out;
}

/// Number of `<rdf:li` items inside `element` (0 when absent).
std::size_t xmp_items(const std::string& xmp, const std::string& element) {
    std::size_t at = xmp.find("<" + element + ">");
    std::size_t end = xmp.find("</" + element + ">");
    std::size_t n = 0;
    while (at != std::string::npos && (at = xmp.find("<rdf:li", at + 1)) < end) ++n;
    return n;
}

/// "D:20221108093000Z" → "2022-11-08T09:30:00Z", the form xmp_packet writes.
std::string iso_of_pdf_date(const std::string& d) {
    if (d.size() < 16 || d.compare(0, 2, "D:") != 0) return d;
    return d.substr(2, 4) + "-" + d.substr(6, 2) + "-" + d.substr(8, 2) + "T" + d.substr(10, 2) +
           ":" + d.substr(12, 2) + ":" + d.substr(14, 2) + "Z";
}

class Checker {
  public:
    Checker(PdfMemDocument& doc, const ConformanceInput& input)
        : doc_(doc), objects_(doc.GetObjects()), in_(input) {}

    std::vector<ConformanceFailure> run() {
        catalog_ = doc_.GetCatalog();
        collect_pages();
        if (in_.standards.ua1) check_ua();
        if (in_.standards.a2u) check_a();
        return std::move(failures_);
    }

  private:
    void fail(const char* standard, const std::string& condition, const std::string& detail) {
        // One failure per condition is enough to name it; the first says where.
        for (const auto& f : failures_)
            if (f.standard == standard && f.condition == condition) return;
        failures_.push_back({standard, condition, detail});
    }

    void collect_pages() {
        std::function<void(PdfObject*)> walk = [&](PdfObject* node) {
            if (node == nullptr || !node->IsDictionary()) return;
            if (name_of(key(objects_, node, "Type")) == "Page") {
                pages_.push_back(node);
                return;
            }
            PdfObject* kids = key(objects_, node, "Kids");
            if (kids == nullptr || !kids->IsArray()) return;
            for (auto& kid : kids->GetArray()) walk(resolve(objects_, &kid));
        };
        walk(key(objects_, catalog_, "Pages"));
    }

    /// Every font of every page's resources (Type0 fonts and their descendants).
    std::vector<PdfObject*> fonts() {
        std::vector<PdfObject*> out;
        std::set<PdfObject*> seen;
        for (PdfObject* page : pages_) {
            PdfObject* font_dict = key(objects_, key(objects_, page, "Resources"), "Font");
            if (font_dict == nullptr || !font_dict->IsDictionary()) continue;
            for (auto& [name, ref] : font_dict->GetDictionary().GetKeys()) {
                (void)name;
                PdfObject* font = resolve(objects_, ref);
                if (font != nullptr && seen.insert(font).second) out.push_back(font);
            }
        }
        return out;
    }

    void check_fonts(const char* standard, const std::string& embed_clause,
                     const std::string& unicode_clause) {
        for (PdfObject* font : fonts()) {
            const std::string base = name_of(key(objects_, font, "BaseFont"));
            std::vector<PdfObject*> described{font};
            if (PdfObject* d = key(objects_, font, "DescendantFonts"); d != nullptr && d->IsArray())
                for (auto& kid : d->GetArray()) described.push_back(resolve(objects_, &kid));
            bool embedded = false;
            for (PdfObject* f : described) {
                PdfObject* fd = key(objects_, f, "FontDescriptor");
                for (const char* file : {"FontFile", "FontFile2", "FontFile3"})
                    embedded |= key(objects_, fd, file) != nullptr;
                if (name_of(key(objects_, f, "Subtype")) == "CIDFontType2" &&
                    key(objects_, f, "CIDToGIDMap") == nullptr)
                    fail(standard, "6.2.11.3.2", "font " + base + " has no CIDToGIDMap");
            }
            if (!embedded) fail(standard, embed_clause, "font " + base + " is not embedded");
            if (key(objects_, font, "ToUnicode") == nullptr)
                fail(standard, unicode_clause, "font " + base + " has no ToUnicode map");
        }
        if (!in_.unmapped_glyphs.empty())
            fail(standard, unicode_clause,
                 "glyph " + in_.unmapped_glyphs.front() + " has no Unicode mapping");
    }

    void check_ua() {
        // ISO 14289-1 7.1: a tagged PDF.
        PdfObject* root = key(objects_, catalog_, "StructTreeRoot");
        PdfObject* mark = key(objects_, catalog_, "MarkInfo");
        PdfObject* marked = key(objects_, mark, "Marked");
        if (root == nullptr) fail(kUa, "01-001", "the document has no structure tree");
        if (marked == nullptr || !marked->IsBool() || !marked->GetBool())
            fail(kUa, "01-002", "MarkInfo /Marked is not true");
        if (PdfObject* suspects = key(objects_, mark, "Suspects");
            suspects != nullptr && suspects->IsBool() && suspects->GetBool())
            fail(kUa, "01-007", "MarkInfo /Suspects is true");
        for (std::size_t i = 0; i < in_.page_streams.size(); ++i) {
            std::string problem = check_marked_content(in_.page_streams[i]);
            if (!problem.empty())
                fail(kUa, "01-005", "page " + std::to_string(i + 1) + ": " + problem);
        }
        // Metadata and title.
        if (key(objects_, catalog_, "Metadata") == nullptr || in_.xmp.empty())
            fail(kUa, "06-001", "the catalog has no XMP metadata stream");
        if (in_.xmp.find("<pdfuaid:part>1</pdfuaid:part>") == std::string::npos)
            fail(kUa, "06-002", "the XMP metadata has no PDF/UA identifier (pdfuaid:part)");
        auto title = xmp_value(in_.xmp, "dc:title");
        if (!title || title->empty()) fail(kUa, "06-003", "the XMP metadata has no dc:title");
        PdfObject* display =
            key(objects_, key(objects_, catalog_, "ViewerPreferences"), "DisplayDocTitle");
        if (display == nullptr)
            fail(kUa, "07-001", "ViewerPreferences has no DisplayDocTitle");
        else if (!display->IsBool() || !display->GetBool())
            fail(kUa, "07-002", "ViewerPreferences /DisplayDocTitle is not true");
        if (text_of(key(objects_, catalog_, "Lang")).empty())
            fail(kUa, "11-006", "the document's language (catalog /Lang) is not set");
        check_structure(root);
        check_annotations();
        check_fonts(kUa, "ISO 14289-1 7.21.4.1", "ISO 14289-1 7.21.7");
    }

    /// Walks the structure tree in order: standard types, figures' alternate text, note IDs,
    /// heading levels, element languages.
    void check_structure(PdfObject* root) {
        if (root == nullptr) return;
        int last_heading = 0;
        bool first_heading = true;
        std::set<PdfObject*> seen;
        std::function<void(PdfObject*)> walk = [&](PdfObject* element) {
            if (element == nullptr || !element->IsDictionary() || !seen.insert(element).second)
                return;
            const std::string type = name_of(key(objects_, element, "S"));
            const std::string where = "structure element " + type + " " +
                                      std::to_string(element->Reference().ObjectNumber());
            if (!type.empty()) {
                if (!standard_types().count(type))
                    fail(kUa, "02-001", where + " is of no standard type and has no role mapping");
                if (type == "Figure" && text_of(key(objects_, element, "Alt")).empty() &&
                    text_of(key(objects_, element, "ActualText")).empty())
                    fail(kUa, "13-004", "a Figure (" + where + ") has no alternate text (/Alt)");
                if (type == "Note" && text_of(key(objects_, element, "ID")).empty())
                    fail(kUa, "19-003", where + " has no /ID");
                if (type.size() == 2 && type[0] == 'H' && type[1] >= '1' && type[1] <= '6') {
                    const int level = type[1] - '0';
                    if (first_heading && level != 1)
                        fail(kUa, "14-002", "the first heading is " + type + ", not H1");
                    else if (!first_heading && level > last_heading + 1)
                        fail(kUa, "14-003",
                             type + " follows H" + std::to_string(last_heading) +
                                 ": a heading level is skipped");
                    first_heading = false;
                    last_heading = level;
                }
                if (PdfObject* lang = key(objects_, element, "Lang");
                    lang != nullptr && text_of(lang).empty())
                    fail(kUa, "11-001", where + " has an empty /Lang");
            }
            PdfObject* kids = key(objects_, element, "K");
            if (kids == nullptr) return;
            if (kids->IsArray()) {
                for (auto& kid : kids->GetArray()) walk(resolve(objects_, &kid));
            } else {
                walk(kids);
            }
        };
        walk(root);
    }

    void check_annotations() {
        for (std::size_t i = 0; i < pages_.size(); ++i) {
            PdfObject* annots = key(objects_, pages_[i], "Annots");
            if (annots == nullptr || !annots->IsArray() || annots->GetArray().empty()) continue;
            const std::string page = "page " + std::to_string(i + 1);
            const std::string tabs = name_of(key(objects_, pages_[i], "Tabs"));
            if (tabs.empty())
                fail(kUa, "28-008", page + " has annotations but no /Tabs");
            else if (tabs != "S")
                fail(kUa, "28-009", page + " has /Tabs /" + tabs + ", not /S");
            for (auto& ref : annots->GetArray()) {
                PdfObject* annot = resolve(objects_, &ref);
                if (name_of(key(objects_, annot, "Subtype")) != "Link") continue;
                if (key(objects_, annot, "StructParent") == nullptr)
                    fail(kUa, "28-011", "a link annotation on " + page + " is in no Link tag");
                if (text_of(key(objects_, annot, "Contents")).empty())
                    fail(kUa, "28-012",
                         "a link annotation on " + page + " has no /Contents description");
            }
        }
    }

    void check_a() {
        // 6.6.2: XMP metadata with the PDF/A identification.
        PdfObject* metadata = key(objects_, catalog_, "Metadata");
        if (metadata == nullptr || in_.xmp.empty())
            fail(kA, "6.6.2.1", "the catalog has no XMP metadata stream");
        else if (key(objects_, metadata, "Filter") != nullptr)
            fail(kA, "6.6.2.1", "the XMP metadata stream is compressed");
        if (in_.xmp.find("<pdfaid:part>2</pdfaid:part>") == std::string::npos ||
            in_.xmp.find("<pdfaid:conformance>U</pdfaid:conformance>") == std::string::npos)
            fail(kA, "6.6.4", "the XMP metadata does not identify PDF/A-2u (pdfaid)");
        if (in_.xmp.find("pdfuaid:") != std::string::npos &&
            in_.xmp.find("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/"
                         "</pdfaSchema:namespaceURI>") == std::string::npos)
            fail(kA, "6.6.2.3.3", "the pdfuaid XMP schema has no PDF/A extension schema");
        check_info();
        // 6.2.3: an output intent with an ICC profile, RGB for the DeviceRGB galley draws.
        PdfObject* intents = key(objects_, catalog_, "OutputIntents");
        int rgb_profiles = 0;
        if (intents != nullptr && intents->IsArray()) {
            for (auto& i : intents->GetArray()) {
                PdfObject* intent = resolve(objects_, &i);
                if (name_of(key(objects_, intent, "S")) != "GTS_PDFA1") continue;
                PdfObject* profile = key(objects_, intent, "DestOutputProfile");
                PdfObject* n = key(objects_, profile, "N");
                if (profile != nullptr && profile->HasStream() && n != nullptr && n->IsNumber() &&
                    n->GetNumber() == 3)
                    ++rgb_profiles;
            }
        }
        if (rgb_profiles == 0)
            fail(kA, "6.2.3", "no GTS_PDFA1 output intent with an RGB ICC profile");
        // 6.1.3 is checked on the written bytes (check_written).
        if (doc_.GetTrailer() != nullptr && doc_.GetTrailer()->IsDictionary() &&
            doc_.GetTrailer()->GetDictionary().HasKey(PdfName("Encrypt")))
            fail(kA, "6.1.3", "the file is encrypted");
        check_images();
        check_a_annotations();
        check_fonts(kA, "6.2.11.4.1", "6.2.11.7.2");
    }

    /// 6.6.3: each Info entry equals its XMP counterpart.
    void check_info() {
        PdfObject* info = doc_.GetInfo() != nullptr ? doc_.GetInfo()->GetObject() : nullptr;
        if (info == nullptr) return;
        const std::pair<const char*, const char*> pairs[] = {
            {"Title", "dc:title"},         {"Subject", "dc:description"},
            {"Keywords", "pdf:Keywords"},  {"Creator", "xmp:CreatorTool"},
            {"Producer", "pdf:Producer"},  {"CreationDate", "xmp:CreateDate"},
            {"ModDate", "xmp:ModifyDate"}, {"Author", "dc:creator"}};
        for (auto [info_key, xmp_key] : pairs) {
            PdfObject* value = key(objects_, info, info_key);
            if (value == nullptr) continue;
            std::string text = text_of(value);
            if (std::string(info_key).find("Date") != std::string::npos)
                text = iso_of_pdf_date(text);
            auto xmp = xmp_value(in_.xmp, xmp_key);
            if (!xmp || *xmp != text)
                fail(kA, "6.6.3",
                     std::string("Info /") + info_key + " differs from XMP " + xmp_key);
            if (std::string(info_key) == "Author" && xmp_items(in_.xmp, xmp_key) != 1)
                fail(kA, "6.6.3", "Info /Author stands for several XMP dc:creator entries");
        }
    }

    void check_images() {
        for (PdfObject* page : pages_) {
            PdfObject* xobjects = key(objects_, key(objects_, page, "Resources"), "XObject");
            if (xobjects == nullptr || !xobjects->IsDictionary()) continue;
            for (auto& [name, ref] : xobjects->GetDictionary().GetKeys()) {
                (void)name;
                PdfObject* image = resolve(objects_, ref);
                PdfObject* interpolate = key(objects_, image, "Interpolate");
                if (interpolate != nullptr && interpolate->IsBool() && interpolate->GetBool())
                    fail(kA, "6.2.8", "an image has /Interpolate true");
                for (const char* forbidden : {"Alternates", "OPI"})
                    if (key(objects_, image, forbidden) != nullptr)
                        fail(kA, "6.2.8", std::string("an image has /") + forbidden);
                const std::string space = name_of(key(objects_, image, "ColorSpace"));
                if (space == "DeviceCMYK")
                    fail(kA, "6.2.4.3", "a CMYK image does not match the RGB output intent");
            }
        }
    }

    void check_a_annotations() {
        static const std::set<std::string> allowed_actions = {"GoTo", "GoToR", "URI", "Thread",
                                                              "GoToE"};
        for (std::size_t i = 0; i < pages_.size(); ++i) {
            PdfObject* annots = key(objects_, pages_[i], "Annots");
            if (annots == nullptr || !annots->IsArray()) continue;
            for (auto& ref : annots->GetArray()) {
                PdfObject* annot = resolve(objects_, &ref);
                PdfObject* flags = key(objects_, annot, "F");
                const pdf_int64 f = flags != nullptr && flags->IsNumber() ? flags->GetNumber() : 0;
                if ((f & 4) == 0 || (f & (1 | 2 | 32 | 256)) != 0)
                    fail(kA, "6.3.2",
                         "an annotation on page " + std::to_string(i + 1) +
                             " is not set to print or is hidden");
                PdfObject* action = key(objects_, annot, "A");
                if (action != nullptr &&
                    !allowed_actions.count(name_of(key(objects_, action, "S"))))
                    fail(kA, "6.5.1",
                         "an annotation on page " + std::to_string(i + 1) +
                             " has a forbidden action");
            }
        }
    }

    PdfMemDocument& doc_;
    PdfVecObjects& objects_;
    const ConformanceInput& in_;
    PdfObject* catalog_ = nullptr;
    std::vector<PdfObject*> pages_;
    std::vector<ConformanceFailure> failures_;
};

}  // namespace

std::string check_marked_content(const std::string& s) {
    static const std::set<std::string> painting = {"Tj", "TJ", "'", "\"", "Do", "f", "F",  "f*",
                                                   "B",  "B*", "b", "b*", "S",  "s", "sh", "BI"};
    int depth = 0;
    std::size_t i = 0;
    const std::size_t n = s.size();
    auto is_delim = [](char c) {
        return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' ||
               c == '}' || c == '/' || c == '%';
    };
    auto is_white = [](char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
    };
    while (i < n) {
        const char c = s[i];
        if (is_white(c)) {
            ++i;
        } else if (c == '%') {
            while (i < n && s[i] != '\n' && s[i] != '\r') ++i;
        } else if (c == '(') {
            int nest = 0;
            for (; i < n; ++i) {
                if (s[i] == '\\') {
                    ++i;
                } else if (s[i] == '(') {
                    ++nest;
                } else if (s[i] == ')' && --nest == 0) {
                    ++i;
                    break;
                }
            }
        } else if (c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' ||
                   c == ')') {
            ++i;  // hex strings hold only hex digits, dictionaries only tokens: step through
        } else if (c == '/') {
            ++i;
            while (i < n && !is_white(s[i]) && !is_delim(s[i])) ++i;
        } else {
            std::size_t start = i;
            while (i < n && !is_white(s[i]) && !is_delim(s[i])) ++i;
            const std::string token = s.substr(start, i - start);
            if (token == "BDC" || token == "BMC") {
                ++depth;
            } else if (token == "EMC") {
                if (--depth < 0) return "EMC without a matching BDC";
            } else if (depth == 0 && painting.count(token)) {
                return "the operator " + token + " paints outside marked content";
            }
        }
    }
    if (depth != 0) return "a BDC without a matching EMC";
    return {};
}

std::string standards_xmp(const PdfStandards& standards) {
    if (!standards.ua1 && !standards.a2u) return {};
    std::string x;
    if (standards.a2u) {
        x += "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
             "<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>U</pdfaid:conformance>\n"
             "</rdf:Description>\n";
    }
    if (standards.ua1) {
        x += "<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
             "<pdfuaid:part>1</pdfuaid:part>\n</rdf:Description>\n";
    }
    if (standards.ua1 && standards.a2u) {
        // PDF/A admits only the XMP schemas it predefines unless an extension schema describes
        // the others: pdfuaid is not among them.
        x += "<rdf:Description rdf:about=\"\""
             " xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
             " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
             " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
             "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
             "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n"
             "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/"
             "</pdfaSchema:namespaceURI>\n"
             "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
             "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
             "<pdfaProperty:name>part</pdfaProperty:name>\n"
             "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
             "<pdfaProperty:category>internal</pdfaProperty:category>\n"
             "<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed"
             "</pdfaProperty:description>\n"
             "</rdf:li></rdf:Seq></pdfaSchema:property>\n"
             "</rdf:li></rdf:Bag></pdfaExtension:schemas>\n</rdf:Description>\n";
    }
    return x;
}

std::string standards_name(const PdfStandards& standards) {
    if (standards.ua1 && standards.a2u) return "PDF/UA-1 and PDF/A-2u";
    return standards.ua1 ? "PDF/UA-1" : standards.a2u ? "PDF/A-2u" : "no standard";
}

std::vector<ConformanceFailure> check_conformance(PdfMemDocument& doc,
                                                  const ConformanceInput& input) {
    return Checker(doc, input).run();
}

}  // namespace galley::pdf
