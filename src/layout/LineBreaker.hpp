// layout/LineBreaker: Knuth–Plass total-fit line breaking (Knuth & Plass 1981; TeX: The Program
// §813–890). Paragraph building turns shaped words into box/glue/penalty items; this file chooses
// where the lines end; the caller then sets each line's glue from the returned adjustment ratio.
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

namespace galley::layout {

/// A penalty of this size or more forbids a break; minus it forces one (TeX's ±10000).
inline constexpr double kInfinitePenalty = 10000;

/// A stretch large enough to act as TeX's `fil` (use it for \parfillskip and ragged-right fills).
inline constexpr double kFilStretch = 1e6;

/// One element of a paragraph in Knuth and Plass's model, in TeX's vocabulary.
struct Item {
    /// What the item is.
    enum class Type { Box, Glue, Penalty };
    Type type = Type::Box;     ///< box (fixed material), glue (flexible space) or penalty
    double width = 0;          ///< natural width (points); for a penalty, width if broken there
    double stretch = 0;        ///< stretchability (glue; a box's letter spacing, see below)
    double shrink = 0;         ///< shrinkability (glue; a box's letter spacing)
    double penalty = 0;        ///< penalty value (±kInfinitePenalty = forbidden/forced)
    bool flagged = false;      ///< flagged penalty (a hyphen): consecutive ones cost double_hyphen
    bool hyphenation = false;  ///< a penalty inserted by automatic hyphenation: ignored in the
                               ///< first (pretolerance) pass, as TeX does before hyphenating
    int payload = -1;          ///< caller's index (the shaped material this item stands for)
    /// Box: how far it may hang into the margin when a line starts with it (its first character's
    /// protrusion, pdfTeX's left margin kern); glue or penalty: how far a line broken here may
    /// hang past its end (its last character's). The breaker lends the line that much more room.
    double protrude_left = 0;
    double protrude_right = 0;  ///< see protrude_left

    /// A box of `w` points.
    static Item box(double w, int payload = -1) {
        return {Type::Box, w, 0, 0, 0, false, false, payload};
    }
    /// A box of `w` points that may widen by `y` and narrow by `z` (letter spacing, in the way
    /// pdfTeX's font expansion makes boxes elastic). It counts in its line's stretch and shrink
    /// like glue does, but a break never discards it.
    static Item elastic_box(double w, double y, double z) {
        return {Type::Box, w, y, z, 0, false, false, -1};
    }
    /// Glue of natural width `w`, stretch `y`, shrink `z`.
    static Item glue(double w, double y, double z, int payload = -1) {
        return {Type::Glue, w, y, z, 0, false, false, payload};
    }
    /// A penalty of `p` with width `w` (the hyphen's width when flagged).
    static Item penalty_item(double w, double p, bool flagged = false, bool hyphenation = false) {
        return {Type::Penalty, w, 0, 0, p, flagged, hyphenation, -1};
    }
};

/// Line-breaking parameters, with TeX's names and plain TeX's defaults.
struct BreakSettings {
    double pretolerance = 100;      ///< \pretolerance: first pass, no hyphenation (-1 skips it)
    double tolerance = 200;         ///< \tolerance: second pass, with hyphenation
    double line_penalty = 10;       ///< \linepenalty: added to every line's badness
    double hyphen_penalty = 50;     ///< \hyphenpenalty (for callers building penalties)
    double ex_hyphen_penalty = 50;  ///< \exhyphenpenalty (explicit hyphens)
    double double_hyphen_demerits = 10000;  ///< \doublehyphendemerits
    double final_hyphen_demerits = 5000;    ///< \finalhyphendemerits
    double adj_demerits = 10000;   ///< \adjdemerits: adjacent lines of incompatible fitness
    double emergency_stretch = 0;  ///< \emergencystretch: added stretch in the third pass
    int looseness = 0;  ///< \looseness (0 = optimum; ±n = n lines more/fewer if possible)
    /// Most consecutive lines ending at flagged penalties (hyphens), 1 to 3; 0 = no limit
    /// (TeX). When the final pass finds no feasible breaks within it, it runs again without
    /// the limit: a longer run rather than a line beyond the tolerance or an overfull one.
    int max_hyphen_run = 0;
};

/// One chosen break.
struct Break {
    std::size_t position = 0;  ///< index of the item broken at (glue or penalty)
    double ratio = 0;       ///< adjustment ratio of the line ending here (<0 shrunk), in [-1, ∞)
    int fitness = 1;        ///< 0 tight, 1 decent, 2 loose, 3 very loose
    bool overfull = false;  ///< the line is wider than its measure even fully shrunk
};

/// The result of breaking one paragraph.
struct BreakResult {
    std::vector<Break> breaks;  ///< one per line, in order; the last is the paragraph's end
    int pass = 1;               ///< 1 = pretolerance, 2 = tolerance, 3 = emergency
    bool overfull = false;      ///< a line could not be made to fit even in the emergency pass
    double total_demerits = 0;  ///< TeX's total_demerits of the chosen breaks
    int hyphen_run = 0;         ///< most consecutive lines ending at flagged penalties (hyphens)
};

/// Knuth–Plass total-fit line breaking. `items` must end with the usual finishing sequence
/// (penalty +inf, parfillskip glue, forced break); without a final forced break, one is implied
/// after the last item and the last Break's position is `items.size()`. `line_widths[i]` is the
/// measure of line i; the last value holds for all later lines (it must not be empty: that throws
/// galley::Error Internal). Otherwise never fails: the emergency pass with emergency_stretch (and,
/// as a last resort, an overfull line as TeX makes it) always yields breaks.
BreakResult break_lines(const std::vector<Item>& items, const std::vector<double>& line_widths,
                        const BreakSettings& settings);

/// The same, keeping its working memory between paragraphs (one per thread; not thread-safe).
class LineBreaker {
  public:
    /// An empty breaker; buffers grow to the longest paragraph seen.
    LineBreaker();
    ~LineBreaker();
    LineBreaker(const LineBreaker&) = delete;
    LineBreaker& operator=(const LineBreaker&) = delete;

    /// Breaks one paragraph (see the free function break_lines).
    BreakResult break_lines(const std::vector<Item>& items, const std::vector<double>& line_widths,
                            const BreakSettings& settings);
    /// The results break_lines() gives at each looseness of `loosenesses` (settings.looseness
    /// is ignored), from one pass when the settings allow (no first pass, no emergency stretch,
    /// no looseness 0: the search does not depend on the looseness, only the choice at its end).
    std::vector<BreakResult> break_lines(const std::vector<Item>& items,
                                         const std::vector<double>& line_widths,
                                         const BreakSettings& settings,
                                         const std::vector<int>& loosenesses);

  private:
    struct Workspace;
    std::unique_ptr<Workspace> workspace_;
};

}  // namespace galley::layout
