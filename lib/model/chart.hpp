// A table drawn as a bar chart (Block::chart): the bars are the figures of
// the table's first column of figures, one a row, labelled by the row's
// first cell; so the chart and its table can never say different numbers.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "aksesibel/document.hpp"

namespace aksesibel::model {

struct Bar {
  std::string label;  ///< short: "25/6" for a date, else the row's first cell
  double value = 0;
  std::string text;   ///< the figure as the table writes it ("1.234")
};

struct Chart {
  std::string series;     ///< the column's header ("Kasus baru")
  std::vector<Bar> bars;  ///< in the table's row order
  double max = 0;         ///< the largest value (0 when all are 0)
};

/// The chart of a table marked `chart`: its first column (after the row
/// labels) whose every non-empty cell is one Number; nothing when the table
/// has no such column, or has a negative figure or fewer than two rows.
std::optional<Chart> chart_of(const Block& table);

}  // namespace aksesibel::model
