#pragma once

#include <string>

namespace galley::epub {

/// The fixed words the book itself shows or speaks (navigation headings, landmark names), in
/// the article's language when known, else in English.
struct Labels {
    std::string language;    ///< language of these words ("en" when falling back)
    std::string contents;    ///< heading of the table of contents
    std::string landmarks;   ///< heading of the landmarks list
    std::string title_page;  ///< the title page landmark
    std::string start;       ///< the start-of-text landmark
    std::string by;          ///< word before the authors on the title page; may be empty
    std::string cover;       ///< the cover landmark
};

/// Labels for the BCP 47 tag `language` (its primary subtag decides).
Labels labels_for(const std::string& language);

}  // namespace galley::epub
