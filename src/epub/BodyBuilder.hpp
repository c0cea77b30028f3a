#pragma once

#include <set>
#include <string>
#include <vector>

#include <tinyxml2.h>

#include "doc/Document.hpp"
#include "epub/XhtmlWriter.hpp"
#include "style/StyleSheet.hpp"

namespace galley::epub {

/// The style an inline run is shown in.
struct Context {
    const style::TextStyle* style;  ///< the block's text style
    bool bold;                      ///< bold (block style or inside strong)
    bool italic;                    ///< italic (block style or inside em)
    bool in_link = false;           ///< inside an <a>: HTML forbids nesting another
};

/// Builds the XHTML elements of blocks and inlines, tracking heading ids (unique in the book)
/// and the characters XML could not take. Used by XhtmlWriter for the title page and the body.
class BodyBuilder {
  public:
    /// A builder using `style`'s text styles; `observer` (may be empty) sees every text run.
    BodyBuilder(const style::StyleSheet& style, const TextObserver& observer)
        : style_(style), observer_(observer) {}

    /// Appends `block` to `parent`, its paragraphs set in `para_style`. `fresh` is true when
    /// the next paragraph follows a start, heading or scene break (it gets class "noindent").
    /// Headings are appended to `headings` with the id alone as href.
    void block(tinyxml2::XMLNode* parent, const doc::Block& block,
               const style::TextStyle& para_style, bool& fresh, std::vector<TocEntry>& headings);

    /// Appends `content` to `parent` in context `ctx`.
    void inlines(tinyxml2::XMLElement* parent, const doc::Inlines& content, Context ctx);

    /// Appends the text node `text` (cleaned for XML) and reports it to the observer.
    void text(tinyxml2::XMLNode* parent, std::string_view text, Context ctx);

    /// `wanted` made a valid XML ID not used before in the book.
    std::string unique_id(const std::string& wanted);

    /// Characters dropped or replaced so far because XML does not allow them.
    int removed() const { return removed_; }

    /// The notes NoteRef inlines point into (the article's; none by default).
    void set_notes(const std::vector<doc::Note>* notes) { notes_ = notes; }
    /// Appends a footnote aside for each note referenced since the last call (and notes their
    /// text references) to `parent`, each opening with its label as a back link to its first
    /// reference: called after each top-level block, so a note follows the block marking it.
    void pending_notes(tinyxml2::XMLNode* parent, std::vector<TocEntry>& headings);

    /// The images Figure blocks show (the article's) and the name of the article's files, which
    /// their hrefs start with (epub/FigureWriter); `language` names its figures ("Figure 1. "),
    /// numbered from 1 again.
    void set_images(const std::vector<doc::Image>* images, std::string name,
                    const std::string& language) {
        images_ = images;
        image_name_ = std::move(name);
        figure_language_ = language;
        figures_ = 0;
    }

    /// Records, from now on, the element each body block is written as (pre-order, containers
    /// included, notes not; null for a block that wrote none) in `elements` (null: stop).
    void record_blocks(std::vector<tinyxml2::XMLElement*>* elements) { recorded_ = elements; }

  private:
    /// Appends a <figure> with its image, caption and credit (epub/FigureWriter.cpp).
    void figure(tinyxml2::XMLNode* parent, const doc::Figure& figure);
    /// Appends the noteref link of note `index` to `parent` (a mark when inside a link).
    void note_ref(tinyxml2::XMLElement* parent, std::size_t index, Context ctx);

    const style::StyleSheet& style_;
    const TextObserver& observer_;
    std::set<std::string> used_ids_;
    int removed_ = 0;
    const std::vector<doc::Note>* notes_ = nullptr;
    std::vector<std::string> note_ids_;        // per note: its aside's id ("" until referenced)
    std::vector<std::string> note_ref_ids_;    // per note: its first reference's id
    std::vector<std::size_t> note_ref_count_;  // per note: marks written so far
    std::vector<std::size_t> note_queue_;      // notes first referenced, asides not written yet
    const std::vector<doc::Image>* images_ = nullptr;
    std::string image_name_ = "article";
    std::string figure_language_ = "en";                      // the language of figure labels
    int figures_ = 0;                                         // captioned figures numbered so far
    std::vector<tinyxml2::XMLElement*>* recorded_ = nullptr;  // see record_blocks()
    bool in_notes_ = false;                                   // writing footnote asides
};

}  // namespace galley::epub
