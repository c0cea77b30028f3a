#include "layout/FootnoteArea.hpp"

#include <algorithm>
#include <cstdlib>

namespace galley::layout {

namespace {

/// The note index after `prefix` in `url`, or -1.
long note_of(const std::string& url, const std::string& prefix) {
    if (url.rfind(prefix, 0) != 0) return -1;
    char* end = nullptr;
    const long n = std::strtol(url.c_str() + prefix.size(), &end, 10);
    return end != nullptr && *end == '\0' ? n : -1;
}

/// Lines of a note that must stay with its mark (TeX lets a note split anywhere; two lines
/// keep a split from leaving a lone line at the page's foot).
constexpr std::size_t kMinNoteLines = 2;

}  // namespace

void FootnoteArea::configure(double space_before, double space_after, double rule_width) {
    space_before_ = space_before;
    space_after_ = space_after;
    rule_width_ = rule_width;
}

void FootnoteArea::set_notes(std::vector<std::vector<SetLine>> notes) {
    notes_ = std::move(notes);
    committed_.assign(notes_.size(), false);
    note_at_.assign(notes_.size(), {});
    mark_at_.assign(notes_.size(), {});
}

double FootnoteArea::cost(const Pending& p) const {
    const double gap = page_lines_.empty() ? space_before_ : p.first ? space_after_ : 0;
    return gap + p.line.leading;
}

double FootnoteArea::room_for(const SetLine& line, std::vector<std::size_t>& seen) const {
    if (line.notes.empty() || !carry_.empty()) return 0;
    double room = 0;
    bool empty = page_lines_.empty() && seen.empty();
    for (std::size_t n : line.notes) {
        if (n >= notes_.size() || committed_[n] ||
            std::find(seen.begin(), seen.end(), n) != seen.end())
            continue;
        seen.push_back(n);
        const std::vector<SetLine>& lines = notes_[n];
        room += empty ? space_before_ : space_after_;
        empty = false;
        for (std::size_t k = 0; k < std::min(kMinNoteLines, lines.size()); ++k)
            room += lines[k].leading;
    }
    return room;
}

void FootnoteArea::put(Pending&& p) {
    height_ += cost(p);
    page_lines_.push_back(std::move(p));
}

void FootnoteArea::commit(const SetLine& line, int page, double top, double room) {
    std::vector<std::size_t> work(line.notes.rbegin(), line.notes.rend());
    while (!work.empty()) {
        const std::size_t n = work.back();
        work.pop_back();
        if (n >= notes_.size() || committed_[n]) continue;
        committed_[n] = true;
        if (std::find(line.notes.begin(), line.notes.end(), n) != line.notes.end())
            mark_at_[n] = {page, top};
        std::vector<SetLine>& lines = notes_[n];
        std::vector<std::size_t> nested;
        for (std::size_t k = 0; k < lines.size(); ++k) {
            nested.insert(nested.end(), lines[k].notes.begin(), lines[k].notes.end());
            Pending p{std::move(lines[k]), n, k == 0};
            if (carry_.empty() && height_ + cost(p) <= room)
                put(std::move(p));
            else
                carry_.push_back(std::move(p));
        }
        lines.clear();
        // A note marked inside another note follows it.
        work.insert(work.end(), nested.rbegin(), nested.rend());
    }
}

void FootnoteArea::commit_remaining(int page, double top) {
    SetLine all;
    for (std::size_t n = 0; n < notes_.size(); ++n)
        if (!committed_[n]) all.notes.push_back(n);
    if (!all.notes.empty()) commit(all, page, top, 0);
}

void FootnoteArea::start_page(double max_room) {
    std::size_t k = 0;
    while (k < carry_.size() && (page_lines_.empty() || height_ + cost(carry_[k]) <= max_room))
        put(std::move(carry_[k++]));
    carry_.erase(carry_.begin(), carry_.begin() + static_cast<std::ptrdiff_t>(k));
}

void FootnoteArea::flush(Page& page, int index, double left, double bottom) {
    if (page_lines_.empty()) return;
    const double top = bottom - height_;
    // TeX's \footnoterule: a short thin rule in the space above the notes.
    page.items.push_back(Rule{left, top + space_before_ * 0.5 - 0.2, rule_width_, 0.4});
    double cursor = top + space_before_;
    for (std::size_t i = 0; i < page_lines_.size(); ++i) {
        Pending& p = page_lines_[i];
        if (i > 0 && p.first) cursor += space_after_;
        const double baseline = cursor + p.line.leading - p.line.descent;
        if (p.first) note_at_[p.note] = {index, baseline - p.line.ascent};
        move_onto(page, p.line.items, left, baseline);
        cursor += p.line.leading;
    }
    page_lines_.clear();
    height_ = 0;
}

void FootnoteArea::resolve_links(std::vector<Page>& pages) const {
    for (std::size_t i = 0; i < pages.size(); ++i) {
        for (FrameItem& item : pages[i].items) {
            auto* link = std::get_if<LinkArea>(&item);
            if (link == nullptr || link->page >= 0) continue;
            const std::string& url = link->url;
            Place target;
            if (long n = note_of(url, kNoteLinkPrefix); n >= 0) {
                if (static_cast<std::size_t>(n) < note_at_.size()) target = note_at_[n];
            } else if (long m = note_of(url, kNoteBackLinkPrefix); m >= 0) {
                if (static_cast<std::size_t>(m) < mark_at_.size()) target = mark_at_[m];
            } else {
                continue;
            }
            // A target never placed (cannot happen for a committed note) links to its own page.
            link->page = target.page >= 0 ? target.page : static_cast<int>(i);
            link->target_y = target.page >= 0 ? std::max(0.0, target.y) : 0;
            link->url = SharedString();
        }
    }
}

}  // namespace galley::layout
