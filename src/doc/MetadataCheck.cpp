#include "doc/MetadataCheck.hpp"

#include <filesystem>
#include <limits>

#include "base/TextCheck.hpp"

namespace galley::doc {

namespace {

constexpr std::size_t kUnbounded = std::numeric_limits<std::size_t>::max();

/// Cleans the strings of a body, adding what was repaired to `repairs`.
class BodyCleaner {
  public:
    explicit BodyCleaner(TextRepairs& repairs) : repairs_(repairs) {}

    void blocks(Blocks& bs) {
        for (Block& b : bs) std::visit([&](auto& v) { block(v); }, b.value);
    }

  private:
    void text(std::string& s) {
        if (is_clean_text(s)) return;
        TextRepairs one;
        s = clean_text(s, kUnbounded, &one);
        repairs_.invalid_utf8 += one.invalid_utf8;
        repairs_.nul += one.nul;
        repairs_.illegal += one.illegal;
    }
    void inlines(Inlines& is) {
        for (Inline& i : is) std::visit([&](auto& v) { inline_(v); }, i.value);
    }
    void inline_(Text& t) { text(t.text); }
    void inline_(Emphasis& e) { inlines(e.content); }
    void inline_(Strong& s) { inlines(s.content); }
    void inline_(Link& l) {
        text(l.url);
        inlines(l.content);
    }
    void inline_(LineBreak&) {}
    void inline_(Code& c) { text(c.text); }
    void inline_(Strikethrough& s) { inlines(s.content); }
    void inline_(NoteRef&) {}
    void block(Paragraph& p) { inlines(p.content); }
    void block(Heading& h) {
        inlines(h.content);
        text(h.id);
    }
    void block(BlockQuote& q) { blocks(q.content); }
    void block(List& l) {
        for (Blocks& item : l.items) blocks(item);
    }
    void block(SceneBreak&) {}
    void block(CodeBlock& c) {
        text(c.language);
        text(c.text);
    }
    void block(Table& t) {
        for (auto* rows : {&t.head, &t.body})
            for (TableRow& row : *rows)
                for (TableCell& cell : row.cells) inlines(cell.content);
    }
    void block(Figure& f) {
        text(f.alt);
        text(f.credit);
        inlines(f.caption);
    }

    TextRepairs& repairs_;
};

}  // namespace

void check_metadata(Metadata& meta, Diagnostics& diagnostics) {
    const std::string& file = meta.source;
    auto field = [&](std::string& value, const char* name) {
        check_text(value, std::string("metadata '") + name + "'", file, 0, diagnostics);
    };
    field(meta.title, "title");
    field(meta.subtitle, "subtitle");
    field(meta.date, "date");
    field(meta.date_text, "date");
    field(meta.dateline, "dateline");
    field(meta.language, "lang");
    field(meta.identifier, "identifier");
    field(meta.description, "description");
    field(meta.publisher, "publisher");
    field(meta.rights, "rights");
    check_text_list(meta.authors, "metadata 'author'", file, 0, diagnostics, kMaxListItems);
    check_text_list(meta.keywords, "metadata 'keywords'", file, 0, diagnostics, kMaxListItems);
    if (meta.title.empty()) meta.title = clean_text(std::filesystem::path(file).stem().string());
    if (meta.title.empty()) meta.title = "Untitled";
    if (meta.language.empty()) meta.language = "und";
}

void check_document(Document& document, Diagnostics& diagnostics) {
    check_metadata(document.meta, diagnostics);
    TextRepairs repairs;
    BodyCleaner cleaner(repairs);
    cleaner.blocks(document.blocks);
    for (Note& note : document.notes) cleaner.blocks(note.content);
    if (!repairs.none())
        diagnostics.warn(document.meta.source, 0, "text: " + repairs.describe(kUnbounded));
}

}  // namespace galley::doc
