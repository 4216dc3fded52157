// "kemarin": when it names the day before the bulletin, and when it is a point
// of comparison ("dibanding kemarin", "8.077 kemarin"). Used for the date of a
// figure (lib/facts/figures.cpp) and of the data (lib/read/dates.cpp).
#pragma once

#include <string>
#include <vector>

#include "data/fact_data.hpp"
#include "data/language_data.hpp"

namespace aksesibel::facts {

/// Whether a `yesterday` phrase of data/facts-id.tsv stands at word `k` of
/// `words` and names the day before the bulletin. `words` are lower case,
/// "#" standing for a number and "@" for a date. Not when a figure stands
/// right before it ("8.077 kemarin", "8.077 kasus kemarin": the figure of
/// the day before, compared with), nor a weekday ("Rabu kemarin": that
/// weekday), nor a `notyesterday` word ("dibanding (hari) kemarin").
bool says_yesterday(const std::vector<std::string>& words, std::size_t k, const data::FactWords& w,
                    const data::Calendar& calendar);

/// Whether a figure's own words are followed by a `yesterday` phrase: "turun
/// dari 8.077 kemarin" — `after` is the index of the word after the figure.
bool yesterday_follows(const std::vector<std::string>& words, std::size_t after, const data::FactWords& w);

}  // namespace aksesibel::facts
