#pragma once

#include <string>
#include <string_view>

#include <tinyxml2.h>

#include "present/TitleBlock.hpp"

namespace galley::epub {

/// Namespace of XHTML content documents.
inline constexpr const char* kXhtmlNs = "http://www.w3.org/1999/xhtml";
/// Namespace of the epub:type attribute.
inline constexpr const char* kOpsNs = "http://www.idpf.org/2007/ops";

/// The document printed compactly (no indentation: whitespace in mixed content stays exact),
/// starting with the XML declaration the document holds.
std::string print_xml(const tinyxml2::XMLDocument& xml);

/// `text` without the characters XML 1.0 forbids (C0 controls other than tab/LF/CR, U+FFFE,
/// U+FFFF) and with invalid UTF-8 replaced by U+FFFD; `removed` counts what was changed.
std::string xml_clean(std::string_view text, int* removed = nullptr);

/// `url` made a valid URI for an href: bytes outside printable ASCII and the characters
/// space " < > \ ^ ` { | } are percent-encoded; existing %XX escapes are kept.
std::string uri_escape(std::string_view url);

using present::one_line;

/// Decodes one UTF-8 code point at `pos` and advances it; invalid bytes give U+FFFD.
char32_t next_code_point(std::string_view text, std::size_t& pos);

/// A new XHTML content document: XML declaration, doctype, and
/// <html xmlns xmlns:epub lang xml:lang dir><head><title/>[stylesheet link]</head><body/></html>.
/// Returns the body element.
tinyxml2::XMLElement* new_xhtml(tinyxml2::XMLDocument& xml, const std::string& language,
                                const std::string& title, const std::string& stylesheet_href);

/// Appends a child element `name` to `parent` and returns it.
tinyxml2::XMLElement* add_element(tinyxml2::XMLNode* parent, const char* name);

/// Appends a child element `name` holding `text` (cleaned with xml_clean) and returns it.
tinyxml2::XMLElement* add_text_element(tinyxml2::XMLNode* parent, const char* name,
                                       std::string_view text);

/// Appends the text node `text` (cleaned with xml_clean) to `parent`.
void add_text(tinyxml2::XMLNode* parent, std::string_view text);

}  // namespace galley::epub
