// read: Markdown input. Decoded text → cmark-gfm (CommonMark with GitHub's tables,
// strikethrough, autolinks, task lists and footnotes) → doc::Document: headings, paragraphs,
// emphasis, links, lists, quotes, thematic breaks, code (verbatim: never smart-punctuated),
// figures (an image alone in a paragraph; PNG or JPEG files beside the article).
// Front matter gives metadata; raw HTML is dropped and reported, never passed through.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "base/Diagnostics.hpp"
#include "doc/Document.hpp"
#include "read/Reader.hpp"

namespace galley::read {

/// True for a path whose extension names Markdown (".md", ".markdown", any case).
bool is_markdown_path(const std::filesystem::path& path);

/// Parses decoded Markdown text (as decode_text returns it) of the article `file`. Front matter
/// and `options.meta` / `options.language` give metadata; a level-1 heading that opens the text
/// is the title, else the file name in words. Smart punctuation in the article's language goes
/// to text only (code, URLs stay as written). An image alone in a paragraph is a figure (its file
/// read through read/FigureImages, from the article's folder or `options.resource_paths`); an image
/// in running text or one that cannot be used is shown as its alt text. Dropped raw HTML, images
/// shown as their alt text and unlinked notes are reported to `diagnostics` with their line. Throws
/// Error(InputInvalid) for malformed front matter.
doc::Document parse_markdown(std::string_view utf8, const std::string& file,
                             const ReadOptions& options, Diagnostics& diagnostics);

}  // namespace galley::read
