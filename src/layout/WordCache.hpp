#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/Diagnostics.hpp"
#include "text/Hyphenator.hpp"
#include "text/Shaper.hpp"

namespace galley::layout {

/// A face style at one size in one language: what a word is shaped with.
struct FontStyle {
    std::string family = "serif";  ///< family resolved by text::FontCatalog
    bool bold = false;             ///< bold face
    bool italic = false;           ///< italic face
    double size = 10;              ///< em size in points
    std::string language = "en";   ///< BCP 47 language
    /// Equal when every field is.
    bool operator==(const FontStyle&) const = default;
};

/// One shaped word (or fragment) with its width at its style's size.
struct ShapedWord {
    const std::vector<text::ShapedRun>* runs = nullptr;  ///< owned by the Shaper's cache
    std::vector<std::size_t> run_offsets;  ///< byte offset of each run's text inside the word
    std::vector<double> run_widths;        ///< advance of each run in points
    double width = 0;                      ///< total advance in points
    std::vector<int> run_gaps;  ///< per run: glyph gaps that may take letter spacing (none for
                                ///< scripts whose letters join or stack)
    mutable bool hyphens_known = false;        ///< `hyphens` computed (cache slot)
    mutable std::vector<std::size_t> hyphens;  ///< hyphenation points, byte offsets
};

/// Shaped words cached per style: a paragraph's words are shaped once per document, not once per
/// occurrence, and their widths, split widths and hyphenation points come from the cache.
class WordCache {
  public:
    /// A cache shaping through `shaper`; uncovered characters are recorded under `file`.
    WordCache(text::Shaper& shaper, std::string file);

    /// A small id for `style` (registered on first use).
    int style_id(const FontStyle& style);
    /// The style of an id.
    const FontStyle& style(int id) const { return styles_[static_cast<std::size_t>(id)]; }
    /// `word` shaped in style `id`; the reference stays valid for the cache's lifetime.
    const ShapedWord& shape(int id, std::string_view word);
    /// Width of a space in style `id` (points).
    double space_width(int id) { return metrics(id).space; }
    /// Width of a hyphen in style `id` (points).
    double hyphen_width(int id) { return metrics(id).hyphen; }
    /// Width in points of the glyphs logically before byte `offset` of `word`, or nullopt when
    /// `offset` falls inside a glyph cluster (a ligature or a base with its marks).
    std::optional<double> prefix_width(int id, const ShapedWord& word, std::size_t offset) const;
    /// prefix_width for each of `offsets` (ascending) at once, in time linear in the word's glyphs
    /// and the offsets: `out[k]` is the width before `offsets[k]`, or NaN inside a cluster.
    void prefix_widths(int id, const ShapedWord& word, const std::vector<std::size_t>& offsets,
                       std::vector<double>& out) const;

    /// Work done so far, for tests and benchmarks: bytes handed to the shaper and glyphs visited
    /// to measure split points (both grow linearly with the text, however long its words).
    struct Work {
        std::size_t shaped_bytes = 0;     ///< bytes of text shaped (cache misses)
        std::size_t measured_glyphs = 0;  ///< glyphs visited by prefix_width(s)
    };
    /// The work done so far.
    const Work& work() const { return work_; }

  private:
    struct Metrics {
        double space = -1, hyphen = -1;
    };
    const Metrics& metrics(int id);

    /// A map key that carries its hash, computed once per lookup and stored with the word.
    struct Key {
        std::string text;
        std::size_t hash = 0;
    };
    /// What a lookup probes with: the word and its hash, no string built.
    struct Probe {
        std::string_view text;
        std::size_t hash = 0;
    };
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(const Key& k) const { return k.hash; }
        std::size_t operator()(const Probe& p) const { return p.hash; }
    };
    struct Equal {
        using is_transparent = void;
        template <class A, class B>
        bool operator()(const A& a, const B& b) const {
            return a.hash == b.hash && std::string_view(a.text) == std::string_view(b.text);
        }
    };
    using WordMap = std::unordered_map<Key, ShapedWord, Hash, Equal>;

    text::Shaper& shaper_;
    std::string file_;
    std::vector<FontStyle> styles_;
    std::vector<text::ShapeRequest> requests_;
    /// A direct-mapped front for the maps: most lookups are the same few thousand words.
    struct Slot {
        std::size_t hash = 0;
        int style = -1;
        const std::string* key = nullptr;
        const ShapedWord* word = nullptr;
    };
    std::vector<Slot> front_ = std::vector<Slot>(1u << 14);
    std::vector<WordMap> words_;
    std::vector<Metrics> metrics_;
    mutable Work work_;
};

}  // namespace galley::layout
