// read: dates as articles write them ("November 8, 2020", "Nov. 10, 2020", "15 October 2019",
// "June 10th, 2009", "30 April 2019", "24. Januar 2020", "2020-11-08", "24.01.2020") → ISO 8601.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace galley::read {

/// A date found inside a line of text.
struct FoundDate {
    std::string iso;        ///< "CCYY-MM-DD"
    std::size_t begin = 0;  ///< byte offset of the match in the line
    std::size_t end = 0;    ///< byte offset just past the match
};

/// Finds the first valid calendar date in `line` (English, German or French month names, ISO or
/// day.month.year numbers); nullopt when there is none. Only looks at lines up to 300 bytes.
std::optional<FoundDate> find_date(std::string_view line);

/// True when `line` is essentially a date line: a date plus at most a few words such as a
/// weekday, a time, "Updated", "@", "UTC" ("Wednesday, June 10th, 2009 @ 17:22 UTC").
bool is_date_line(std::string_view line);

}  // namespace galley::read
