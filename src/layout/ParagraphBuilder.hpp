#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/Diagnostics.hpp"
#include "layout/LineBreaker.hpp"
#include "layout/PreparedParagraph.hpp"
#include "layout/SetLine.hpp"
#include "layout/StyledText.hpp"
#include "layout/WordCache.hpp"
#include "style/StyleSheet.hpp"
#include "text/FontCatalog.hpp"
#include "text/GlyphUse.hpp"
#include "text/Shaper.hpp"

struct UBreakIterator;

namespace galley::layout {

/// How one paragraph is set.
struct ParagraphSpec {
    FontStyle font;                              ///< base face (spans may switch bold/italic)
    double leading = 14;                         ///< baseline-to-baseline distance
    style::Align align = style::Align::Justify;  ///< line alignment
    double measure = 300;                        ///< line width in points
    double first_indent = 0;                     ///< first-line indent
    bool hyphenate = true;                       ///< allow automatic hyphenation
    style::Hyphenation hyphenation;              ///< minimums
    bool rtl = false;                            ///< right-to-left paragraph direction
    double letter_stretch = 0.02;  ///< justified text: letter spacing per glyph gap at a line's
                                   ///< adjustment ratio 1, in ems (0 = word spaces alone stretch);
                                   ///< shrinking lines tighten by kLetterShrinkShare of it
    bool balance = false;     ///< a display title or heading: 2+ lines of balanced length, broken
                              ///< before function words (BalancedLines; not justified text)
    bool protrusion = false;  ///< justified text: punctuation at a line's edges hangs into the
                              ///< margin (layout/Protrusion), the breaker lending it the room
    double expansion = 0;     ///< justified text: glyphs may widen or narrow by up to this share
                              ///< of their width (0.02 = ±2 %, pdfTeX's font expansion) to fill
                              ///< a line before its word spaces change
    int structure = -1;       ///< structure element of its glyph runs
    std::vector<int> link_structures;    ///< per StyledText link: its "Link" element (empty = the
                                         ///< paragraph's element holds link text too)
    std::string color = "#000000";       ///< text colour
    std::string link_color = "#000000";  ///< colour of link text
    int source_line = 0;                 ///< input line, for warnings
    std::string code_family = "monospace";  ///< family of inline code spans (StyledSpan::code)
    double code_scale = 1;  ///< inline code size as a share of the paragraph's font size
    /// The face a span is set in: the base face, bold/italic as the span says, the code family
    /// (and size) for inline code.
    FontStyle font_for(bool bold, bool italic, bool code) const;
};

/// A spec for unhyphenated text in `text_style`, `language` (its direction too), `align` and
/// `measure`; links take the text's colour. Callers adjust the rest.
ParagraphSpec spec_for(const style::TextStyle& text_style, const std::string& language,
                       style::Align align, double measure);

/// True for a character no CJK line may start with (strict kinsoku, JIS X 4051 / W3C JLREQ:
/// closing brackets, 、。，．・：；？！, iteration marks, ー, small kana).
bool is_line_start_prohibited(char32_t c);
/// True for a character no CJK line may end with (opening brackets and quotes: 「『（〔【〈《“ …).
bool is_line_end_prohibited(char32_t c);

/// Sets paragraphs into lines in Typst's four stages: collect (StyledText), prepare (shaped
/// words → Knuth–Plass items), break (break_lines) and finalize (glue set, hyphens inserted,
/// bidi reordering, glyph runs built). One builder serves a whole document, caching shaped
/// words, hyphenation points and ICU break iterators across paragraphs.
class ParagraphBuilder {
  public:
    /// A builder shaping from `fonts`; warnings go to `diagnostics` under `file`.
    ParagraphBuilder(const text::FontCatalog& fonts, Diagnostics& diagnostics, std::string file);
    ~ParagraphBuilder();
    ParagraphBuilder(const ParagraphBuilder&) = delete;
    ParagraphBuilder& operator=(const ParagraphBuilder&) = delete;

