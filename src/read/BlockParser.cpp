#include "read/BlockParser.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "read/HeadingRules.hpp"
#include "read/InlineParser.hpp"
#include "read/LineEvidence.hpp"
#include "read/ReaderThresholds.hpp"
#include "read/TextUtil.hpp"

namespace galley::read {

namespace {

using Group = std::vector<SourceLine>;

std::size_t indent_of(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size() && s[i] == ' ') ++i;
    return i;
}

struct ListMarker {
    bool ordered = false;
    int number = 1;
    std::size_t content = 0;  ///< byte offset of the item text in the line
};

std::optional<ListMarker> list_marker(std::string_view line) {
    const std::size_t ind = indent_of(line);
    std::string_view s = line.substr(ind);
    for (std::string_view bullet : {"- ", "* ", "+ ", "• ", "‣ ", "◦ ", "▪ "}) {
        if (s.substr(0, bullet.size()) == bullet && trim(s.substr(bullet.size())).size() > 0)
            return ListMarker{false, 1, ind + bullet.size() + (indent_of(s.substr(bullet.size())))};
    }
    std::size_t d = 0;
    while (d < s.size() && d < 4 && s[d] >= '0' && s[d] <= '9') ++d;
    if (d > 0 && d + 2 <= s.size() && (s[d] == '.' || s[d] == ')') && s[d + 1] == ' ' &&
        !trim(s.substr(d + 2)).empty())
        return ListMarker{true, std::stoi(std::string(s.substr(0, d))),
                          ind + d + 2 + indent_of(s.substr(d + 2))};
    return std::nullopt;
}

std::string strip_anchor_mark(std::string_view line) {
    line = trim(line);
    if (line.size() > 2 && line.substr(line.size() - 2) == " #")
        line = trim(line.substr(0, line.size() - 2));
    return std::string(line);
}

/// Joins hard-wrapped lines: a space between them, none between CJK characters or after a
/// hyphen that splits a word.
std::string join_wrapped(const Group& g) {
    std::string out;
    for (const SourceLine& l : g) {
        const std::string_view t = trim(l.text);
        if (t.empty()) continue;
        if (!out.empty()) {
            std::size_t p = out.size();
            const char32_t end = prev_code_point(out, p);
            std::size_t q = 0;
            const char32_t start = next_code_point(t, q);
            std::size_t r = p;
            const char32_t before_hyphen = p > 0 ? prev_code_point(out, r) : 0;
            const bool cjk = caseless_script(end) && caseless_script(start) && end >= 0x2E80;
            const bool split_word = end == '-' && is_alpha(before_hyphen) && is_lower(start);
            if (!cjk && !split_word) out += ' ';
        }
        out += t;
    }
    return out;
}

/// A Chinese or Japanese line that ends a sentence (。！？, or a closing quote or bracket): a
/// full line that does not is a hard-wrapped line, continued on the next.
bool cjk_sentence_end(std::string_view line) {
    line = trim(line);
    std::size_t p = line.size();
    const char32_t end = prev_code_point(line, p);
    static const std::u32string stops = U"。！？．!?…」』）)”】〕";
    return stops.find(end) != std::u32string::npos;
}

/// True when most lines of `g` end in a Chinese or Japanese character or mark.
bool cjk_block(const Group& g) {
    std::size_t cjk = 0;
    for (const SourceLine& l : g) {
        const std::string_view t = trim(l.text);
        std::size_t p = t.size();
        const char32_t end = prev_code_point(t, p);
        cjk += (end >= 0x2E80 && end <= 0x9FFF) || (end >= 0xF900 && end <= 0xFAFF) ||
               (end >= 0xFF00 && end <= 0xFF65);
    }
    return cjk * 2 > g.size();
}

doc::Block paragraph(std::string_view text, int line, const QuoteMarks& marks) {
    return {doc::Paragraph{parse_inlines(trim(text), marks)}, line};
}

doc::Block heading(std::string_view text, int level, int line, const QuoteMarks& marks) {
    doc::Heading h;
    h.level = std::clamp(level, 1, 3);
    h.content = parse_inlines(strip_anchor_mark(text), marks);
    return {std::move(h), line};
}

class Parser {
  public:
    Parser(std::string_view lang, const QuoteMarks& marks, bool indent_quotes, int depth = 0)
        : lang_(lang),
          marks_(marks),
          indent_quotes_(indent_quotes && depth < kMaxDepth),
          depth_(depth) {
        const std::string tag(lang);
        UScriptCode codes[8];
        UErrorCode status = U_ZERO_ERROR;
        const int32_t n = uscript_getCode(tag.c_str(), codes, 8, &status);
        if (U_SUCCESS(status))
            for (int32_t i = 0; i < n; ++i) scripts_.push_back(codes[i]);
        if (std::find(scripts_.begin(), scripts_.end(), USCRIPT_JAPANESE) != scripts_.end() ||
            std::find(scripts_.begin(), scripts_.end(), USCRIPT_HAN) != scripts_.end())
            scripts_.insert(scripts_.end(), {USCRIPT_HAN, USCRIPT_HIRAGANA, USCRIPT_KATAKANA});
    }

