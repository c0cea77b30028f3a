// page: the page model, the one data structure between typesetting and every page backend.
//
//   doc::Document ─► layout/ ─► page::Document ─► pdf/  (PageSink: pages written one by one)
//                                                └─► svg/  (a preview; PNG could follow)
//
// A page::Document is pages of positioned items (glyph runs, rules, link areas, pictures) plus
// what they refer to by index: a FontTable (faces by file and face index), tagged-PDF structure
// elements, image files, and the outline. It depends on base/ alone, never on text/ or layout/,
// so a backend needs no typesetting code, and layout/ never knows which backend reads its pages.
#pragma once

#include "page/Document.hpp"
#include "page/FontTable.hpp"
#include "page/Page.hpp"
#include "page/PageSink.hpp"
