#include "layout/LineBreaker.hpp"

#include <algorithm>
#include <climits>
#include <cmath>
#include <limits>
#include <optional>

#include "base/Error.hpp"

// The algorithm follows TeX: The Program, part 38 ("Breaking paragraphs into lines"), with two
// simplifications that do not change its results: the background sums α/β of §824 are kept as
// prefix sums over the items (doubles need no delta nodes), and an active node and its passive
// node are one BreakNode in a pool, linked by indices (no allocation in the inner loop).

namespace galley::layout {
namespace {

constexpr double kInfBad = 10000;  // TeX's inf_bad: badness of a line that cannot stretch enough
constexpr double kAwfulBad = std::numeric_limits<double>::infinity();  // TeX's awful_bad
constexpr double kEpsilon = 1e-6;  // widths closer than this (points, ~TeX's sp) are equal
constexpr std::size_t kNoItem = static_cast<std::size_t>(-1);
constexpr int kNoNode = -1;
constexpr int kMaxHyphenRun = 3;  // the largest max_hyphen_run honoured (candidate states)

/// Fitness classes (TeX numbers them the other way round: very_loose_fit = 0 ... tight_fit = 3).
enum Fitness : int { kTight = 0, kDecent = 1, kLoose = 2, kVeryLoose = 3 };

/// A feasible breakpoint: TeX's active node and its passive node in one.
struct BreakNode {
    std::size_t position;    // cur_break: index of the item broken at (kNoItem: paragraph start)
    std::size_t line_start;  // first item of the next line, after discarding glue and penalties
    int line_number;         // number of lines ended at or before this break
    int fitness;             // fitness class of the line ending here
    bool hyphenated;         // the line ending here ends at a flagged penalty
    int hyphen_run;          // consecutive lines ending flagged, up to and including this one
    bool overfull;           // the line ending here is overfull (TeX's artificial_demerits)
    double ratio;            // adjustment ratio of the line ending here (actual stretch)
    double total_width;      // background sums of the items before line_start (α of §824)
    double total_stretch;
    double total_shrink;
    double total_demerits;  // minimum demerits of a paragraph up to here
    int prev_break;         // the break before this one in that optimum
    bool artificial;        // kept by the final pass although infeasible (§854)
};

/// How one candidate line fits its measure.
struct LineFit {
    double badness = 0;  // b: 100·r³ capped at inf_bad, inf_bad + 1 when overfull
    double ratio = 0;    // adjustment ratio from the line's own glue, clamped to ≥ −1
    int fitness = kDecent;
    bool overfull = false;
};

/// The best way to reach the current breakpoint in one fitness class (minimal_demerits etc.).
struct Candidate {
    double minimal_demerits = kAwfulBad;  // minimal_demerits[fit_class]
    int best_place = kNoNode;             // best_place[fit_class]
    LineFit fit;
};

/// What distinguishes the passes (§863, §873).
struct Pass {
    double threshold;           // pretolerance, then tolerance
    bool second_pass;           // hyphenation penalties are legal breakpoints
    bool final_pass;            // the active list may never become empty
    double background_stretch;  // emergency_stretch in the third pass
};

/// Reusable buffers (kept by LineBreaker between paragraphs).
struct Buffers {
    std::vector<double> sum_width, sum_stretch, sum_shrink;  // prefix sums, size n + 1
    std::vector<BreakNode> nodes;                            // the node pool
    std::vector<int> active, next_active;                    // the active list, by line number
};

/// Badness, ratio and fitness class of a line (§851–853), with a ratio-based fitness class:
/// tight r < −0.5, decent −0.5 ≤ r ≤ 0.5, loose 0.5 < r ≤ 1, very loose r > 1.
LineFit measure_line(double line_width, double width, double stretch, double shrink,
                     double background_stretch) {
    LineFit fit;
    double shortfall = line_width - width;
    if (std::abs(shortfall) <= kEpsilon) shortfall = 0;
    if (shortfall > 0) {
        const double available = stretch + background_stretch;
        if (available > 0) {
            const double r = shortfall / available;
            fit.badness = std::min(100 * r * r * r, kInfBad);
            fit.fitness = r > 1 ? kVeryLoose : (r > 0.5 ? kLoose : kDecent);
        } else {
            fit.badness = kInfBad;
            fit.fitness = kVeryLoose;
        }
        fit.ratio = stretch > 0 ? shortfall / stretch : 0;
    } else if (shortfall < 0) {
        if (-shortfall > shrink + kEpsilon) {
            fit.badness = kInfBad + 1;
            fit.fitness = kTight;
            fit.overfull = true;
            fit.ratio = -1;
        } else {
            const double r = shrink > 0 ? std::max(shortfall / shrink, -1.0) : 0;
            fit.badness = -100 * r * r * r;
            fit.fitness = r < -0.5 ? kTight : kDecent;
            fit.ratio = r;
        }
    }
    return fit;
}

/// One run of the total-fit algorithm over a paragraph.
class TotalFit {
  public:
    TotalFit(const std::vector<Item>& items, const std::vector<double>& line_widths,
             const BreakSettings& settings, Buffers& buffers)
        : items_(items),
          line_widths_(line_widths),
          settings_(settings),
          work_(buffers),
          n_(items.size()) {
        const Item& last = items.back();
        // The paragraph ends at a final forced break; without one, an implied one at n.
        end_ =
            (last.type == Item::Type::Penalty && last.penalty <= -kInfinitePenalty) ? n_ - 1 : n_;
        // Lines from easy_line on share one width, so their active nodes form one class (§848).
        easy_line_ = settings.looseness == 0 ? static_cast<int>(line_widths.size()) - 1 : INT_MAX;
        compute_background_sums();
    }