    doc::Blocks run(const std::vector<SourceLine>& lines) {
        std::vector<Group> groups;
        Group cur;
        for (const SourceLine& l : lines) {
            if (trim(l.text).empty()) {
                if (!cur.empty()) groups.push_back(std::move(cur));
                cur.clear();
            } else {
                cur.push_back(l);
            }
        }
        if (!cur.empty()) groups.push_back(std::move(cur));

        if (indent_quotes_) {
            // When most blocks are indented, indentation marks paragraphs, not quotations.
            std::size_t indented = 0;
            for (const Group& g : groups)
                if (std::all_of(g.begin(), g.end(),
                                [](const SourceLine& l) { return indent_of(l.text) >= 4; }))
                    ++indented;
            if (indented * 2 > groups.size()) indent_quotes_ = false;
        }
        find_label_words(groups);
        find_question_heads(groups);
        index_lines(groups);
        for (std::size_t i = 0; i < groups.size(); ++i) {
            current_ = i;
            group(groups[i], i + 1 == groups.size());
        }
        return std::move(out_);
    }

  private:
    void group(const Group& g, bool last) {
        const int line = g.front().number;
        // "> " quotations (nested a few levels at most: deeper markers stay text)
        if (depth_ < kMaxDepth && std::all_of(g.begin(), g.end(), [](const SourceLine& l) {
                const std::size_t ind = indent_of(l.text);
                return ind < 4 && l.text.size() > ind && l.text[ind] == '>';
            })) {
            std::vector<SourceLine> inner;
            for (const SourceLine& l : g) {
                std::string_view t = l.text.substr(indent_of(l.text) + 1);
                if (!t.empty() && t[0] == ' ') t.remove_prefix(1);
                inner.push_back({t, l.number});
            }
            out_.push_back(
                {doc::BlockQuote{Parser(lang_, marks_, true, depth_ + 1).run(inner)}, line});
            return;
        }
        // indented quotations
        if (indent_quotes_ && std::all_of(g.begin(), g.end(), [](const SourceLine& l) {
                return indent_of(l.text) >= 4;
            })) {
            std::size_t common = std::string_view::npos;
            for (const SourceLine& l : g) common = std::min(common, indent_of(l.text));
            std::vector<SourceLine> inner;
            for (const SourceLine& l : g) inner.push_back({l.text.substr(common), l.number});
            out_.push_back(
                {doc::BlockQuote{Parser(lang_, marks_, false, depth_ + 1).run(inner)}, line});
            return;
        }
        const std::string_view first = trim(g.front().text);
        if (g.size() == 1 && is_scene_break(first)) {
            out_.push_back({doc::SceneBreak{}, line});
            return;
        }
        if (g.size() == 1 && first.size() > 2 && first[0] == '#') {
            std::size_t level = 0;
            while (level < first.size() && first[level] == '#') ++level;
            if (level <= 6 && level < first.size() && first[level] == ' ') {
                out_.push_back(heading(first.substr(level), static_cast<int>(level), line, marks_));
                return;
            }
        }
        if (g.size() == 2 && !list_marker(g[0].text)) {
            const std::string_view under = trim(g[1].text);
            const bool eq =
                under.size() >= 3 && under.find_first_not_of('=') == std::string_view::npos;
            const bool dash =
                under.size() >= 3 && under.find_first_not_of('-') == std::string_view::npos;
            if ((eq || dash) && code_point_count(first) <= 120) {
                out_.push_back(heading(first, eq ? 1 : 2, line, marks_));
                return;
            }
        }
        if (std::any_of(g.begin(), g.end(),
                        [](const SourceLine& l) { return list_marker(l.text).has_value(); })) {
            mixed(g, last);
            return;
        }
        text(g, last);
    }

