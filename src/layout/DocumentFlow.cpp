#include "layout/DocumentFlow.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string_view>

#include "layout/CodeBlockSetter.hpp"
#include "layout/FootnoteArea.hpp"
#include "present/PageList.hpp"
#include "present/TitleBlock.hpp"

namespace galley::layout {

namespace {

/// The ASCII digit a superscript digit (UTF-8 `s`) stands for, or 0.
char digit_of_superscript(std::string_view s) {
    static constexpr std::string_view kSup[] = {"\u2070", "\u00b9", "\u00b2", "\u00b3", "\u2074",
                                                "\u2075", "\u2076", "\u2077", "\u2078", "\u2079"};
    for (int d = 0; d < 10; ++d)
        if (s == kSup[d]) return static_cast<char>('0' + d);
    return 0;
}

/// Notes marked in `line` (its note link areas) go to line.notes; the marks' glyphs stand for
/// " 1" rather than "¹", so text extraction reads the mark as a number apart from its word.
void mark_notes(SetLine& line) {
    std::vector<std::pair<double, double>> marks;  // x ranges of note link areas
    for (const FrameItem& item : line.items) {
        const auto* link = std::get_if<LinkArea>(&item);
        if (link == nullptr || link->url.str().rfind(kNoteLinkPrefix, 0) != 0) continue;
        const auto n = static_cast<std::size_t>(
            std::strtoul(link->url.str().c_str() + kNoteLinkPrefix.size(), nullptr, 10));
        if (std::find(line.notes.begin(), line.notes.end(), n) == line.notes.end())
            line.notes.push_back(n);
        marks.emplace_back(link->x - 0.01, link->x + link->width + 0.01);
    }
    if (marks.empty()) return;
    for (FrameItem& item : line.items) {
        auto* run = std::get_if<GlyphRun>(&item);
        if (run == nullptr) continue;
        bool after_digit = false;
        for (PlacedGlyph& g : run->glyphs) {
            const char d = digit_of_superscript(run->text_of(g));
            const double x = run->x + g.x;
            const bool in_mark = d != 0 && std::any_of(marks.begin(), marks.end(), [&](auto& m) {
                                     return x >= m.first && x <= m.second;
                                 });
            if (!in_mark) {
                after_digit = false;
                continue;
            }
            const std::string text = after_digit ? std::string(1, d) : std::string(" ") + d;
            g.text_begin = static_cast<std::uint32_t>(run->text.size());
            g.text_size = static_cast<std::uint16_t>(text.size());
            run->text += text;
            after_digit = true;
        }
        if (!run->actual_text.empty()) {
            std::string fixed;
            for (std::size_t i = 0; i < run->actual_text.size();) {
                std::size_t len = 1;
                const auto c = static_cast<unsigned char>(run->actual_text[i]);
                if (c >= 0xC0) len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
                const char d = digit_of_superscript(run->actual_text.substr(i, len));
                if (d != 0 && (fixed.empty() || (fixed.back() < '0' || fixed.back() > '9')))
                    fixed += ' ';
                fixed += d != 0 ? std::string(1, d) : run->actual_text.substr(i, len);
                i += len;
            }
            run->actual_text = std::move(fixed);
        }
    }
}

}  // namespace

DocumentFlow::DocumentFlow(const doc::Document& document, const style::StyleSheet& style,
                           ParagraphBuilder& builder, double measure,
                           std::vector<StructureElement>& structure)
    : document_(document),
      style_(style),
      builder_(builder),
      measure_(measure),
      structure_(structure),
      rtl_(doc::direction_of(document.meta.language) == "rtl") {}

int DocumentFlow::add_structure(const std::string& role, int parent) {
    structure_.push_back({role, parent, {}});
    return static_cast<int>(structure_.size() - 1);
}

std::vector<SetLine> DocumentFlow::set(const StyledText& text, const style::TextStyle& text_style,
                                       style::Align align, const Context& context,
                                       double first_indent, bool hyphenate, int structure, int line,
                                       Rebreaker* rebreak, bool balance) {
    ParagraphSpec spec = spec_for(
        text_style, document_.meta.language, align,
        context.measure > 0
            ? context.measure
            : std::max(text_style.font_size.value * 4, measure_ - context.left - context.right));
    spec.first_indent = first_indent;
    spec.letter_stretch = style_.letter_spacing.value / style_.body.font_size.value;
    spec.protrusion = style_.protrusion;
    spec.expansion = style_.expansion / 1000.0;
    spec.hyphenate = hyphenate && style_.hyphenation.enabled;
    spec.hyphenation = style_.hyphenation;
    spec.structure = structure;
    spec.balance = balance;
    // Each link of a tagged paragraph is a "Link" element holding its text and its annotation.
    if (structure >= 0) {
        for (std::size_t i = 0; i < text.links.size(); ++i)
            spec.link_structures.push_back(add_structure("Link", structure));
    }
    spec.link_color = style_.link_color;
    spec.source_line = line;
    spec.code_family = style_.code.family;
    spec.code_scale = style_.code.font_size.value / style_.body.font_size.value;
    std::vector<SetLine> lines = builder_.build(text, spec);
    const bool notes = !document_.notes.empty();
    const double left = context.left;
    const int word_block = word_block_;
    auto finish = [notes, left, word_block](std::vector<SetLine>& set_lines,
                                            const std::string& source) {
        if (word_block >= 0) {
            for (SetLine& set_line : set_lines) {
                const present::TextPosition at =
                    present::text_position(source, set_line.text_start);
                set_line.source = SourcePosition{word_block, at.word, at.offset};
            }
        }
        if (notes)
            for (SetLine& set_line : set_lines) mark_notes(set_line);
        if (left != 0) {
            for (SetLine& set_line : set_lines) {
                for (FrameItem& item : set_line.items) {
                    std::visit([&](auto& thing) { thing.x += left; }, item);
                }
            }
        }
    };
    finish(lines, text.text);
    // Justified paragraphs of two lines or more may be set a line longer or shorter when the
    // page builder needs it (a page that would come out short).
    if (rebreak != nullptr && align == style::Align::Justify && lines.size() >= 2) {
        // The paragraph is prepared once for its breakings (shaping, hyphenation, items) and
        // kept while one of them is; each is broken, sketched for the page builder's trials
        // and set in full only when chosen (lines marking notes are set at once: the trials
        // need their notes).
        struct Shared {
            PreparedParagraph prepared;
            std::vector<std::optional<BreakResult>> loose;  // a line longer, a line shorter
        };
        *rebreak = [&builder = builder_, copy = std::make_shared<const StyledText>(text), spec,
                    count = lines.size(), base = builder_.last_demerits(), finish, notes,
                    kept = std::weak_ptr<Shared>()](int looseness) mutable {
            std::shared_ptr<Shared> shared = kept.lock();
            if (!shared) {
                shared = std::make_shared<Shared>();
                builder.prepare_paragraph(*copy, spec, shared->prepared);
                kept = shared;
            }
            // Both neighbours of the best breaking come from one breaker pass.
            if (shared->loose.empty())
                shared->loose = builder.break_loose(shared->prepared, spec, count, {+1, -1});
            Rebreak out;
            const std::optional<BreakResult> result =
                looseness == 1 ? shared->loose[0]
                : looseness == -1
                    ? shared->loose[1]
                    : builder.break_loose(shared->prepared, spec, count, {looseness})[0];
            auto set = [&builder, copy, spec, finish, shared, result] {
                if (!result) return std::vector<SetLine>();
                std::vector<SetLine> set_lines =
                    builder.set_lines(*copy, spec, shared->prepared, *result);
                finish(set_lines, copy->text);
                return set_lines;
            };
            if (!result) {
                out.set = std::move(set);
                return out;
            }
            out.demerits = result->total_demerits - base;
            if (notes) {
                out.lines = set();
            } else {
                out.lines = ParagraphBuilder::sketch_lines(spec, shared->prepared, *result);
                out.set = std::move(set);
            }
            return out;
        };
    }
    return lines;
}

void DocumentFlow::add_title_block() {
    Context context;
    for (const present::TitleLine& line : present::title_block(document_.meta).lines) {
        const style::TextStyle& ts = present::text_style(line.field, style_);
        const bool heading = line.field == present::Field::Title;
        int structure = add_structure(heading ? "H1" : "P", -1);
        style::Align align = ts.align == style::Align::Justify ? style::Align::Left : ts.align;
        FlowBlock block;
        // The title and subtitle are display lines: balanced when they take two lines or more.
        const bool display = heading || line.field == present::Field::Subtitle;
        block.lines = set(StyledText::plain(line.text, ts.bold, ts.italic), ts, align, context, 0,
                          false, structure, 0, nullptr, display);
        for (SetLine& set_line : block.lines) set_line.source = SourcePosition{};
        block.space_before = ts.space_before.value;
        block.space_after = ts.space_after.value;
        block.keep_together = true;
        if (heading) {
            block.outline_level = 0;
            block.outline_title = line.text;
        }
        blocks_.push_back(std::move(block));
    }
    if (!blocks_.empty()) {
        blocks_.back().space_after =
            std::max(blocks_.back().space_after, style_.title_block_space.value);
    }
    indent_next_ = false;
}

void DocumentFlow::add_body(const std::function<void(std::vector<FlowBlock>&&)>& out) {
    Context context;
    context.text = &style_.body;
    in_body_ = true;
    for (const doc::Block& block : document_.blocks) {
        add_block(block, context);
        if (out) {
            out(std::move(blocks_));
            blocks_.clear();
        }
    }
    in_body_ = false;
}

std::vector<std::vector<SetLine>> DocumentFlow::notes() {
    std::vector<std::vector<SetLine>> out;
    if (document_.notes.empty()) return out;
    const style::TextStyle& ns = style_.note;
    auto label_of = [](std::size_t i) { return doc::note_label(i) + "."; };
    Context none;
    none.text = &ns;
    // The labels hang in an indent as wide as the widest label and half an em.
    double indent = 0;
    for (std::size_t i : {std::size_t{0}, document_.notes.size() - 1}) {
        std::vector<SetLine> probe = set(StyledText::plain(label_of(i), false, false), ns,
                                         style::Align::Left, none, 0, false, -1, 0);
        if (!probe.empty()) indent = std::max(indent, probe.front().info.width);
    }
    indent += 0.5 * ns.font_size.value;
    std::vector<FlowBlock> body = std::move(blocks_);
    const bool indent_next = indent_next_;
    for (std::size_t i = 0; i < document_.notes.size(); ++i) {
        const int note = add_structure("Note", -1);
        const int label = add_structure("Lbl", note);
        Context inner;
        inner.left = indent;
        inner.text = &ns;
        inner.parent = note;
        blocks_.clear();
        indent_next_ = false;
        add_blocks(document_.notes[i].content, inner);
        std::vector<SetLine> lines;
        for (FlowBlock& block : blocks_)
            for (SetLine& line : block.lines) lines.push_back(std::move(line));
        std::vector<SetLine> label_lines = set(StyledText::plain(label_of(i), false, false), ns,
                                               style::Align::Left, none, 0, false, label, 0);
        if (label_lines.empty()) {
            out.push_back(std::move(lines));
            continue;
        }
        SetLine& label_line = label_lines.front();
        double shift = indent - label_line.info.width - 0.5 * ns.font_size.value;
        if (rtl_) shift = -shift;
        if (lines.empty()) {  // an empty note: its label alone
            lines.push_back(label_line);
            lines.back().items.clear();
        }
        SetLine& target = lines.front();
        double left = 1e9, right = -1e9;
        for (FrameItem& item : label_line.items) {
            std::visit([&](auto& thing) { thing.x += shift; }, item);
            if (const auto* run = std::get_if<GlyphRun>(&item)) {
                left = std::min(left, run->x);
                right = std::max(right, run->x + label_line.info.width);
            }
            target.items.push_back(std::move(item));
        }
        if (left < right) {
            LinkArea back;
            back.x = left;
            back.y = -target.ascent;
            back.width = right - left;
            back.height = target.ascent + target.descent;
            back.url = kNoteBackLinkPrefix + std::to_string(i);
            back.structure = add_structure("Link", label);
            target.items.push_back(std::move(back));
        }
        out.push_back(std::move(lines));
    }
    blocks_ = std::move(body);
    indent_next_ = indent_next;
    return out;
}

void DocumentFlow::add_blocks(const doc::Blocks& blocks, const Context& context) {
    for (const doc::Block& block : blocks) add_block(block, context);
}

void DocumentFlow::add_block(const doc::Block& block, const Context& context) {
    // A paragraph's or heading's lines know their word; other blocks' lines start the block.
    const int ordinal = in_body_ ? next_block_++ : -1;
    const bool words = std::holds_alternative<doc::Paragraph>(block.value) ||
                       std::holds_alternative<doc::Heading>(block.value);
    word_block_ = words ? ordinal : -1;
    const std::size_t first = blocks_.size();
    add_block_content(block, context);
    word_block_ = -1;
    if (ordinal < 0) return;
    for (std::size_t b = first; b < blocks_.size(); ++b)
        for (SetLine& line : blocks_[b].lines)
            if (!line.source) line.source = SourcePosition{ordinal, 0, 0};
}

void DocumentFlow::add_block_content(const doc::Block& block, const Context& context) {
    const style::TextStyle& body = *context.text;
    if (const auto* paragraph = std::get_if<doc::Paragraph>(&block.value)) {
        int structure = add_structure("P", context.parent);
        FlowBlock flow;
        double indent = indent_next_ ? style_.paragraph_indent.value : 0;
        flow.lines = set(StyledText::collect(paragraph->content, body.bold, body.italic), body,
                         body.align, context, indent, true, structure, block.line, &flow.rebreak);
        flow.space_before = std::max(body.space_before.value, style_.paragraph_spacing.value);
        flow.space_after = body.space_after.value;
        flow.widows = style_.widows;
        flow.orphans = style_.orphans;
        if (!flow.lines.empty()) indent_next_ = true;
        blocks_.push_back(std::move(flow));
    } else if (const auto* heading = std::get_if<doc::Heading>(&block.value)) {
        int level = std::clamp(heading->level, 1, 3);
        const style::TextStyle& ts = style_.headings[level - 1];
        int structure = add_structure("H" + std::to_string(level + 1), context.parent);
        style::Align align = ts.align == style::Align::Justify ? style::Align::Left : ts.align;
        FlowBlock flow;
        flow.lines = set(StyledText::collect(heading->content, ts.bold, ts.italic), ts, align,
                         context, 0, false, structure, block.line, nullptr, true);
        flow.space_before = ts.space_before.value;
        flow.space_after = ts.space_after.value;
        flow.keep_with_next = true;
        flow.outline_level = level;
        flow.outline_title = doc::plain_text(heading->content);
        blocks_.push_back(std::move(flow));
        indent_next_ = false;
    } else if (const auto* quote = std::get_if<doc::BlockQuote>(&block.value)) {
        Context inner = context;
        inner.left += style_.quote_indent.value;
        inner.right += style_.quote_indent.value;
        inner.text = &style_.quote;
        inner.parent = add_structure("BlockQuote", context.parent);
        std::size_t first = blocks_.size();
        indent_next_ = false;
        add_blocks(quote->content, inner);
        if (blocks_.size() > first) {
            blocks_[first].space_before =
                std::max(blocks_[first].space_before, style_.quote.space_before.value);
            blocks_.back().space_after =
                std::max(blocks_.back().space_after, style_.quote.space_after.value);
        }
        indent_next_ = false;
    } else if (const auto* list = std::get_if<doc::List>(&block.value)) {
        add_list(*list, block.line, context);
        indent_next_ = false;
    } else if (const auto* code = std::get_if<doc::CodeBlock>(&block.value)) {
        int structure = add_structure("Code", context.parent);
        FlowBlock flow;
        flow.lines = set_code_lines(
            *code, style_.code, document_.meta.language, builder_,
            std::max(style_.code.font_size.value * 4, measure_ - context.left - context.right),
            structure);
        for (SetLine& line : flow.lines)
            for (FrameItem& item : line.items)
                std::visit([&](auto& thing) { thing.x += context.left; }, item);
        flow.space_before = style_.code.space_before.value;
        flow.space_after = style_.code.space_after.value;
        // A short listing is read as a unit: it goes to the next page whole. A longer one may
        // split, but never leaves a line or a single line alone on either page.
        flow.keep_together = flow.lines.size() <= kCodeKeepLines;
        flow.widows = std::max(kCodeMinSplitLines, style_.widows);
        flow.orphans = std::max(kCodeMinSplitLines, style_.orphans);
        blocks_.push_back(std::move(flow));
        indent_next_ = false;
    } else if (const auto* table = std::get_if<doc::Table>(&block.value)) {
        add_table(*table, block.line, context);
        indent_next_ = false;
    } else if (const auto* figure = std::get_if<doc::Figure>(&block.value)) {
        add_figure(*figure, block.line, context);
    } else {
        int structure = add_structure("Div", context.parent);
        FlowBlock flow;
        flow.lines = set(StyledText::plain("* * *", false, false), style_.body,
                         style::Align::Center, context, 0, false, structure, block.line);
        flow.space_before = style_.body.leading.value * 0.5;
        flow.space_after = style_.body.leading.value * 0.5;
        flow.keep_together = true;
        blocks_.push_back(std::move(flow));
        indent_next_ = false;
    }
}

void DocumentFlow::add_list(const doc::List& list, int line, const Context& context) {
    const style::TextStyle& ts = style_.list;
    auto label_of = [&](std::size_t i) {
        return list.ordered ? std::to_string(list.start + static_cast<int>(i)) + "."
                            : std::string("\u2022");
    };
    // The labels hang in the indent, half an em before the items' text; a list whose widest
    // label ("100.") does not fit the style's indent gets a wider one rather than labels that
    // stick out into the margin.
    double indent = style_.list_indent.value;
    for (std::size_t i = 0; list.ordered && i < list.items.size(); ++i) {
        std::vector<SetLine> probe = set(StyledText::plain(label_of(i), ts.bold, ts.italic), ts,
                                         style::Align::Left, context, 0, false, -1, line);
        if (!probe.empty())
            indent = std::max(indent, probe.front().info.width + 0.5 * ts.font_size.value);
    }
    Context inner = context;
    inner.left += indent;
    inner.text = &style_.list;
    const int list_structure = add_structure("L", context.parent);
    std::size_t first_block = blocks_.size();
    for (std::size_t i = 0; i < list.items.size(); ++i) {
        int item = add_structure("LI", list_structure);
        int label_structure = add_structure("Lbl", item);
        inner.parent = add_structure("LBody", item);
        std::size_t first = blocks_.size();
        indent_next_ = false;
        add_blocks(list.items[i], inner);
        if (blocks_.size() == first) continue;
        std::string label = label_of(i);
        Context label_context = context;
        std::vector<SetLine> label_lines =
            set(StyledText::plain(label, ts.bold, ts.italic), ts, style::Align::Left, label_context,
                0, false, label_structure, line);
        if (label_lines.empty()) continue;
        SetLine& label_line = label_lines.front();
        // Hang the label in the indent: its right edge half an em before the item's text.
        double shift = indent - label_line.info.width - 0.5 * ts.font_size.value;
        if (rtl_) shift = -shift;
        SetLine& target = blocks_[first].lines.front();
        for (FrameItem& item_frame : label_line.items) {
            std::visit([&](auto& thing) { thing.x += shift; }, item_frame);
            target.items.push_back(std::move(item_frame));
        }
    }
    if (blocks_.size() > first_block) {
        blocks_[first_block].space_before =
            std::max(blocks_[first_block].space_before, ts.space_before.value);
        blocks_.back().space_after = std::max(blocks_.back().space_after, ts.space_after.value);
    }
}

}  // namespace galley::layout