    BreakResult run() {
        if (settings_.pretolerance >= 0) {
            const int best = run_limited_pass({settings_.pretolerance, false, false, 0});
            if (best != kNoNode) return result(best, 1);
        }
        const bool second_is_final = settings_.emergency_stretch <= 0;
        const int second = run_limited_pass({settings_.tolerance, true, second_is_final, 0});
        if (second != kNoNode) return result(second, 2);
        const int third =
            run_limited_pass({settings_.tolerance, true, true, settings_.emergency_stretch});
        if (third == kNoNode) {
            throw Error(ErrorCode::Internal, "", "line breaker: final pass found no breaks");
        }
        return result(third, 3);
    }

  private:
    /// A pass within max_hyphen_run; when that finds no breaks (or, in the final pass, only
    /// an overfull line) and `may_lift`, the same pass again without the limit.
    /// A pass within max_hyphen_run; when the final pass finds no feasible breaks within it
    /// (only TeX's artificial ones), the same pass again without the limit.
    int run_limited_pass(const Pass& pass) {
        hyphen_limit_ = std::clamp(settings_.max_hyphen_run, 0, kMaxHyphenRun);
        const int best = run_pass(pass);
        if (hyphen_limit_ == 0 || !pass.final_pass || !path_artificial(best)) return best;
        hyphen_limit_ = 0;
        return run_pass(pass);
    }

    bool path_artificial(int r) const {
        for (; r != kNoNode; r = work_.nodes[r].prev_break) {
            if (work_.nodes[r].artificial) return true;
        }
        return false;
    }

    void compute_background_sums() {
        work_.sum_width.assign(n_ + 1, 0);
        work_.sum_stretch.assign(n_ + 1, 0);
        work_.sum_shrink.assign(n_ + 1, 0);
        double w = 0, y = 0, z = 0;
        for (std::size_t i = 0; i < n_; ++i) {
            const Item& item = items_[i];
            if (item.type != Item::Type::Penalty) {  // a penalty's width only counts if broken
                w += item.width;                     // there; boxes may be elastic too
                y += item.stretch;
                z += item.shrink;
            }
            work_.sum_width[i + 1] = w;
            work_.sum_stretch[i + 1] = y;
            work_.sum_shrink[i + 1] = z;
        }
    }

    /// Glue is a legal breakpoint after a box; a penalty below +inf is one (hyphenation
    /// penalties only from the second pass on); forced breaks and the paragraph's end always are.
    bool legal_break(std::size_t j, const Pass& pass) const {
        if (j == end_) return true;
        const Item& item = items_[j];
        switch (item.type) {
            case Item::Type::Box:
                return false;
            case Item::Type::Glue:
                return j > 0 && items_[j - 1].type == Item::Type::Box;
            case Item::Type::Penalty:
                if (item.penalty <= -kInfinitePenalty) return true;  // forced, whatever its flags
                return item.penalty < kInfinitePenalty && (pass.second_pass || !item.hyphenation);
        }
        return false;
    }

    /// The first item of the line after a break at j: glue and penalties after a break are
    /// discarded up to the next box or forced break (TeX's break_width computation, §837).
    std::size_t line_start_after(std::size_t j) const {
        std::size_t s = std::min(j + 1, n_);
        while (s < n_) {
            const Item& item = items_[s];
            if (item.type == Item::Type::Box) break;
            if (item.type == Item::Type::Penalty && item.penalty <= -kInfinitePenalty) break;
            ++s;
        }
        return s;
    }

