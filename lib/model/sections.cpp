#include "model/sections.hpp"

#include <algorithm>
#include <optional>

namespace aksesibel::model {

std::vector<Section> sections(const std::vector<Block>& blocks) {
  std::optional<int> level;
  for (const Block& b : blocks)
    if (b.kind == Block::Kind::Heading) level = std::min(level.value_or(b.level), b.level);
  auto starts = [&](std::size_t k) {
    return level && blocks[k].kind == Block::Kind::Heading && blocks[k].level == *level;
  };
  std::vector<Section> out;
  std::size_t k = 0;
  while (k < blocks.size() && !starts(k)) ++k;
  out.push_back({0, k, true});
  while (k < blocks.size()) {
    std::size_t end = k + 1;
    while (end < blocks.size() && !starts(end)) ++end;
    out.push_back({k, end, false});
    k = end;
  }
  return out;
}

}  // namespace aksesibel::model