    /// A block holding list items, possibly after (or before) ordinary lines.
    void mixed(const Group& g, bool last) {
        Group text_run;
        std::optional<doc::List> list;
        int list_line = 0;
        std::string item;
        int item_line = 0;
        auto flush_item = [&] {
            if (!list || item.empty()) return;
            doc::Blocks blocks;
            blocks.push_back(paragraph(item, item_line, marks_));
            list->items.push_back(std::move(blocks));
            item.clear();
        };
        auto flush_list = [&] {
            flush_item();
            if (!list) return;
            add_list(std::move(*list), list_line);
            list.reset();
        };
        auto flush_text = [&](bool is_last) {
            if (!text_run.empty()) text(text_run, is_last);
            text_run.clear();
        };
        for (const SourceLine& l : g) {
            if (const auto m = list_marker(l.text)) {
                flush_text(false);
                if (list && list->ordered != m->ordered) flush_list();
                flush_item();
                if (!list) {
                    list = doc::List{};
                    list->ordered = m->ordered;
                    list->start = m->number;
                    list_line = l.number;
                }
                item = std::string(trim(l.text.substr(m->content)));
                item_line = l.number;
                continue;
            }
            const std::string_view t = trim(l.text);
            std::size_t p = 0;
            const bool continuation =
                list && (indent_of(l.text) > 0 || is_lower(next_code_point(t, p)));
            if (continuation) {
                item += ' ';
                item += t;
            } else {
                flush_list();
                text_run.push_back(l);
            }
        }
        flush_list();
        flush_text(last);
    }

    void add_list(doc::List list, int line) {
        if (!out_.empty()) {
            if (auto* prev = std::get_if<doc::List>(&out_.back().value)) {
                const bool continues =
                    prev->ordered == list.ordered &&
                    (!list.ordered ||
                     prev->start + static_cast<int>(prev->items.size()) == list.start);
                if (continues) {
                    for (auto& it : list.items) prev->items.push_back(std::move(it));
                    return;
                }
            }
        }
        out_.push_back({std::move(list), line});
    }

