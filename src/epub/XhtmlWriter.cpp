#include "epub/XhtmlWriter.hpp"

#include "epub/BodyBuilder.hpp"
#include "epub/NoteLinks.hpp"
#include "epub/Page.hpp"
#include "epub/PageBreaks.hpp"
#include "epub/Roles.hpp"
#include "epub/Xml.hpp"

namespace galley::epub {

using tinyxml2::XMLDocument;
using tinyxml2::XMLElement;
using tinyxml2::XMLNode;

namespace {

/// One top-level block rendered on its own, with its size and the headings it holds.
struct RenderedBlock {
    std::string xhtml;                  ///< the block's serialised elements
    bool heading = false;               ///< starts with a heading
    std::vector<TocEntry> heading_ids;  ///< its headings, href holding only the id
};

/// Splits [0, sizes.size()) into ranges of about `max_bytes`, preferring to start a range at a
/// heading. Returns the first block of each range.
std::vector<std::size_t> split_points(const std::vector<RenderedBlock>& blocks,
                                      std::size_t max_bytes) {
    std::vector<std::size_t> starts = {0};
    std::size_t size = 0;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        if (i > starts.back() && size + blocks[i].xhtml.size() > max_bytes) {
            std::size_t cut = i;
            for (std::size_t j = i - 1; j > starts.back(); --j)
                if (blocks[j].heading) {
                    cut = j;
                    break;
                }
            starts.push_back(cut);
            size = 0;
            for (std::size_t j = cut; j < i; ++j) size += blocks[j].xhtml.size();
        }
        size += blocks[i].xhtml.size();
    }
    return starts;
}

}  // namespace

TitleLineStyle title_line_style(present::Field field, const style::StyleSheet& style) {
    using present::Field;
    const style::TextStyle* text = &present::text_style(field, style);
    switch (field) {
        case Field::Title:
            return {"h1", "title", text};
        case Field::Subtitle:
            return {"p", "subtitle", text};
        case Field::Byline:
        case Field::Editors:
            return {"p", "byline", text};
        case Field::Publisher:
            return {"p", "publisher", text};
        case Field::Dateline:
            return {"p", "dateline", text};
        case Field::Date:
            break;
    }
    return {"p", "date", text};
}

XhtmlWriter::XhtmlWriter(const doc::Document& document, const style::StyleSheet& style,
                         TextObserver observer, Diagnostics& diagnostics)
    : document_(document),
      style_(style),
      observer_(std::move(observer)),
      diagnostics_(diagnostics) {}

ContentDocument XhtmlWriter::title_page(PageBreaks* page_breaks) {
    const present::TitleBlock block = present::title_block(document_.meta);
    Page page(block.language, display_title(document_.meta), "frontmatter", "titlepage",
              "titlepage", style_, observer_);
    for (const present::TitleLine& line : block.lines) {
        const TitleLineStyle how = title_line_style(line.field, style_);
        page.line(how.element, how.cls, line.text, *how.text);
    }
    if (page_breaks != nullptr) page_breaks->mark_title(page.section(), "title.xhtml");
    return page.finish("title-page", "title.xhtml");
}

