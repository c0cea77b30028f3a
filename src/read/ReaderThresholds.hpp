// read: every threshold the reader's line classifier uses, in one table, with the reason for each
// value. The evidence (LineEvidence) is what the web-text extractors measure: jusText classifies
// a paragraph by its length, its stop-word density and its link density, then re-classifies the
// short and doubtful ones by their neighbours; boilerpipe's shallow text features are the number
// of words, the link density and the words of the blocks before and after; Readability and
// trafilatura add position (furniture gathers at the edges) and punctuation (prose has
// sentences). Plain text has no markup, so links are URLs written out and "headings" are short
// lines without sentence punctuation between blocks of prose.
#pragma once

#include <cstddef>

namespace galley::read::threshold {

// ---- prose: what is never dropped ---------------------------------------------------------
/// Title case (English headline style capitalises every word but the function words): a line
/// whose non-stop words are at least this share capitalised is a headline's shape. Not 1.0, so a
/// lowercase "vs" or "iPhone" does not undo it; well above German prose, which capitalises nouns
/// only (about half of its content words).
inline constexpr double kTitleCaseShare = 0.8;
/// jusText's stopwords_low (0.30) is tuned on whole paragraphs; a single sentence of prose has
/// fewer function words, so a line counts as prose from a fifth of its words on.
inline constexpr double kProseStopDensity = 0.20;
/// A sentence of prose has a verb and its arguments: at least six words (jusText's "short"
/// paragraphs are under 70 characters, about 12 words; six keeps short real sentences safe).
inline constexpr std::size_t kProseMinWords = 6;
/// Space-less scripts (Han, kana, Thai) have no words: 20 characters with a sentence stop are a
/// sentence (about 8–12 words of a European language).
inline constexpr std::size_t kProseMinCaselessChars = 20;

// ---- furniture: web page leftovers --------------------------------------------------------
/// Furniture lines are short: labels, network names, teasers. jusText calls anything under 70
/// characters "short"; teasers carry a headline, which runs to about 160 characters.
inline constexpr std::size_t kFurnitureMaxChars = 160;
/// A line of widget words ("Twitter Facebook Email") has few of them; eight covers the widest
/// share bars.
inline constexpr std::size_t kWidgetMaxWords = 8;
/// jusText's max_link_density is 0.2 for content; a line whose characters are mostly a URL is
/// a link, not text (half, since plain text keeps a label beside the address).
inline constexpr double kUrlLineShare = 0.5;
/// Words before an address that make a line a sentence leading into it ("To view the
/// highlights, visit: www.…"): one short of a sentence of prose (the address is its object).
inline constexpr std::size_t kLeadInMinWords = kProseMinWords - 1;
/// A menu bar is a row of at least eight capitalised words without a function word; a
/// headline of that length always has one ("of", "the", "for").
inline constexpr std::size_t kMenuMinWords = 8;
/// A language switcher names every language twice ("English English"): 4 words in 10 repeat.
inline constexpr std::size_t kRepeatedWordsTenths = 4;
/// Furniture gathers at the edges: this many non-blank lines at the top and the bottom are
/// searched for it (a page header or footer rarely has more).
inline constexpr std::size_t kEdgeLines = 12;
/// A teaser list at the end of a page (a label, then a date and a headline per item) is looked
/// for in this many last lines: eight items of three lines.
inline constexpr std::size_t kTeaserListLines = 24;
/// A logo's alternative text ("CEE Logo", "NOAA logo") is the organisation's short name and
/// "logo": at most three words; a longer line ending in "logo" is a sentence or a heading.
inline constexpr std::size_t kLogoLabelMaxWords = 3;
/// An image's file name standing alone ("IMG_1234.jpg", a 36-character UUID and ".gif") is one
/// word of at most this many bytes; longer single words are addresses (the Url rule's).
inline constexpr std::size_t kImageFileNameMaxBytes = 100;
/// A credit at the end of a caption ("… (Image: Thane Plambeck)", "… Foto: Fernando Rabelo")
/// names a photographer, an agency or a few of them: at most eight words.
inline constexpr std::size_t kCreditMaxWords = 8;
/// jusText re-classifies a short block by its neighbours: between the headline and the first
/// paragraph, a line of at most this many words with no sentence end, next to lines dropped as
/// furniture, is furniture too (a side box's title, a series name, "Other sports stories"),
/// when at least kFurnitureRunMin lines of that stretch were furniture of their own evidence.
inline constexpr std::size_t kShortNeighbourMaxWords = 5;
inline constexpr std::size_t kFurnitureRunMin = 2;
/// jusText's context step at the article's edges: a "short" line (under its length_low of 70
/// characters, and not a sentence of prose) takes the class of its neighbours, the short lines
/// between them skipped; the end of the text counts as furniture. At most this many short lines
/// in a row are decided so (a longer run is a list or a block of the article's own).
inline constexpr std::size_t kShortBlockMaxChars = 70;
inline constexpr std::size_t kShortRunMaxLines = 4;
/// A list of at least this many items that each open with a date and a colon ("29 June 2014:
/// Medal-seeking Spanish men arrive …") is a list of other stories: a teaser block.
inline constexpr std::size_t kDatedListMinItems = 3;
/// A wiki's tagline names the wiki right after "From"/"Aus"/"De" and a comma ("From Wikinews,"):
/// one word of at most this many bytes ("Wikinews", "Wikipédia", "Wikivoyage", "Wikisource").
inline constexpr std::size_t kWikiNameMaxBytes = 24;
/// A link block under a label ("■関連リンク", "Related links") lists at most this many lines.
inline constexpr std::size_t kLinkBlockMaxLines = 12;

// ---- title --------------------------------------------------------------------------------
/// A headline is read within the first lines; further down it is a section heading.
inline constexpr std::size_t kTitleScanLines = 8;
/// Headlines run to about 100 characters, long ones (news, Global Voices) to 200; a longer
/// first line is a lede paragraph.
inline constexpr std::size_t kTitleMaxChars = 200;
/// A headline ending with a full stop is rare but exists; with more words it is a sentence.
inline constexpr std::size_t kTitleMaxWordsWithStop = 16;
/// The fallback title (no headline): the first sentence cut at a word boundary under this.
inline constexpr std::size_t kFallbackTitleChars = 80;
/// A site name, section label or kicker above the headline ("Features", "Wiki Actu en",
/// "Breaking news") has up to three words; a later line of at least four words (and two more)
/// is then the headline. Headlines of news and blogs carry 5–15 words.
inline constexpr double kShortHeadlineWords = 3;
inline constexpr double kMinHeadlineWords = 4;
/// A longer label above the headline ("Ministry of Communications and Information
/// Technology") has up to six words; the headline under it has at least twice its words, and
/// the date or byline follows the headline.
inline constexpr double kLabelMaxWords = 6;

// ---- byline and date ----------------------------------------------------------------------
/// Bylines are read in this many non-blank lines under the title or above the end.
inline constexpr std::size_t kBylineScanLines = 8;
/// Without a byline in the header, one is looked for in this many first lines of the body,
/// none of them prose (a photo label, its credit, a standfirst above the byline).
inline constexpr std::size_t kBylineUnderStandfirstLines = 4;
/// A byline is a label and names: at most 120 characters (a list of four names and roles).
inline constexpr std::size_t kBylineMaxChars = 120;
/// A date line is a date plus a few words ("Updated", a weekday, a time zone).
inline constexpr std::size_t kDateLineMaxChars = 90;
inline constexpr int kDateLineMaxOtherWords = 3;
/// In Chinese and Japanese the other words are counted in characters ("公開日", "更新").
inline constexpr std::size_t kDateLineMaxCaselessChars = 6;

// ---- headings -----------------------------------------------------------------------------
// A section heading, as typesetters and the extractors read it: short, without final sentence
// punctuation, standing after the text has begun (a short line above the first sentence of
// prose is a kicker, a standfirst, a caption or a label), before a paragraph of text (a short
// line before a byline, a credit, a list of links or nothing is furniture), and not one of a
// run of lines of the same shape (fields "Wann: …", "Wo: …"; list items that lost their
// markers). Numbered heads ("2.質疑応答", "一、总体要求") and chapter labels carry their
// own evidence and stand anywhere.
/// A heading is a short line: 12 words (Latin) or 40 characters (CJK); longer is text.
inline constexpr std::size_t kHeadingMaxWords = 12;
inline constexpr std::size_t kHeadingMaxCaselessChars = 40;
/// Lines whose characters are more than a quarter digits are tables, scores, rankings and
/// statistics ("1 Roger Federer (Switzerland) 9,245"), not section titles.
inline constexpr double kHeadingMaxDigitShare = 0.25;
/// A question stands as a subhead ("Why does it matter?") with 3–12 words between two blocks
/// of prose of at least this many characters.
inline constexpr std::size_t kQuestionHeadingMinWords = 3;
inline constexpr std::size_t kProseBlockMinChars = 120;
/// A line this long is a paragraph even without sentence punctuation (Thai, Lao and Khmer do
/// not mark sentence ends; web copy drops a paragraph's last stop): jusText's "long" paragraphs
/// start at about this length (its length_high is 200 characters, length_low 70).
inline constexpr std::size_t kLongLineChars = 120;
/// A Chinese or Japanese sentence that ends with 。！？ from this many characters on is text
/// ("私から3点申し上げます。", 12 characters): a heading's follower may be that short.
inline constexpr std::size_t kShortCaselessSentenceChars = 8;
/// A heading above the first paragraph opens the body right under the title: a section label
/// of a word or a few ("Préambule", "Introduction", "画像の要素"), as short as the labels above a
/// headline (kShortHeadlineWords); a longer first line is a headline the title missed or a
/// standfirst (a dek runs to a sentence of 10–30 words).
inline constexpr std::size_t kLeadHeadingMaxWords = 3;
inline constexpr std::size_t kLeadHeadingMaxCaselessChars = 10;
/// An exclamative subhead ("Andere bijeenkomsten in Europa!") has at least this many words; a
/// shorter exclamation standing alone is an interjection or a sign-off ("Thank you!").
inline constexpr std::size_t kExclamationHeadingMinWords = 3;

}  // namespace galley::read::threshold
