#include "layout/Layout.hpp"

#include "layout/DocumentFlow.hpp"
#include "layout/PageBuilder.hpp"
#include "layout/ParagraphBuilder.hpp"
#include "layout/RunningHead.hpp"

namespace galley::layout {

PagedDocument layout_article(const doc::Document& document, const style::StyleSheet& style,
                             ParagraphBuilder& builder, double sink) {
    PagedDocument paged;
    // Pictures of figures index the document's images (layout/FigureFlow).
    for (const doc::Image& image : document.images) paged.images.push_back(image.bytes);
    PageBuilder pages(style.page);
    DocumentFlow flow(document, style, builder, pages.measure(), paged.structure);
    flow.add_title_block();
    flow.add_body();
    pages.set_notes(flow.notes(), style.note);
    std::vector<FlowBlock> blocks = flow.take();
    if (!blocks.empty()) blocks.front().space_before += sink;
    for (FlowBlock& block : blocks) pages.add(std::move(block));
    paged.pages = pages.finish(paged.outline);
    paged.fonts = builder.font_table();
    return paged;
}

PagedDocument layout_document(const doc::Document& document, const style::StyleSheet& style,
                              const text::FontCatalog& fonts, Diagnostics& diagnostics) {
    ParagraphBuilder builder(fonts, diagnostics, document.meta.source);
    PagedDocument paged = layout_article(document, style, builder);
    PageBuilder pages(style.page);
    RunningHead heads(style, builder, pages);
    heads.apply(paged.pages, document.meta);
    paged.fonts = builder.font_table();  // with the running heads' faces
    builder.report_missing();
    return paged;
}

void layout_document(const doc::Document& document, const style::StyleSheet& style,
                     const text::FontCatalog& fonts, Diagnostics& diagnostics,
                     page::PageSink& sink) {
    if (!document.notes.empty()) {
        page::send(layout_document(document, style, fonts, diagnostics), sink);
        return;
    }
    PagedDocument paged;  // all but the pages: what they refer to, and the outline
    for (const doc::Image& image : document.images) paged.images.push_back(image.bytes);
    // The builder (its word and shaping caches) is gone before the sink assembles its file.
    {
        ParagraphBuilder builder(fonts, diagnostics, document.meta.source);
        PageBuilder pages(style.page);
        PageBuilder columns(style.page);
        RunningHead heads(style, builder, columns);
        std::size_t index = 0;
        pages.stream_to(
            [&](Page&& page) {
                heads.apply(page, index++, document.meta);
                // The faces set so far (the table only grows): those this page draws with.
                if (paged.fonts.size() != builder.font_table().size())
                    paged.fonts = builder.font_table();
                sink.page(std::move(page), paged);
            },
            paged.outline);
        DocumentFlow flow(document, style, builder, pages.measure(), paged.structure);
        flow.add_title_block();
        for (FlowBlock& block : flow.take()) pages.add(std::move(block));
        flow.add_body([&](std::vector<FlowBlock>&& blocks) {
            for (FlowBlock& block : blocks) pages.add(std::move(block));
        });
        pages.finish(paged.outline);
        paged.fonts = builder.font_table();
        builder.report_missing();
    }
    sink.finish(paged);
}

}  // namespace galley::layout
