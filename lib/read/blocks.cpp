#include "read/blocks.hpp"

#include "text/utf8.hpp"

namespace aksesibel::readers {

std::size_t word_count(std::string_view s) {
  std::size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = c == ' ' || c == '\t' || c == '\n';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

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

void drop_prefix(Inlines& inlines, std::size_t bytes) {
  Inlines out;
  for (Inline& i : inlines) {
    if (bytes == 0) {
      out.push_back(std::move(i));
      continue;
    }
    switch (i.kind) {
      case Inline::Kind::Emphasis:
      case Inline::Kind::Strong:
      case Inline::Kind::Link: {
        const std::size_t len = plain_text(i.children).size();
        if (len <= bytes) {
          bytes -= len;
        } else {
          drop_prefix(i.children, bytes);
          bytes = 0;
          out.push_back(std::move(i));
        }
        break;
      }
      case Inline::Kind::LineBreak: --bytes; break;
      default:
        if (i.text.size() <= bytes) {
          bytes -= i.text.size();
        } else {
          // Whatever kind it was, what is left is plain text.
          out.push_back(Inline::make_text(i.text.substr(bytes)));
          bytes = 0;
        }
    }
  }
  inlines = std::move(out);
}

void trim_end(Inlines& inlines) {
  while (!inlines.empty()) {
    Inline& last = inlines.back();
    if (last.kind == Inline::Kind::Text) {
      const std::string_view trimmed = text::trim(last.text);
      // Only the end: the text may start with the space after an emphasis.
      last.text.resize(trimmed.empty() ? 0 : static_cast<std::size_t>(trimmed.data() - last.text.data()) + trimmed.size());
      if (last.text.empty()) {
        inlines.pop_back();
        continue;
      }
    }
    break;
  }
}

}  // namespace aksesibel::readers
