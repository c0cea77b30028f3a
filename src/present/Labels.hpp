// present: the fixed words both outputs show or speak, in the article's (or book's) language.
#pragma once

#include <string>

namespace galley::present {

/// The fixed words the outputs show or speak (navigation headings, landmark names, the words
/// around names in a byline), in the article's language when known, else in English.
struct Labels {
    std::string language;    ///< language of these words ("en" when falling back)
    std::string contents;    ///< heading of the table of contents
    std::string landmarks;   ///< heading of the landmarks list
    std::string title_page;  ///< the title page landmark
    std::string start;       ///< the start-of-text landmark
    std::string cover;       ///< the cover landmark
    std::string authors;     ///< byline pattern, "{}" standing for the names ("By {}", "{}")
    std::string editors;     ///< editors' line pattern ("Edited by {}", "{} 編")
    std::string separator;   ///< between names but the last two (", ", "、")
    std::string last;        ///< between the last two names (" and ", " und ", "、")
    /// A figure's number before its caption, "{}" standing for the number, separator included
    /// ("Figure {}. ", "Abbildung {}: ", "図{}　").
    std::string figure;
};

/// Labels for the BCP 47 tag `language` (its primary subtag decides).
Labels labels_for(const std::string& language);

/// The label of figure `number` (1-based) before its caption: labels.figure with the number in
/// place of "{}" ("Figure 3. "). The one numbering rule of both outputs: the figures of an
/// article that have a caption are numbered 1, 2, ... in reading order (a figure without a
/// caption has no number, as in LaTeX), unless the style's `figure.numbered` is false.
std::string figure_label(const Labels& labels, int number);

}  // namespace galley::present
