// doc: the intermediate document model, in the middle of the pipeline.
//   read/ builds a Document from an article; epub/ serialises it; layout/ turns it into pages.
// A Document is plain data: metadata plus a list of blocks, each holding inlines. The block and
// inline kinds are closed sums (std::variant), so every backend handles every kind.
#pragma once

#include <cstddef>
#include <string>
#include <variant>
#include <vector>

namespace galley::doc {

struct Inline;
/// A sequence of inlines: the content of a paragraph, heading or list item line.
using Inlines = std::vector<Inline>;

/// Plain text (UTF-8, NFC, already smart-punctuated); may contain spaces.
struct Text {
    std::string text;  ///< the characters
};
/// Emphasised (italic) content.
struct Emphasis {
    Inlines content;  ///< what is emphasised
};
/// Strongly emphasised (bold) content.
struct Strong {
    Inlines content;  ///< what is strong
};
/// A hyperlink; for a bare URL in the text the content is the URL itself.
struct Link {
    std::string url;  ///< target, absolute (http:, https:, mailto:)
    Inlines content;  ///< the visible text
};
/// A forced line break inside a block (e.g. lines of verse or an address).
struct LineBreak {};
/// Code inside running text (Markdown `x`): verbatim characters, never smart-punctuated.
struct Code {
    std::string text;  ///< the characters, as written
};
/// Struck-through content (Markdown ~~x~~): text shown as deleted.
struct Strikethrough {
    Inlines content;  ///< what is struck through
};

/// A reference point of a note (footnote marker): the note is Document::notes[note]; its mark
/// is note_label(note), shown raised in the text, linked to the note and back.
struct NoteRef {
    std::size_t note = 0;  ///< index into Document::notes
};

/// One inline element: a closed sum of the kinds above.
struct Inline {
    std::variant<Text, Emphasis, Strong, Link, LineBreak, Code, Strikethrough, NoteRef>
        value;  ///< the element
};

struct Block;
/// A sequence of blocks: the body of a document, a quote or a list item.
using Blocks = std::vector<Block>;

/// A paragraph of running text.
struct Paragraph {
    Inlines content;  ///< the text
};
/// A section heading; level 1 is the highest inside the body (the title is metadata, not a block).
struct Heading {
    int level = 1;    ///< 1..3
    Inlines content;  ///< the heading text
    std::string id;   ///< stable anchor id, unique in the document ("h-2-some-words")
};
/// A block quotation.
struct BlockQuote {
    Blocks content;  ///< the quoted blocks
};
/// A bulleted or numbered list.
struct List {
    bool ordered = false;       ///< numbered (true) or bulleted
    int start = 1;              ///< first number of an ordered list
    std::vector<Blocks> items;  ///< each item's blocks (usually one Paragraph)
};
/// A scene break ("* * *", Markdown's thematic break "---"): a thematic pause between sections.
struct SceneBreak {};
/// A block of code or other preformatted text, set line for line in a monospace face.
struct CodeBlock {
    std::string language;  ///< info-string language tag ("cpp", "python"), may be empty
    std::string text;      ///< the lines, verbatim, joined by '\n' (no final line end)
};
/// Horizontal alignment of a table column's cells.
enum class ColumnAlign { Default, Left, Center, Right };
/// One cell of a table row.
struct TableCell {
    Inlines content;  ///< the cell's text
};
/// One row of a table.
struct TableRow {
    std::vector<TableCell> cells;  ///< in column order; as many as the table has columns
};
/// A table: header rows over body rows, one alignment per column.
struct Table {
    std::vector<ColumnAlign> columns;  ///< alignment of each column (its count is the width)
    std::vector<TableRow> head;        ///< header rows (Markdown: one)
    std::vector<TableRow> body;        ///< body rows
};

/// A figure: an image of the article (Document::images) with its alt text, an optional caption
/// and an optional credit line. It stands apart from the running text (a float in the PDF).
struct Figure {
    std::size_t image = 0;  ///< index into Document::images
    std::string alt;        ///< text alternative for readers who cannot see the image (may be "")
    Inlines caption;        ///< the caption shown with it, may be empty
    std::string credit;     ///< source or rights line ("Photo: A. Person, CC BY 4.0"), may be ""
};

/// One block element with the 1-based input line where it starts (0 when synthetic).
struct Block {
    std::variant<Paragraph, Heading, BlockQuote, List, SceneBreak, CodeBlock, Table, Figure>
        value;     ///< the element
    int line = 0;  ///< source line of its first character
};

/// Bibliographic data about one article, from the text, a sidecar file or the command line.
struct Metadata {
    std::string title;                 ///< required; the reader falls back to the file name
    std::string subtitle;              ///< standfirst / dek, may be empty
    std::vector<std::string> authors;  ///< in order; may be empty
    std::string date;                  ///< ISO 8601 (CCYY-MM-DD) when known, else empty
    std::string date_text;             ///< the date as written in the article, may be empty
    std::string dateline;              ///< "PARIS —" style place line, may be empty
    std::string language;              ///< BCP 47 tag ("en", "de", "zh-Hans"), never empty
    std::string identifier;            ///< given identifier; empty = derive a UUID from content
    std::string description;           ///< short description, may be empty
    std::string publisher;             ///< may be empty
    std::string rights;                ///< may be empty
    std::string source;                ///< the input file's name, for messages
    /// Subject keywords in order, without repeats; may be empty.
    std::vector<std::string> keywords;
    /// The article states its date before its byline; title blocks keep the article's order.
    bool date_first = false;
};

/// A note (footnote) of the article: block content shown at the foot of the page (PDF) or as a
/// footnote aside (EPUB), reached from its NoteRef(s). Notes are numbered per article in the
/// order of their first reference.
struct Note {
    Blocks content;  ///< the note's text (usually one Paragraph)
    int line = 0;    ///< source line where the note's text starts (0 when synthetic)
};

/// An image file of the article, read and checked by the reader (PNG or JPEG, decoded once
/// within limits): the backends copy or embed its bytes and never open a file themselves.
struct Image {
    std::string path;    ///< the file as resolved (for messages; never read again)
    std::string bytes;   ///< the file's bytes, unchanged
    std::string format;  ///< "png" or "jpeg"
    int width = 0;       ///< pixels
    int height = 0;      ///< pixels
    double dpi = 0;      ///< horizontal pixel density the file states (PNG pHYs, JFIF), 0 = none
};

/// The whole article: metadata, the body blocks and their notes.
struct Document {
    Metadata meta;              ///< bibliographic data
    Blocks blocks;              ///< the body, in reading order
    std::vector<Note> notes;    ///< notes referenced by NoteRef inlines, in reference order
    std::vector<Image> images;  ///< images that Figure blocks show, each file once
};

/// The label (mark) of note `index` of an article, shared by EPUB and PDF: "1", "2", ...
/// (arabic numbers per article, the common rule of Chicago, Pandoc and LaTeX).
std::string note_label(std::size_t index);

/// "rtl" for right-to-left languages (ar, he, fa, ur, yi...), else "ltr".
std::string direction_of(const std::string& language);

/// Plain text of inlines (emphasis and links flattened, line breaks as '\n').
std::string plain_text(const Inlines& inlines);

/// A stable, readable text dump of the whole document, one element per line, used by golden
/// tests: "meta title: ...", "para: ...", "  emph: ..." with nesting by indentation.
std::string dump(const Document& document);

}  // namespace galley::doc
