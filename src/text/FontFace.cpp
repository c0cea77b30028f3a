#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_CID_H
#include <hb-ot.h>
#include <hb.h>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <map>
#include <mutex>

#include "base/Error.hpp"
#include "text/FontFace.hpp"

namespace galley::text {

namespace {

/// A big-endian unsigned 16-bit value at `off` of `table`, or 0 when the table is too short.
unsigned be16(const char* data, unsigned len, unsigned off) {
    if (off + 2 > len) return 0;
    auto b = reinterpret_cast<const unsigned char*>(data);
    return (unsigned(b[off]) << 8) | b[off + 1];
}

/// The same value read as a signed 16-bit number.
int be16s(const char* data, unsigned len, unsigned off) {
    return static_cast<std::int16_t>(static_cast<std::uint16_t>(be16(data, len, off)));
}

/// Name-table string `id` in English (the US English record first), or empty.
std::string name_of(hb_face_t* face, hb_ot_name_id_t id) {
    hb_language_t en = hb_language_from_string("en", -1);
    unsigned size = 0;
    unsigned len = hb_ot_name_get_utf8(face, id, en, nullptr, nullptr);
    if (len == 0) return {};
    std::string out(len + 1, '\0');
    size = len + 1;
    hb_ot_name_get_utf8(face, id, en, &size, out.data());
    out.resize(size);
    return out;
}

/// A table's bytes, kept alive by the returned blob (the caller destroys it).
struct Table {
    hb_blob_t* blob;
    const char* data;
    unsigned len;
    Table(hb_face_t* face, const char (&tag)[5])
        : blob(hb_face_reference_table(face, HB_TAG(tag[0], tag[1], tag[2], tag[3]))) {
        data = hb_blob_get_data(blob, &len);
    }
    ~Table() { hb_blob_destroy(blob); }
    Table(const Table&) = delete;
    Table& operator=(const Table&) = delete;
};

/// True when face `index` of `bytes` is a CID-keyed CFF font whose CIDs equal its glyph ids
/// (checked on a spread of glyphs through FreeType).
bool cid_identity(std::string_view bytes, unsigned index, unsigned glyphs) {
    FT_Library lib = nullptr;
    if (FT_Init_FreeType(&lib) != 0) return false;
    FT_Face face = nullptr;
    bool identity = false;
    if (FT_New_Memory_Face(lib, reinterpret_cast<const FT_Byte*>(bytes.data()),
                           static_cast<FT_Long>(bytes.size()), static_cast<FT_Long>(index),
                           &face) == 0) {
        FT_Bool cid = 0;
        identity = FT_Get_CID_Is_Internally_CID_Keyed(face, &cid) == 0 && cid;
        for (unsigned k = 1; identity && k <= 16; ++k) {
            FT_UInt gid = static_cast<FT_UInt>((std::uint64_t(glyphs) - 1) * k / 16);
            FT_UInt c = 0;
            identity = FT_Get_CID_From_Glyph_Index(face, gid, &c) == 0 && c == gid;
        }
        FT_Done_Face(face);
    }
    FT_Done_FreeType(lib);
    return identity;
}

/// Maps a whole file read-only; throws Error(Font) naming the file. Pages are read on demand,
/// so a 26 MB CJK collection costs only the glyphs used.
std::shared_ptr<const void> map_font_file(const std::filesystem::path& path, std::size_t& size) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    struct stat st {};
    if (fd < 0 || ::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size == 0) {
        std::string reason = fd < 0                                   ? std::strerror(errno)
                             : st.st_size == 0 && S_ISREG(st.st_mode) ? "empty file"
                                                                      : "not a regular file";
        if (fd >= 0) ::close(fd);
        throw Error(ErrorCode::Font, path.string(), "cannot read font: " + reason);
    }
    size = static_cast<std::size_t>(st.st_size);
    void* data = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
    ::close(fd);
    if (data == MAP_FAILED)
        throw Error(ErrorCode::Font, path.string(),
                    std::string("cannot map font: ") + std::strerror(errno));
    return std::shared_ptr<const void>(
        data, [size](const void* p) { ::munmap(const_cast<void*>(p), size); });
}

/// The mapping of a font file, shared by every face loaded from it while any is alive.
std::shared_ptr<const void> file_bytes(const std::filesystem::path& path, std::size_t& size) {
    static std::mutex mutex;
    static std::map<std::string, std::pair<std::weak_ptr<const void>, std::size_t>> files;
    std::lock_guard<std::mutex> lock(mutex);
    auto& slot = files[path.string()];
    if (auto alive = slot.first.lock()) {
        size = slot.second;
        return alive;
    }
    auto mapped = map_font_file(path, size);
    slot = {mapped, size};
    return mapped;
}

}  // namespace

