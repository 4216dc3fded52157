// covid19.go.id's files of one moment rather than a daily series:
// prov.json (every province's totals on last_date, with counts by sex and
// age group) and data.json (national percentages by sex, age group,
// comorbidity and symptom, for all cases and per outcome, on last_update).
// Both become Statistics of one day per region (series.hpp); the groups are
// Breakdowns of that day. The schemas are documented in docs/data-input.md.
#pragma once

#include <map>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "read/data/series.hpp"

namespace aksesibel::readers {

/// An array of records (records.cpp): each object one day of one region, its
/// fields mapped to kinds by `columns`; `region` names the records' region
/// when they name none.
void read_records(const nlohmann::json& array, const std::string& region, const std::string& file,
                  const std::map<std::string, std::string>& columns, Statistics& out);

/// prov.json: an object with "last_date" and "list_data", whose elements
/// have "key" (the province) and "jumlah_kasus".
bool is_prov_json(const nlohmann::json& j);
void read_prov_json(const nlohmann::json& j, const std::string& file, const std::map<std::string, std::string>& columns,
                    Statistics& out);

/// data.json: an object with "last_update" and "kasus", whose dimensions
/// ("jenis_kelamin", …) hold "list_data".
bool is_data_json(const nlohmann::json& j);
void read_data_json(const nlohmann::json& j, const std::string& file, Statistics& out);

}  // namespace aksesibel::readers
