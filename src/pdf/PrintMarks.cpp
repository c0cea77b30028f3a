#include "pdf/PrintMarks.hpp"

#include "pdf/ContentBuilder.hpp"

namespace galley::pdf {

PageBoxes page_boxes(double width, double height, double bleed, bool crop_marks) {
    PageBoxes b;
    if (bleed < 0) bleed = 0;
    b.margin = bleed > 0 ? bleed : crop_marks ? kCropMarkRoom : 0;
    const double m = b.margin;
    b.media = {0, 0, width + 2 * m, height + 2 * m};
    b.trim = {m, m, m + width, m + height};
    b.bleed = {m - bleed, m - bleed, m + width + bleed, m + height + bleed};
    return b;
}

std::string print_prefix(const PageBoxes& boxes, bool crop_marks) {
    std::string out;
    const double m = boxes.margin;
    if (m <= 0) return out;
    auto line = [&](double x0, double y0, double x1, double y1) {
        append_number(out, x0);
        out += ' ';
        append_number(out, y0);
        out += " m ";
        append_number(out, x1);
        out += ' ';
        append_number(out, y1);
        out += " l\n";
    };
    if (crop_marks) {
        // Each trim corner gets two short lines continuing its edges outwards, from a third of
        // the margin beyond the trim to the media's edge: they never touch the trimmed page.
        const double gap = m / 3;
        const double left = boxes.trim[0], bottom = boxes.trim[1];
        const double right = boxes.trim[2], top = boxes.trim[3];
        const double media_right = boxes.media[2], media_top = boxes.media[3];
        out += "/Artifact <</Type /Page>> BDC\nq 0 0 0 RG .25 w\n";
        for (double y : {bottom, top}) {
            line(0, y, left - gap, y);
            line(right + gap, y, media_right, y);
        }
        for (double x : {left, right}) {
            line(x, 0, x, bottom - gap);
            line(x, top + gap, x, media_top);
        }
        out += "S Q\nEMC\n";
    }
    out += "1 0 0 1 ";
    append_number(out, m);
    out += ' ';
    append_number(out, m);
    out += " cm 0 0 ";
    append_number(out, boxes.trim[2] - boxes.trim[0]);
    out += ' ';
    append_number(out, boxes.trim[3] - boxes.trim[1]);
    out += " re W n\n";
    return out;
}

}  // namespace galley::pdf
