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

}  // namespace galley::read
