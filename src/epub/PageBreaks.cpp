#include "epub/PageBreaks.hpp"

#include <algorithm>
#include <string_view>
#include <utility>

#include "epub/Roles.hpp"
#include "epub/Xml.hpp"

namespace galley::epub {

using tinyxml2::XMLElement;
using tinyxml2::XMLNode;
using tinyxml2::XMLText;

namespace {

/// True for a character of a script written without spaces between words (Thai, Lao, Myanmar,
/// Khmer, Chinese, Japanese): a page may start inside such a "word", at the character.
bool spaceless(char32_t c) {
    return (c >= 0x0E00 && c <= 0x0EFF) || (c >= 0x1000 && c <= 0x109F) ||
           (c >= 0x1780 && c <= 0x17FF) || (c >= 0x2E80 && c <= 0x9FFF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF) || c >= 0x20000;
}

/// The text nodes under `node` in document order; a <br> is a null entry (a word separator).
void text_nodes(XMLNode* node, std::vector<XMLText*>& out) {
    for (XMLNode* child = node->FirstChild(); child != nullptr; child = child->NextSibling()) {
        if (XMLText* text = child->ToText()) {
            out.push_back(text);
        } else if (XMLElement* e = child->ToElement()) {
            if (std::string_view(e->Name()) == "br")
                out.push_back(nullptr);
            else
                text_nodes(e, out);
        }
    }
}

/// Inserts `marker` before `node` (a child of its parent).
void insert_before(XMLNode* node, XMLElement* marker) {
    XMLNode* parent = node->Parent();
    if (XMLNode* previous = node->PreviousSibling())
        parent->InsertAfterChild(previous, marker);
    else
        parent->InsertFirstChild(marker);
}

/// Inserts `marker` at byte `at` of text node `text`, splitting it.
void insert_in_text(XMLText* text, std::size_t at, XMLElement* marker) {
    const std::string value = text->Value();
    if (at == 0) return insert_before(text, marker);
    XMLNode* parent = text->Parent();
    parent->InsertAfterChild(text, marker);
    if (at >= value.size()) return;
    XMLText* rest = text->GetDocument()->NewText(value.substr(at).c_str());
    parent->InsertAfterChild(marker, rest);
    text->SetValue(value.substr(0, at).c_str());
}

}  // namespace

void insert_at_word(XMLElement* element, std::uint32_t word, std::uint32_t offset,
                    XMLElement* marker) {
    std::vector<XMLText*> texts;
    text_nodes(element, texts);
    std::uint32_t count = 0;
    bool in_word = false, found = false;
    std::uint32_t remaining = 0;
    // The word's start, and the character before the one counted: a page starts inside a word
    // only between characters of a script written without spaces (else the break was a
    // hyphenation, and the marker goes before the word).
    XMLText* word_text = nullptr;
    std::size_t word_at = 0;
    char32_t previous = 0;
    for (XMLText* text : texts) {
        if (text == nullptr) {  // a line break ends the word
            in_word = false;
            continue;
        }
        const std::string_view value = text->Value();
        for (std::size_t i = 0; i < value.size();) {
            std::size_t next = i;
            const char32_t c = next_code_point(value, next);
            if (found) {
                if (present::is_word_space(c)) return insert_in_text(text, i, marker);
                if (remaining == 0) {
                    if (previous == 0 || spaceless(c) || spaceless(previous))
                        return insert_in_text(text, i, marker);
                    return insert_in_text(word_text, word_at, marker);
                }
                --remaining;
                previous = c;
                i = next;
                continue;
            }
            if (present::is_word_space(c)) {
                in_word = false;
            } else if (!in_word) {
                in_word = true;
                if (count++ == word) {
                    found = true;
                    remaining = offset;
                    word_text = text;
                    word_at = i;
                    continue;  // decided from this character on
                }
            }
            i = next;
        }
    }
    element->InsertEndChild(marker);
}

PageBreaks::PageBreaks(const present::PageList& list, int article) {
    // A page without running text (notes or a picture alone) is marked where the next page
    // with text starts, or at the end of the last article.
    int last_article = 0;
    for (const present::PageMark& page : list.pages)
        if (page.known) last_article = std::max(last_article, page.article);
    const present::PageMark* next = nullptr;
    std::vector<Mark> marks(list.pages.size());
    std::vector<bool> keep(list.pages.size());
    for (std::size_t i = list.pages.size(); i-- > 0;) {
        const present::PageMark& page = list.pages[i];
        if (page.known) next = &page;
        Mark& mark = marks[i];
        mark.label = page.label;
        mark.id = "page-" + std::to_string(i + 1);
        mark.end = next == nullptr;
        if (next != nullptr) mark.position = next->position;
        const int in = next != nullptr ? next->article : last_article;
        keep[i] = in == article;  // another article's pages are marked there
    }
    for (std::size_t i = 0; i < marks.size(); ++i)
        if (keep[i]) pages_.push_back(std::move(marks[i]));
}

XMLElement* PageBreaks::marker(tinyxml2::XMLDocument& xml, Mark& mark) {
    XMLElement* span = xml.NewElement("span");
    span->SetAttribute("epub:type", "pagebreak");
    span->SetAttribute("role", aria_role("pagebreak", "span"));
    span->SetAttribute("id", mark.id.c_str());
    span->SetAttribute("aria-label", xml_clean(mark.label).c_str());
    return span;
}

void PageBreaks::mark_page(XMLElement* parent, const std::string& href, int below) {
    for (; next_ < pages_.size() && !pages_[next_].end && pages_[next_].position.block < below;
         ++next_) {
        pages_[next_].href = href;
        parent->InsertEndChild(marker(*parent->GetDocument(), pages_[next_]));
    }
}

void PageBreaks::mark_cover(XMLElement* parent, const std::string& href) {
    mark_page(parent, href, present::kCoverBlock + 1);
}

void PageBreaks::mark_title(XMLElement* parent, const std::string& href) {
    mark_page(parent, href, 0);
}

void PageBreaks::mark_block(XMLNode* root, const std::vector<XMLElement*>& elements, int first,
                            std::size_t index) {
    const int end = first + static_cast<int>(elements.size());
    XMLNode* lead = nullptr;  // the last marker put before the block
    for (; next_ < pages_.size() && !pages_[next_].end && pages_[next_].position.block < end;
         ++next_) {
        Mark& mark = pages_[next_];
        mark.top = index;
        XMLElement* span = marker(*root->GetDocument(), mark);
        const int block = mark.position.block;
        XMLElement* element =
            block >= first ? elements[static_cast<std::size_t>(block - first)] : nullptr;
        if (element != nullptr) {
            insert_at_word(element, mark.position.word, mark.position.offset, span);
        } else if (block < first || root->FirstChild() == nullptr) {
            if (lead != nullptr)
                root->InsertAfterChild(lead, span);
            else
                root->InsertFirstChild(span);
            lead = span;
        } else {
            root->InsertEndChild(span);
        }
    }
}

void PageBreaks::mark_rest(XMLNode* root, std::size_t index) {
    for (; next_ < pages_.size(); ++next_) {
        pages_[next_].top = index;
        root->InsertEndChild(marker(*root->GetDocument(), pages_[next_]));
    }
}

void PageBreaks::resolve(const std::function<std::string(std::size_t)>& href_of) {
    targets_.clear();
    for (std::size_t i = 0; i < next_ && i < pages_.size(); ++i) {
        const Mark& mark = pages_[i];
        targets_.push_back(
            {mark.label, (mark.href.empty() ? href_of(mark.top) : mark.href) + "#" + mark.id});
    }
}

namespace {

/// The page-list's heading in `language` (its primary subtag), or English ("en" in `used`).
std::string pages_heading(const std::string& language, std::string& used) {
    static constexpr std::pair<std::string_view, std::string_view> kHeadings[] = {
        {"en", "Pages"},   {"de", "Seiten"},  {"fr", "Pages"},    {"es", "Páginas"},
        {"it", "Pagine"},  {"pt", "Páginas"}, {"nl", "Pagina's"}, {"ru", "Страницы"},
        {"el", "Σελίδες"}, {"ja", "ページ"},  {"zh", "页码"},     {"tr", "Sayfalar"},
        {"ar", "الصفحات"}, {"he", "עמודים"},  {"hi", "पृष्ठ"},      {"pl", "Strony"}};
    const std::string_view primary = std::string_view(language).substr(0, language.find('-'));
    for (const auto& [lang, heading] : kHeadings)
        if (lang == primary) {
            used = language;
            return std::string(heading);
        }
    used = "en";
    return "Pages";
}

}  // namespace

void write_page_list(XMLElement* body, const std::vector<PageTarget>& pages,
                     const std::string& language) {
    XMLElement* nav = add_element(body, "nav");
    nav->SetAttribute("epub:type", "page-list");
    nav->SetAttribute("id", "page-list");
    nav->SetAttribute("role", aria_role("page-list", "nav"));
    nav->SetAttribute("hidden", "hidden");
    std::string used;
    XMLElement* h = add_text_element(nav, "h2", pages_heading(language, used));
    if (used != language) {
        h->SetAttribute("lang", used.c_str());
        h->SetAttribute("xml:lang", used.c_str());
        if (doc::direction_of(language) != "ltr") h->SetAttribute("dir", "ltr");
    }
    XMLElement* ol = add_element(nav, "ol");
    for (const PageTarget& page : pages)
        add_text_element(add_element(ol, "li"), "a", page.label)
            ->SetAttribute("href", page.href.c_str());
}

void write_ncx_page_list(XMLElement* ncx, const std::vector<PageTarget>& pages,
                         const std::string& language, int& order) {
    XMLElement* list = add_element(ncx, "pageList");
    std::string used;
    add_text_element(add_element(list, "navLabel"), "text", pages_heading(language, used));
    for (std::size_t i = 0; i < pages.size(); ++i) {
        XMLElement* target = add_element(list, "pageTarget");
        target->SetAttribute("id", ("pagetarget-" + std::to_string(i + 1)).c_str());
        const bool number = !pages[i].label.empty() &&
                            pages[i].label.find_first_not_of("0123456789") == std::string::npos;
        target->SetAttribute("type", number ? "normal" : "front");
        if (number) target->SetAttribute("value", pages[i].label.c_str());
        target->SetAttribute("playOrder", order++);
        add_text_element(add_element(target, "navLabel"), "text", pages[i].label);
        add_element(target, "content")->SetAttribute("src", pages[i].href.c_str());
    }
}

int max_page_number(const std::vector<PageTarget>& pages) {
    int most = 0;
    for (const PageTarget& page : pages)
        if (!page.label.empty() && page.label.size() < 9 &&
            page.label.find_first_not_of("0123456789") == std::string::npos)
            most = std::max(most, std::stoi(page.label));
    return most;
}

}  // namespace galley::epub
