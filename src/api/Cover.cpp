#include "api/Cover.hpp"

#include <utility>

#include "base/Error.hpp"
#include "base/File.hpp"
#include "base/ImageCheck.hpp"
#include "layout/CoverPage.hpp"
#include "layout/ParagraphBuilder.hpp"
#include "present/Labels.hpp"
#include "present/Names.hpp"
#include "present/TitleBlock.hpp"
#include "raster/PageRaster.hpp"

namespace galley::api {

namespace {

/// The typographic cover page of `document` in `style`. Its lines are the title page's: any
/// warning about them (a character no font has) is given there, not twice.
layout::PagedDocument typographic_page(const doc::Document& document,
                                       const style::StyleSheet& style,
                                       const text::FontCatalog& fonts) {
    Diagnostics ignored;
    layout::ParagraphBuilder builder(fonts, ignored, document.meta.source);
    return layout::typographic_cover(document.meta, style, builder);
}

}  // namespace

JobCover load_cover(const Job& job, const doc::Document& document, const style::StyleSheet& style,
                    const text::FontCatalog& fonts) {
    JobCover cover;
    if (job.cover.empty()) return cover;
    const doc::Metadata& meta = document.meta;
    if (job.cover == "auto") {
        cover.typographic = true;
        // What the cover shows, as its text alternative: the title and the authors.
        cover.alt = present::display_title(meta);
        const std::string names =
            present::join_names(meta.authors, present::labels_for(meta.language));
        if (!names.empty()) cover.alt += " \u2014 " + names;
        const layout::PagedDocument page = typographic_page(document, style, fonts);
        cover.image =
            present::cover_image(raster::render_png(page.pages.front(), page.fonts, kCoverPixels));
        if (!cover.image)
            throw galley::Error(galley::ErrorCode::Internal, meta.source,
                                "the generated cover is not a readable PNG");
        return cover;
    }
    std::string bytes = read_file(job.cover);
    cover.image = present::cover_image(bytes);
    if (!cover.image)
        throw galley::Error(galley::ErrorCode::InputInvalid, job.cover,
                            "the cover is not a PNG or JPEG image");
    try {  // decoded once: a corrupt cover fails here, not in a reader
        check_image(cover.image->bytes);
    } catch (const galley::Error& e) {
        throw galley::Error(e.code(), job.cover, std::string("cover: ") + e.what());
    }
    cover.alt = present::display_title(meta);
    return cover;
}

void add_cover_pages(layout::PagedDocument& paged, const JobCover& cover,
                     const doc::Document& document, const style::StyleSheet& style,
                     const text::FontCatalog& fonts) {
    if (cover.typographic) {
        layout::add_cover(paged, typographic_page(document, style, fonts), style.page);
    } else if (cover.image) {
        layout::PagedDocument page;
        page.pages.push_back(
            layout::image_cover(cover.image->width, cover.image->height, 0, style));
        page.images.push_back(cover.image->bytes);
        layout::add_cover(paged, std::move(page), style.page);
    }
}

}  // namespace galley::api
