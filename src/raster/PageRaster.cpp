#include "raster/PageRaster.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_OUTLINE_H
#include <png.h>

#include <algorithm>
#include <cmath>
#include <csetjmp>
#include <cstdint>
#include <map>
#include <vector>

#include "base/Error.hpp"

namespace galley::raster {

namespace {

/// An RGB image, 3 bytes a pixel, rows top to bottom.
struct Canvas {
    int width = 0, height = 0;
    std::vector<std::uint8_t> pixels;

    /// Blends `rgb` into pixel (x, y) with opacity `alpha` (0..1); outside: nothing.
    void blend(int x, int y, const std::uint8_t* rgb, double alpha) {
        if (x < 0 || y < 0 || x >= width || y >= height || alpha <= 0) return;
        alpha = std::min(1.0, alpha);
        std::uint8_t* p = &pixels[(static_cast<std::size_t>(y) * width + x) * 3];
        for (int c = 0; c < 3; ++c)
            p[c] = static_cast<std::uint8_t>(std::lround(p[c] * (1 - alpha) + rgb[c] * alpha));
    }
};

/// "#rrggbb" as three bytes (black when malformed).
void parse_color(const std::string& color, std::uint8_t* rgb) {
    rgb[0] = rgb[1] = rgb[2] = 0;
    if (color.size() != 7 || color[0] != '#') return;
    for (int c = 0; c < 3; ++c) {
        const std::string hex = color.substr(1 + 2 * c, 2);
        char* end = nullptr;
        const long v = std::strtol(hex.c_str(), &end, 16);
        if (end == hex.c_str() + 2) rgb[c] = static_cast<std::uint8_t>(v);
    }
}

/// Fills the rectangle (pixels, fractional edges) with `rgb`, edge pixels by their coverage.
void fill_rect(Canvas& canvas, double x0, double y0, double x1, double y1,
               const std::uint8_t* rgb) {
    const int left = static_cast<int>(std::floor(x0)), right = static_cast<int>(std::ceil(x1));
    const int top = static_cast<int>(std::floor(y0)), bottom = static_cast<int>(std::ceil(y1));
    for (int y = top; y < bottom; ++y) {
        const double cy = std::min<double>(y + 1, y1) - std::max<double>(y, y0);
        for (int x = left; x < right; ++x) {
            const double cx = std::min<double>(x + 1, x1) - std::max<double>(x, x0);
            canvas.blend(x, y, rgb, cx * cy);
        }
    }
}

/// FreeType's library and the faces opened from the font files a FontTable names, released at
/// the end.
class Faces {
  public:
    explicit Faces(const page::FontTable& fonts) : fonts_(fonts) {
        if (FT_Init_FreeType(&library_) != 0)
            throw Error(ErrorCode::Internal, "", "FreeType cannot start");
    }
    ~Faces() {
        for (auto& [index, ft] : faces_) FT_Done_Face(ft);
        FT_Done_FreeType(library_);
    }
    Faces(const Faces&) = delete;
    Faces& operator=(const Faces&) = delete;

    /// The FreeType face of the table's font `ref` (opened once, from its file: the producer's
    /// loaded faces stay untouched, so threads sharing them need no lock); null when `ref`
    /// names no font of the table.
    FT_Face get(page::FontRef ref) {
        if (!fonts_.contains(ref)) return nullptr;
        auto it = faces_.find(ref.index);
        if (it != faces_.end()) return it->second;
        const page::Font& font = fonts_[ref];
        FT_Face ft = nullptr;
        if (FT_New_Face(library_, font.file.c_str(), static_cast<FT_Long>(font.face_index), &ft) !=
            0)
            throw Error(ErrorCode::Internal, font.file, "FreeType cannot open the font");
        faces_.emplace(ref.index, ft);
        return ft;
    }

