#pragma once

#include <string>

#include <tinyxml2.h>

#include "epub/BodyBuilder.hpp"
#include "epub/XhtmlWriter.hpp"
#include "style/StyleSheet.hpp"

namespace galley::epub {

/// A short page of styled lines in one section: a title page, a part page, a colophon.
class Page {
  public:
    /// A page in `language` titled `title`; the body gets epub:type `body_type`, the section
    /// class `section_class` and epub:type `section_type`. `observer` must outlive the page.
    Page(const std::string& language, const std::string& title, const char* body_type,
         const char* section_type, const char* section_class, const style::StyleSheet& style,
         const TextObserver& observer);

    /// Adds element `name` (class `cls` unless empty) holding `text` on one line in `ts`;
    /// nothing when `text` is empty.
    void line(const char* name, const char* cls, const std::string& text,
              const style::TextStyle& ts);

    /// Adds an image `src` with alternative text `alt`, `width` x `height` pixels, scaled down
    /// to fit the screen (width and height, keeping its proportions).
    void image(const std::string& src, const std::string& alt, int width, int height);

    /// The page's section, where its lines go.
    tinyxml2::XMLElement* section() { return section_; }

    /// The finished page as content document `id` at `href`.
    ContentDocument finish(const std::string& id, const std::string& href) const;

  private:
    tinyxml2::XMLDocument xml_;
    tinyxml2::XMLElement* section_ = nullptr;
    std::string image_type_;  ///< epub:type of the page's image ("cover"), or empty
    BodyBuilder builder_;
};

}  // namespace galley::epub
