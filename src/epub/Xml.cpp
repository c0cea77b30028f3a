#include "epub/Xml.hpp"

#include "base/Utf8.hpp"

#include "doc/Document.hpp"

namespace galley::epub {

using tinyxml2::XMLDocument;
using tinyxml2::XMLElement;
using tinyxml2::XMLNode;

std::string print_xml(const XMLDocument& xml) {
    tinyxml2::XMLPrinter printer(nullptr, true);
    xml.Print(&printer);
    return std::string(printer.CStr(), static_cast<std::size_t>(printer.CStrSize() - 1));
}

char32_t next_code_point(std::string_view s, std::size_t& pos) {
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    unsigned char b = byte(pos);
    int len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || pos + static_cast<std::size_t>(len) > s.size()) {
        ++pos;
        return 0xFFFD;
    }
    if (len == 1) {
        ++pos;
        return b;
    }
    char32_t c = b & (0x7F >> len);
    for (int i = 1; i < len; ++i) {
        unsigned char cont = byte(pos + static_cast<std::size_t>(i));
        if ((cont & 0xC0) != 0x80) {
            ++pos;
            return 0xFFFD;
        }
        c = (c << 6) | (cont & 0x3F);
    }
    static constexpr char32_t min_for_len[5] = {0, 0, 0x80, 0x800, 0x10000};
    pos += static_cast<std::size_t>(len);
    if (c < min_for_len[len] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0xFFFD;
    return c;
}

namespace {}  // namespace

std::string xml_clean(std::string_view text, int* removed) {
    std::string out;
    out.reserve(text.size());
    int count = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        std::size_t start = pos;
        char32_t c = next_code_point(text, pos);
        bool forbidden = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE ||
                         c == 0xFFFF || (c >= 0x7F && c <= 0x9F);
        if (forbidden) {
            ++count;
            continue;
        }
        if (c == 0xFFFD && !(pos - start == 3 && static_cast<unsigned char>(text[start]) == 0xEF)) {
            ++count;  // an invalid sequence, replaced
            append_utf8(out, c);
            continue;
        }
        out.append(text.substr(start, pos - start));
    }
    if (removed) *removed += count;
    return out;
}

std::string uri_escape(std::string_view url) {
    static constexpr char hex[] = "0123456789ABCDEF";
    auto is_hex = [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    };
    std::string out;
    for (std::size_t i = 0; i < url.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(url[i]);
        bool keep =
            c > 0x20 && c < 0x7F &&
            std::string_view("\"<>\\^`{|}").find(static_cast<char>(c)) == std::string_view::npos;
        if (c == '%' && !(i + 2 < url.size() && is_hex(url[i + 1]) && is_hex(url[i + 2])))
            keep = false;
        if (keep) {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 0xF];
        }
    }
    return out;
}

XMLElement* add_element(XMLNode* parent, const char* name) {
    XMLElement* e = parent->GetDocument()->NewElement(name);
    parent->InsertEndChild(e);
    return e;
}

void add_text(XMLNode* parent, std::string_view text) {
    if (text.empty()) return;
    parent->InsertEndChild(parent->GetDocument()->NewText(xml_clean(text).c_str()));
}

XMLElement* add_text_element(XMLNode* parent, const char* name, std::string_view text) {
    XMLElement* e = add_element(parent, name);
    add_text(e, text);
    return e;
}

XMLElement* new_xhtml(XMLDocument& xml, const std::string& language, const std::string& title,
                      const std::string& stylesheet_href) {
    xml.InsertEndChild(xml.NewDeclaration());
    xml.InsertEndChild(xml.NewUnknown("DOCTYPE html"));
    XMLElement* html = add_element(&xml, "html");
    html->SetAttribute("xmlns", kXhtmlNs);
    html->SetAttribute("xmlns:epub", kOpsNs);
    html->SetAttribute("lang", language.c_str());
    html->SetAttribute("xml:lang", language.c_str());
    html->SetAttribute("dir", doc::direction_of(language).c_str());
    XMLElement* head = add_element(html, "head");
    add_text_element(head, "title", title);
    if (!stylesheet_href.empty()) {
        XMLElement* link = add_element(head, "link");
        link->SetAttribute("rel", "stylesheet");
        link->SetAttribute("type", "text/css");
        link->SetAttribute("href", stylesheet_href.c_str());
    }
    return add_element(html, "body");
}

}  // namespace galley::epub
