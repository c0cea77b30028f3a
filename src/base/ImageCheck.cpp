#include "base/ImageCheck.hpp"

#include <png.h>
#include <csetjmp>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

// jpeglib.h needs <cstdio> first.
#include <jerror.h>
#include <jpeglib.h>

#include "base/Error.hpp"

namespace galley {
namespace {

[[noreturn]] void refuse(const std::string& reason) {
    throw Error(ErrorCode::BadImage, "", reason);
}

// ---- PNG ------------------------------------------------------------------------------------

struct PngSource {
    std::string_view bytes;
    std::size_t offset = 0;
    char message[200] = {};
};

void png_fail(png_structp png, png_const_charp message) {
    auto* src = static_cast<PngSource*>(png_get_error_ptr(png));
    std::snprintf(src->message, sizeof src->message, "%s", message);
    png_longjmp(png, 1);
}

void png_warn(png_structp, png_const_charp) {}  // benign (an ancillary chunk): the image decodes

void png_read_bytes(png_structp png, png_bytep out, png_size_t count) {
    auto* src = static_cast<PngSource*>(png_get_io_ptr(png));
    if (src->bytes.size() - src->offset < count) png_error(png, "the file is cut short");
    std::memcpy(out, src->bytes.data() + src->offset, count);
    src->offset += count;
}

/// Decodes every row of a PNG (all interlace passes) into one row buffer; false with
/// `src.message` set on the first error.
bool decode_png(PngSource& src, const ImageLimits& limits) {
    png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &src, png_fail, png_warn);
    if (!png) return std::snprintf(src.message, sizeof src.message, "out of memory"), false;
    png_infop info = png_create_info_struct(png);
    std::vector<png_byte> row;  // constructed before setjmp: a longjmp never skips its destructor
    if (!info || setjmp(png_jmpbuf(png))) {
        png_destroy_read_struct(&png, &info, nullptr);
        if (!src.message[0]) std::snprintf(src.message, sizeof src.message, "out of memory");
        return false;
    }
    png_set_read_fn(png, &src, png_read_bytes);
    png_set_user_limits(png, static_cast<png_uint_32>(limits.max_side),
                        static_cast<png_uint_32>(limits.max_side));
    png_read_info(png, info);
    const int passes = png_set_interlace_handling(png);
    png_read_update_info(png, info);
    row.resize(png_get_rowbytes(png, info));
    const png_uint_32 height = png_get_image_height(png, info);
    for (int pass = 0; pass < passes; ++pass)
        for (png_uint_32 y = 0; y < height; ++y) png_read_row(png, row.data(), nullptr);
    png_read_end(png, nullptr);
    png_destroy_read_struct(&png, &info, nullptr);
    return true;
}

// ---- JPEG -----------------------------------------------------------------------------------

struct JpegErrors {
    jpeg_error_mgr mgr;
    std::jmp_buf jump;
    char message[JMSG_LENGTH_MAX] = {};
};

void jpeg_fail(j_common_ptr cinfo) {
    auto* errors = reinterpret_cast<JpegErrors*>(cinfo->err);
    (*cinfo->err->format_message)(cinfo, errors->message);
    std::longjmp(errors->jump, 1);
}

/// Warnings about damaged data ("premature end of JPEG file", a bad Huffman code) are errors:
/// the decoder would fill the rest with grey. Harmless ones (extra bytes between markers, an
/// unknown JFIF revision or Adobe transform, a bad ICC marker) are let through.
void jpeg_message(j_common_ptr cinfo, int level) {
    if (level >= 0) return;  // trace messages
    const int code = cinfo->err->msg_code;
    if (code == JWRN_EXTRANEOUS_DATA || code == JWRN_JFIF_MAJOR || code == JWRN_ADOBE_XFORM ||
        code == JWRN_BOGUS_ICC)
        return;
    jpeg_fail(cinfo);
}

/// A progressive JPEG may hold any number of scans, each a pass over the whole image: refuse one
/// with more than a real encoder writes (libjpeg-turbo's djpeg suggests the same guard).
void jpeg_progress(j_common_ptr cinfo) {
    constexpr int kMaxScans = 1000;
    auto* d = reinterpret_cast<j_decompress_ptr>(cinfo);
    if (d->input_scan_number > kMaxScans) {
        auto* errors = reinterpret_cast<JpegErrors*>(cinfo->err);
        std::snprintf(errors->message, sizeof errors->message, "more than %d progressive scans",
                      kMaxScans);
        std::longjmp(errors->jump, 1);
    }
}

/// Decodes every scanline of a JPEG within `limits`' memory; false with `errors.message` set.
bool decode_jpeg(std::string_view bytes, const ImageLimits& limits, JpegErrors& errors) {
    jpeg_decompress_struct cinfo{};
    cinfo.err = jpeg_std_error(&errors.mgr);
    errors.mgr.error_exit = jpeg_fail;
    errors.mgr.emit_message = jpeg_message;
    std::vector<JSAMPLE> row;  // constructed before setjmp: a longjmp never skips its destructor
    jpeg_progress_mgr progress{};
    progress.progress_monitor = jpeg_progress;
    if (setjmp(errors.jump)) {
        jpeg_destroy_decompress(&cinfo);
        return false;
    }
    jpeg_create_decompress(&cinfo);
    cinfo.progress = &progress;
    // Progressive images keep every coefficient in memory: bound it (no backing store).
    cinfo.mem->max_memory_to_use = static_cast<long>(limits.max_decoded_bytes);
    jpeg_mem_src(&cinfo, reinterpret_cast<const unsigned char*>(bytes.data()),
                 static_cast<unsigned long>(bytes.size()));
    jpeg_read_header(&cinfo, TRUE);
    jpeg_start_decompress(&cinfo);
    row.resize(static_cast<std::size_t>(cinfo.output_width) *
               static_cast<std::size_t>(cinfo.output_components));
    while (cinfo.output_scanline < cinfo.output_height) {
        JSAMPROW rows[1] = {row.data()};
        jpeg_read_scanlines(&cinfo, rows, 1);
    }
    jpeg_finish_decompress(&cinfo);
    jpeg_destroy_decompress(&cinfo);
    return true;
}

}  // namespace

ImageInfo check_image(std::string_view bytes, const ImageLimits& limits) {
    std::optional<ImageInfo> info = probe_image(bytes);
    if (!info) refuse("not a PNG or JPEG image (or its header is damaged)");
    const std::string size =
        std::to_string(info->width) + " x " + std::to_string(info->height) + " pixels";
    const std::uint64_t pixels =
        static_cast<std::uint64_t>(info->width) * static_cast<std::uint64_t>(info->height);
    if (info->width > limits.max_side || info->height > limits.max_side)
        refuse("the image declares " + size + ", more than " + std::to_string(limits.max_side) +
               " pixels a side");
    if (pixels > limits.max_pixels)
        refuse("the image declares " + size + ", more than the limit of " +
               std::to_string(limits.max_pixels / 1'000'000) + " megapixels");
    if (info->decoded_bytes() > limits.max_decoded_bytes)
        refuse("the image declares " + size + ", more than " +
               std::to_string(limits.max_decoded_bytes >> 20) + " MB decoded");
    if (info->format == "png") {
        PngSource src{bytes};
        if (!decode_png(src, limits)) refuse(std::string("broken PNG image: ") + src.message);
    } else {
        JpegErrors errors;
        if (!decode_jpeg(bytes, limits, errors))
            refuse(std::string("broken JPEG image: ") + errors.message);
    }
    return *info;
}

}  // namespace galley
