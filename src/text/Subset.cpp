#include "text/Subset.hpp"

#include <hb-subset.h>
#include <hb.h>

#include "base/Error.hpp"

namespace galley::text {

namespace {

/// Owns one hb-subset input.
struct Input {
    hb_subset_input_t* p = hb_subset_input_create_or_fail();
    ~Input() { hb_subset_input_destroy(p); }
};

/// Runs plan → execute on `face` and returns the new font file's bytes; `old_to_new` (when given)
/// receives the new id of every glyph of `wanted` the subset keeps.
std::string execute(const FontFace& face, hb_subset_input_t* input,
                    const std::set<std::uint32_t>* wanted = nullptr,
                    std::map<std::uint32_t, std::uint32_t>* old_to_new = nullptr) {
    hb_subset_plan_t* plan = hb_subset_plan_create_or_fail(face.hb_face(), input);
    if (!plan) throw Error(ErrorCode::Font, face.path().string(), "cannot plan font subset");
    if (old_to_new && wanted) {
        const hb_map_t* mapping = hb_subset_plan_old_to_new_glyph_mapping(plan);
        for (std::uint32_t gid : *wanted) {
            hb_codepoint_t to = hb_map_get(mapping, gid);
            if (to != HB_MAP_VALUE_INVALID) (*old_to_new)[gid] = to;
        }
    }
    hb_face_t* result = hb_subset_plan_execute_or_fail(plan);
    hb_subset_plan_destroy(plan);
    if (!result) throw Error(ErrorCode::Font, face.path().string(), "font subsetting failed");
    hb_blob_t* blob = hb_face_reference_blob(result);
    unsigned len = 0;
    const char* data = hb_blob_get_data(blob, &len);
    std::string out(data ? data : "", len);
    hb_blob_destroy(blob);
    hb_face_destroy(result);
    if (out.empty()) throw Error(ErrorCode::Font, face.path().string(), "empty font subset");
    return out;
}

void drop(hb_subset_input_t* input, std::initializer_list<hb_tag_t> tags) {
    hb_set_t* set = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (hb_tag_t t : tags) hb_set_add(set, t);
}

}  // namespace

std::string subset_by_glyphs(const FontFace& face, const std::set<std::uint32_t>& gids,
                             std::map<std::uint32_t, std::uint32_t>* old_to_new) {
    Input in;
    if (!in.p) throw Error(ErrorCode::Font, face.path().string(), "out of memory for subset");
    hb_set_t* glyphs = hb_subset_input_set(in.p, HB_SUBSET_SETS_GLYPH_INDEX);
    hb_set_add(glyphs, 0);
    for (std::uint32_t g : gids) hb_set_add(glyphs, g);
    // The PDF addresses glyphs by id (CIDToGIDMap Identity): no cmap needed, no shaping tables.
    hb_set_clear(hb_subset_input_unicode_set(in.p));
    drop(in.p, {HB_TAG('G', 'S', 'U', 'B'), HB_TAG('G', 'P', 'O', 'S'), HB_TAG('G', 'D', 'E', 'F'),
                HB_TAG('k', 'e', 'r', 'n'), HB_TAG('D', 'S', 'I', 'G'), HB_TAG('h', 'd', 'm', 'x'),
                HB_TAG('V', 'D', 'M', 'X'), HB_TAG('L', 'T', 'S', 'H'), HB_TAG('B', 'A', 'S', 'E'),
                HB_TAG('J', 'S', 'T', 'F'), HB_TAG('M', 'A', 'T', 'H'), HB_TAG('C', 'O', 'L', 'R'),
                HB_TAG('C', 'P', 'A', 'L'), HB_TAG('S', 'V', 'G', ' '), HB_TAG('v', 'h', 'e', 'a'),
                HB_TAG('v', 'm', 't', 'x'), HB_TAG('V', 'O', 'R', 'G'), HB_TAG('m', 'o', 'r', 'x'),
                HB_TAG('S', 'T', 'A', 'T'), HB_TAG('f', 'v', 'a', 'r'), HB_TAG('g', 'v', 'a', 'r'),
                HB_TAG('H', 'V', 'A', 'R'), HB_TAG('a', 'v', 'a', 'r')});
    unsigned flags = HB_SUBSET_FLAGS_NO_HINTING;
    if (!face.is_cff()) flags |= HB_SUBSET_FLAGS_RETAIN_GIDS;
    hb_subset_input_set_flags(in.p, flags);
    return execute(face, in.p, &gids, old_to_new);
}

std::string subset_by_unicodes(const FontFace& face, const std::set<char32_t>& codepoints) {
    Input in;
    if (!in.p) throw Error(ErrorCode::Font, face.path().string(), "out of memory for subset");
    hb_set_t* unicodes = hb_subset_input_unicode_set(in.p);
    for (char32_t c : codepoints) hb_set_add(unicodes, c);
    // Reading systems shape with these fonts: keep GSUB/GPOS/GDEF and every name record.
    hb_set_t* names = hb_subset_input_set(in.p, HB_SUBSET_SETS_NAME_ID);
    hb_set_clear(names);
    hb_set_invert(names);  // all name ids
    hb_subset_input_set_flags(in.p, HB_SUBSET_FLAGS_NAME_LEGACY);
    return execute(face, in.p);
}

std::string font_table(const std::string& font_file, const char (&tag)[5]) {
    hb_blob_t* blob = hb_blob_create(font_file.data(), static_cast<unsigned>(font_file.size()),
                                     HB_MEMORY_MODE_READONLY, nullptr, nullptr);
    hb_face_t* face = hb_face_create(blob, 0);
    hb_blob_t* table = hb_face_reference_table(face, HB_TAG(tag[0], tag[1], tag[2], tag[3]));
    unsigned len = 0;
    const char* data = hb_blob_get_data(table, &len);
    std::string out(data ? data : "", data ? len : 0);
    hb_blob_destroy(table);
    hb_face_destroy(face);
    hb_blob_destroy(blob);
    return out;
}

}  // namespace galley::text
