// layout: a figure as a float block. The picture keeps its aspect ratio at its natural size:
// its pixels at the density the file states, but never coarser than kMinFigureDpi (a file that
// states 72 or 96 dpi, or nothing, is a screen image: 150 dpi is the least print shows without
// visible pixels); it is scaled down, never up, to the measure and to the text height left
// after its caption. It is centred in the column, its caption and credit lines below it, the
// whole never split (a float: PageBuilder moves it to the next page top when it does not fit).
#include <algorithm>

#include "layout/DocumentFlow.hpp"
#include "present/Labels.hpp"

namespace galley::layout {

namespace {

/// The coarsest pixel density a figure is printed at, in pixels per inch.
constexpr double kMinFigureDpi = 150;

/// Points per inch.
constexpr double kPointsPerInch = 72;

}  // namespace

void DocumentFlow::add_figure(const doc::Figure& figure, int line, const Context& context) {
    if (figure.image >= document_.images.size()) return;
    const doc::Image& image = document_.images[figure.image];
    const style::TextStyle& fs = style_.figure;
    const double width = std::max(fs.font_size.value * 4, measure_ - context.left - context.right);

    // Structure: a Figure with its alternate text and a Caption inside it; a figure with neither
    // is decoration (an artifact). A captioned figure without alt text has no /Alt (the caption
    // is not a text alternative: PDF/UA checks refuse such a figure, the reader warned of it).
    int structure = -1, caption = -1;
    if (!figure.alt.empty() || !figure.caption.empty()) {
        structure = add_structure("Figure", context.parent);
        structure_[static_cast<std::size_t>(structure)].alt = figure.alt;
    }
    if (!figure.caption.empty() || !figure.credit.empty())
        caption = add_structure("Caption", structure >= 0 ? structure : context.parent);

    // Caption and credit lines, set first: the picture shrinks to leave them room on a page.
    const style::Align align = fs.align;
    std::vector<SetLine> below;
    if (!figure.caption.empty()) {
        doc::Inlines text;  // "Figure 1. " first (present::figure_label's rule), then the caption
        if (style_.figure_numbered)
            text.push_back({doc::Text{
                present::figure_label(present::labels_for(document_.meta.language), ++figures_)}});
        text.insert(text.end(), figure.caption.begin(), figure.caption.end());
        below = set(StyledText::collect(text, fs.bold, fs.italic), fs, align, context, 0, true,
                    caption, line);
    }
    if (!figure.credit.empty()) {
        std::vector<SetLine> credit = set(StyledText::plain(figure.credit, fs.bold, false), fs,
                                          align, context, 0, false, caption, line);
        for (SetLine& l : credit) below.push_back(std::move(l));
    }
    double below_height = 0;
    for (const SetLine& l : below) below_height += l.leading;
    const double caption_gap = below.empty() ? 0 : 0.5 * fs.font_size.value;
    if (!below.empty()) below.front().leading += caption_gap;

    // The picture's size: natural, then no wider than the column, no taller than the page's
    // text area less the caption (so the whole figure fits an empty page).
    const double dpi = std::max(image.dpi, kMinFigureDpi);
    double w = image.width * kPointsPerInch / dpi;
    double h = image.height * kPointsPerInch / dpi;
    const double text_height =
        style_.page.height.value - style_.page.margin_top.value - style_.page.margin_bottom.value;
    const double max_h = std::max(text_height * 0.25, text_height - below_height - caption_gap);
    const double scale = std::min({1.0, width / w, max_h / h});
    w *= scale;
    h *= scale;

    SetLine picture_line;
    Picture picture;
    picture.x = context.left + (width - w) / 2;
    picture.y = -h;
    picture.width = w;
    picture.height = h;
    picture.image = static_cast<int>(figure.image);
    picture.structure = structure;
    picture_line.items.push_back(picture);
    picture_line.ascent = h;
    picture_line.descent = 0;
    picture_line.leading = h;
    picture_line.info.width = w;
    picture_line.info.measure = width;

    FlowBlock flow;
    flow.lines.push_back(std::move(picture_line));
    for (SetLine& l : below) flow.lines.push_back(std::move(l));
    flow.space_before = fs.space_before.value;
    flow.space_after = fs.space_after.value;
    flow.keep_together = true;
    flow.floats = true;
    blocks_.push_back(std::move(flow));
    // The running text does not stop at a float (which may move to the next page): the paragraph
    // after it is indented as it would be without the figure (LaTeX does the same).
}

}  // namespace galley::layout
