#include "layout/BalancedLines.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <vector>

namespace galley::layout {
namespace {

/// Cost of a line ending in a function word, against 100 for a line left empty (the balance
/// term is 100 × the squared share of the measure a line leaves empty).
constexpr double kFunctionWordCost = 25;
/// Gain of a line ending a sentence or a clause (. : ; ! ? and dashes), and a phrase (,).
constexpr double kSentenceEndGain = 15;
constexpr double kCommaGain = 5;
/// Share of a break's own penalty (a URL's 100) counted.
constexpr double kPenaltyShare = 0.1;
/// Most breakpoints of a text balanced.
constexpr std::size_t kMostPoints = 400;

struct Words {
    std::string_view language;
    std::array<std::string_view, 48> words;
};

// Articles, prepositions and conjunctions that open the phrase they belong to (lowercase).
constexpr Words kFunctionWords[] = {
    {"en",
     {"a",   "an",    "the",  "of",   "in",   "on",   "at",   "to",    "for",   "and", "or",  "but",
      "nor", "by",    "from", "with", "as",   "into", "onto", "upon",  "via",   "vs.", "its", "his",
      "her", "their", "our",  "my",   "your", "this", "that", "these", "those", "if",  "than"}},
    {"de", {"der",   "die",   "das",   "den",   "dem",  "des", "ein", "eine", "einen", "einem",
            "einer", "eines", "und",   "oder",  "von",  "vom", "zu",  "zum",  "zur",   "im",
            "in",    "am",    "an",    "auf",   "aus",  "bei", "mit", "nach", "für",   "über",
            "unter", "vor",   "durch", "gegen", "ohne", "um",  "wie", "als"}},
    {"fr", {"le",   "la",  "les",  "l'",   "l’",    "un",   "une",   "des",  "du",   "de",
            "d'",   "d’",  "et",   "ou",   "à",     "au",   "aux",   "en",   "dans", "sur",
            "pour", "par", "avec", "sans", "sous",  "chez", "entre", "vers", "ce",   "cette",
            "ses",  "son", "sa",   "leur", "leurs", "que",  "qui"}},
    {"es", {"el",  "la",    "los",   "las",   "un",    "una", "unos", "unas", "de",  "del",
            "y",   "o",     "e",     "u",     "en",    "a",   "al",   "con",  "por", "para",
            "sin", "sobre", "entre", "hacia", "desde", "su",  "sus",  "que"}},
    {"it", {"il", "lo",   "la",    "i",   "gli",   "le", "un",  "uno", "una",
            "di", "del",  "della", "dei", "delle", "e",  "o",   "in",  "a",
            "al", "alla", "con",   "per", "da",    "su", "tra", "fra", "che"}},
    {"pt",
     {"o",  "a",  "os", "as",  "um",  "uma", "de",  "do",  "da",   "dos", "das",   "e",     "ou",
      "em", "no", "na", "nos", "nas", "ao",  "com", "por", "para", "sem", "sobre", "entre", "que"}},
    {"nl",
     {"de", "het", "een", "van", "en", "of", "in", "op", "te", "met", "voor", "naar", "door", "bij",
      "uit", "aan", "om", "over"}},
};

/// `word` lowercased (ASCII letters only: the lists' capitals are ASCII).
std::string lower(std::string_view word) {
    std::string out(word);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

/// What ends `word`: 2 a sentence or clause, 1 a phrase (comma), 0 a letter.
int ending(std::string_view word) {
    // Closing quotes and brackets after the stop count with it ("Story.”").
    while (!word.empty()) {
        const unsigned char c = static_cast<unsigned char>(word.back());
        if (c == '"' || c == '\'' || c == ')' || c == ']') {
            word.remove_suffix(1);
        } else if (word.size() >= 3 && (word.substr(word.size() - 3) == "\u201d" ||
                                        word.substr(word.size() - 3) == "\u2019" ||
                                        word.substr(word.size() - 2) == "\u00bb")) {
            word.remove_suffix(word.substr(word.size() - 2) == "\u00bb" ? 2 : 3);
        } else {
            break;
        }
    }
    if (word.empty()) return 0;
    const char c = word.back();
    if (c == '.' || c == ':' || c == ';' || c == '!' || c == '?') return 2;
    if (word.size() >= 3 &&
        (word.substr(word.size() - 3) == "\u2014" || word.substr(word.size() - 3) == "\u2013" ||
         word.substr(word.size() - 3) == "\u2026"))
        return 2;
    if (c == ',') return 1;
    return 0;
}

}  // namespace

bool is_function_word(std::string_view word, std::string_view language) {
    const std::string_view primary = language.substr(0, language.find_first_of("-_"));
    const std::string key = lower(word);
    for (const Words& list : kFunctionWords) {
        if (list.language != primary) continue;
        return std::find(list.words.begin(), list.words.end(), std::string_view(key)) !=
               list.words.end();
    }
    return false;
}

std::optional<BreakResult> balanced_breaks(const PreparedParagraph& prepared,
                                           const std::string& text, std::string_view language,
                                           double measure, std::size_t lines) {
    const std::vector<Item>& items = prepared.items;
    if (lines < 2 || items.empty() || measure <= 0) return std::nullopt;
    // Breakpoints: penalties below +inf and the final forced break (ragged-right items break
    // at penalties only), with the cost of ending a line there.
    struct Point {
        std::size_t position;
        double cost;
    };
    std::vector<Point> points{{0, 0}};  // a virtual start before item 0
    std::size_t final = items.size();
    for (std::size_t i = 0; i < items.size(); ++i) {
        const Item& item = items[i];
        if (item.type != Item::Type::Penalty) continue;
        if (item.penalty <= -kInfinitePenalty) {
            final = i;
            break;
        }
        if (item.penalty >= kInfinitePenalty) continue;
        double cost = kPenaltyShare * item.penalty;
        // The word before the break, whole.
        for (std::size_t j = i; j-- > 0;) {
            if (prepared.roles[j] != ItemRole::Word || prepared.index[j] < 0) continue;
            const Piece& piece = prepared.pieces[static_cast<std::size_t>(prepared.index[j])];
            if (piece.end == piece.word_end) {
                const std::string_view word =
                    std::string_view(text).substr(piece.word, piece.word_end - piece.word);
                const int end = ending(word);
                if (end == 2)
                    cost -= kSentenceEndGain;
                else if (end == 1)
                    cost -= kCommaGain;
                else if (is_function_word(word, language))
                    cost += kFunctionWordCost;
            }
            break;
        }
        points.push_back({i, cost});
    }
    // Balanced over one stretch of text only (no forced break inside), and a display line's
    // few breakpoints (a long text keeps its ordinary breaking: the search is quadratic).
    if (final + 1 < items.size() || points.size() > kMostPoints) return std::nullopt;
    points.push_back({final, 0});
    const std::size_t n = points.size();
    // Sums of the widths of boxes and glue up to each item, and the first box from each item.
    std::vector<double> sums(items.size() + 1, 0);
    for (std::size_t i = 0; i < items.size(); ++i)
        sums[i + 1] = sums[i] + (items[i].type == Item::Type::Penalty ? 0 : items[i].width);
    std::vector<std::size_t> next_box(items.size() + 1, items.size());
    for (std::size_t i = items.size(); i-- > 0;)
        next_box[i] = items[i].type == Item::Type::Box ? i : next_box[i + 1];
    // Width of the line from after point a to point b (glue and penalties after a break are
    // dropped up to the first box; a penalty's width counts where the line ends at it).
    auto width = [&](std::size_t a, std::size_t b) {
        const std::size_t end = points[b].position;
        const std::size_t begin = std::min(next_box[a == 0 ? 0 : points[a].position + 1], end);
        double w = sums[end] - sums[begin];
        if (end < items.size() && items[end].type == Item::Type::Penalty && b + 1 < n)
            w += items[end].width;
        return w;
    };
    constexpr double kNone = std::numeric_limits<double>::infinity();
    // best[k][b]: least cost of k lines ending at point b.
    std::vector<std::vector<double>> best(lines + 1, std::vector<double>(n, kNone));
    std::vector<std::vector<std::size_t>> from(lines + 1, std::vector<std::size_t>(n, 0));
    best[0][0] = 0;
    for (std::size_t k = 1; k <= lines; ++k) {
        for (std::size_t b = 1; b < n; ++b) {
            if ((k == lines) != (b + 1 == n)) continue;
            for (std::size_t a = b; a-- > 0;) {
                if (best[k - 1][a] == kNone) continue;
                const double w = width(a, b);
                if (w > measure + 0.01) break;  // longer lines only from here on
                const double empty = (measure - w) / measure;
                const double cost = best[k - 1][a] + 100 * empty * empty + points[b].cost;
                if (cost < best[k][b]) {
                    best[k][b] = cost;
                    from[k][b] = a;
                }
            }
        }
    }
    if (best[lines][n - 1] == kNone) return std::nullopt;
    BreakResult result;
    result.pass = 2;
    result.total_demerits = best[lines][n - 1];
    result.breaks.resize(lines);
    for (std::size_t k = lines, b = n - 1; k > 0; b = from[k][b], --k)
        result.breaks[k - 1].position = points[b].position;
    return result;
}

}  // namespace galley::layout
