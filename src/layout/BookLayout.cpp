#include "layout/BookLayout.hpp"

#include <algorithm>
#include <cmath>

#include "base/Error.hpp"
#include "base/ImageInfo.hpp"
#include "layout/DocumentFlow.hpp"
#include "layout/Layout.hpp"
#include "layout/PageBuilder.hpp"
#include "layout/ParagraphBuilder.hpp"
#include "layout/RunningHead.hpp"
#include "present/Names.hpp"
#include "present/PageList.hpp"

namespace galley::layout {
namespace {

/// What a body page shows besides its text, for running heads.
struct BodyPage {
    enum class Kind { Blank, Part, Opening, Text };
    Kind kind = Kind::Text;  ///< blank and part pages get nothing, openings only a foot folio
    std::string title;       ///< head of a right-hand page: the article's title
    std::string language;    ///< of that head
};

/// A line of the contents: a part or an article, and where it opens in the body.
struct Entry {
    std::string title, author, language;  ///< what the line says
    bool part = false;                    ///< a part title (set bolder, no author)
    int page = 0;                         ///< 0-based body page index
    double y = 0;                         ///< top of its title on that page
};

/// Lays out one book; see layout_book().
class BookLayouter {
  public:
    BookLayouter(const present::BookInfo& info, const std::vector<present::BookPart>& parts,
                 const style::StyleSheet& style, const text::FontCatalog& fonts,
                 Diagnostics& diagnostics)
        : info_(info),
          parts_(parts),
          front_(present::book_front_matter(info, parts)),
          style_(style),
          builder_(fonts, diagnostics, info.meta.source),
          geometry_(style.page),
          heads_(style, builder_, geometry_) {}

    /// Reports the characters no font covered, once each (after run()).
    void report_missing() const { builder_.report_missing(); }

    PagedDocument run() {
        layout_body();
        PagedDocument whole = front_matter();
        const int front = static_cast<int>(whole.pages.size());
        for (Page& page : whole.pages) {
            for (FrameItem& item : page.items) {
                if (auto* link = std::get_if<LinkArea>(&item); link && link->page >= 0)
                    link->page += front;
            }
        }
        for (std::size_t i = 0; i < body_.pages.size(); ++i) {
            body_.pages[i].label = std::to_string(i + 1);
        }
        append(whole, std::move(body_), -1, 0);
        for (std::size_t i = 0; i < kinds_.size(); ++i) {
            const std::size_t index = static_cast<std::size_t>(front) + i;
            const BodyPage& kind = kinds_[i];
            if (kind.kind == BodyPage::Kind::Blank || kind.kind == BodyPage::Kind::Part) continue;
            const bool verso = style_.page.two_sided && index % 2 == 1;
            if (kind.kind == BodyPage::Kind::Opening) {
                const bool foot = style_.running_head.folio != style::FolioPosition::TopOuter;
                heads_.decorate(whole.pages[index], index, verso, "", kind.language, foot);
            } else if (verso) {
                heads_.decorate(whole.pages[index], index, verso, front_.title, info_.meta.language,
                                true);
            } else {
                heads_.decorate(whole.pages[index], index, verso, kind.title, kind.language, true);
            }
        }
        whole.fonts = builder_.font_table();  // every run's face, heads' included
        return whole;
    }

  private:
    double height() const { return style_.page.height.value; }
    double bottom() const { return height() - style_.page.margin_bottom.value; }

    /// A new empty page of the paper size.
    Page blank() const {
        Page page;
        page.width = style_.page.width.value;
        page.height = height();
        return page;
    }

    /// Two-sided books open parts and articles on right-hand pages (even body indices, as the
    /// front matter has an even page count): a blank left-hand page fills in when needed.
    void open_recto() {
        if (!style_.page.two_sided || body_.pages.size() % 2 == 0) return;
        body_.pages.push_back(blank());
        kinds_.push_back({BodyPage::Kind::Blank, {}, {}});
    }

    std::vector<SetLine> set(const style::TextStyle& ts, const std::string& text,
                             style::Align align, double measure, const std::string& language,
                             int structure, bool italic = false) {
        ParagraphSpec spec = spec_for(ts, language, align, measure);
        spec.structure = structure;
        spec.balance = align == style::Align::Center;  // display lines: part and book titles
        return builder_.build(StyledText::plain(text, ts.bold, ts.italic || italic), spec);
    }

