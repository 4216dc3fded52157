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

/// One day of one region: the values by kind ("confirmed_new", …).
struct Day {
  std::string date;                    ///< ISO "2020-06-25"
  std::map<std::string, Cell> values;  ///< by kind of data/data-columns-id.tsv
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
  std::string shape;                  ///< "csv", "covid19.go.id update.json", "covid19.go.id prov_detail", "records"
  std::vector<Series> series;         ///< one per region, in the file's order
  std::vector<Warning> warnings;      ///< located problems that did not stop reading
};

}  // namespace aksesibel::readers
