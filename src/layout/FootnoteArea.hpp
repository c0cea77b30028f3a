// layout (internal): footnotes at the foot of the page, as TeX inserts them.
//   DocumentFlow sets each note's lines and marks the body line holding its reference;
//   PageBuilder asks this area how much room a line's notes need, commits them when it places
//   the line, and draws the area (a short rule, then the notes) when it leaves the page.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "layout/PagedDocument.hpp"
#include "layout/SetLine.hpp"

namespace galley::layout {

/// URL of a note mark's link area before PageBuilder resolves it to the note's page and place.
inline const std::string kNoteLinkPrefix = "galley-note:";
/// URL of a note label's link area before PageBuilder resolves it to the mark's page and place.
inline const std::string kNoteBackLinkPrefix = "galley-noteback:";

/// The notes of one page builder run and the note area of its current page.
class FootnoteArea {
  public:
    /// Spacing: `space_before` above the first note of a page (the rule sits in its middle),
    /// `space_after` between two notes; the rule is `rule_width` points long.
    void configure(double space_before, double space_after, double rule_width);
    /// The notes' set lines (index = note number - 1), each note's label line first.
    void set_notes(std::vector<std::vector<SetLine>> notes);
    /// True when no note was given.
    bool none() const { return notes_.empty(); }
    /// Height the notes placed on the current page take, the space above them included.
    double height() const { return height_; }
    /// Extra room `line`'s notes need on this page if it is placed now (at least two lines of
    /// each note that starts with it), counting notes in `seen` as already reserved; `seen`
    /// receives them. 0 when the line starts no note (or notes are being carried over).
    double room_for(const SetLine& line, std::vector<std::size_t>& seen) const;
    /// `line`, just placed on page `page` with its top at `top`, starts its notes: as many of
    /// their lines as fit in `room` (page foot minus the line's baseline) go on this page, the
    /// rest on the next.
    void commit(const SetLine& line, int page, double top, double room);
    /// Notes no line marked (none in a well-formed document) are carried to the next page, their
    /// back links pointing at page `page`, `top`.
    void commit_remaining(int page, double top);
    /// A new page: lines carried over come first, taking at most `max_room` points.
    void start_page(double max_room);
    /// True while lines of notes wait for a page.
    bool carrying() const { return !carry_.empty(); }
    /// Draws the current page's notes onto `page` (page index `index`), the column starting
    /// at `left`, the area ending at `bottom`; then the area is empty.
    void flush(Page& page, int index, double left, double bottom);
    /// Points every note mark's link area at its note and every label's at its mark.
    void resolve_links(std::vector<Page>& pages) const;

  private:
    struct Pending {
        SetLine line;
        std::size_t note = 0;
        bool first = false;  // the note's first line
    };
    struct Place {
        int page = -1;
        double y = 0;
    };
    /// Height of `p` on this page after what is there already.
    double cost(const Pending& p) const;
    void put(Pending&& p);

    double space_before_ = 0, space_after_ = 0, rule_width_ = 0;
    std::vector<std::vector<SetLine>> notes_;
    std::vector<bool> committed_;
    std::vector<Place> note_at_, mark_at_;
    std::vector<Pending> page_lines_;  // on the current page, top to bottom
    std::vector<Pending> carry_;       // waiting for the next page
    double height_ = 0;
};

}  // namespace galley::layout