    /// Dot leaders (an artifact) on `line` between `from` and `to` (column coordinates), a
    /// space clear of either end, the dots on a grid of half an em so that the leaders of
    /// successive entries line up (as TeX's \dotfill).
    void add_leaders(SetLine& line, const style::TextStyle& ts, double from, double to) {
        std::vector<SetLine> dot = set(ts, ".", style::Align::Left, geometry_.measure(), "en", -1);
        if (dot.empty() || dot.front().items.empty()) return;
        const auto* run = std::get_if<GlyphRun>(&dot.front().items.front());
        if (run == nullptr || run->glyphs.empty()) return;
        const double em = ts.font_size.value;
        const double pitch = em / 2;
        const double width = dot.front().info.width;
        GlyphRun leaders = *run;
        leaders.structure = -1;
        leaders.glyphs.clear();
        leaders.x = 0;
        const PlacedGlyph glyph = run->glyphs.front();
        for (double x = std::ceil((from + em / 2) / pitch) * pitch; x + width <= to - em / 2;
             x += pitch) {
            PlacedGlyph g = glyph;
            g.x = x;
            leaders.glyphs.push_back(g);
        }
        if (!leaders.glyphs.empty()) line.items.push_back(std::move(leaders));
    }

    /// Places `lines` one under the other on page `index` of `paged`, the first line's top at
    /// `y`; returns the last baseline.
    double stack(Page& page, std::size_t index, std::vector<SetLine>& lines, double y) {
        double baseline = y;
        for (std::size_t k = 0; k < lines.size(); ++k) {
            baseline = k == 0 ? y + lines[k].ascent : baseline + lines[k].leading;
            move_onto(page, lines[k].items, geometry_.column_left(index), baseline);
        }
        return baseline;
    }

    /// Total height of `lines` from the first line's top to the last line's descent.
    static double depth(const std::vector<SetLine>& lines) {
        if (lines.empty()) return 0;
        double total = lines.front().ascent + lines.back().descent;
        for (std::size_t k = 1; k < lines.size(); ++k) total += lines[k].leading;
        return total;
    }

    void layout_body() {
        bool has_parts = false;
        for (const present::BookPart& part : parts_) has_parts |= !part.title.empty();
        for (const present::BookPart& part : parts_) {
            int parent = -1;
            if (!part.title.empty()) parent = add_part_page(part.title);
            for (const doc::Document& article : part.articles) {
                add_article(article, parent, has_parts ? 1 : 0);
            }
        }
        if (entries_.empty() || std::none_of(entries_.begin(), entries_.end(),
                                             [](const Entry& e) { return !e.part; })) {
            throw Error(ErrorCode::InputInvalid, info_.meta.source, "the book has no article");
        }
    }

    /// A page with the part's title a third of the way down; returns its "Part" element.
    int add_part_page(const std::string& title) {
        open_recto();
        const int part = static_cast<int>(body_.structure.size());
        body_.structure.push_back({"Part", -1, {}});
        body_.structure.push_back({"H1", part, {}});
        const std::size_t index = body_.pages.size();
        body_.pages.push_back(blank());
        kinds_.push_back({BodyPage::Kind::Part, {}, info_.meta.language});
        std::vector<SetLine> lines = set(style_.title, title, style::Align::Center,
                                         geometry_.measure(), info_.meta.language, part + 1);
        const double top =
            style_.page.margin_top.value + (bottom() - style_.page.margin_top.value) / 3;
        stack(body_.pages[index], index, lines, top);
        body_.outline.push_back({title, 0, static_cast<int>(index), top});
        entries_.push_back({title, "", info_.meta.language, true, static_cast<int>(index), top});
        if (style_.page.two_sided) {  // the back of a part page stays empty
            body_.pages.push_back(blank());
            kinds_.push_back({BodyPage::Kind::Blank, {}, {}});
        }
        return part;
    }

    void add_article(const doc::Document& article, int parent, int outline_shift) {
        open_recto();
        builder_.set_file(article.meta.source);
        // Articles open a sixth of the text block down, as book chapters do.
        const double sink = (bottom() - style_.page.margin_top.value) / 6;
        PagedDocument paged = layout_article(article, style_, builder_, sink);
        for (Page& page : paged.pages)  // the EPUB's page markers find the article by its index
            if (page.start) page.start->article = articles_;
        ++articles_;
        const int first = static_cast<int>(body_.pages.size());
        const std::string& language = article.meta.language;
        Entry entry{present::display_title(article.meta),
                    present::join_names(article.meta.authors, present::labels_for(language)),
                    language,
                    false,
                    first,
                    style_.page.margin_top.value};
        if (!paged.outline.empty() && paged.outline.front().page == 0) {
            entry.y = paged.outline.front().y;
        }
        entries_.push_back(entry);
        for (std::size_t i = 0; i < paged.pages.size(); ++i) {
            kinds_.push_back({i == 0 ? BodyPage::Kind::Opening : BodyPage::Kind::Text,
                              article.meta.title, language});
        }
        const int art = static_cast<int>(body_.structure.size());
        body_.structure.push_back(
            {"Art", parent, language == info_.meta.language ? std::string() : language});
        append(body_, std::move(paged), art, outline_shift);
    }

