// read: the rules that tell a heading line from a line of text. A heading is short, has no
// final punctuation and does not start in lowercase; numbered labels ("Article 12.", "סעיף יא.")
// and chapter titles ("CHAPTER 56. Of the Less Erroneous Pictures…") are headings despite their
// final stop. BlockParser adds the context rules (between blocks, in the document's script).
#pragma once

#include <string_view>

namespace galley::read {

/// True for punctuation that ends a sentence or clause (a line ending in it is not a heading).
bool is_terminal_punct(char32_t c);
/// True for characters of space-less scripts (Han, kana, Thai...): measured in characters.
bool caseless_script(char32_t c);
/// "Article 1.", "Điều 1:", "סעיף א.", "अनुच्छेद १.": a short label and a number with a stop.
bool numbered_label(std::string_view line);
/// "CHAPTER 2. The Carpet-Bag.", "Part III", "Kapitel 4": a chapter label and a number.
bool chapter_label(std::string_view line);
/// "Duncan Campbell: I cheer for the Jets!": a speaker's name of one to four capitalised words,
/// a colon and what was said, with a sentence end in it (a turn of an interview or transcript).
bool speaker_turn(std::string_view line);
/// True for short lines that are not headings although they have a heading's shape: times,
/// scores and statistics (digits), ranking rows, dates, captions, share-widget words.
bool not_a_heading(std::string_view line);
/// True when `line` on its own looks like a heading.
bool heading_like(std::string_view line);
/// "2.質疑応答", "１．概要", "一、总体要求": a Chinese or Japanese section number and a short
/// heading (numbered heads of press conference records and reports).
bool numbered_head(std::string_view line);
/// A heading that ends in '!' ("Andere bijeenkomsten in Europa!") or in a quoted title
/// ("Software Libero e “Denaro pubblico? Codice pubblico!”"): heading-like once that end is
/// set aside. Such lines need prose on both sides (see BlockParser).
bool exclaimed_or_quoted_heading(std::string_view line);

}  // namespace galley::read
