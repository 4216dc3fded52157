// Renderer: the cleaned document as plain text.
#include <algorithm>
#include <sstream>

#include "aksesibel/render_text.hpp"
#include "model/lists.hpp"
#include "model/table.hpp"
#include "text/utf8.hpp"

namespace aksesibel {

namespace {

void indent_lines(std::string& out, const std::string& text, const std::string& first, const std::string& rest) {
  std::size_t start = 0;
  bool is_first = true;
  while (start < text.size()) {
    std::size_t nl = text.find('\n', start);
    if (nl == std::string::npos) nl = text.size();
    out += (is_first ? first : rest);
    out.append(text, start, nl - start);
    out += '\n';
    is_first = false;
    start = nl + 1;
  }
}

// The width of a line of plain text (code points): a grid wider than this is
// read as labelled lines instead, as braille and large print read it.
constexpr std::size_t kTextLine = 80;

std::string table_text(const Block& t) {
  std::string out;
  if (!t.inlines.empty()) out += reader_plain_text(t.inlines) + "\n";
  std::size_t width = t.header.size();
  for (const auto& r : t.rows) width = std::max(width, r.size());
  // "Label: value" tables, and grids wider than a text line, as the lines
  // every linear variant uses (model/table.hpp): "Kota Palu: Kasus baru 75; Total 5.017".
  auto as_lines = [&] {
    for (const model::TableLine& line : model::table_lines(t)) out += model::table_line_text(line) + "\n";
    return out;
  };
  if (t.header.empty() && width == 2 && t.row_headers) return as_lines();
  // Aligned columns, two spaces apart.
  std::vector<std::vector<std::string>> cells;
  if (!t.header.empty()) {
    cells.emplace_back();
    for (const auto& c : t.header) cells.back().push_back(reader_plain_text(c));
  }
  for (const auto& r : t.rows) {
    cells.emplace_back();
    for (const auto& c : r) cells.back().push_back(reader_plain_text(c));
  }
  std::vector<std::size_t> col(width, 0);
  for (const auto& r : cells)
    for (std::size_t i = 0; i < r.size(); ++i) col[i] = std::max(col[i], text::length_in_code_points(r[i]));
  std::size_t total = 0;
  for (std::size_t w : col) total += w + 2;
  if (total > kTextLine + 2) return as_lines();
  for (const auto& r : cells) {
    std::string line;
    for (std::size_t i = 0; i < r.size(); ++i) {
      line += r[i];
      if (i + 1 < r.size()) line += std::string(col[i] - text::length_in_code_points(r[i]) + 2, ' ');
    }
    out += line + "\n";
  }
  return out;
}

std::string blocks_text(const std::vector<Block>& blocks, bool tight);

std::string block_text(const Block& b) {
  switch (b.kind) {
    case Block::Kind::Heading:
    case Block::Kind::Paragraph:
    case Block::Kind::Note: return reader_plain_text(b.inlines) + "\n";
    case Block::Kind::Table: return table_text(b);
    case Block::Kind::Quote: {
      std::string out;
      indent_lines(out, blocks_text(b.children, false), "> ", "> ");
      return out;
    }
    case Block::Kind::List: {
      std::string out;
      const std::vector<std::string> markers = model::list_markers(b, "-");
      for (std::size_t i = 0; i < b.items.size(); ++i) {
        const std::string marker = markers[i] + " ";
        indent_lines(out, blocks_text(b.items[i], true), marker, std::string(marker.size(), ' '));
      }
      return out;
    }
  }
  return {};
}

std::string blocks_text(const std::vector<Block>& blocks, bool tight) {
  std::string out;
  for (const Block& b : blocks) {
    std::string t = block_text(b);
    if (t.empty()) continue;
    if (!out.empty() && !tight) out += '\n';
    out += t;
  }
  // Empty lines inside a quote would read as the end of it.
  return out;
}

}  // namespace

std::string render_text(const Document& doc, const TextOptions& options) {
  std::string out;
  if (options.headline && !doc.metadata.title_inferred && !doc.metadata.title.empty()) {
    out += reader_plain_text(doc.metadata.title) + "\n";
    if (!doc.metadata.dateline.empty()) out += doc.metadata.dateline + "\n";
    out += '\n';
  } else if (options.headline && !doc.metadata.dateline.empty()) {
    out += doc.metadata.dateline + "\n\n";
  }
  out += blocks_text(doc.blocks, false);
  return out;
}

}  // namespace aksesibel
