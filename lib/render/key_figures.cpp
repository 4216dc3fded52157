#include "render/key_figures.hpp"

namespace aksesibel::render {

std::vector<KeyFigure> key_figures(const Document& doc, std::size_t limit) {
  std::vector<KeyFigure> out;
  for (const Block& b : doc.blocks) {
    if (b.kind != Block::Kind::Table || !b.row_headers || !b.header.empty()) continue;
    for (const auto& row : b.rows) {
      if (row.size() != 2 || !has_number(row[1])) continue;
      if (out.size() >= limit) return out;
      out.push_back({row[0], row[1], b.inlines});
    }
  }
  return out;
}

}  // namespace aksesibel::render