std::shared_ptr<const FontFace> FontFace::load_shared(const std::filesystem::path& path,
                                                      unsigned index) {
    static std::mutex mutex;
    static std::map<std::pair<std::string, unsigned>, std::weak_ptr<const FontFace>> faces;
    std::lock_guard<std::mutex> lock(mutex);
    auto& slot = faces[{path.string(), index}];
    if (auto alive = slot.lock()) return alive;
    auto face = std::make_shared<const FontFace>(path, index);
    slot = face;
    return face;
}

FontFace::FontFace(std::filesystem::path path, unsigned index)
    : path_(std::move(path)), index_(index) {
    std::size_t size = 0;
    file_ = file_bytes(path_, size);
    bytes_ = std::string_view(static_cast<const char*>(file_.get()), size);
    hb_blob_t* blob = hb_blob_create(bytes_.data(), static_cast<unsigned>(bytes_.size()),
                                     HB_MEMORY_MODE_READONLY, nullptr, nullptr);
    unsigned faces = hb_face_count(blob);
    if (faces == 0 || index_ >= faces) {
        hb_blob_destroy(blob);
        throw Error(ErrorCode::Font, path_.string(),
                    faces == 0 ? "not a TrueType/OpenType font"
                               : "face index " + std::to_string(index_) + " out of range (" +
                                     std::to_string(faces) + " faces)");
    }
    face_ = hb_face_create(blob, index_);
    hb_blob_destroy(blob);
    if (hb_face_get_glyph_count(face_) == 0) {
        hb_face_destroy(face_);
        face_ = nullptr;
        throw Error(ErrorCode::Font, path_.string(), "font has no glyphs");
    }
    upem_ = hb_face_get_upem(face_);
    hb_face_make_immutable(face_);
    font_ = hb_font_create(face_);
    hb_font_set_scale(font_, static_cast<int>(upem_), static_cast<int>(upem_));
    hb_font_make_immutable(font_);

    family_ = name_of(face_, HB_OT_NAME_ID_TYPOGRAPHIC_FAMILY);
    if (family_.empty()) family_ = name_of(face_, HB_OT_NAME_ID_FONT_FAMILY);
    postscript_name_ = name_of(face_, HB_OT_NAME_ID_POSTSCRIPT_NAME);

    {
        Table os2(face_, "OS/2");
        Table head(face_, "head");
        unsigned weight = be16(os2.data, os2.len, 4);
        unsigned fs_selection = be16(os2.data, os2.len, 62);
        unsigned mac_style = be16(head.data, head.len, 44);
        bold_ = os2.len ? (weight >= 600 || (fs_selection & 0x20)) : (mac_style & 1);
        italic_ = os2.len ? (fs_selection & 0x201) != 0 : (mac_style & 2) != 0;
        for (int i = 0; i < 4; ++i) bbox_[i] = be16s(head.data, head.len, 36 + 2 * i);
        Table post(face_, "post");
        if (post.len >= 8) {
            auto b = reinterpret_cast<const unsigned char*>(post.data);
            auto fixed = static_cast<std::int32_t>((std::uint32_t(b[4]) << 24) |
                                                   (std::uint32_t(b[5]) << 16) |
                                                   (std::uint32_t(b[6]) << 8) | b[7]);
            italic_angle_ = fixed / 65536.0;
        }
    }
    hb_position_t v = 0;
    if (hb_ot_metrics_get_position(font_, HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, &v))
        ascender_ = v;
    else
        ascender_ = bbox_[3];
    if (hb_ot_metrics_get_position(font_, HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER, &v))
        descender_ = v;
    else
        descender_ = bbox_[1];
    if (hb_ot_metrics_get_position(font_, HB_OT_METRICS_TAG_CAP_HEIGHT, &v) && v > 0)
        cap_height_ = v;
    else
        cap_height_ = static_cast<int>(upem_ * 7 / 10);
    {
        Table cff(face_, "CFF ");
        Table cff2(face_, "CFF2");
        is_cff_ = cff.len > 0 || cff2.len > 0;
    }
    if (is_cff_) cid_keyed_ = cid_identity(bytes_, index_, hb_face_get_glyph_count(face_));
}

FontFace::~FontFace() {
    hb_font_destroy(font_);
    hb_face_destroy(face_);
}

bool FontFace::covers(char32_t c) const {
    hb_codepoint_t gid = 0;
    return hb_font_get_nominal_glyph(font_, c, &gid) && gid != 0;
}

unsigned FontFace::glyph_for(char32_t c) const {
    hb_codepoint_t gid = 0;
    return hb_font_get_nominal_glyph(font_, c, &gid) ? gid : 0;
}

int FontFace::advance(unsigned gid) const {
    return hb_font_get_glyph_h_advance(font_, gid);
}

}  // namespace galley::text
