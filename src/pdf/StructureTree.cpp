#include "pdf/StructureTree.hpp"

#include <podofo.h>

#include <map>
#include <string>

#include "base/TextCheck.hpp"

namespace galley::pdf {

using namespace PoDoFo;

namespace {

/// A text string (/Alt): made clean UTF-8 first (PoDoFo's converter trusts its input), plain
/// when ASCII, else UTF-16BE.
PdfString text_string(const std::string& raw) {
    const std::string s = clean_text(raw, std::string::npos);
    for (unsigned char c : s)
        if (c >= 0x80 || c < 0x20) return PdfString(reinterpret_cast<const pdf_utf8*>(s.c_str()));
    return PdfString(s);
}

}  // namespace

struct StructureTree::Impl {
    PdfObject* root = nullptr;
    PdfObject* document = nullptr;
    std::vector<PdfObject*> elements;
    std::vector<int> parents;
    // Each element's /K array, in place in its dictionary (no copy at the end); the document's
    // last. Empty ones are removed in finish().
    std::vector<PdfArray*> kids;
    std::vector<bool> attached;
    std::map<int, PdfArray> parent_tree;  // page index → MCID-indexed element references
    int page_count = 0;
    std::vector<PdfReference> annotation_parents;  // key page_count + i → element reference
    std::vector<std::pair<std::string, PdfReference>> ids;  // element IDs (notes), sorted