    /// Lines without list markers: a heading, one paragraph, or several.
    void text(const Group& g, bool last) {
        // "■見出し" glued to its paragraph: a marked short line is a heading of the lines under
        // it (Japanese and Chinese web text marks subheads with ■◆●▼【】).
        if (g.size() >= 2 && marked_heading(g[0].text)) {
            out_.push_back(heading(g[0].text, 1, g[0].number, marks_));
            text(Group(g.begin() + 1, g.end()), last);
            return;
        }
        if (g.size() == 1) {
            if (!last && question_heads_.count(current_) > 0) {
                out_.push_back(heading(g[0].text, 1, g[0].number, marks_));
                return;
            }
            if (!last && (heading_line(g[0]) || numbered_section(g[0])))
                out_.push_back(heading(g[0].text, 1, g[0].number, marks_));
            else
                out_.push_back(paragraph(g[0].text, g[0].number, marks_));
            return;
        }
        // A chapter title wrapped over two or three lines.
        if (g.size() <= 3) {
            const std::string joined = join_wrapped(g);
            if (chapter_label(joined)) {
                out_.push_back(heading(joined, 1, g.front().number, marks_));
                return;
            }
        }
        std::vector<std::size_t> lens;
        for (const SourceLine& l : g) lens.push_back(code_point_count(trim(l.text)));
        const std::size_t widest = *std::max_element(lens.begin(), lens.end());
        // Chinese and Japanese text one paragraph per line (often indented with U+3000): a
        // short line without sentence punctuation before a finished sentence is a kicker or a
        // subhead.
        if (cjk_lines(g)) {
            for (std::size_t i = 0; i < g.size(); ++i) {
                const bool next_sentence =
                    i + 1 < g.size() && measure_line(g[i + 1].text, lang_).sentence_end;
                if ((next_sentence && heading_line(g[i])) || numbered_section(g[i]))
                    out_.push_back(heading(g[i].text, 1, g[i].number, marks_));
                else
                    out_.push_back(paragraph(g[i].text, g[i].number, marks_));
            }
            return;
        }
        if (widest > 120) {
            // One paragraph per line (web copy, texts without blank lines).
            for (std::size_t i = 0; i < g.size(); ++i) {
                // Before a paragraph, or after one and before a shorter sentence (a heading
                // over a list whose items are sentences: "Main responsibilities").
                const bool next_is_text =
                    i + 1 < g.size() &&
                    (lens[i + 1] > threshold::kLongLineChars ||
                     (i > 0 && lens[i - 1] > threshold::kLongLineChars && prose_line(g[i + 1])));
                if (next_is_text && heading_line(g[i]))
                    out_.push_back(heading(g[i].text, 1, g[i].number, marks_));
                else
                    out_.push_back(paragraph(g[i].text, g[i].number, marks_));
            }
            return;
        }
        bool even = widest >= 40;
        for (std::size_t i = 0; i + 1 < g.size(); ++i)
            if (lens[i] * 100 < widest * 55) even = false;
        // Chinese and Japanese lines are joined by the rule below, not by their evenness.
        const bool cjk = cjk_block(g);
        if (cjk) even = false;
        // A line continues the previous one when it starts in lowercase (or a caseless script),
        // or when the previous line is a full-width line that stops mid-sentence (German nouns
        // start in capitals, so the first sign alone is not enough).
        std::size_t continuing = 0, sentence_ends = 0, total = 0;
        for (std::size_t i = 0; i < g.size(); ++i) {
            const std::string_view t = trim(g[i].text);
            std::size_t q = t.size();
            const char32_t end = prev_code_point(t, q);
            const bool final_stop = end == '.' || end == '!' || end == '?' || end == U'…' ||
                                    end == U'”' || end == '"' || end == U'»' || end == U'。' ||
                                    end == U'！' || end == U'？';
            sentence_ends += final_stop;
            total += lens[i];
            if (i == 0) continue;
            std::size_t p = 0;
            const char32_t c = next_code_point(t, p);
            const std::string_view prev = trim(g[i - 1].text);
            std::size_t r = prev.size();
            const char32_t prev_end = prev_code_point(prev, r);
            const bool full_prev = lens[i - 1] * 4 >= widest * 3 && !is_terminal_punct(prev_end);
            if (is_lower(c) || (is_alpha(c) && !is_upper(c)) || full_prev) ++continuing;
        }
        if (even && continuing * 2 >= g.size() - 1) {
            out_.push_back(paragraph(join_wrapped(g), g.front().number, marks_));
            return;
        }
        // Every line a finished sentence of some length: one paragraph per line.
        if (sentence_ends == g.size() && total >= 50 * g.size()) {
            for (const SourceLine& l : g) out_.push_back(paragraph(l.text, l.number, marks_));
            return;
        }
        // Short ragged lines (verse, addresses, code): one paragraph with line breaks. Chinese
        // and Japanese are hard-wrapped at a fixed count of characters (no words to break at),
        // so two or more lines within 10 % of the widest show wrapping: such a full line that
        // stops mid-sentence continues on the next. Any other line keeps its line break, also
        // after a full stop (web copy puts one paragraph on a line).
        const auto full = [&](std::size_t i) { return lens[i] * 100 >= widest * 90; };
        std::size_t full_lines = 0;
        for (std::size_t i = 0; i < g.size(); ++i) full_lines += full(i);
        doc::Paragraph para;
        for (std::size_t i = 0; i < g.size(); ++i) {
            const bool wrapped = cjk && i > 0 && widest >= 16 && full_lines >= 2 && full(i - 1) &&
                                 !cjk_sentence_end(g[i - 1].text);
            if (i > 0 && !wrapped) para.content.push_back({doc::LineBreak{}});
            for (doc::Inline& in : parse_inlines(trim(g[i].text), marks_))
                para.content.push_back(std::move(in));
        }
        out_.push_back({std::move(para), g.front().number});
    }

    /// A heading candidate written in the document's own script: a short line quoted in
    /// another script (an Arabic blog line in an English article) stays a paragraph.
    /// Words that start three or more short one-line blocks ending in '.' or ':' ("סעיף יא.",
    /// "Article 12."): such lines are numbered section labels.
    void find_label_words(const std::vector<Group>& groups) {
        std::map<std::string, int> counts;
        for (const Group& g : groups) {
            if (g.size() != 1) continue;
            const std::string_view t = trim(g[0].text);
            if (t.size() > 80 || code_point_count(t) > 24 || (t.back() != '.' && t.back() != ':'))
                continue;
            const auto words = split_words(t);
            if (words.size() >= 2 && words.size() <= 3) ++counts[std::string(words[0])];
        }
        for (const auto& [word, n] : counts)
            if (n >= 3) label_words_.insert(word);
    }

