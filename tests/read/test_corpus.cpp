// Every .txt of the shared corpus through read_article: a title, the expected language for the
// file's name, and every word of the input in the dump except the lines reported as dropped.
// Skipped when the corpus folder is absent (a clone without ../shared).
#include <catch2/catch.hpp>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/unorm2.h>

#include <algorithm>
#include <map>

#include "TestSupport.hpp"
#include "read/Reader.hpp"
#include "read/TextUtil.hpp"

using namespace galley::read;
using galley::read::test::slurp;
namespace fs = std::filesystem;

namespace {

/// Expected language from the file name ("udhr-arb" → ar, "wp-ja-…" → ja, "gv-de-…" → de).
std::string expected_language(const std::string& name) {
    static const std::map<std::string, std::string> udhr = {
        {"arb", "ar"},           {"azj_latn", "az"}, {"cmn_hans", "zh-Hans"}, {"deu_1996", "de"},
        {"ell_monotonic", "el"}, {"fra", "fr"},      {"heb", "he"},           {"hin", "hi"},
        {"jpn", "ja"},           {"rus", "ru"},      {"tur", "tr"},           {"vie", "vi"}};
    if (name.rfind("udhr-", 0) == 0) return udhr.at(name.substr(5));
    if (name.rfind("wikipedia-", 0) == 0) return name.substr(10, 2);
    if (name.rfind("wp-", 0) == 0) return name.substr(3, 2);
    if (name.rfind("gv-de-", 0) == 0 || name.rfind("strafprozess", 0) == 0) return "de";
    return "en";
}

/// Words as runs of letters, digits and marks, lowercased: punctuation changes do not matter.
std::map<std::string, int> word_counts(std::string_view text) {
    std::map<std::string, int> counts;
    std::string word;
    for (std::size_t p = 0; p <= text.size();) {
        const char32_t c = p < text.size() ? next_code_point(text, p) : (++p, U' ');
        if (is_alnum(c) || u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_ALPHABETIC)) {
            append_utf8(word, static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))));
        } else if (!word.empty()) {
            ++counts[word];
            word.clear();
        }
    }
    return counts;
}

/// Text of every metadata field and block (line breaks as spaces).
void blocks_text(const galley::doc::Blocks& blocks, std::string& out) {
    for (const galley::doc::Block& b : blocks) {
        if (const auto* p = std::get_if<galley::doc::Paragraph>(&b.value))
            out += galley::doc::plain_text(p->content);
        else if (const auto* h = std::get_if<galley::doc::Heading>(&b.value))
            out += galley::doc::plain_text(h->content);
        else if (const auto* q = std::get_if<galley::doc::BlockQuote>(&b.value))
            blocks_text(q->content, out);
        else if (const auto* l = std::get_if<galley::doc::List>(&b.value))
            for (const auto& item : l->items) blocks_text(item, out);
        out += '\n';
    }
}

std::string document_text(const galley::doc::Document& d) {
    const galley::doc::Metadata& m = d.meta;
    std::string out = m.title + "\n" + m.subtitle + "\n" + m.date_text + "\n" + m.dateline + "\n";
    for (const std::string& a : m.authors) out += a + "\n";
    blocks_text(d.blocks, out);
    for (const galley::doc::Note& note : d.notes) blocks_text(note.content, out);  // notes too
    return out;
}

/// A line without its "12. " list number: numbering is kept as list structure, not as words.
std::string_view without_list_number(std::string_view line) {
    std::size_t i = 0;
    while (i < line.size() && line[i] == ' ') ++i;
    std::size_t d = i;
    while (d < line.size() && d - i < 4 && line[d] >= '0' && line[d] <= '9') ++d;
    if (d > i && d + 1 < line.size() && (line[d] == '.' || line[d] == ')') && line[d + 1] == ' ')
        return line.substr(d + 2);
    return line;
}

