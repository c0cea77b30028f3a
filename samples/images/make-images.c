/* Makes the two images of samples/figures-and-captions.md, so their origin is this program and
 * their licence the project's (CC0 1.0):
 *   word-counts.png  600 x 360 RGB, a bar chart of ten illustrative values (no real data),
 *                    no stated density;
 *   dusk.jpg         800 x 500 baseline JPEG, quality 85, a sky-to-sea gradient with a sun,
 *                    JFIF density 300 dpi.
 * Build and run (libpng-dev, libjpeg-dev): cc make-images.c -lpng -ljpeg -lm && ./a.out */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <png.h>
#include <jpeglib.h> /* after stdio.h: it uses FILE and size_t */

static void put(unsigned char* img, int w, int x, int y, int r, int g, int b) {
    unsigned char* p = img + 3 * (y * w + x);
    p[0] = (unsigned char)r, p[1] = (unsigned char)g, p[2] = (unsigned char)b;
}

static int chart(const char* path) {
    const int w = 600, h = 360;
    static const int counts[10] = {124, 72, 65, 63, 56, 46, 40, 35, 31, 30};
    unsigned char* img = malloc((size_t)w * h * 3);
    memset(img, 255, (size_t)w * h * 3);
    for (int x = 40; x < w - 20; ++x) put(img, w, x, h - 40, 60, 60, 60); /* axis */
    for (int y = 20; y <= h - 40; ++y) put(img, w, 40, y, 60, 60, 60);
    for (int i = 0; i < 10; ++i) {
        const int left = 52 + i * 53, bar = counts[i] * 280 / 124;
        for (int x = left; x < left + 40; ++x)
            for (int y = h - 41 - bar; y < h - 40; ++y) put(img, w, x, y, 31, 90, 160 - i * 6);
    }
    FILE* f = fopen(path, "wb");
    if (!f) return 1;
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
    png_infop info = png_create_info_struct(png);
    if (setjmp(png_jmpbuf(png))) return 1;
    png_init_io(png, f);
    png_set_IHDR(png, info, w, h, 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_write_info(png, info);
    for (int y = 0; y < h; ++y) png_write_row(png, img + 3 * y * w);
    png_write_end(png, NULL);
    png_destroy_write_struct(&png, &info);
    fclose(f);
    free(img);
    return 0;
}

static int dusk(const char* path) {
    const int w = 800, h = 500;
    unsigned char* img = malloc((size_t)w * h * 3);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const double t = (double)y / h, d = hypot(x - 560.0, y - 300.0);
            int r = (int)(250 - 150 * t), g = (int)(170 - 90 * t), b = (int)(120 + 60 * t);
            if (y > 300) r = 40 + (y % 7), g = 60 + (y % 5), b = 110; /* sea */
            if (d < 60 && y <= 300) r = 255, g = 220, b = 140;        /* sun */
            put(img, w, x, y, r, g, b);
        }
    FILE* f = fopen(path, "wb");
    if (!f) return 1;
    struct jpeg_compress_struct c;
    struct jpeg_error_mgr err;
    c.err = jpeg_std_error(&err);
    jpeg_create_compress(&c);
    jpeg_stdio_dest(&c, f);
    c.image_width = w, c.image_height = h, c.input_components = 3, c.in_color_space = JCS_RGB;
    jpeg_set_defaults(&c);
    jpeg_set_quality(&c, 85, TRUE);
    c.density_unit = 1, c.X_density = 300, c.Y_density = 300;
    jpeg_start_compress(&c, TRUE);
    while (c.next_scanline < c.image_height) {
        JSAMPROW row = img + 3 * c.next_scanline * w;
        jpeg_write_scanlines(&c, &row, 1);
    }
    jpeg_finish_compress(&c);
    jpeg_destroy_compress(&c);
    fclose(f);
    free(img);
    return 0;
}

int main(void) {
    return chart("word-counts.png") || dusk("dusk.jpg");
}