    /// A block of CJK lines most of which end a sentence: one paragraph per line.
    bool cjk_lines(const Group& g) const {
        if (g.size() < 2) return false;
        bool any_cjk = false;  // a quick look before measuring every line
        const std::string_view first = g.front().text;
        for (std::size_t p = 0; p < first.size() && p < 64 && !any_cjk;)
            any_cjk = caseless_script(next_code_point(first, p));
        if (!any_cjk) return false;
        std::size_t cjk = 0, ends = 0;
        for (const SourceLine& l : g) {
            const LineEvidence e = measure_line(l.text, lang_);
            if (e.caseless * 2 > e.letters) ++cjk;
            if (e.sentence_end) ++ends;
        }
        return g.size() >= 2 && cjk == g.size() && ends * 2 >= g.size() && ends < g.size();
    }

    /// "■見出し", "【見出し】", "◆Subhead": a mark and a short heading-like line.
    bool marked_heading(std::string_view line) const {
        line = trim(line);
        for (std::string_view mark : {"■", "◆", "●", "▼", "◇", "□", "▶", "【"}) {
            // (The first byte before the rest: most lines start otherwise.)
            if (line.empty() || line[0] != mark[0] || line.substr(0, mark.size()) != mark) continue;
            std::string_view rest = trim(line.substr(mark.size()));
            if (mark == "【") {
                const std::size_t close = rest.find("】");
                if (close == std::string_view::npos || close + 3 != rest.size()) return false;
                rest = rest.substr(0, close);
            }
            const LineEvidence e = measure_line(rest, lang_);
            return !rest.empty() && !e.sentence_end && !e.colon_end && heading_like(rest);
        }
        return false;
    }

    /// Single-line blocks that ask a question between two blocks of prose ("Why does it
    /// matter?"): subheads of explanatory articles.
    void find_question_heads(const std::vector<Group>& groups) {
        auto prose_block = [&](const Group& g) {
            std::size_t chars = 0;
            for (const SourceLine& l : g) chars += code_point_count(trim(l.text));
            return chars >= threshold::kProseBlockMinChars && !list_marker(g.front().text);
        };
        for (std::size_t i = 1; i + 1 < groups.size(); ++i) {
            if (groups[i].size() != 1) continue;
            const std::string_view t = trim(groups[i][0].text);
            if (t.empty() ||
                (t.back() != '?' && t.substr(t.size() >= 3 ? t.size() - 3 : 0) != "？"))
                continue;
            const LineEvidence e = measure_line(t, lang_);
            if (!e.question || e.words < threshold::kQuestionHeadingMinWords ||
                e.words > threshold::kHeadingMaxWords || e.starts_lower)
                continue;
            if (t.find_first_of("\"'") != std::string_view::npos ||
                t.find("“") != std::string_view::npos || t.find("”") != std::string_view::npos ||
                t.find("«") != std::string_view::npos || t.find("„") != std::string_view::npos ||
                t[0] == '-' || t.find("—") == 0 || t.find("–") == 0)
                continue;
            if (prose_block(groups[i - 1]) && prose_block(groups[i + 1])) question_heads_.insert(i);
        }
    }

    bool is_label(std::string_view line) const {
        line = trim(line);
        if (label_words_.empty() || line.empty() || code_point_count(line) > 24) return false;
        if (line.back() != '.' && line.back() != ':') return false;
        const auto words = split_words(line);
        return words.size() >= 2 && words.size() <= 3 &&
               label_words_.count(std::string(words[0])) > 0;
    }

    /// A line that is a heading: not a caption, heading-like in the document's script, and
    /// standing where headings stand (heading_context).
    bool heading_line(const SourceLine& l) const {
        if (l.caption) return false;
        if (is_heading(l.text))
            return is_label(l.text) || numbered_label(trim(l.text)) ||
                   chapter_label(trim(l.text)) || heading_context(l, false);
        return exclaimed_or_quoted_heading(l.text) && in_script(l.text) && heading_context(l, true);
    }

