#include "layout/RunningHead.hpp"

#include <algorithm>

namespace galley::layout {

RunningHead::RunningHead(const style::StyleSheet& style, const doc::Metadata& meta,
                         ParagraphBuilder& builder, const PageBuilder& pages)
    : style_(style), meta_(meta), builder_(builder), pages_(pages) {}

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
                           style::Align align, double baseline) {
    if (text.empty()) return;
    const style::TextStyle& ts = style_.running_head.text;
    ParagraphSpec spec;
    spec.font.family = ts.family;
    spec.font.bold = ts.bold;
    spec.font.italic = ts.italic;
    spec.font.size = ts.font_size.value;
    spec.font.language = meta_.language.empty() ? "en" : meta_.language;
    spec.leading = ts.leading.value;
    spec.align = align;
    spec.measure = pages_.measure();
    spec.hyphenate = false;
    spec.rtl = doc::direction_of(meta_.language) == "rtl";
    spec.structure = -1;
    spec.color = ts.color;
    spec.link_color = ts.color;
    std::vector<SetLine> lines = builder_.build(StyledText::plain(text, ts.bold, ts.italic), spec);
    if (lines.empty()) return;
    // A head too long for one line keeps its first line only: it is decoration, not text.
    const double left = pages_.column_left(index);
    move_onto(page, lines.front().items, left, baseline);
}

void RunningHead::apply(std::vector<Page>& pages) {
    const auto& head = style_.running_head;
    std::string author;
    for (std::size_t i = 0; i < meta_.authors.size(); ++i) {
        if (i > 0) author += i + 1 == meta_.authors.size() ? " and " : ", ";
        author += meta_.authors[i];
    }
    const double top = style_.page.margin_top.value;
    const double head_baseline =
        std::max(head.text.font_size.value, top - std::max(head.text.leading.value, 12.0));
    const double foot_baseline = style_.page.height.value - style_.page.margin_bottom.value * 0.5 +
                                 head.text.font_size.value * 0.3;
    for (std::size_t index = 1; index < pages.size(); ++index) {
        Page& page = pages[index];
        const bool verso = (index + 1) % 2 == 0;  // even page numbers are left-hand pages
        const style::Align outer =
            verso && style_.page.two_sided ? style::Align::Left : style::Align::Right;
        if (head.enabled) {
            std::string text = fill(verso ? head.left : head.right, meta_.title, author);
            add_line(page, index, text, style::Align::Center, head_baseline);
        }
        switch (head.folio) {
            case style::FolioPosition::None:
                break;
            case style::FolioPosition::BottomCenter:
                add_line(page, index, page.label, style::Align::Center, foot_baseline);
                break;
            case style::FolioPosition::BottomOuter:
                add_line(page, index, page.label, outer, foot_baseline);
                break;
            case style::FolioPosition::TopOuter:
                add_line(page, index, page.label, outer, head_baseline);
                break;
        }
    }
}

}  // namespace galley::layout
