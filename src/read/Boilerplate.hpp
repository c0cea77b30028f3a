// read: web page furniture that copy-paste brings along — share widgets ("Share this:" and the
// network names), "Read more:"/"Related:" teasers, shop lines, image credits, link blocks,
// follow/subscribe prompts, comment counts, cookie notices, navigation and page footers. The
// classifier weighs a line's evidence (LineEvidence) with the labels web pages use in the common
// languages; the parser drops furniture at the article's edges, or anywhere as a recognisable
// block, reports each drop, and never drops a sentence of prose.
#pragma once

#include <string_view>

namespace galley::read {

/// What kind of furniture a line is.
enum class Furniture {
    None,        ///< article text
    Navigation,  ///< "Skip to content", "Home", "← Previous post", tags, breadcrumbs
    Share,       ///< "Share this:", "Facebook", "Twitter Facebook Email"
    Teaser,      ///< "Read more: …", "Related: …", "Lesen Sie auch: …"
    Shop,        ///< "ADD TO CART:", "VIEW PRICE:"
    Credit,      ///< "Credit: NASA/ESA", "Photo: X", "[via Buzzfeed]"
    Follow,      ///< "Follow us on …", "Subscribe to our newsletter", "扫码关注"
    Comments,    ///< "Notify of", "2 comments", "Leave a reply"
    Cookie,      ///< "We use cookies …"
    Footer,      ///< "© 2024 GitHub, Inc.", "All rights reserved", "Terms", "Privacy"
    LinkBlock,  ///< the label of a block of links: "■関連リンク", "Related links", "相关链接"
    Url,        ///< a line that is mostly a web address
};

/// How sure the classifier is.
struct FurnitureVerdict {
    Furniture kind = Furniture::None;
    /// True when the line is recognisable furniture anywhere in the article (a label such as
    /// "Share this:" or "Read more:", a line of several network names); false when it is
    /// furniture only at the article's edges or beside other furniture (a lone "Facebook",
    /// "Home", a URL line).
    bool anywhere = false;
};

/// Classifies one line for `language` (BCP 47, may be empty). A leading "- " bullet is ignored.
/// Never furniture for a sentence of prose (is_prose), except a labelled teaser or credit.
FurnitureVerdict classify_furniture(std::string_view line, std::string_view language = "");

/// classify_furniture's verdict when it is furniture anywhere or a share-widget line (the lines
/// the parser may drop inside the article), else None; cheaper, as it stops at the last rule
/// that can give such a verdict.
FurnitureVerdict recognisable_furniture(std::string_view line, std::string_view language = "");

/// True for the label of an article's references ("Sources", "References", "Notes",
/// "Quellen", "Références", "Источники"...): the list under it is the article's, not furniture
/// (a "See also" teaser block above it ends there).
bool is_references_label(std::string_view line);

/// True for an image's file name kept as text: alone ("IMG_1234.jpg"), with spaces ("Sports
/// icon.png"), or an icon's before its link text ("Wikipedia-logo-v2.svg Quebec sovereignty").
bool image_name_line(std::string_view line);

/// True for an image credit that opens with its label ("Image: Laura Hale.", "Foto: AFP"): the
/// line under an image's caption (the caption above it is text).
bool credit_label_line(std::string_view line);

/// True when the whole `line` is web furniture of any strength (classify_furniture).
bool is_boilerplate(std::string_view line);

/// The kind's name for the "dropped …" warning: "web boilerplate", "share widget", "teaser"...
const char* furniture_name(Furniture kind);

}  // namespace galley::read