    /// "2.質疑応答", "一、总体要求" on a line of its own: a numbered head wherever it stands.
    bool numbered_section(const SourceLine& l) const {
        return !l.caption && numbered_head(l.text) && in_script(l.text);
    }

    /// Every non-blank line in reading order (across blocks). What each reads as (prose,
    /// text) is measured when a heading candidate asks (kind()), not for every line.
    void index_lines(const std::vector<Group>& groups) {
        for (const Group& g : groups)
            for (const SourceLine& l : g) {
                index_[l.number] = lines_.size();
                lines_.push_back(l.text);
            }
        kinds_.assign(lines_.size(), -1);
    }

    /// Bit 1: lines_[k] is prose (prose_line); bit 2: it is text (prose, or a sentence).
    int kind(std::size_t k) const {
        if (kinds_[k] < 0) {
            const LineEvidence e = measure_line(item_text(lines_[k]), lang_);
            const bool prose = prose_line(e);
            const bool text = prose || (e.sentence_end && e.letters >= 2);
            kinds_[k] = static_cast<signed char>((prose ? 1 : 0) | (text ? 2 : 0));
        }
        return kinds_[k];
    }
    bool prose_at(std::size_t k) const { return (kind(k) & 1) != 0; }
    bool text_at(std::size_t k) const { return (kind(k) & 2) != 0; }

    /// The position of the first line of prose (kNone when there is none).
    std::size_t first_prose() const {
        if (!first_prose_) {
            first_prose_ = kNone;
            for (std::size_t k = 0; k < lines_.size() && *first_prose_ == kNone; ++k)
                if (prose_at(k)) first_prose_ = k;
        }
        return *first_prose_;
    }

    /// True when a heading-like line stands before text after the first prose: the text has
    /// sections.
    bool has_sections() const {
        if (!sections_) {
            sections_ = false;
            const std::size_t first = first_prose();
            for (std::size_t k = first; k != kNone && k + 1 < lines_.size() && !*sections_; ++k)
                sections_ = code_point_count(trim(lines_[k])) <= 80 && !prose_at(k) &&
                            text_at(k + 1) && heading_like(lines_[k]);
        }
        return *sections_;
    }

    /// A line without its list marker.
    static std::string_view item_text(std::string_view line) {
        if (const auto m = list_marker(line))
            return trim(line.substr(std::min(m->content, line.size())));
        return trim(line);
    }

    /// A line of text: a sentence of prose, a long line (scripts without sentence stops, web
    /// copy without its last stop), or a short Chinese or Japanese sentence.
    static bool prose_line(const LineEvidence& e) {
        if (is_prose(e) || e.chars > threshold::kLongLineChars) return true;
        return e.sentence_end && e.letters > 0 && e.caseless * 2 >= e.letters &&
               e.chars >= threshold::kShortCaselessSentenceChars;
    }

    /// prose_line for a source line (a list marker in front does not count).
    bool prose_line(const SourceLine& l) const {
        return prose_line(measure_line(item_text(l.text), lang_));
    }

    /// Where a section heading stands (ReaderThresholds.hpp, headings): after the first line of
    /// prose, before a line of text (or before a heading that is), not one of a run of
    /// "Label: value" fields; an exclaimed or quoted heading also after a line of text.
    bool heading_context(const SourceLine& l, bool strict) const {
        const auto it = index_.find(l.number);
        if (it == index_.end()) return true;
        const std::size_t k = it->second;
        // Above the first line of prose only a short first line of a text with sections:
        // "Préambule", "画像の要素" open the text; a longer one is a standfirst, a later one a
        // kicker, label or caption, and a lone one a caption or a label.
        if (first_prose() != kNone && k < first_prose()) {
            const LineEvidence e = measure_line(lines_[k], lang_);
            if (k > 0 || !has_sections() || e.words > threshold::kLeadHeadingMaxWords ||
                e.caseless > threshold::kLeadHeadingMaxCaselessChars)
                return false;
        }
        if (k + 1 >= lines_.size()) return false;
        const bool text_follows = text_at(k + 1) || (k + 2 < lines_.size() && text_at(k + 2) &&
                                                     heading_like(lines_[k + 1]));
        if (!text_follows) return false;
        if (strict && (k == 0 || !prose_at(k - 1) || !prose_at(k + 1))) return false;
        const auto field = [&](std::size_t j) { return field_line(trim(lines_[j])); };
        if (field(k) && ((k > 0 && field(k - 1)) || (k + 1 < lines_.size() && field(k + 1))))
            return false;
        return true;
    }

