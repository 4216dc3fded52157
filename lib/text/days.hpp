// Calendar arithmetic on ISO dates ("2021-02-20"), for resolving "kemarin",
// "Rabu kemarin", "keesokan harinya" and checking a printed weekday.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace aksesibel::text {

/// Days since 1970-01-01 of a full ISO date, or nothing.
std::optional<long> day_number(std::string_view iso);
/// The ISO date of a day number.
std::string iso_of_day(long day);
/// ISO weekday (1 Monday … 7 Sunday) of a day number.
int iso_weekday(long day);
/// The date `days` after (or before) a full ISO date; "" when it is not one.
std::string add_days(std::string_view iso, long days);
/// A date without a year ("--11-16") in the year that puts it on or before
/// `reference` (a full ISO date) and less than a year before it; `partial`
/// itself when `reference` has no year.
std::string with_year(std::string_view partial, std::string_view reference);

}  // namespace aksesibel::text