    int run_pass(const Pass& pass) {
        work_.nodes.clear();
        work_.active.clear();
        work_.nodes.push_back(
            {kNoItem, 0, 0, kDecent, false, 0, false, 0, 0, 0, 0, 0, kNoNode, false});
        work_.active.push_back(0);
        for (std::size_t j = 0; j <= end_; ++j) {
            if (!legal_break(j, pass)) continue;
            try_break(j, pass);
            if (work_.active.empty()) return kNoNode;  // no feasible way on: try the next pass
        }
        return best_final_node(pass);
    }

    /// Tries every active node as the start of a line ending at breakpoint j (§829).
    void try_break(std::size_t j, const Pass& pass) {
        const bool at_end = j == end_;
        double pi = 0, penalty_width = 0;
        bool flagged = false;
        if (j < n_ && items_[j].type == Item::Type::Penalty) {
            pi = items_[j].penalty;
            penalty_width = items_[j].width;
            flagged = items_[j].flagged;
        }
        if (at_end || pi <= -kInfinitePenalty) pi = -kInfinitePenalty;
        const bool forced = pi <= -kInfinitePenalty;
        cur_break_ = j;
        cur_flagged_ = flagged;
        cur_line_start_ = kNoItem;
        const double break_width = work_.sum_width[j] + penalty_width;  // β of §824
        const double break_stretch = work_.sum_stretch[j];
        const double break_shrink = work_.sum_shrink[j];

        work_.next_active.clear();
        int old_class = -1;
        int artificial = kNoNode;  // the node TeX would keep with artificial_demerits (§854)
        LineFit artificial_fit;
        for (const int r : work_.active) {
            const int line_class = std::min(work_.nodes[r].line_number, easy_line_);
            if (line_class != old_class) {
                if (old_class >= 0) insert_new_active_nodes();
                old_class = line_class;
            }
            const BreakNode& a = work_.nodes[r];  // after insertion: the pool may have moved
            if (j < a.line_start) {  // j lies in the material discarded after a's break
                work_.next_active.push_back(r);
                continue;
            }
            const LineFit fit = measure_line(
                available_width(a), break_width - a.total_width, break_stretch - a.total_stretch,
                break_shrink - a.total_shrink, pass.background_stretch);
            const bool feasible = fit.badness <= pass.threshold;
            if (fit.badness > kInfBad || forced) {
                // Deactivate r (§851): it can end no later line.
                if (!feasible && pass.final_pass &&
                    prefer_artificial(r, fit, artificial, artificial_fit)) {
                    artificial = r;
                    artificial_fit = fit;
                }
            } else {
                work_.next_active.push_back(r);
            }
            if (!feasible) continue;
            // At most max_hyphen_run hyphenated lines in a row; the run is part of the state.
            const int run = flagged ? a.hyphen_run + 1 : 0;
            if (hyphen_limit_ > 0 && run > hyphen_limit_) continue;
            const double d = line_demerits(a, fit, pi, flagged, at_end);
            Candidate& c = candidates_[fit.fitness][hyphen_limit_ > 0 ? run : 0];
            const double total = a.total_demerits + d;
            if (total <= c.minimal_demerits) {
                c = {total, r, fit};
                minimum_demerits_ = std::min(minimum_demerits_, total);
            }
        }
        if (old_class >= 0) insert_new_active_nodes();
        if (work_.next_active.empty() && artificial != kNoNode) {
            // Final pass, no feasible line: keep the least bad one with zero demerits, as TeX
            // does with artificial_demerits, so that a solution always exists.
            add_node(artificial, artificial_fit, work_.nodes[artificial].total_demerits, true);
        }
        std::swap(work_.active, work_.next_active);
    }

    /// Among lines about to be dropped, prefers one that is not overfull (fewest demerits so
    /// far), otherwise the least overfull; ties go to the later node, as in TeX.
    bool prefer_artificial(int r, const LineFit& fit, int current,
                           const LineFit& current_fit) const {
        if (current == kNoNode) return true;
        if (fit.overfull != current_fit.overfull) return !fit.overfull;
        if (!fit.overfull) {
            return work_.nodes[r].total_demerits <= work_.nodes[current].total_demerits;
        }
        return overfull_excess(r) <= overfull_excess(current);
    }