    PagedDocument front_matter() {
        PagedDocument front;
        const std::string& language = info_.meta.language;
        const double measure = geometry_.measure();
        const double top = style_.page.margin_top.value;

        add_cover(front);
        const std::size_t cover_pages = front.pages.size();

        // Half-title: the title alone, a third of the way down (decoration: an artifact).
        front.pages.push_back(blank());
        std::vector<SetLine> half =
            set(style_.subtitle, front_.title, style::Align::Center, measure, language, -1);
        stack(front.pages.back(), front.pages.size() - 1, half, top + (bottom() - top) / 3);
        if (style_.page.two_sided) front.pages.push_back(blank());

        // Title page: the lines of present::book_front_matter (title, subtitle, byline, editors),
        // the publisher at the foot.
        std::size_t index = front.pages.size();
        front.pages.push_back(blank());
        const int title_page = static_cast<int>(front.structure.size());
        front.structure.push_back({"Sect", -1, {}});
        auto element = [&](const char* role) {
            front.structure.push_back({role, title_page, {}});
            return static_cast<int>(front.structure.size() - 1);
        };
        double y = top + (bottom() - top) / 5;
        for (const present::TitleLine& line : front_.title_page.lines) {
            using present::Field;
            const style::TextStyle& ts = present::text_style(line.field, style_);
            std::vector<SetLine> lines = set(ts, line.text, style::Align::Center, measure, language,
                                             element(line.field == Field::Title ? "H1" : "P"));
            if (line.field == Field::Publisher) {
                stack(front.pages[index], index, lines, bottom() - depth(lines));
                continue;
            }
            y = stack(front.pages[index], index, lines, y);
            y += line.field == Field::Title
                     ? ts.space_after.value + style_.title_block_space.value / 2
                 : line.field == Field::Subtitle ? style_.title_block_space.value
                                                 : ts.leading.value;
        }

        // Colophon (the title page's back): small print at the foot.
        index = front.pages.size();
        front.pages.push_back(blank());
        const int colophon = static_cast<int>(front.structure.size());
        front.structure.push_back({"Sect", -1, {}});
        const style::TextStyle& small = style_.running_head.text;
        std::vector<std::vector<SetLine>> blocks;
        double total = 0;
        for (const std::string& fact : front_.colophon) {
            front.structure.push_back({"P", colophon, {}});
            blocks.push_back(set(small, fact, style::Align::Left, measure, language,
                                 static_cast<int>(front.structure.size() - 1)));
            total += depth(blocks.back()) + small.leading.value / 2;
        }
        y = bottom() - total;
        for (auto& block : blocks) {
            y = stack(front.pages[index], index, block, y) + small.leading.value / 2 +
                block.back().descent;
        }

        add_contents(front, cover_pages);
        if (style_.page.two_sided && front.pages.size() % 2 == 1) front.pages.push_back(blank());
        for (std::size_t i = 0; i < front.pages.size(); ++i) {
            front.pages[i].label =
                i < cover_pages ? "Cover" : roman(static_cast<int>(i - cover_pages) + 1);
            // The EPUB marks the cover's pages on its cover, the others on its title page.
            front.pages[i].start =
                SourcePosition{i < cover_pages ? present::kCoverBlock : -1, 0, 0, -1};
        }
        return front;
    }

    /// The cover image filling the first page (cropped by the page edges when its shape differs;
    /// an artifact: the title page says the same in text), and its blank back in two-sided books.
    void add_cover(PagedDocument& front) {
        if (!info_.cover.present()) return;
        auto info = probe_image(info_.cover.bytes);
        if (!info) {
            throw Error(ErrorCode::InputInvalid, info_.meta.source,
                        "the cover image is neither PNG nor JPEG");
        }
        front.images.push_back(info_.cover.bytes);
        Page page = blank();
        const double scale = std::max(page.width / info->width, page.height / info->height);
        Picture picture;
        picture.width = info->width * scale;
        picture.height = info->height * scale;
        picture.x = (page.width - picture.width) / 2;
        picture.y = (page.height - picture.height) / 2;
        picture.image = static_cast<int>(front.images.size() - 1);
        page.items.push_back(picture);
        front.pages.push_back(std::move(page));
        if (style_.page.two_sided) front.pages.push_back(blank());
    }

