#include "model/chart.hpp"

namespace aksesibel::model {

namespace {

const Inline* only_number(const Block::Cell& cell) {
  const Inline* found = nullptr;
  for (const Inline& i : cell) {
    if (i.kind == Inline::Kind::Number) {
      if (found) return nullptr;
      found = &i;
    } else if (i.kind != Inline::Kind::Text || i.text.find_first_not_of(' ') != std::string::npos) {
      return nullptr;
    }
  }
  return found;
}

std::string label_of(const Block::Cell& cell) {
  if (cell.size() == 1 && cell[0].kind == Inline::Kind::Date && cell[0].iso.size() == 10)  // "2020-06-25" → "25/6"
    return std::to_string(std::stoi(cell[0].iso.substr(8, 2))) + "/" + std::to_string(std::stoi(cell[0].iso.substr(5, 2)));
  return reader_plain_text(cell);
}

}  // namespace

std::optional<Chart> chart_of(const Block& t) {
  if (!t.chart || t.rows.size() < 2) return std::nullopt;
  const std::size_t first = t.row_headers ? 1 : 0;
  std::size_t cols = t.header.size();
  for (const auto& r : t.rows) cols = std::max(cols, r.size());
  for (std::size_t c = first; c < cols; ++c) {
    Chart chart;
    chart.series = c < t.header.size() ? reader_plain_text(t.header[c]) : "";
    bool ok = true;
    for (const auto& r : t.rows) {
      const Inline* n = c < r.size() ? only_number(r[c]) : nullptr;
      if (!n || n->value < 0 || !n->unit.empty()) {
        ok = false;
        break;
      }
      chart.bars.push_back({first == 1 && !r.empty() ? label_of(r[0]) : "", n->value, reader_text(*n)});
      chart.max = std::max(chart.max, n->value);
    }
    if (ok) return chart;
  }
  return std::nullopt;
}

}  // namespace aksesibel::model