    /// "Wann: 15 März 2022", "Wo: FSFE Online Instanz": one word, a colon and a value.
    static bool field_line(std::string_view t) {
        const std::size_t colon = t.find(": ");
        return colon != std::string_view::npos && colon > 0 &&
               t.substr(0, colon).find(' ') == std::string_view::npos;
    }

    bool is_heading(std::string_view line) const {
        if (is_label(line)) return true;
        return heading_like(line) && in_script(line);
    }

    /// True when the first letter of `line` is of the document's script (or no script is known).
    bool in_script(std::string_view line) const {
        if (scripts_.empty()) return true;
        for (std::size_t p = 0; p < line.size();) {
            const char32_t c = next_code_point(line, p);
            if (!is_alpha(c)) continue;
            UErrorCode status = U_ZERO_ERROR;
            const UScriptCode sc = uscript_getScript(static_cast<UChar32>(c), &status);
            if (U_FAILURE(status) || sc == USCRIPT_COMMON || sc == USCRIPT_INHERITED) continue;
            return std::find(scripts_.begin(), scripts_.end(), sc) != scripts_.end();
        }
        return true;
    }

    static constexpr int kMaxDepth = 6;
    static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    std::vector<UScriptCode> scripts_;
    std::unordered_map<int, std::size_t> index_;      ///< line number → position in lines_
    std::vector<std::string_view> lines_;             ///< non-blank lines in reading order
    mutable std::vector<signed char> kinds_;          ///< kind() of each line, -1 until measured
    mutable std::optional<std::size_t> first_prose_;  ///< first_prose(), once computed
    mutable std::optional<bool> sections_;            ///< has_sections(), once computed
    std::set<std::string> label_words_;
    std::set<std::size_t> question_heads_;
    std::size_t current_ = 0;
    std::string_view lang_;
    QuoteMarks marks_;
    bool indent_quotes_;
    int depth_;
    doc::Blocks out_;
};

std::string slug(const doc::Inlines& content) {
    const std::string text = to_lower(doc::plain_text(content));
    std::string out;
    std::size_t count = 0;
    bool dash = false;
    // Up to about 40 characters, cut at a word boundary when one comes soon enough.
    for (std::size_t p = 0; p < text.size() && count < 56;) {
        const char32_t c = next_code_point(text, p);
        if (is_alnum(c)) {
            if (dash && !out.empty()) out += '-';
            dash = false;
            append_utf8(out, c);
            ++count;
        } else {
            if (count >= 32) break;
            dash = true;
        }
    }
    return out.empty() ? "section" : out;
}

void assign_ids(doc::Blocks& blocks, int& counter) {
    for (doc::Block& b : blocks) {
        if (auto* h = std::get_if<doc::Heading>(&b.value)) {
            h->id = "h-" + std::to_string(++counter) + "-" + slug(h->content);
        } else if (auto* q = std::get_if<doc::BlockQuote>(&b.value)) {
            assign_ids(q->content, counter);
        } else if (auto* l = std::get_if<doc::List>(&b.value)) {
            for (doc::Blocks& item : l->items) assign_ids(item, counter);
        }
    }
}

}  // namespace

bool is_scene_break(std::string_view line) {
    line = trim(line);
    if (line.empty() || code_point_count(line) > 40) return false;
    char32_t mark = 0;
    std::size_t count = 0;
    for (std::size_t p = 0; p < line.size();) {
        const char32_t c = next_code_point(line, p);
        if (c == ' ') continue;
        if (mark == 0) mark = c;
        if (c != mark) return false;
        ++count;
    }
    if (mark == U'⁂' || mark == U'❧' || mark == U'✻') return true;
    const std::u32string marks = U"*-_~=•·◆◇❖#";
    return count >= 3 && marks.find(mark) != std::u32string::npos;
}

doc::Blocks parse_blocks(const std::vector<SourceLine>& lines, std::string_view language,
                         const QuoteMarks& marks) {
    return Parser(language, marks, true).run(lines);
}

doc::Blocks parse_blocks(const std::vector<SourceLine>& lines, std::string_view language) {
    return parse_blocks(lines, language, quote_marks(language));
}

void assign_heading_ids(doc::Blocks& blocks) {
    int counter = 0;
    assign_ids(blocks, counter);
}

}  // namespace galley::read