/// `line` without Wikipedia's group note marks ("[n 3]", "[note 3]", "[nb 3]") and the "^ a b "
/// back-link marks that open a note entry: when the reader makes notes of them they are
/// structure (a NoteRef, a note), not words, as list numbers are.
std::string without_note_marks(std::string_view line) {
    std::string out(line);
    for (const std::string group : {"[n ", "[note ", "[nb "})
        for (std::size_t at = out.find(group); at != std::string::npos; at = out.find(group, at)) {
            std::size_t end = at + group.size();
            while (end < out.size() && out[end] >= '0' && out[end] <= '9') ++end;
            if (end < out.size() && out[end] == ']' && end > at + group.size())
                out.erase(at, end + 1 - at);
            else
                ++at;
        }
    const std::size_t caret = out.find("^ a b ");
    if (caret != std::string::npos && out.find_first_not_of(' ') == caret) {
        std::size_t end = caret + 2;
        while (end + 1 < out.size() && out[end] >= 'a' && out[end] <= 'z' && out[end + 1] == ' ')
            end += 2;
        out.erase(caret, end - caret);
    }
    return out;
}

std::string nfc(const std::string& s) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2* n = unorm2_getNFCInstance(&status);
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
    icu::UnicodeString out;
    reinterpret_cast<const icu::Normalizer2*>(n)->normalize(u, out, status);
    std::string r;
    out.toUTF8String(r);
    return r;
}

}  // namespace

TEST_CASE("every corpus article reads with a title, its language and all its words") {
    const fs::path corpus = GALLEY_CORPUS_DIR;
    if (!fs::is_directory(corpus)) {
        WARN("corpus folder absent, skipped: " << corpus);
        return;
    }
    std::vector<fs::path> files;
    for (const auto& e : fs::recursive_directory_iterator(corpus))
        if (e.is_regular_file() && e.path().extension() == ".txt") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    REQUIRE(files.size() > 50);

    for (const fs::path& f : files) {
        INFO(f.string());
        galley::Diagnostics diags;
        const galley::doc::Document d = read_article(f, {}, diags);
        CHECK_FALSE(d.meta.title.empty());
        CHECK(d.meta.language == expected_language(f.stem().string()));

        // The input without the lines reported as dropped, against the dump.
        const std::string input = slurp(f);
        std::vector<std::string_view> lines = split_lines(input);
        for (const galley::Diagnostic& w : diags.warnings())
            if (w.message.rfind("dropped ", 0) == 0 && w.line > 0)
                lines[static_cast<std::size_t>(w.line - 1)] = "";
        std::string kept;
        for (std::string_view l : lines) {
            l = without_list_number(l);
            (kept += d.notes.empty() ? std::string(l) : without_note_marks(l)) += '\n';
        }
        kept = nfc(kept);
        const std::string dump = document_text(d);
        const auto want = word_counts(kept);
        const auto have = word_counts(dump);
        // Lines of CJK text are joined without a space, so their words may merge: those are
        // looked up in the dump's letters without separators.
        std::string letters;
        for (std::size_t p = 0; p < dump.size();) {
            const char32_t c = next_code_point(dump, p);
            if (is_alnum(c) || u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_ALPHABETIC))
                append_utf8(letters, static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))));
        }
        std::vector<std::string> missing;
        for (const auto& [word, n] : want) {
            const auto it = have.find(word);
            const int got = it == have.end() ? 0 : it->second;
            // A byline label ("by", "von") is consumed once per byline.
            // The title of a notes section the reader made notes of leaves with it.
            const bool notes_title = !d.notes.empty() && (word == "notes" || word == "footnotes");
            const int allowance = (word == "by" || word == "von" || notes_title) ? 1 : 0;
            if (got + allowance >= n) continue;
            std::size_t p = 0;
            if (next_code_point(word, p) >= 0x2E80) {  // CJK: count it inside the merged letters
                int found = 0;
                for (std::size_t at = 0; (at = letters.find(word, at)) != std::string::npos;
                     at += word.size())
                    ++found;
                if (found >= n) continue;
            }
            missing.push_back(word + " x" + std::to_string(n - got));
        }
        INFO("missing words: " << missing.size()
                               << (missing.empty() ? "" : " first: " + missing.front()));
        CHECK(missing.empty());
    }
}