    /// How far the line from node r to the current break exceeds its measure when fully shrunk.
    double overfull_excess(int r) const {
        const BreakNode& a = work_.nodes[r];
        const std::size_t j = cur_break_;
        const double pw = j < n_ && items_[j].type == Item::Type::Penalty ? items_[j].width : 0;
        const double width = work_.sum_width[j] + pw - a.total_width;
        const double shrink = work_.sum_shrink[j] - a.total_shrink;
        return width - shrink - available_width(a);
    }

    /// The room of the line from node a to the current break: its measure plus what its first
    /// and last characters may protrude into the margins (pdfTeX adds the margin kerns the same
    /// way when it tries a break with \pdfprotrudechars=2).
    double available_width(const BreakNode& a) const {
        const std::size_t line_index =
            std::min<std::size_t>(a.line_number, line_widths_.size() - 1);
        double room = line_widths_[line_index];
        if (a.line_start < n_ && items_[a.line_start].type == Item::Type::Box)
            room += items_[a.line_start].protrude_left;
        if (cur_break_ < n_) room += items_[cur_break_].protrude_right;
        return room;
    }

    /// Demerits of the line from a to the current break (§859).
    double line_demerits(const BreakNode& a, const LineFit& fit, double pi, bool flagged,
                         bool at_end) const {
        double d = settings_.line_penalty + fit.badness;
        d = std::abs(d) >= 10000 ? 100000000.0 : d * d;
        if (pi > 0) {
            d += pi * pi;
        } else if (pi > -kInfinitePenalty) {
            d -= pi * pi;
        }
        if (a.hyphenated) {
            if (at_end) {
                d += settings_.final_hyphen_demerits;  // the second-to-last line ends flagged
            } else if (flagged) {
                d += settings_.double_hyphen_demerits;
            }
        }
        if (std::abs(fit.fitness - a.fitness) > 1) d += settings_.adj_demerits;
        return d;
    }

    /// Creates the new active nodes for the current break from the best candidates of the line
    /// class just finished: those within adj_demerits of the best can still win (§835–836).
    void insert_new_active_nodes() {
        if (minimum_demerits_ < kAwfulBad) {
            const double limit = minimum_demerits_ + std::abs(settings_.adj_demerits);
            for (int fit_class = kVeryLoose; fit_class >= kTight; --fit_class) {
                for (const Candidate& c : candidates_[fit_class]) {
                    if (c.minimal_demerits <= limit) {
                        add_node(c.best_place, c.fit, c.minimal_demerits);
                    }
                }
            }
        }
        for (auto& by_run : candidates_) {
            for (Candidate& c : by_run) c = Candidate{};
        }
        minimum_demerits_ = kAwfulBad;
    }

    void add_node(int from, const LineFit& fit, double total_demerits, bool artificial = false) {
        if (cur_line_start_ == kNoItem) cur_line_start_ = line_start_after(cur_break_);
        const std::size_t s = cur_line_start_;
        const int line_number = work_.nodes[from].line_number + 1;
        const int run = cur_flagged_ ? work_.nodes[from].hyphen_run + 1 : 0;
        work_.nodes.push_back({cur_break_, s, line_number, fit.fitness, cur_flagged_, run,
                               fit.overfull, fit.ratio, work_.sum_width[s], work_.sum_stretch[s],
                               work_.sum_shrink[s], total_demerits, from, artificial});
        work_.next_active.push_back(static_cast<int>(work_.nodes.size() - 1));
    }

    /// The active node with the fewest total demerits, or the one nearest the looseness asked
    /// for (§874–875); kNoNode when the pass failed.
    int best_final_node(const Pass& pass) const {
        return best_final_node(pass, settings_.looseness);
    }
    int best_final_node(const Pass& pass, int looseness) const {
        int best = kNoNode;
        double fewest = kAwfulBad;
        for (const int r : work_.active) {
            if (work_.nodes[r].total_demerits < fewest) {
                best = r;
                fewest = work_.nodes[r].total_demerits;
            }
        }
        if (best == kNoNode || looseness == 0) return best;
        const int best_line = work_.nodes[best].line_number;
        int actual_looseness = 0;
        for (const int r : work_.active) {
            const int line_diff = work_.nodes[r].line_number - best_line;
            const double total = work_.nodes[r].total_demerits;
            if ((line_diff < actual_looseness && looseness <= line_diff) ||
                (line_diff > actual_looseness && looseness >= line_diff)) {
                best = r;
                actual_looseness = line_diff;
                fewest = total;
            } else if (line_diff == actual_looseness && total < fewest) {
                best = r;
                fewest = total;
            }
        }
        return (actual_looseness == looseness || pass.final_pass) ? best : kNoNode;
    }

