#pragma once

#include <vector>

#include "page/Document.hpp"

namespace PoDoFo {
class PdfVecObjects;
class PdfObject;
class PdfReference;
}  // namespace PoDoFo

namespace galley::pdf {

/// The tagged-PDF logical structure: a /StructTreeRoot over a /Document element, one /StructElem
/// per page::StructureElement (role and parent as given), marked-content references to the
/// MCIDs of each page and the /ParentTree that maps them back. Children are attached in the
/// order their content first appears, so the tree follows reading order.
class StructureTree {
  public:
    /// Creates the root and one element object per structure element in `objects`, for a
    /// document of `page_count` pages.
    StructureTree(PoDoFo::PdfVecObjects& objects,
                  const std::vector<page::StructureElement>& elements, int page_count);
    ~StructureTree();
    StructureTree(const StructureTree&) = delete;
    StructureTree& operator=(const StructureTree&) = delete;

    /// Records the MCIDs of page `page_index` (`mcid_structure[mcid]` = element index).
    void add_page(int page_index, const PoDoFo::PdfReference& page,
                  const std::vector<int>& mcid_structure);
    /// Makes annotation `annotation` (on `page`) a kid of `element` through an object reference
    /// and gives it its /StructParent key.
    void add_annotation(int element, PoDoFo::PdfObject& annotation,
                        const PoDoFo::PdfReference& page);
    /// Fills in the kids, the ParentTree and links the root into `catalog`.
    void finish(PoDoFo::PdfObject& catalog);

  private:
    struct Impl;
    Impl* impl_;
};

}  // namespace galley::pdf
