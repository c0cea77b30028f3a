// read: dates as articles write them ("November 8, 2020", "Nov. 10, 2020", "15 October 2019",
// "June 10th, 2009", "30 April 2019", "24. Januar 2020", "5 de enero de 2021", "5 января 2021",
// "2020-11-08", "24.01.2020", "2020年11月8日", "2020년 11월 8일") → ISO 8601. Month names of 14
// languages; hand-written token matching (linear, no std::regex: it overflows the stack on long
// lines).
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

/// Finds the first valid calendar date in `line` (month names of 14 languages, ISO, day.month.year
/// or year-first numbers); nullopt when there is none. Only looks at lines up to 300 bytes.
std::optional<FoundDate> find_date(std::string_view line);

/// True for a month and a year alone ("February 2021", "März 2020"): a date, not a heading.
bool is_month_year(std::string_view line);

/// True when `line` is essentially a date line: a date plus at most a few words such as a
/// weekday, a time, "Updated", "@", "UTC" ("Wednesday, June 10th, 2009 @ 17:22 UTC").
bool is_date_line(std::string_view line);

/// True when every word of `words` is one a date line may hold beside its date (a weekday,
/// "Updated", a time zone): "Thứ Tư", "Wednesday". False for no words.
bool is_date_filler(std::string_view words);

}  // namespace galley::read
