#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "layout/LineBreaker.hpp"
#include "layout/StyledText.hpp"
#include "layout/WordCache.hpp"

namespace galley::layout {

/// Justified lines may tighten their letters by this share of the letter spacing they may add
/// (ParagraphSpec::letter_stretch): the breaker counts it as the word boxes' shrink.
inline constexpr double kLetterShrinkShare = 0.5;

/// True when text set in justified lines may be expanded (font expansion): all but CJK, whose
/// characters keep their square em.
bool expandable_text(std::string_view text);

/// What a Knuth–Plass item stands for, kept beside the item list (same index).
enum class ItemRole : std::uint8_t {
    Other,           ///< a penalty or ragged-right helper glue: nothing visible
    Word,            ///< a box of shaped text: `index` into PreparedParagraph::pieces
    Space,           ///< interword glue: `index` into PreparedParagraph::spaces
    Indent,          ///< the first-line indent box
    Hyphen,          ///< a hyphenation penalty: broken here, the line ends in "-"
    CompoundHyphen,  ///< a break after a word's own hyphen ("whale-|ship"): the line ends in it
    Fill,            ///< parfillskip before a forced break
};

/// A fragment of a word in one style: what a box draws.
struct Piece {
    std::size_t start = 0, end = 0;      ///< byte range of the fragment in the paragraph text
    int style = 0;                       ///< WordCache style id
    int link = -1;                       ///< link index, -1 = none
    std::size_t word = 0;                ///< start of the shaped word it is a fragment of
    std::size_t word_end = 0;            ///< end of that word
    const ShapedWord* shaped = nullptr;  ///< the whole word shaped
};

/// An interword space as justified text stretches it (also used by ragged lines, unstretched).
struct Space {
    double width = 0, stretch = 0, shrink = 0;  ///< natural width and flexibility (points)
    std::size_t position = 0;                   ///< byte offset of the space in the text
    int link = -1;                              ///< link index when inside a link
};

/// Stage 2 of paragraph layout (prepare): the items with what each stands for.
struct PreparedParagraph {
    std::vector<Item> items;      ///< box/glue/penalty list with the finishing sequence
    std::vector<ItemRole> roles;  ///< one per item
    std::vector<int> index;       ///< one per item: piece or space index, else -1
    std::vector<Piece> pieces;    ///< what the Word boxes draw
    std::vector<Space> spaces;    ///< what the Space glues are
    double indent = 0;            ///< first-line indent width
    bool has_boxes = false;       ///< false for an empty paragraph

    /// Empties the paragraph, keeping the vectors' storage for the next one.
    void clear() {
        items.clear();
        roles.clear();
        index.clear();
        pieces.clear();
        spaces.clear();
        indent = 0;
        has_boxes = false;
    }

    /// Appends an item with its role.
    void add(const Item& item, ItemRole role = ItemRole::Other, int at = -1) {
        items.push_back(item);
        roles.push_back(role);
        index.push_back(at);
    }
};

}  // namespace galley::layout