    PdfArray& kids_of(int element) {
        return element < 0 ? *kids.back() : *kids[static_cast<std::size_t>(element)];
    }
    void attach(int element) {
        auto e = static_cast<std::size_t>(element);
        if (attached[e]) return;
        attached[e] = true;
        if (parents[e] >= 0) attach(parents[e]);
        kids_of(parents[e]).push_back(elements[e]->Reference());
    }
};

StructureTree::StructureTree(PdfVecObjects& objects,
                             const std::vector<page::StructureElement>& elements, int page_count)
    : impl_(new Impl) {
    Impl& s = *impl_;
    s.page_count = page_count;
    s.root = objects.CreateObject("StructTreeRoot");
    s.document = objects.CreateObject("StructElem");
    s.document->GetDictionary().AddKey("S", PdfName("Document"));
    s.document->GetDictionary().AddKey("P", s.root->Reference());
    const int n = static_cast<int>(elements.size());
    s.elements.reserve(elements.size());
    s.parents.reserve(elements.size());
    s.kids.reserve(elements.size() + 1);
    for (int i = 0; i < n; ++i) {
        const auto& e = elements[static_cast<std::size_t>(i)];
        // A parent must come before its child and exist; anything else hangs off the root.
        int parent = (e.parent >= 0 && e.parent < i) ? e.parent : -1;
        PdfObject* obj = objects.CreateObject("StructElem");
        std::string role;
        for (char c : e.role) {
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
                role += c;
        }
        obj->GetDictionary().AddKey("S", PdfName(role.empty() ? "Span" : role));
        if (!e.lang.empty()) obj->GetDictionary().AddKey("Lang", PdfString(e.lang));
        if (!e.alt.empty()) obj->GetDictionary().AddKey("Alt", text_string(e.alt));
        if (role == "TH") {  // galley's header cells head their columns (header rows)
            PdfDictionary attributes;
            attributes.AddKey("O", PdfName("Table"));
            attributes.AddKey("Scope", PdfName("Column"));
            obj->GetDictionary().AddKey("A", attributes);
        }
        if (role == "Note") {
            // PDF/UA (7.9) wants an ID on every note; zero-padded, so the IDTree stays sorted.
            std::string id = std::to_string(i);
            id = "note" + std::string(id.size() < 8 ? 8 - id.size() : 0, '0') + id;
            obj->GetDictionary().AddKey("ID", PdfString(id));
            s.ids.emplace_back(id, obj->Reference());
        }
        obj->GetDictionary().AddKey(
            "P", parent >= 0 ? s.elements[static_cast<std::size_t>(parent)]->Reference()
                             : s.document->Reference());
        obj->GetDictionary().AddKey("K", PdfArray());
        s.kids.push_back(&obj->GetDictionary().GetKey("K")->GetArray());
        s.elements.push_back(obj);
        s.parents.push_back(parent);
    }
    s.document->GetDictionary().AddKey("K", PdfArray());
    s.kids.push_back(&s.document->GetDictionary().GetKey("K")->GetArray());
    s.attached.assign(elements.size(), false);
}

StructureTree::~StructureTree() {
    delete impl_;
}

void StructureTree::add_page(int page_index, const PdfReference& page,
                             const std::vector<int>& mcid_structure) {
    Impl& s = *impl_;
    PdfArray& refs = s.parent_tree[page_index];
    for (std::size_t mcid = 0; mcid < mcid_structure.size(); ++mcid) {
        int element = mcid_structure[mcid];
        s.attach(element);
        PdfDictionary mcr;
        mcr.AddKey("Type", PdfName("MCR"));
        mcr.AddKey("Pg", page);
        mcr.AddKey("MCID", PdfObject(static_cast<pdf_int64>(mcid)));
        s.kids_of(element).push_back(mcr);
        refs.push_back(s.elements[static_cast<std::size_t>(element)]->Reference());
    }
}

void StructureTree::add_annotation(int element, PdfObject& annotation, const PdfReference& page) {
    Impl& s = *impl_;
    if (element < 0 || static_cast<std::size_t>(element) >= s.elements.size()) return;
    s.attach(element);
    PdfDictionary objr;
    objr.AddKey("Type", PdfName("OBJR"));
    objr.AddKey("Pg", page);
    objr.AddKey("Obj", annotation.Reference());
    s.kids_of(element).push_back(objr);
    const auto key = static_cast<pdf_int64>(s.page_count + s.annotation_parents.size());
    annotation.GetDictionary().AddKey("StructParent", PdfObject(key));
    s.annotation_parents.push_back(s.elements[static_cast<std::size_t>(element)]->Reference());
}

void StructureTree::finish(PdfObject& catalog) {
    Impl& s = *impl_;
    // Elements without content still belong to the tree, in document order.
    for (std::size_t i = 0; i < s.elements.size(); ++i) s.attach(static_cast<int>(i));
    for (std::size_t i = 0; i < s.elements.size(); ++i) {
        if (s.kids[i]->empty()) s.elements[i]->GetDictionary().RemoveKey("K");
    }

    // The ParentTree is filled in place, each page's array released once copied in.
    PdfArray root_kids;
    root_kids.push_back(s.document->Reference());
    s.root->GetDictionary().AddKey("K", root_kids);
    s.root->GetDictionary().AddKey("ParentTree", PdfDictionary());
    PdfDictionary& parent_tree = s.root->GetDictionary().GetKey("ParentTree")->GetDictionary();
    parent_tree.AddKey("Nums", PdfArray());
    PdfArray& nums = parent_tree.GetKey("Nums")->GetArray();
    for (auto& [page, refs] : s.parent_tree) {
        nums.push_back(PdfObject(static_cast<pdf_int64>(page)));
        nums.push_back(refs);
        refs = PdfArray();
    }
    s.parent_tree.clear();
    for (std::size_t i = 0; i < s.annotation_parents.size(); ++i) {
        nums.push_back(PdfObject(static_cast<pdf_int64>(s.page_count + i)));
        nums.push_back(s.annotation_parents[i]);
    }
    s.root->GetDictionary().AddKey(
        "ParentTreeNextKey",
        PdfObject(static_cast<pdf_int64>(s.page_count + s.annotation_parents.size())));
    if (!s.ids.empty()) {
        PdfArray names;
        for (const auto& [id, ref] : s.ids) {
            names.push_back(PdfString(id));
            names.push_back(ref);
        }
        PdfDictionary id_tree;
        id_tree.AddKey("Names", names);
        s.root->GetDictionary().AddKey("IDTree", id_tree);
    }
    catalog.GetDictionary().AddKey("StructTreeRoot", s.root->Reference());
    PdfDictionary mark_info;
    mark_info.AddKey("Marked", PdfObject(true));
    catalog.GetDictionary().AddKey("MarkInfo", mark_info);
}

}  // namespace galley::pdf
