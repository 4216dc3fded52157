// The data of bulletins written from official statistics: column names
// (data/data-columns-id.tsv) and the bulletin's words
// (data/data-bulletin-id.tsv). See docs/data-input.md.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <string_view>

namespace aksesibel::data {

struct StatsData {
  /// column key (column_key()) → kind ("confirmed_new"), or "KIND/OTHERWISE"
  /// for a bare name read as OTHERWISE when another column holds KIND.
  std::map<std::string, std::string> columns;
  std::map<std::string, std::string> texts;    ///< "headline" → "Perkembangan Covid-19 di {region}, {date}"
};

/// A column name as the mapping matches it: ASCII lower case, every run of
/// other characters than letters and digits one "_", none at the ends
/// ("Kasus Positif" → "kasus_positif").
std::string column_key(std::string_view name);

/// The kinds a column may hold (date, region, confirmed_new, …).
bool is_column_kind(std::string_view kind);

/// Add the "column" lines of `file` to `columns` (a later line wins; a line
/// with OTHERWISE is stored as "KIND/OTHERWISE"). Throws
/// Error(DataFile) naming the file and line of a malformed line or an unknown kind.
void load_columns(const std::filesystem::path& file, std::map<std::string, std::string>& columns);

/// Both files of `directory`. Throws Error(DataFile).
StatsData load_stats_data(const std::filesystem::path& directory);

}  // namespace aksesibel::data
