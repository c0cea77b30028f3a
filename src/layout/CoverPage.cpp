#include "layout/CoverPage.hpp"

#include <algorithm>
#include <utility>
#include <vector>

#include "layout/StyledText.hpp"
#include "present/Labels.hpp"
#include "present/Names.hpp"
#include "present/TitleBlock.hpp"

namespace galley::layout {

namespace {

/// The title's size on the cover relative to its size on the title page: a cover is read from
/// across a room (or as a thumbnail), so the title is set about twice as large.
constexpr double kTitleScale = 2.0;
/// The authors' size relative to the byline's.
constexpr double kAuthorScale = 1.5;

/// `ts` scaled by `factor` (size and leading), never below `minimum` points, left-aligned text
/// centred.
style::TextStyle scaled(style::TextStyle ts, double factor, double minimum) {
    const double size = std::max(minimum, ts.font_size.value * factor);
    const double ratio = ts.leading.value / std::max(1.0, ts.font_size.value);
    ts.font_size = Pt{size};
    ts.leading = Pt{size * std::max(1.1, ratio)};
    return ts;
}

/// Places `lines` on `page` with the first baseline at `top` + its ascent, column at `left`;
/// returns the last baseline. Their runs become artifacts.
double stack(Page& page, std::vector<SetLine>& lines, double left, double top) {
    double baseline = top;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        baseline += i == 0 ? lines[i].ascent : lines[i].leading;
        for (FrameItem& item : lines[i].items)
            if (auto* run = std::get_if<GlyphRun>(&item)) run->structure = -1;
        move_onto(page, lines[i].items, left, baseline);
    }
    return baseline;
}

}  // namespace

PagedDocument typographic_cover(const doc::Metadata& meta, const style::StyleSheet& style,
                                ParagraphBuilder& builder) {
    const style::PageStyle& ps = style.page;
    Page page;
    page.width = ps.width.value;
    page.height = ps.height.value;
    page.label = kCoverLabel;
    const double left = std::min(ps.margin_inner.value, ps.margin_outer.value) * 1.25;
    const double measure = std::max(72.0, page.width - 2 * left);
    const std::string& language = meta.language;

    const style::TextStyle title_style =
        scaled(present::text_style(present::Field::Title, style), kTitleScale, 24);
    const style::TextStyle author_style =
        scaled(present::text_style(present::Field::Byline, style), kAuthorScale, 12);
    auto set = [&](const style::TextStyle& ts, const std::string& text) {
        ParagraphSpec spec = spec_for(ts, language, style::Align::Center, measure);
        return builder.build(StyledText::plain(text, ts.bold, ts.italic), spec);
    };
    std::vector<SetLine> title = set(title_style, present::display_title(meta));
    const std::string names = present::join_names(meta.authors, present::labels_for(language));
    std::vector<SetLine> authors =
        names.empty() ? std::vector<SetLine>{} : set(author_style, names);

    // A rule above the title a fifth of the way down, the title, a short rule, the authors.
    const std::string& color = title_style.color;
    const double rule = std::max(0.75, title_style.font_size.value / 16);
    double y = page.height / 5;
    page.items.push_back(Rule{left, y, measure, rule, color});
    y += title_style.font_size.value;
    y = stack(page, title, left, y) + title.back().descent;
    if (!authors.empty()) {
        y += author_style.font_size.value * 1.5;
        const double short_rule = measure / 4;
        page.items.push_back(
            Rule{left + (measure - short_rule) / 2, y, short_rule, rule / 2, color});
        y += author_style.font_size.value * 1.5;
        stack(page, authors, left, y);
    }
    // The closing rule at the same distance from the foot as the opening one from the head.
    page.items.push_back(Rule{left, page.height - page.height / 5 - rule, measure, rule, color});
    PagedDocument cover;
    cover.pages.push_back(std::move(page));
    cover.fonts = builder.font_table();  // what its runs' font refs index
    return cover;
}

Page image_cover(int width, int height, int image_index, const style::StyleSheet& style) {
    Page page;
    page.width = style.page.width.value;
    page.height = style.page.height.value;
    page.label = kCoverLabel;
    const double scale =
        std::max(page.width / std::max(1, width), page.height / std::max(1, height));
    Picture picture;
    picture.width = width * scale;
    picture.height = height * scale;
    picture.x = (page.width - picture.width) / 2;
    picture.y = (page.height - picture.height) / 2;
    picture.image = image_index;
    page.items.push_back(picture);
    return page;
}

void add_cover(PagedDocument& paged, PagedDocument cover, const style::PageStyle& page) {
    PagedDocument front = std::move(cover);
    front.pages.resize(1);
    front.pages.front().start = SourcePosition{kCoverBlock, 0, 0};
    if (page.two_sided) {
        Page back;
        back.width = front.pages.front().width;
        back.height = front.pages.front().height;
        back.label = kCoverLabel;
        back.start = SourcePosition{kCoverBlock, 0, 0};
        front.pages.push_back(std::move(back));
    }
    append(front, std::move(paged), -1, 0);
    paged = std::move(front);
}

}  // namespace galley::layout
