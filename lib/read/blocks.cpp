#include "read/blocks.hpp"

#include <algorithm>

#include "model/inlines.hpp"
#include "text/regex.hpp"
#include "text/utf8.hpp"
#include "text/words.hpp"


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

std::optional<std::pair<std::string, std::string>> label_and_value(const std::string& line) {
  static const text::Regex re(R"(^(?<l>\p{L}[^:]{0,48}?)\s*:\s+(?<v>\S.{0,80})$)");
  auto m = re.full_match(line);
  if (!m) return std::nullopt;
  std::string label = text::collapse_spaces(m->group(line, 1));
  std::string value(m->group(line, 2));
  const bool label_ok = text::word_count(label) <= 6 && label.find_first_of(",;!?\"“”()") == std::string::npos &&
                        label.back() != '.' && label.find("http") == std::string::npos;
  if (!label_ok || value.back() == ':') return std::nullopt;
  return std::pair{std::move(label), text::collapse_spaces(value)};
}

namespace {

bool plain_inlines(const Inlines& inlines) {
  for (const Inline& i : inlines) {
    if (i.kind == Inline::Kind::Text || i.kind == Inline::Kind::LineBreak) continue;
    if ((i.kind == Inline::Kind::Strong || i.kind == Inline::Kind::Emphasis) && plain_inlines(i.children)) continue;
    return false;
  }
  return true;
}

}  // namespace

void tables_of_label_lines(std::vector<Block>& blocks) {
  std::vector<Block> out;
  for (Block& b : blocks) {
    const bool breaks = std::any_of(b.inlines.begin(), b.inlines.end(),
                                    [](const Inline& i) { return i.kind == Inline::Kind::LineBreak; });
    if (b.kind != Block::Kind::Paragraph || !breaks || !plain_inlines(b.inlines)) {
      out.push_back(std::move(b));
      continue;
    }
    // The paragraph's lines, as inlines and as text.
    std::vector<Inlines> lines(1);
    for (Inline& i : b.inlines) {
      if (i.kind == Inline::Kind::LineBreak) lines.emplace_back();
      else lines.back().push_back(std::move(i));
    }
    std::vector<std::optional<std::pair<std::string, std::string>>> labelled;
    for (const Inlines& l : lines) labelled.push_back(label_and_value(std::string(text::trim(plain_text(l)))));
    std::vector<Block> parts;
    auto add_text_line = [&](Inlines& l) {
      if (parts.empty() || parts.back().kind != Block::Kind::Paragraph) {
        Block p;
        p.kind = Block::Kind::Paragraph;
        p.line = b.line;
        parts.push_back(std::move(p));
      } else {
        parts.back().inlines.push_back(Inline::make_line_break());
      }
      for (Inline& i : l) parts.back().inlines.push_back(std::move(i));
    };
    for (std::size_t k = 0; k < lines.size();) {
      std::size_t run = k;
      while (run < lines.size() && labelled[run]) ++run;
      if (run - k >= 2) {
        Block t;
        t.kind = Block::Kind::Table;
        t.row_headers = true;
        t.line = b.line;
        for (; k < run; ++k) t.rows.push_back({{Inline::make_text(labelled[k]->first)}, {Inline::make_text(labelled[k]->second)}});
        parts.push_back(std::move(t));
        continue;
      }
      add_text_line(lines[k]);
      ++k;
    }
    for (Block& p : parts) {
      // A line left empty at a paragraph's edge (a break before the first label) is no text.
      while (!p.inlines.empty() && p.inlines.back().kind == Inline::Kind::LineBreak) p.inlines.pop_back();
      while (!p.inlines.empty() && p.inlines.front().kind == Inline::Kind::LineBreak) p.inlines.erase(p.inlines.begin());
      if (p.kind == Block::Kind::Table || !text::trim(plain_text(p.inlines)).empty()) out.push_back(std::move(p));
    }
  }
  blocks = std::move(out);
}

}  // namespace aksesibel::readers
