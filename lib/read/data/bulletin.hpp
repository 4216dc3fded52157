// A bulletin written from official statistics: the region and day chosen,
// a headline, short sentences from data/data-bulletin-id.tsv, up to fourteen
// days in a row as a table (drawn as a chart where a format can draw), and the day's figures as facts with their provenance, so
// that every variant's Ringkasan shows them and the json format traces each
// to its cell (docs/data-input.md).
#pragma once

#include <string>

#include "aksesibel/document.hpp"
#include "aksesibel/read.hpp"
#include "data/language_data.hpp"
#include "read/data/series.hpp"

namespace aksesibel::readers {

/// Where a region's name puts it in the gazetteer: official name, level and
/// code; level Unknown (and the name as given) when the gazetteer does not know
/// it. `level`: the series' level ("province", "local" or "").
Scope official_region(const std::string& name, const std::string& level, const data::LanguageData& data);

/// Write the bulletin of options.region (the file's only region when empty)
/// for options.date (the latest day when empty). Throws Error(InvalidData)
/// for an unknown region (naming the closest of the file's), a day the file
/// does not hold (naming its first and last), or a file of several regions
/// without a choice.
Document write_bulletin(const Statistics& stats, const ReadOptions& options, const data::LanguageData& data,
                        const std::string& source_name);

}  // namespace aksesibel::readers
