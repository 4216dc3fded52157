#include "read/blocks.hpp"


namespace aksesibel::readers {

void merge_lists(std::vector<Block>& blocks) {
  std::vector<Block> out;
  for (Block& b : blocks) {
    Block* prev = out.empty() ? nullptr : &out.back();
    if (prev && prev->kind == Block::Kind::List && !prev->items.empty()) {
      auto& last_item = prev->items.back();
      if (b.kind == Block::Kind::Table && b.inlines.empty() && last_item.size() == 1 &&
          last_item[0].kind == Block::Kind::Paragraph) {
        last_item.push_back(std::move(b));
        continue;
      }
      if (b.kind == Block::Kind::List && b.ordered == prev->ordered &&
          (!b.ordered || b.start == prev->start + static_cast<int>(prev->items.size()))) {
        for (auto& item : b.items) prev->items.push_back(std::move(item));
        continue;
      }
    }
    out.push_back(std::move(b));
  }
  blocks = std::move(out);
}

}  // namespace aksesibel::readers