  public:
    /// For settings with a looseness, no first pass and no emergency stretch (one final pass
    /// whose search the looseness does not change, only the choice of the final node): the
    /// result run() gives at each looseness of `loosenesses`, from one pass. A looseness whose
    /// best path needs run_limited_pass()'s second pass (unusual) gets nullopt: run it alone.
    std::vector<std::optional<BreakResult>> run_each(const std::vector<int>& loosenesses) {
        const Pass pass{settings_.tolerance, true, true, 0};
        hyphen_limit_ = std::clamp(settings_.max_hyphen_run, 0, kMaxHyphenRun);
        run_pass(pass);
        std::vector<std::optional<BreakResult>> out;
        for (const int looseness : loosenesses) {
            const int best = best_final_node(pass, looseness);
            if (best == kNoNode || (hyphen_limit_ != 0 && path_artificial(best)))
                out.emplace_back();
            else
                out.emplace_back(result(best, 2));
        }
        return out;
    }

  private:
    BreakResult result(int best, int pass) const {
        BreakResult out;
        out.pass = pass;
        out.total_demerits = work_.nodes[best].total_demerits;
        for (int r = best; work_.nodes[r].prev_break != kNoNode; r = work_.nodes[r].prev_break) {
            const BreakNode& node = work_.nodes[r];
            out.breaks.push_back({node.position, node.ratio, node.fitness, node.overfull});
            out.overfull = out.overfull || node.overfull;
            out.hyphen_run = std::max(out.hyphen_run, node.hyphen_run);
        }
        std::reverse(out.breaks.begin(), out.breaks.end());
        return out;
    }

    const std::vector<Item>& items_;
    const std::vector<double>& line_widths_;
    const BreakSettings& settings_;
    Buffers& work_;
    std::size_t n_;
    std::size_t end_ = 0;
    int easy_line_ = 0;
    // State of the breakpoint being tried (cur_p and friends).
    std::size_t cur_break_ = 0;
    std::size_t cur_line_start_ = kNoItem;
    bool cur_flagged_ = false;
    Candidate candidates_[4][kMaxHyphenRun + 1];  // by fitness class and hyphen run
    int hyphen_limit_ = 0;                        // max_hyphen_run in force for this pass
    double minimum_demerits_ = kAwfulBad;
};

}  // namespace

struct LineBreaker::Workspace {
    Buffers buffers;
};

LineBreaker::LineBreaker() : workspace_(std::make_unique<Workspace>()) {}
LineBreaker::~LineBreaker() = default;

BreakResult LineBreaker::break_lines(const std::vector<Item>& items,
                                     const std::vector<double>& line_widths,
                                     const BreakSettings& settings) {
    if (line_widths.empty()) {
        throw Error(ErrorCode::Internal, "", "line breaker: no line widths given");
    }
    if (items.empty()) return {};
    return TotalFit(items, line_widths, settings, workspace_->buffers).run();
}

std::vector<BreakResult> LineBreaker::break_lines(const std::vector<Item>& items,
                                                  const std::vector<double>& line_widths,
                                                  const BreakSettings& settings,
                                                  const std::vector<int>& loosenesses) {
    const bool one_pass = settings.pretolerance < 0 && settings.emergency_stretch <= 0 &&
                          std::find(loosenesses.begin(), loosenesses.end(), 0) == loosenesses.end();
    if (line_widths.empty() || items.empty() || !one_pass) {
        std::vector<BreakResult> out;
        for (const int looseness : loosenesses) {
            BreakSettings each = settings;
            each.looseness = looseness;
            out.push_back(break_lines(items, line_widths, each));
        }
        return out;
    }
    BreakSettings shared = settings;
    shared.looseness = loosenesses.front();  // any but 0: the search is the same
    std::vector<std::optional<BreakResult>> found =
        TotalFit(items, line_widths, shared, workspace_->buffers).run_each(loosenesses);
    std::vector<BreakResult> out;
    for (std::size_t k = 0; k < loosenesses.size(); ++k) {
        if (found[k]) {
            out.push_back(std::move(*found[k]));
            continue;
        }
        BreakSettings each = settings;
        each.looseness = loosenesses[k];
        out.push_back(break_lines(items, line_widths, each));
    }
    return out;
}

BreakResult break_lines(const std::vector<Item>& items, const std::vector<double>& line_widths,
                        const BreakSettings& settings) {
    LineBreaker breaker;
    return breaker.break_lines(items, line_widths, settings);
}

}  // namespace galley::layout
