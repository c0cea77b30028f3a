#include "layout/RunningHead.hpp"

#include <algorithm>

#include "layout/DocumentFlow.hpp"

namespace galley::layout {

RunningHead::RunningHead(const style::StyleSheet& style, ParagraphBuilder& builder,
                         const PageBuilder& pages)
    : style_(style), builder_(builder), pages_(pages) {}

std::string RunningHead::fill(const std::string& pattern, const std::string& title,
                              const std::string& author) {
    std::string out;
    for (std::size_t i = 0; i < pattern.size();) {
        if (pattern.compare(i, 7, "{title}") == 0) {
            out += title;
            i += 7;
        } else if (pattern.compare(i, 8, "{author}") == 0) {
            out += author;
            i += 8;
        } else {
            out += pattern[i++];
        }
    }
    return out;
}

void RunningHead::add_line(Page& page, std::size_t index, const std::string& text,
                           const std::string& language, style::Align align, double baseline) {
    if (text.empty()) return;
    const style::TextStyle& ts = style_.running_head.text;
    ParagraphSpec spec = spec_for(ts, language, align, pages_.measure());
    spec.structure = -1;
    std::vector<SetLine> lines = builder_.build(StyledText::plain(text, ts.bold, ts.italic), spec);
    if (lines.empty()) return;
    // A head too long for one line keeps its first line only: it is decoration, not text.
    const double left = pages_.column_left(index);
    move_onto(page, lines.front().items, left, baseline);
}

void RunningHead::decorate(Page& page, std::size_t index, bool verso, const std::string& text,
                           const std::string& language, bool folio) {
    const auto& head = style_.running_head;
    const double top = style_.page.margin_top.value;
    const double head_baseline =
        std::max(head.text.font_size.value, top - std::max(head.text.leading.value, 12.0));
    const double foot_baseline = style_.page.height.value - style_.page.margin_bottom.value * 0.5 +
                                 head.text.font_size.value * 0.3;
    const style::Align outer =
        verso && style_.page.two_sided ? style::Align::Left : style::Align::Right;
    if (head.enabled) add_line(page, index, text, language, style::Align::Center, head_baseline);
    if (!folio) return;
    switch (head.folio) {
        case style::FolioPosition::None:
            break;
        case style::FolioPosition::BottomCenter:
            add_line(page, index, page.label, language, style::Align::Center, foot_baseline);
            break;
        case style::FolioPosition::BottomOuter:
            add_line(page, index, page.label, language, outer, foot_baseline);
            break;
        case style::FolioPosition::TopOuter:
            add_line(page, index, page.label, language, outer, head_baseline);
            break;
    }
}

void RunningHead::apply(std::vector<Page>& pages, const doc::Metadata& meta) {
    const auto& head = style_.running_head;
    const std::string author = DocumentFlow::names(meta.authors);
    for (std::size_t index = 1; index < pages.size(); ++index) {
        // Even page numbers are left-hand pages; one-sided pages all take the right template.
        const bool verso = style_.page.two_sided && (index + 1) % 2 == 0;
        std::string text = fill(verso ? head.left : head.right, meta.title, author);
        decorate(pages[index], index, verso, text, meta.language, true);
    }
}

}  // namespace galley::layout
