// Reading a statistics file into daily series (series.hpp): CSV, the
// covid19.go.id JSON shapes (update.json's "update.harian", prov_detail's
// "list_perkembangan") and JSON arrays of records. Column names are mapped
// to kinds by data/data-columns-id.tsv and the user's own file (the option columns).
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "read/data/series.hpp"

namespace aksesibel::readers {

/// Read `text` (UTF-8) named `source_name`. Throws Error(InvalidData) with
/// the file, line and byte offset when the file is malformed, holds no known
/// shape, no date column or no column of figures; values that cannot be read
/// become located warnings.
/// `lenient` drops the characters raw input may not hold from JSON strings
/// (written as \u escapes) with a warning; without it they are refused.
Statistics read_statistics(std::string_view text, const std::string& source_name,
                           const std::map<std::string, std::string>& columns, bool lenient = false);

/// A name from a statistics file (a region, a group) without control
/// characters, bidi controls, line separators and zero-width spaces, which
/// would reorder or hide what follows it in every output.
std::string plain_name(const std::string& s);

/// A date as statistics files write it: "2020-06-25", "2020-06-25T00:00:00.000Z",
/// "25/06/2020", "25-06-2020", or milliseconds since 1970 ("1593043200000").
/// "" when it is none of these or no real day.
std::string statistics_date(std::string_view s);

}  // namespace aksesibel::readers
