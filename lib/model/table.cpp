#include "model/table.hpp"

#include "text/utf8.hpp"

namespace aksesibel::model {

namespace {

std::string text_of(const Block::Cell& c) { return text::collapse_spaces(reader_plain_text(c)); }

}  // namespace

std::vector<TableLine> table_lines(const Block& t) {
  const bool labelled = t.row_headers || t.header.empty();
  std::vector<TableLine> lines;
  for (const Block::Row& row : t.rows) {
    TableLine line;
    std::size_t c = 0;
    if (labelled && !row.empty()) line.label = &row[c++];
    for (; c < row.size(); ++c) {
      if (text_of(row[c]).empty()) continue;  // an empty cell says nothing
      const Block::Cell* header = c < t.header.size() && !text_of(t.header[c]).empty() ? &t.header[c] : nullptr;
      line.fields.push_back({header, &row[c]});
    }
    if (line.label || !line.fields.empty()) lines.push_back(std::move(line));
  }
  return lines;
}

std::string table_line_text(const TableLine& line) {
  std::string out = line.label ? text_of(*line.label) : std::string();
  for (std::size_t f = 0; f < line.fields.size(); ++f) {
    out += f == 0 ? (line.label ? kAfterLabel : "") : kBetweenFields;
    if (line.fields[f].header) out += text_of(*line.fields[f].header) + kAfterHeader;
    out += text_of(*line.fields[f].value);
  }
  return out + line_end(line);
}

}  // namespace aksesibel::model
