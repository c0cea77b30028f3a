// present: the print pages an EPUB can point at (its page-list): for each page of the PDF laid
// out from the same document, its label and where its first line of running text starts, as a
// word count into a block so the EPUB, which never sees the layout, can find the place again.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace galley::present {

/// A place in a document's text: a word (and a character in it) of one block.
struct TextPosition {
    int block = -1;  ///< pre-order index of the block in doc::Document::blocks (containers count,
                     ///< notes do not); -1 = the title block, before the body; -2 = the
                     ///< cover (kCoverBlock)
    std::uint32_t word = 0;    ///< words of the block's text before the place
    std::uint32_t offset = 0;  ///< characters (code points) into that word
};

/// TextPosition::block of a cover's pages.
inline constexpr int kCoverBlock = -2;

/// One print page.
struct PageMark {
    std::string label;      ///< the page's label in the PDF ("1", "iv")
    TextPosition position;  ///< where the page starts
    bool known = false;     ///< false: the page holds no running text (the next place is used)
    int article = 0;        ///< in a book: the article (0-based) the place is in; -1 = front matter
};

/// The print pages of one paginated edition, in order.
struct PageList {
    std::string source;           ///< the edition: its identifier and style ("urn:...; classic")
    std::vector<PageMark> pages;  ///< every page of the edition

    /// True when there are pages to mark.
    bool present() const { return !pages.empty(); }
};

/// True for a character that separates words (white space other than no-break spaces).
bool is_word_space(char32_t c);

/// The word and the character in it at byte `byte` of UTF-8 `text` (block and article unset):
/// how many words start before it, and how many characters into the word it is (0 at a word's
/// start or in the space before it, which belongs to the next word).
TextPosition text_position(std::string_view text, std::size_t byte);

}  // namespace galley::present
