// read (internal): notes marked in plain text, turned into doc::Notes.
#pragma once

#include <string>

#include "base/Diagnostics.hpp"
#include "doc/Document.hpp"

namespace galley::read {

/// Asterisk notes, as Gutenberg texts print them (Moby-Dick: "…the white shark.*" with the
/// next paragraph "*With reference to the Polar bear…"): a paragraph that starts with a mark
/// (*, †, ‡) directly before its first word is a note; a mark right after a word or a
/// punctuation mark in a paragraph before it is its reference. Only when every mark of the
/// document pairs one to one, each reference followed by its note before the next reference,
/// are the notes made: the mark becomes a NoteRef, the note paragraph moves into
/// Document::notes. Otherwise nothing changes (the text keeps its marks). Returns the number of
/// notes made; a partial match is reported to `diagnostics`.
int match_asterisk_notes(doc::Document& document, const std::string& file,
                         Diagnostics& diagnostics);

/// Numbered notes with a closing notes section: the last block is preceded by a heading (or a
/// line alone) named "Notes", "Footnotes", "References"… (in the main languages of the corpus),
/// and every block after it is a note entry numbered 1, 2… in order ("[1] …", "1. …", an
/// ordered list; a Wikipedia-style "^ " after the number is dropped). The text before it refers
/// to them as "[1]", "[2]"…. Only when the references name exactly the notes 1..N, first met in
/// that order, are the notes made (references become NoteRefs, the section leaves the body);
/// otherwise nothing changes. Group notes (match_group_notes) are tried first. Returns the
/// number of notes made.
int match_numbered_notes(doc::Document& document, const std::string& file,
                         Diagnostics& diagnostics);

/// Group-lettered notes, as Wikipedia prints its explanatory notes apart from its citations:
/// references "[n 1]", "[note 2]", "[nb 3]" or "[a]", "[b]" right after a word or punctuation,
/// all of one group, and a notes section anywhere in the article ("Notes", "Footnotes"…) whose
/// title is followed by exactly as many entries (an ordered list from 1, or paragraphs numbered
/// "1. " / lettered "a. "). Only when the references name exactly the entries, first met in
/// order, and no entry holds a reference of the group, are the notes made: the references
/// become NoteRefs (one note may be referenced again), the title and entries leave the body,
/// each entry loses Wikipedia's back-link marks ("^ ", and "a b " before a note referenced
/// twice). Other [k] references (citations) stay text. Returns the number of notes made.
int match_group_notes(doc::Document& document, const std::string& file, Diagnostics& diagnostics);

}  // namespace galley::read
