// A table read line by line, the same in every variant that cannot show it
// as a grid (braille, large print HTML and PDF): "Kota Palu: Kasus baru 75;
// Total 5.017". Each renderer decides in its own unit (cells, characters,
// points) whether the grid fits; what a line says is decided here.
#pragma once

#include <string>
#include <vector>

#include "aksesibel/document.hpp"

namespace aksesibel::model {

/// One row of a table as a line: its label, then each other non-empty cell
/// with the header of its column.
struct TableLine {
  const Block::Cell* label = nullptr;  ///< the first cell when rows are labelled or there is no header row
  struct Field {
    const Block::Cell* header = nullptr;  ///< its column's header, or null
    const Block::Cell* value = nullptr;
  };
  std::vector<Field> fields;
};

inline constexpr const char* kAfterLabel = ": ";     ///< "Kota Palu: …"
inline constexpr const char* kAfterHeader = " ";     ///< "Kasus baru 75"
inline constexpr const char* kBetweenFields = "; ";  ///< "…75; Total 5.017"

/// What ends a line: a label whose cells are all empty keeps its colon
/// ("Meninggal:"), so that it does not read as a heading.
inline const char* line_end(const TableLine& line) { return line.label && line.fields.empty() ? ":" : ""; }

/// The rows of `table` as lines, in order.
std::vector<TableLine> table_lines(const Block& table);

/// A line as text, numbers written the Indonesian way, spaces collapsed.
std::string table_line_text(const TableLine& line);

}  // namespace aksesibel::model