std::vector<ContentDocument> XhtmlWriter::article(std::vector<TocEntry>& headings,
                                                  std::size_t max_bytes,
                                                  const ArticleOptions& options) {
    BodyBuilder builder(style_, observer_);
    builder.set_notes(&document_.notes);
    builder.set_images(&document_.images, options.name, document_.meta.language);
    std::string title = display_title(document_.meta);
    std::string header;  // the article's title block, opening its first file in a book
    if (options.title_header) {
        XMLDocument xml;
        XMLElement* head = add_element(&xml, "header");
        for (const present::TitleLine& line : present::title_block(document_.meta).lines) {
            const TitleLineStyle how = title_line_style(line.field, style_);
            XMLElement* e = add_element(head, how.element);
            e->SetAttribute("class", how.cls);
            builder.text(e, line.text, {how.text, how.text->bold, how.text->italic});
        }
        if (options.page_breaks != nullptr)  // the pages opening with the article's title
            options.page_breaks->mark_title(head, options.name + ".xhtml");
        header = print_xml(xml);
    }
    std::vector<RenderedBlock> blocks;
    bool fresh = true;
    // One scratch document, cleared after each block: its memory pools are reused, so a
    // 200 000-paragraph article costs its text, not 200 000 documents.
    XMLDocument scratch;
    PageBreaks* const pages = options.page_breaks;
    std::vector<XMLElement*> elements;  // each block's element, for the page markers
    int first_block = 0;                // pre-order index of the top-level block
    for (const doc::Block& b : document_.blocks) {
        RenderedBlock r;
        r.heading = std::holds_alternative<doc::Heading>(b.value);
        int removed = builder.removed();
        elements.clear();
        builder.record_blocks(pages != nullptr ? &elements : nullptr);
        builder.block(&scratch, b, style_.body, fresh, r.heading_ids);
        builder.record_blocks(nullptr);
        if (pages != nullptr) {
            pages->mark_block(&scratch, elements, first_block, blocks.size());
            if (blocks.size() + 1 == document_.blocks.size())
                pages->mark_rest(&scratch, blocks.size());
            first_block += static_cast<int>(elements.size());
        }
        if (!document_.notes.empty()) {  // the footnote asides follow the block marking them
            std::vector<TocEntry> note_headings;  // headings inside notes stay out of the TOC
            builder.pending_notes(&scratch, note_headings);
        }
        if (builder.removed() != removed)
            diagnostics_.warn(document_.meta.source, b.line,
                              "removed " + std::to_string(builder.removed() - removed) +
                                  " character(s) that XML does not allow");
        r.xhtml = print_xml(scratch);
        scratch.Clear();
        blocks.push_back(std::move(r));
    }

    if (pages != nullptr && pages->pending()) {  // no block to hold them: a block of markers
        pages->mark_rest(&scratch, blocks.size());
        RenderedBlock r;
        r.xhtml = print_xml(scratch);
        scratch.Clear();
        blocks.push_back(std::move(r));
    }
    std::vector<std::size_t> starts = split_points(blocks, max_bytes);
    std::vector<ContentDocument> files;
    for (std::size_t k = 0; k < starts.size(); ++k) {
        std::size_t end = k + 1 < starts.size() ? starts[k + 1] : blocks.size();
        ContentDocument file;
        file.id = k == 0 ? options.name : options.name + "-" + std::to_string(k + 1);
        file.href = file.id + ".xhtml";
        // The skeleton holds a comment where the blocks go; no text can print as that comment
        // (text and attributes are escaped), so replacing it is exact.
        static constexpr std::string_view kSlot = "<!--galley-body-->";
        XMLDocument xml;
        XMLElement* body = new_xhtml(xml, document_.meta.language, title, kStylesheetHref);
        body->SetAttribute("epub:type", "bodymatter");
        XMLElement* section = add_element(body, "section");
        section->SetAttribute("epub:type", "chapter");
        section->SetAttribute("role", aria_role("chapter", "section"));
        section->InsertEndChild(xml.NewComment("galley-body"));
        std::string skeleton = print_xml(xml);
        std::size_t slot = skeleton.find(kSlot);
        std::string content = k == 0 ? header : std::string();
        for (std::size_t i = starts[k]; i < end; ++i) {
            content += blocks[i].xhtml;
            for (const TocEntry& h : blocks[i].heading_ids)
                headings.push_back({h.level, h.label, file.href + "#" + h.href});
        }
        file.xhtml = skeleton.substr(0, slot) + content + skeleton.substr(slot + kSlot.size());
        files.push_back(std::move(file));
    }
    if (pages != nullptr) {
        std::vector<std::string> hrefs(blocks.size());  // each top-level block's file
        for (std::size_t k = 0; k < starts.size(); ++k)
            for (std::size_t i = starts[k];
                 i < (k + 1 < starts.size() ? starts[k + 1] : blocks.size()); ++i)
                hrefs[i] = files[k].href;
        pages->resolve(
            [&](std::size_t i) { return i < hrefs.size() ? hrefs[i] : files.back().href; });
    }
    if (!document_.notes.empty()) relink_notes(files);
    return files;
}

}  // namespace galley::epub