  private:
    const page::FontTable& fonts_;
    FT_Library library_ = nullptr;
    std::map<int, FT_Face> faces_;
};

/// Draws `run` at `scale` pixels per point.
void draw_run(Canvas& canvas, Faces& faces, const page::GlyphRun& run, double scale) {
    FT_Face face = faces.get(run.font);
    if (face == nullptr) return;
    if (FT_Set_Char_Size(face, 0, static_cast<FT_F26Dot6>(std::lround(run.size * scale * 64)), 72,
                         72) != 0)
        return;
    std::uint8_t rgb[3];
    parse_color(run.color, rgb);
    for (const page::PlacedGlyph& g : run.glyphs) {
        const double px = (run.x + g.x) * scale, py = (run.y + g.y) * scale;
        const double ix = std::floor(px), iy = std::floor(py);
        if (FT_Load_Glyph(face, g.gid, FT_LOAD_NO_HINTING | FT_LOAD_NO_BITMAP) != 0) continue;
        FT_GlyphSlot slot = face->glyph;
        if (slot->format != FT_GLYPH_FORMAT_OUTLINE) continue;
        // The fraction of a pixel the pen is past the pixel grid (FreeType's y points up).
        FT_Outline_Translate(&slot->outline, static_cast<FT_Pos>(std::lround((px - ix) * 64)),
                             -static_cast<FT_Pos>(std::lround((py - iy) * 64)));
        if (FT_Render_Glyph(slot, FT_RENDER_MODE_NORMAL) != 0) continue;
        const FT_Bitmap& bitmap = slot->bitmap;
        for (unsigned row = 0; row < bitmap.rows; ++row) {
            for (unsigned col = 0; col < bitmap.width; ++col) {
                const std::uint8_t a =
                    bitmap.buffer[static_cast<std::ptrdiff_t>(row) * bitmap.pitch + col];
                if (a == 0) continue;
                canvas.blend(static_cast<int>(ix) + slot->bitmap_left + static_cast<int>(col),
                             static_cast<int>(iy) - slot->bitmap_top + static_cast<int>(row), rgb,
                             a / 255.0);
            }
        }
    }
}

void append_bytes(png_structp png, png_bytep data, png_size_t length) {
    auto* out = static_cast<std::string*>(png_get_io_ptr(png));
    out->append(reinterpret_cast<const char*>(data), length);
}

void flush_nothing(png_structp) {}

/// Writes `canvas` as a PNG into `out`; false when libpng fails. No C++ object lives across
/// libpng's longjmp.
bool write_png(const Canvas& canvas, std::string* out, std::vector<png_bytep>* rows) {
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    if (png == nullptr) return false;
    png_infop info = png_create_info_struct(png);
    if (info == nullptr || setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        return false;
    }
    png_set_write_fn(png, out, append_bytes, flush_nothing);
    png_set_compression_level(png, 9);
    png_set_IHDR(png, info, static_cast<png_uint_32>(canvas.width),
                 static_cast<png_uint_32>(canvas.height), 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_write_info(png, info);
    png_write_image(png, rows->data());
    png_write_end(png, nullptr);
    png_destroy_write_struct(&png, &info);
    return true;
}

}  // namespace

std::string render_png(const page::Page& page, const page::FontTable& fonts, int width) {
    Canvas canvas;
    canvas.width = std::max(1, width);
    const double scale = canvas.width / std::max(1.0, page.width);
    canvas.height = std::max(1, static_cast<int>(std::lround(page.height * scale)));
    canvas.pixels.assign(static_cast<std::size_t>(canvas.width) * canvas.height * 3, 0xFF);
    Faces faces(fonts);
    for (const page::FrameItem& item : page.items) {
        if (const auto* rule = std::get_if<page::Rule>(&item)) {
            std::uint8_t rgb[3];
            parse_color(rule->color, rgb);
            fill_rect(canvas, rule->x * scale, rule->y * scale, (rule->x + rule->width) * scale,
                      (rule->y + rule->height) * scale, rgb);
        } else if (const auto* run = std::get_if<page::GlyphRun>(&item)) {
            draw_run(canvas, faces, *run, scale);
        }
    }
    std::vector<png_bytep> rows(static_cast<std::size_t>(canvas.height));
    for (int y = 0; y < canvas.height; ++y)
        rows[static_cast<std::size_t>(y)] =
            const_cast<png_bytep>(&canvas.pixels[static_cast<std::size_t>(y) * canvas.width * 3]);
    std::string out;
    if (!write_png(canvas, &out, &rows))
        throw Error(ErrorCode::Internal, "", "libpng cannot write the cover image");
    return out;
}

}  // namespace galley::raster
