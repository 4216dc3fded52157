// Official statistics as daily series: what the data readers (CSV, the
// covid19.go.id JSON shapes, JSON arrays of records) make of a file, before a
// bulletin is written from it (bulletin.hpp).
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "aksesibel/document.hpp"

namespace aksesibel::readers {

/// One value of the file, with where it stands.
struct Cell {
  double value = 0;
  Provenance source;  ///< file, record, line, field
};

/// One group of a breakdown ("LAKI-LAKI", "18-30", "HIPERTENSI") with its
/// value for each population.
struct Group {
  std::string key;                     ///< as the file writes it
  std::map<std::string, Cell> values;  ///< by population: "confirmed", "recovered", "deaths", "treated"
};

/// The cases of one moment split by one dimension: covid19.go.id's prov.json
/// (counts by sex and age group of a province) and data.json (national
/// percentages by sex, age group, comorbidity and symptom, per outcome).
struct Breakdown {
  std::string dimension;                 ///< "sex", "age", "comorbidity", "symptom"
  bool shares = false;                   ///< percentages; else counts of people
  std::vector<std::string> populations;  ///< the columns, "confirmed" first
  std::vector<Group> groups;             ///< in the file's order
  std::optional<Cell> known;             ///< cases whose data of this dimension is recorded (current_data)
  std::optional<Cell> missing;           ///< the share of cases without it, % (missing_data)
  /// How the shares read, as the figures themselves show (the reader checks):
  /// "within": each population's shares add up to 100 (the share of the dead
  /// who were men); "split": each outcome's share is part of the cases' share
  /// of the same group (hypertension: of all cases with data, 51,9 % had it;
  /// 13,8 % had it and recovered …); "" for counts, or shares that add up to
  /// neither (then only the cases' column is kept).
  std::string reading;
  std::vector<Warning> warnings;  ///< about these groups: a bulletin of this region and day carries them
};

/// One day of one region: the values by kind ("confirmed_new", …).
struct Day {
  std::string date;                    ///< ISO "2020-06-25"
  std::map<std::string, Cell> values;  ///< by kind of data/data-columns-id.tsv
  std::vector<Breakdown> breakdowns;   ///< the day's figures by sex, age … (prov.json, data.json)
};

/// The days of one region, in date order.
struct Series {
  std::string region;      ///< as the file names it ("SULAWESI TENGAH"), "Indonesia" for the national series
  std::vector<Day> days;
  /// Which level the file's column gives the name: "province" (a province
  /// column), "local" (a regency or city column beside a province column),
  /// "" (not said: the name alone decides).
  std::string level;
};

/// What a statistics file holds.
struct Statistics {
  std::string shape;                  ///< "csv", "covid19.go.id update.json", "… prov_detail", "… prov.json", "… data.json", "records"
  std::vector<Series> series;         ///< one per region, in the file's order
  std::vector<Warning> warnings;      ///< located problems that did not stop reading
};

}  // namespace aksesibel::readers
