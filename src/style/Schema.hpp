// style (internal): the table of every style key, its type and the StyleSheet field it fills.
// StyleLoader validates files and --set values against it; describe() prints from it, so the
// list of keys lives in one place.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <toml++/toml.h>

#include "base/Utf8.hpp"
#include "style/StyleSheet.hpp"

namespace galley::style::detail {

/// What a key holds, which decides how its value is parsed and printed.
enum class Kind {
    Length,       ///< "12pt", "20mm", "1in", "1.5em" (em only where allowed)
    Leading,      ///< a length, or a bare number = multiple of the block's font_size
    Bool,         ///< true / false
    Int,          ///< whole number within [min, max]
    Template,     ///< running-head text with {title} and {author}
    Family,       ///< font family name
    Color,        ///< "#rrggbb" (or "#rgb")
    Align,        ///< justify | left | center | right
    Folio,        ///< none | bottom-center | bottom-outer | top-outer
    PageSize,     ///< A4 | A5 | B5 | Letter | 5x8in | 5.5x8.5in | 6x9in | custom
    PdfStandard,  ///< none | ua-1 | a-2u | ua-1,a-2u (either order)
};

/// A length as written: points, a multiple of the body size (em) or a multiple of the block's
/// own font size (leading given as a bare number).
struct Len {
    /// The unit the number is in.
    enum Unit { Points, Em, Ratio };
    double value = 0;    ///< the number
    Unit unit = Points;  ///< its unit
};

/// One parsed, validated value.
using Value = std::variant<bool, long long, std::string, Len>;

/// Pointer to the StyleSheet member a key fills.
using Field = std::variant<Pt*, bool*, int*, std::string*, Align*, FolioPosition*>;

/// One style key.
struct KeyDef {
    std::string key;                          ///< "body.font_size"
    Kind kind;                                ///< value type
    std::function<Field(StyleSheet&)> field;  ///< the member it fills
    double min = 0;                           ///< smallest allowed number (points for lengths)
    double max = 0;                           ///< largest allowed number
    bool allow_em = false;                    ///< lengths may be given in em (× body size)
    std::string size_key;                     ///< for Leading: the font_size key a ratio scales
};

/// Every key, in the order describe() prints them (tables in file order).
const std::vector<KeyDef>& schema();
/// The definition of `key` ("body.font_size"), or nullptr.
const KeyDef* find_key(std::string_view key);
/// The table names in order ("page", "body", ...), including "quotes" and "fonts".
const std::vector<std::string>& table_names();
/// The keys of table `table` without the prefix ("family", "font_size", ...).
std::vector<std::string> keys_of(std::string_view table);
/// "a, b, c" for messages.
std::string join(const std::vector<std::string>& items, std::string_view sep = ", ");
/// The closest of `choices` to `word` when it is a likely typo, else empty.
std::string suggest(std::string_view word, const std::vector<std::string>& choices);

/// Paper size (width, height) in points for a name of Kind::PageSize (not "custom").
std::optional<std::pair<Pt, Pt>> page_size(std::string_view name);

/// Parses a TOML value for `def`; on failure returns nullopt and sets `problem` to
/// "<what is wrong>; valid: <choices>".
std::optional<Value> value_from_toml(const KeyDef& def, const toml::node& node,
                                     std::string& problem);
/// Parses a --set value (plain text) for `def`, with the same rules and messages.
std::optional<Value> value_from_text(const KeyDef& def, std::string_view text,
                                     std::string& problem);
/// Parses a quote-marks string (exactly four characters).
std::optional<std::u32string> quotes_from_text(std::string_view text, std::string& problem);

/// Stores `value` into the field of `def` in `sheet`; `body_size` resolves em, `own_size` the
/// ratio of a leading.
void store(const KeyDef& def, const Value& value, StyleSheet& sheet, Pt body_size, Pt own_size);
/// The TOML text of the current value of `def` in `sheet` ("\"10.5pt\"", "true", "2").
std::string print_value(const KeyDef& def, const StyleSheet& sheet);

/// Text of an enum value as written in style files ("bottom-center").
std::string align_name(Align align);
/// Text of a folio position as written in style files.
std::string folio_name(FolioPosition folio);
/// TOML basic-string literal of `text`, quotes included, escaped.
std::string toml_string(std::string_view text);
using galley::to_utf8;  ///< UTF-8 encoding lives in base/Utf8.hpp

}  // namespace galley::style::detail
