// A paragraph set a line longer or shorter for the page builder (issue 12 point 1, speed): it is
// prepared once for both settings, broken for both in one breaker pass, measured from sketches
// and set in full only when chosen. Each of those must equal what a fresh build_loose() gives.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "LayoutTestSupport.hpp"
#include "layout/DocumentFlow.hpp"
#include "layout/ParagraphBuilder.hpp"

using namespace galley;
using namespace galley::layout;
using namespace galley::layout::testing;

namespace {

ParagraphSpec justified_spec(double measure) {
    style::StyleSheet style;
    ParagraphSpec spec = spec_for(style.body, "en", style::Align::Justify, measure);
    spec.hyphenate = true;
    spec.hyphenation = style.hyphenation;
    spec.first_indent = 12;
    return spec;
}

/// Every glyph of `lines` with its run's position, and each line's metrics, as one string.
std::string dump(const std::vector<SetLine>& lines) {
    std::string out;
    for (const SetLine& line : lines) {
        out += "line " + std::to_string(line.info.width) + " " + std::to_string(line.info.ratio) +
               (line.hyphenated ? " -" : "") + "\n";
        for (const FrameItem& item : line.items) {
            if (const auto* run = std::get_if<GlyphRun>(&item)) {
                out += " run " + std::to_string(run->x) + " " + std::to_string(run->tracking) + ":";
                for (const PlacedGlyph& g : run->glyphs)
                    out += " " + std::to_string(g.gid) + "@" + std::to_string(g.x);
                out += "\n";
            }
        }
    }
    return out;
}

}  // namespace

TEST_CASE("a paragraph's longer and shorter settings, broken together, equal fresh build_loose") {
    Diagnostics diagnostics;
    ParagraphBuilder builder(fonts(), diagnostics, "loose.txt");
    const std::vector<std::string> texts = paragraphs(fixture("moby-dick-chapter-1.txt"));
    int longer = 0, shorter = 0;
    for (double measure : {220.0, 306.0}) {
        const ParagraphSpec spec = justified_spec(measure);
        for (std::size_t i = 1; i < texts.size(); ++i) {
            const StyledText text = StyledText::plain(texts[i], false, false);
            const std::size_t count = builder.build(text, spec).size();
            if (count < 2) continue;
            PreparedParagraph prepared;
            builder.prepare_paragraph(text, spec, prepared);
            const auto both = builder.break_loose(prepared, spec, count, {+1, -1});
            REQUIRE(both.size() == 2);
            for (int k = 0; k < 2; ++k) {
                const int looseness = k == 0 ? +1 : -1;
                INFO("paragraph " << i << ", measure " << measure << ", looseness " << looseness);
                const std::vector<SetLine> fresh =
                    builder.build_loose(text, spec, count, looseness);
                REQUIRE(fresh.empty() == !both[k].has_value());
                if (fresh.empty()) continue;
                (looseness > 0 ? longer : shorter) += 1;
                CHECK(static_cast<long>(fresh.size()) == static_cast<long>(count) + looseness);
                CHECK(builder.last_demerits() == Approx(both[k]->total_demerits));
                // Set from the shared preparation: the same lines, glyph for glyph.
                const std::vector<SetLine> set = builder.set_lines(text, spec, prepared, *both[k]);
                CHECK(dump(set) == dump(fresh));
                // The sketches measure as the set lines do.
                const std::vector<SetLine> sketch =
                    ParagraphBuilder::sketch_lines(spec, prepared, *both[k]);
                REQUIRE(sketch.size() == set.size());
                for (std::size_t l = 0; l < set.size(); ++l) {
                    CHECK(sketch[l].hyphenated == set[l].hyphenated);
                    CHECK(sketch[l].leading == set[l].leading);
                    CHECK(sketch[l].ascent == set[l].ascent);
                    CHECK(sketch[l].descent == set[l].descent);
                    CHECK(sketch[l].items.empty());
                }
            }
        }
    }
    // The chapter has paragraphs of both kinds (the test would prove nothing otherwise).
    CHECK(longer > 3);
    CHECK(shorter > 3);
}

TEST_CASE("the flow's re-breakings give sketches for trials and set the chosen one in full") {
    Diagnostics diagnostics;
    ParagraphBuilder builder(fonts(), diagnostics, "flow.txt");
    const doc::Document document = chapter_one();
    const style::StyleSheet style = justified_style();
    std::vector<StructureElement> structure;
    DocumentFlow flow(document, style, builder, 306, structure);
    flow.add_body();
    std::vector<FlowBlock> blocks = flow.take();
    int set = 0;
    for (FlowBlock& block : blocks) {
        if (!block.rebreak) continue;
        for (int looseness : {+1, -1}) {
            Rebreak variant = block.rebreak(looseness);
            if (variant.lines.empty()) continue;
            REQUIRE(variant.set);
            const std::vector<SetLine> full = variant.set();
            REQUIRE(full.size() == variant.lines.size());
            CHECK(static_cast<long>(full.size()) ==
                  static_cast<long>(block.lines.size()) + looseness);
            for (std::size_t l = 0; l < full.size(); ++l) {
                CHECK(variant.lines[l].hyphenated == full[l].hyphenated);
                CHECK(!full[l].items.empty());
                CHECK(full[l].source.has_value());  // stamped as the first setting's lines
            }
            ++set;
        }
    }
    CHECK(set > 3);
}
