#include "layout/WordCache.hpp"

#include <algorithm>
#include <limits>

namespace galley::layout {
namespace {

/// Glyph gaps inside a run that may take letter spacing: none for scripts whose letters join
/// or stack (Arabic, Hebrew, Indic, CJK), else one fewer than its advancing glyphs.
int letter_gaps(const text::ShapedRun& run) {
    if (run.rtl) return 0;
    for (char c : run.text) {
        auto b = static_cast<unsigned char>(c);
        if (b >= 0xD6 && b != 0xE2 && (b & 0xC0) != 0x80) return 0;
    }
    int advancing = 0;
    for (const auto& g : run.glyphs) advancing += g.x_advance != 0;
    return std::max(0, advancing - 1);
}

}  // namespace

WordCache::WordCache(text::Shaper& shaper, std::string file)
    : shaper_(shaper), file_(std::move(file)) {}

int WordCache::style_id(const FontStyle& style) {
    for (std::size_t i = 0; i < styles_.size(); ++i) {
        if (styles_[i] == style) return static_cast<int>(i);
    }
    styles_.push_back(style);
    text::ShapeRequest request;
    request.family = style.family;
    request.bold = style.bold;
    request.italic = style.italic;
    request.language = style.language;
    requests_.push_back(request);
    words_.emplace_back();
    metrics_.emplace_back();
    return static_cast<int>(styles_.size() - 1);
}

const ShapedWord& WordCache::shape(int id, std::string_view word) {
    const std::size_t hash = std::hash<std::string_view>{}(word);
    Slot& slot =
        front_[(hash ^ (static_cast<std::size_t>(id) * 0x9E3779B97F4A7C15u)) & (front_.size() - 1)];
    if (slot.word != nullptr && slot.style == id && slot.hash == hash && *slot.key == word) {
        return *slot.word;
    }
    WordMap& map = words_[static_cast<std::size_t>(id)];
    auto found = map.find(Probe{word, hash});
    if (found != map.end()) {
        slot = {hash, id, &found->first.text, &found->second};
        return found->second;
    }
    work_.shaped_bytes += word.size();
    const auto& runs = shaper_.shape(word, requests_[static_cast<std::size_t>(id)], file_);
    ShapedWord shaped;
    shaped.runs = &runs;
    double size = styles_[static_cast<std::size_t>(id)].size;
    std::size_t offset = 0;
    for (const text::ShapedRun& run : runs) {
        shaped.run_offsets.push_back(offset);
        offset += run.text.size();
        double width = static_cast<double>(run.advance()) * size / run.face->units_per_em();
        shaped.run_widths.push_back(width);
        shaped.width += width;
        shaped.run_gaps.push_back(letter_gaps(run));
    }
    auto placed = map.emplace(Key{std::string(word), hash}, std::move(shaped)).first;
    slot = {hash, id, &placed->first.text, &placed->second};
    return placed->second;
}

const WordCache::Metrics& WordCache::metrics(int id) {
    Metrics& m = metrics_[static_cast<std::size_t>(id)];
    if (m.space < 0) {
        m.space = shape(id, " ").width;
        m.hyphen = shape(id, "-").width;
    }
    return m;
}

std::optional<double> WordCache::prefix_width(int id, const ShapedWord& word,
                                              std::size_t offset) const {
    double size = styles_[static_cast<std::size_t>(id)].size;
    double width = 0;
    bool boundary = offset == 0;
    for (std::size_t r = 0; r < word.runs->size(); ++r) {
        const text::ShapedRun& run = (*word.runs)[r];
        std::size_t base = word.run_offsets[r];
        if (base == offset) boundary = true;
        double scale = size / run.face->units_per_em();
        work_.measured_glyphs += run.glyphs.size();
        for (const text::ShapedGlyph& g : run.glyphs) {
            std::size_t at = base + g.cluster;
            if (at == offset) boundary = true;
            if (at < offset) width += g.x_advance * scale;
        }
    }
    if (!boundary) return std::nullopt;
    return width;
}

void WordCache::prefix_widths(int id, const ShapedWord& word,
                              const std::vector<std::size_t>& offsets,
                              std::vector<double>& out) const {
    out.assign(offsets.size(), std::numeric_limits<double>::quiet_NaN());
    if (offsets.empty()) return;
    const double size = styles_[static_cast<std::size_t>(id)].size;
    for (const text::ShapedRun& run : *word.runs) work_.measured_glyphs += run.glyphs.size();
    // Glyph positions in the word, in glyph order; ascending when no run is right-to-left.
    bool ascending = true;
    std::size_t last = 0;
    for (std::size_t r = 0; r < word.runs->size() && ascending; ++r) {
        for (const text::ShapedGlyph& g : (*word.runs)[r].glyphs) {
            const std::size_t at = word.run_offsets[r] + g.cluster;
            if (at < last) ascending = false;
            last = at;
        }
    }
    if (!ascending) {
        // Clusters out of logical order (right-to-left runs): a boundary table and widths per
        // byte, summed in logical order.
        const std::size_t length = offsets.back() + 1;
        std::vector<double> before(length + 1, 0);
        std::vector<bool> boundary(length + 1, false);
        boundary[0] = true;
        for (std::size_t r = 0; r < word.runs->size(); ++r) {
            const text::ShapedRun& run = (*word.runs)[r];
            const std::size_t base = word.run_offsets[r];
            const double scale = size / run.face->units_per_em();
            if (base <= length) boundary[base] = true;
            for (const text::ShapedGlyph& g : run.glyphs) {
                const std::size_t at = std::min(base + g.cluster, length);
                boundary[at] = boundary[at] || base + g.cluster <= length;
                before[at] += g.x_advance * scale;
            }
        }
        double width = 0;
        std::size_t k = 0;
        for (std::size_t at = 0; at <= length && k < offsets.size(); ++at) {
            while (k < offsets.size() && offsets[k] == at) {
                if (boundary[at]) out[k] = width;
                ++k;
            }
            width += before[at];
        }
        return;
    }
    // Logical order: the width before an offset is the running sum of the glyphs before it,
    // added in the same order as prefix_width adds them.
    double width = 0;
    std::size_t k = 0;
    auto settle = [&](std::size_t at, bool boundary) {
        // Offsets up to `at`: those before it are inside no cluster boundary seen, except `at`.
        while (k < offsets.size() && offsets[k] <= at) {
            if (offsets[k] == 0 || (offsets[k] == at && boundary)) out[k] = width;
            ++k;
        }
    };
    for (std::size_t r = 0; r < word.runs->size(); ++r) {
        const text::ShapedRun& run = (*word.runs)[r];
        const std::size_t base = word.run_offsets[r];
        const double scale = size / run.face->units_per_em();
        settle(base, true);
        for (const text::ShapedGlyph& g : run.glyphs) {
            settle(base + g.cluster, true);
            width += g.x_advance * scale;
        }
    }
    settle(static_cast<std::size_t>(-1), false);
}

}  // namespace galley::layout
