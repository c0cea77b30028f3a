// api: the print pages an EPUB marks, read from the page starts of a page model (the job's PDF,
// or the style --page-source names, laid out for it alone).
#pragma once

#include <string>

#include "page/PageModel.hpp"
#include "present/PageList.hpp"

namespace galley::api {

/// Each page of `paged` (article 0 for every place) as the
/// EPUB's page list: its label and where its first line of running text starts; `source` names
/// the edition (pageBreakSource).
present::PageList page_list_of(const page::Document& paged, std::string source);

/// How the EPUB names the edition its pages come from: the publication's identifier and the
/// style it was laid out in ("urn:uuid:... (PDF, style classic)").
std::string page_source_name(const std::string& identifier, const std::string& style);

}  // namespace galley::api
