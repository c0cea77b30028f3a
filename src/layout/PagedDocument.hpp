// layout: its result is the page model (page/PageModel.hpp), read by pdf/ and any other page
// backend. doc::Document + style::StyleSheet + text::FontCatalog → layout_document()
// → page::Document. The names below keep layout's code in its own vocabulary.
#pragma once

#include <memory>

#include "page/PageModel.hpp"
#include "text/FontFace.hpp"

namespace galley::layout {

using page::FontRef;
using page::FrameItem;
using page::GlyphRun;
using page::LineInfo;
using page::LinkArea;
using page::OutlineEntry;
using page::Page;
using page::Picture;
using page::PlacedGlyph;
using page::Rule;
using page::SharedString;
using page::SourcePosition;
using page::StructureElement;
/// The laid-out document (the page model's).
using PagedDocument = page::Document;

using page::append;
using page::dump;
using page::move_onto;

/// The page model's description of `face`: its file, face index and PostScript name, holding the
/// process-wide loaded face (text::FontFace::load_shared) alive while pages refer to it.
page::Font font_entry(const text::FontFace& face);

/// The face `run` draws with, through `paged`'s font table (the process-wide loaded face);
/// null when the run names no font of the table.
std::shared_ptr<const text::FontFace> face_of(const PagedDocument& paged, const GlyphRun& run);

}  // namespace galley::layout