    /// Sets `text` as a paragraph; returns its lines (none for an empty paragraph).
    std::vector<SetLine> build(const StyledText& text, const ParagraphSpec& spec);
    /// Sets `text`, which build() set in `lines` lines, in `lines + looseness` lines instead
    /// (TeX's \looseness) within the tolerance, with no ladder and no overfull line; empty when
    /// no such breaking exists. last_demerits() then holds that breaking's demerits (a runt last
    /// line adds a large amount).
    std::vector<SetLine> build_loose(const StyledText& text, const ParagraphSpec& spec,
                                     std::size_t lines, int looseness);
    /// Stage 2 alone: fills `prepared` with the items of `text` set as `spec` says, to break it
    /// at several loosenesses (break_loose) and set the breaking chosen (set_lines).
    void prepare_paragraph(const StyledText& text, const ParagraphSpec& spec,
                           PreparedParagraph& prepared);
    /// Stage 3 of build_loose(), for each of `loosenesses` (from one breaker pass): the
    /// breaking of `prepared` in `lines + looseness` lines, or nullopt. Total demerits include
    /// the runt cost of build_loose().
    std::vector<std::optional<BreakResult>> break_loose(const PreparedParagraph& prepared,
                                                        const ParagraphSpec& spec,
                                                        std::size_t lines,
                                                        const std::vector<int>& loosenesses);
    /// Stage 4: the set lines of `prepared` broken as `result` says.
    std::vector<SetLine> set_lines(const StyledText& text, const ParagraphSpec& spec,
                                   const PreparedParagraph& prepared, const BreakResult& result);
    /// The lines of that breaking without their glyphs (leading, ascent, descent, hyphenated
    /// end, measure): enough to measure a page with, for a fraction of set_lines()' cost.
    static std::vector<SetLine> sketch_lines(const ParagraphSpec& spec,
                                             const PreparedParagraph& prepared,
                                             const BreakResult& result);
    /// Total demerits of the breaking the last build() or build_loose() chose.
    double last_demerits() const { return last_demerits_; }
    /// Line-breaking parameters used for every paragraph (TeX's defaults).
    BreakSettings& settings() { return settings_; }
    /// The shaped-word cache.
    WordCache& words() { return words_; }
    /// The font catalog.
    const text::FontCatalog& fonts() const { return fonts_; }
    /// This output's record of characters no font covers (filled while shaping).
    const text::GlyphUse& glyph_use() const { return use_; }
    /// Reports each character no font covered, once, to the diagnostics (at the end of a layout).
    void report_missing() const;
    /// Names `file` in later warnings (one builder, and its caches, can serve many articles).
    void set_file(std::string file) { file_ = std::move(file); }
    /// The entry of `face` in the font table of what this builder sets (added on first use).
    page::FontRef font_ref(const text::FontFace* face);
    /// Every face the builder's glyph runs draw with, indexed by their FontRefs: the font table
    /// of the documents it lays out.
    const page::FontTable& font_table() const { return font_table_; }

  private:
    /// Fills `p` (cleared first, its buffers kept) with the paragraph's items.
    void prepare(const StyledText& text, const ParagraphSpec& spec, PreparedParagraph& p);
    std::vector<SetLine> finalize(const StyledText& text, const ParagraphSpec& spec,
                                  const PreparedParagraph& prepared, const BreakResult& result);
    UBreakIterator* line_breaker(const std::string& language);
    /// Appends to `splits` the grapheme boundaries inside `word` (emergency break points).
    void add_grapheme_splits(std::string_view word,
                             std::vector<std::pair<std::size_t, int>>& splits);

    const text::FontCatalog& fonts_;
    Diagnostics& diagnostics_;
    std::string file_;
    text::GlyphUse use_;
    std::unique_ptr<text::Shaper> shaper_;
    WordCache words_;
    BreakSettings settings_;
    LineBreaker breaker_;
    std::map<std::string, UBreakIterator*> breakers_;
    UBreakIterator* graphemes_ = nullptr;              // grapheme clusters, opened on first use
    std::vector<std::pair<std::size_t, int>> splits_;  // reused by prepare()
    std::vector<std::size_t> offsets_;                 // reused by prepare()
    std::vector<double> widths_;                       // reused by prepare()
    PreparedParagraph prepared_;                       // reused by build(): buffers kept
    page::FontTable font_table_;                       // faces of the runs set, by FontRef
    std::vector<const text::FontFace*> font_faces_;    // font_table_'s faces, by index
    double last_demerits_ = 0;                         // of the last breaking chosen
};

}  // namespace galley::layout