    /// The contents, from the next page on: every part and article with its author and its
    /// page number, each line a link to the page that shows its title.
    void add_contents(PagedDocument& front, std::size_t cover_pages) {
        const std::string& language = info_.meta.language;
        const double measure = geometry_.measure();
        const style::TextStyle& body = style_.body;
        const int toc = static_cast<int>(front.structure.size());
        front.structure.push_back({"TOC", -1, {}});
        PageBuilder pages(style_.page);
        FlowBlock heading;
        front.structure.push_back({"H1", toc, {}});
        heading.lines = set(style_.headings[0], front_.labels.contents, style::Align::Left, measure,
                            language, toc + 1);
        heading.space_after = style_.title_block_space.value;
        heading.keep_with_next = true;
        heading.outline_level = 0;
        heading.outline_title = front_.labels.contents;
        pages.add(std::move(heading));
        const double number_width = body.font_size.value * 3;
        for (const Entry& entry : entries_) {
            // A TOCI holding a Link element: the entry's text and its clickable areas.
            const int item = static_cast<int>(front.structure.size()) + 1;
            front.structure.push_back({"TOCI", toc, {}});
            front.structure.push_back({"Link", item - 1, {}});
            const style::TextStyle& ts = entry.part ? style_.headings[1] : body;
            FlowBlock block;
            // The entry reads from the side its language starts on, the page number stands at
            // the other side (a right-to-left entry: its text at the right edge, its number at
            // the left), dot leaders between them.
            const bool rtl = doc::direction_of(entry.language) == "rtl";
            block.lines = set(ts, entry.title, style::Align::Left, measure - number_width,
                              entry.language, item);
            if (block.lines.empty()) continue;
            if (rtl) {
                for (SetLine& line : block.lines)
                    for (FrameItem& it : line.items)
                        std::visit([&](auto& thing) { thing.x += number_width; }, it);
            }
            std::vector<SetLine> number =
                set(ts, std::to_string(entry.page + 1),
                    rtl ? style::Align::Left : style::Align::Right, measure, "en", item);
            if (!number.empty()) {
                SetLine& last = block.lines.back();
                const double text_width = last.info.width;
                const double number_size = number.front().info.width;
                if (!entry.part) {
                    // The leaders run between the entry's last line and its number.
                    const double from = rtl ? number_size : text_width;
                    const double to = rtl ? measure - text_width : measure - number_size;
                    add_leaders(last, ts, from, to);
                }
                for (FrameItem& it : number.front().items) last.items.push_back(std::move(it));
            }
            if (!entry.author.empty()) {
                std::vector<SetLine> author =
                    set(body, entry.author, style::Align::Left, measure - number_width,
                        entry.language, item, true);
                for (SetLine& line : author) block.lines.push_back(std::move(line));
            }
            for (SetLine& line : block.lines) {
                LinkArea link;
                link.y = -line.ascent;
                link.width = measure;
                link.height = line.ascent + line.descent;
                link.page = entry.page;
                link.target_y = entry.y;
                link.structure = item;
                line.items.push_back(link);
            }
            block.space_before = entry.part ? ts.space_before.value : body.leading.value / 3;
            block.space_after = entry.part ? ts.space_after.value : 0;
            block.keep_together = true;
            block.keep_with_next = entry.part;
            pages.add(std::move(block));
        }
        std::vector<OutlineEntry> outline;
        std::vector<Page> contents = pages.finish(outline);
        const std::size_t first = front.pages.size();
        for (OutlineEntry& entry : outline) {
            entry.page += static_cast<int>(first);
            front.outline.push_back(entry);
        }
        for (std::size_t i = 0; i < contents.size(); ++i) {
            front.pages.push_back(std::move(contents[i]));
            Page& page = front.pages.back();
            page.label = roman(static_cast<int>(first + i - cover_pages) + 1);
            const std::size_t index = first + i;
            if (i > 0)
                heads_.decorate(page, index, index % 2 == 1, front_.labels.contents, language,
                                true);
        }
    }

    const present::BookInfo& info_;
    const std::vector<present::BookPart>& parts_;
    const present::BookFrontMatter front_;
    const style::StyleSheet& style_;
    ParagraphBuilder builder_;
    PageBuilder geometry_;
    RunningHead heads_;
    PagedDocument body_;
    std::vector<BodyPage> kinds_;
    std::vector<Entry> entries_;
    int articles_ = 0;  // articles laid out so far
};

}  // namespace

std::string roman(int n) {
    static const std::pair<int, const char*> kDigits[] = {
        {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
        {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
    std::string out;
    for (const auto& [value, digits] : kDigits) {
        while (n >= value) {
            out += digits;
            n -= value;
        }
    }
    return out;
}

PagedDocument layout_book(const present::BookInfo& info,
                          const std::vector<present::BookPart>& parts,
                          const style::StyleSheet& style, const text::FontCatalog& fonts,
                          Diagnostics& diagnostics) {
    BookLayouter layouter(info, parts, style, fonts, diagnostics);
    PagedDocument paged = layouter.run();
    layouter.report_missing();
    return paged;
}

}  // namespace galley::layout
