#include "read/text_reader.hpp"

#include <unicode/uchar.h>

#include <algorithm>

#include "read/blocks.hpp"
#include "text/regex.hpp"
#include "text/utf8.hpp"
#include "text/words.hpp"

namespace aksesibel::readers {

namespace {

struct Line {
  std::string text;  // trimmed
  std::size_t number;
};

enum class LineKind { Text, OrderedItem, BulletItem, LabelValue };

struct Classified {
  LineKind kind = LineKind::Text;
  int number = 0;          // OrderedItem
  std::string content;     // item text, or label
  std::string value;       // LabelValue
};

const text::Regex& ordered_item() {
  static const text::Regex re(R"(^(?<n>\d{1,3})[.)]\s+(?<t>\S.*)$)");
  return re;
}
const text::Regex& bullet_item() {
  static const text::Regex re(R"(^[-•*·▪◦‣]\s+(?<t>\S.*)$)");
  return re;
}
const text::Regex& column_gap() {
  static const text::Regex re(R"(\t+|\s{2,})");
  return re;
}

Classified classify(const std::string& line) {
  Classified c;
  if (auto m = ordered_item().full_match(line)) {
    c.kind = LineKind::OrderedItem;
    c.number = std::stoi(std::string(m->group(line, 1)));
    c.content = std::string(m->group(line, 2));
    return c;
  }
  if (auto m = bullet_item().full_match(line)) {
    c.kind = LineKind::BulletItem;
    c.content = std::string(m->group(line, 1));
    return c;
  }
  if (auto lv = label_and_value(line)) {
    c.kind = LineKind::LabelValue;
    c.content = std::move(lv->first);
    c.value = std::move(lv->second);
    return c;
  }
  c.content = line;
  return c;
}

std::vector<std::string> split_columns(const std::string& line) {
  std::vector<std::string> cells;
  std::size_t pos = 0;
  for (const text::Match& m : column_gap().find_all(line)) {
    cells.push_back(line.substr(pos, m.begin - pos));
    pos = m.end;
  }
  cells.push_back(line.substr(pos));
  return cells;
}

bool has_digit(std::string_view s) { return s.find_first_of("0123456789") != std::string_view::npos; }

bool ends_sentence(std::string_view s) {
  s = text::trim(s);
  if (s.empty()) return false;
  for (std::string_view end : {".", "!", "?", ":", ";", ",", "\"", "”", "’", ")", "…"})
    if (s.size() >= end.size() && s.substr(s.size() - end.size()) == end) return true;
  return false;
}

bool starts_lowercase(std::string_view s) {
  std::size_t i = 0;
  return !s.empty() && u_islower(static_cast<UChar32>(text::next_code_point(s, i)));
}

bool starts_uppercase_or_digit(std::string_view s) {
  std::size_t i = 0;
  if (s.empty()) return false;
  auto cp = static_cast<UChar32>(text::next_code_point(s, i));
  return u_isupper(cp) || u_istitle(cp) || u_isdigit(cp);
}

bool all_capitals(std::string_view s) {
  bool any = false;
  for (std::size_t i = 0; i < s.size();) {
    auto cp = static_cast<UChar32>(text::next_code_point(s, i));
    if (u_islower(cp)) return false;
    if (u_isupper(cp)) any = true;
  }
  return any;
}

// A table block of rows of cells from line `line` on. The first row is the
// header when `header` says so, or when it holds no digit and the rows under
// it do.
Block table_block(std::vector<std::vector<std::string>> rows, std::size_t line, bool header) {
  Block t;
  t.kind = Block::Kind::Table;
  t.line = line;
  std::size_t first = 0;
  const bool header_has_digits = std::any_of(rows[0].begin(), rows[0].end(), [](auto& c) { return has_digit(c); });
  const bool body_has_digits = std::any_of(rows.begin() + 1, rows.end(), [](auto& r) {
    return std::any_of(r.begin(), r.end(), [](auto& c) { return has_digit(c); });
  });
  if (header || (!header_has_digits && body_has_digits)) {
    for (auto& c : rows[0]) t.header.push_back({Inline::make_text(c)});
    first = 1;
  }
  for (std::size_t r = first; r < rows.size(); ++r) {
    Block::Row row;
    for (auto& c : rows[r]) row.push_back({Inline::make_text(c)});
    t.rows.push_back(std::move(row));
  }
  t.row_headers = !has_digit(rows.back()[0]);
  return t;
}

// A table of aligned columns: at least two rows, every row splitting into the
// same number (≥ 2) of cells at runs of two or more spaces or tabs.
std::optional<Block> aligned_table(const std::vector<Line>& lines) {
  if (lines.size() < 2) return std::nullopt;
  std::vector<std::vector<std::string>> rows;
  for (const Line& l : lines) rows.push_back(split_columns(l.text));
  const std::size_t n = rows[0].size();
  if (n < 2) return std::nullopt;
  for (const auto& r : rows)
    if (r.size() != n) return std::nullopt;
  // A table of figures: every row but a header holds a digit (prose with two
  // spaces after a full stop is not a table).
  for (std::size_t r = 1; r < rows.size(); ++r)
    if (std::none_of(rows[r].begin(), rows[r].end(), [](auto& c) { return has_digit(c); })) return std::nullopt;
  return table_block(std::move(rows), lines[0].number, false);
}

// A table of cells between pipes ("| Dolo | 120 | 110 | 3 |"), as a spreadsheet
// or a chat message writes one: every line opens and closes with '|', every
// row has as many cells (≥ 2), and a row of dashes under the first
// ("|---|:--:|") makes that one the header.
std::optional<Block> pipe_table(const std::vector<Line>& lines) {
  static const text::Regex rule(R"(^\s*:?-{2,}:?\s*$)");
  std::vector<std::vector<std::string>> rows;
  bool header = false;
  for (const Line& l : lines) {
    const std::string_view t = text::trim(l.text);
    if (t.size() < 3 || t.front() != '|' || t.back() != '|') return std::nullopt;
    std::vector<std::string> cells;
    const std::string_view inner = t.substr(1, t.size() - 2);
    for (std::size_t from = 0;;) {
      const std::size_t bar = inner.find('|', from);
      cells.push_back(text::collapse_spaces(text::trim(inner.substr(from, bar == std::string_view::npos ? bar : bar - from))));
      if (bar == std::string_view::npos) break;
      from = bar + 1;
    }
    const bool dashes = std::all_of(cells.begin(), cells.end(), [](const std::string& c) { return rule.full_match(c).has_value(); });
    if (dashes) {
      if (rows.size() != 1 || header) return std::nullopt;
      header = true;
      continue;
    }
    rows.push_back(std::move(cells));
  }
  if (rows.size() < 2 && !(header && rows.size() == 1)) return std::nullopt;
  const std::size_t n = rows[0].size();
  if (n < 2) return std::nullopt;
  for (const auto& r : rows)
    if (r.size() != n) return std::nullopt;
  if (rows.size() < 2) return std::nullopt;  // a header alone is no table
  return table_block(std::move(rows), lines[0].number, header);
}

Block paragraph(std::string text, std::size_t line) {
  Block b;
  b.kind = Block::Kind::Paragraph;
  b.inlines.push_back(Inline::make_text(text::collapse_spaces(text)));
  b.line = line;
  return b;
}

// Whether line b continues the paragraph of line a (a hard-wrapped line, or
// the second line of a headline in capitals). `width` is the length of the
// longest line around: text extracted from a PDF breaks lines near it, before
// capitals too ("… RSUD Provinsi Nusa" / "Tenggara Barat, …"), and breaks
// words at a hyphen ("Covid-" / "19. Riwayat …").
bool continues(const std::string& a, const std::string& b, std::size_t width = 0) {
  if (all_capitals(a) && all_capitals(b)) return true;
  if (ends_sentence(a)) return false;
  if (starts_lowercase(b)) return true;
  if (a.size() >= 2 && a.back() == '-' && a[a.size() - 2] != ' ' && a[a.size() - 2] != '-') return true;
  const std::size_t len = text::length_in_code_points(a);
  return width >= 60 && len * 10 >= width * 8 && starts_uppercase_or_digit(b);
}

// The wrap width of a chunk of hard-wrapped text (from a PDF), or 0 when the
// chunk is not such text: at least half of its lines, and two or more, reach
// near the longest line without ending a sentence.
std::size_t wrap_width(const std::vector<Line>& chunk) {
  std::size_t n = 0;
  for (const Line& l : chunk) n = std::max(n, text::length_in_code_points(l.text));
  std::size_t wrapped = 0;
  for (std::size_t i = 0; i + 1 < chunk.size(); ++i)
    if (text::length_in_code_points(chunk[i].text) * 10 >= n * 8 && !ends_sentence(chunk[i].text)) ++wrapped;
  return wrapped >= 2 && wrapped * 2 >= chunk.size() - 1 ? n : 0;
}

// Join a hard-wrapped line to the text before it: a word broken at its hyphen
// is joined without a space ("Covid-" + "19").
void join_line(std::string& text, const std::string& next) {
  if (text.size() >= 2 && text.back() == '-' && text[text.size() - 2] != ' ') text += next;
  else text += " " + next;
}

// A short line standing alone between blank lines, such as a subheading.
bool heading_like(const std::string& s) {
  const std::size_t words = text::word_count(s);
  return words >= 2 && words <= 10 && !ends_sentence(s) && starts_uppercase_or_digit(s) && text::length_in_code_points(s) <= 80;
}

void read_chunk(const std::vector<Line>& chunk, std::vector<Block>& out) {
  if (chunk.size() == 1 && classify(chunk[0].text).kind == LineKind::Text && heading_like(chunk[0].text)) {
    Block h;
    h.kind = Block::Kind::Heading;
    h.level = 2;
    h.inlines.push_back(Inline::make_text(text::collapse_spaces(chunk[0].text)));
    h.line = chunk[0].number;
    out.push_back(std::move(h));
    return;
  }
  if (auto t = pipe_table(chunk)) {
    out.push_back(std::move(*t));
    return;
  }
  if (auto t = aligned_table(chunk)) {
    out.push_back(std::move(*t));
    return;
  }
  if (chunk.size() >= 3) {  // a caption line over a table of aligned columns
    std::vector<Line> rest(chunk.begin() + 1, chunk.end());
    if (split_columns(chunk[0].text).size() == 1)
      if (auto t = aligned_table(rest)) {
        t->inlines.push_back(Inline::make_text(text::collapse_spaces(chunk[0].text)));
        t->line = chunk[0].number;
        out.push_back(std::move(*t));
        return;
      }
  }

  std::vector<Classified> kinds;
  for (const Line& l : chunk) kinds.push_back(classify(l.text));
  const std::size_t width = wrap_width(chunk);
  // A line a hard wrap broke off is no list item or label of its own ("Covid-" / "19. Riwayat").
  for (std::size_t i = 1; i < chunk.size(); ++i)
    if (kinds[i].kind != LineKind::Text && chunk[i - 1].text.size() >= 2 && chunk[i - 1].text.back() == '-' &&
        chunk[i - 1].text[chunk[i - 1].text.size() - 2] != ' ')
      kinds[i] = Classified{LineKind::Text, 0, chunk[i].text, ""};

  for (std::size_t i = 0; i < chunk.size();) {
    const Classified& c = kinds[i];
    if (c.kind == LineKind::OrderedItem || c.kind == LineKind::BulletItem) {
      Block list;
      list.kind = Block::Kind::List;
      list.ordered = c.kind == LineKind::OrderedItem;
      list.start = list.ordered ? c.number : 1;
      list.line = chunk[i].number;
      // Items stay in one list while their numbers follow each other ("1.", "2.", …);
      // "1. … 3. …" is two lists, so that no item is renumbered.
      int expected = list.start;
      while (i < chunk.size() && kinds[i].kind == c.kind && (!list.ordered || kinds[i].number == expected)) {
        ++expected;
        std::string item = kinds[i].content;
        std::size_t item_line = chunk[i].number;
        ++i;
        while (i < chunk.size() && kinds[i].kind == LineKind::Text && continues(item, chunk[i].text, width))
          join_line(item, chunk[i++].text);
        list.items.push_back({paragraph(item, item_line)});
      }
      out.push_back(std::move(list));
      continue;
    }
    if (c.kind == LineKind::LabelValue) {
      std::size_t j = i;
      while (j < chunk.size() && kinds[j].kind == LineKind::LabelValue) ++j;
      const bool after_list = i == 0 && !out.empty() && out.back().kind == Block::Kind::List;
      if (j - i >= 2 || after_list) {
        Block t;
        t.kind = Block::Kind::Table;
        t.row_headers = true;
        t.line = chunk[i].number;
        // A short line right above the rows is their caption.
        if (i > 0 && kinds[i - 1].kind == LineKind::Text && !out.empty() && out.back().kind == Block::Kind::Paragraph &&
            out.back().line == chunk[i - 1].number && text::word_count(chunk[i - 1].text) <= 8 &&
            !ends_sentence(chunk[i - 1].text)) {
          t.inlines = std::move(out.back().inlines);
          t.line = out.back().line;
          out.pop_back();
        }
        for (; i < j; ++i)
          t.rows.push_back({{Inline::make_text(kinds[i].content)}, {Inline::make_text(kinds[i].value)}});
        out.push_back(std::move(t));
        continue;
      }
    }
    // Ordinary text: one paragraph, with the lines that continue it.
    std::string text = chunk[i].text;
    const std::size_t line = chunk[i].number;
    ++i;
    while (i < chunk.size() && kinds[i].kind == LineKind::Text && continues(text, chunk[i].text, width))
      join_line(text, chunk[i++].text);
    out.push_back(paragraph(text, line));
  }
}

}  // namespace

Document read_text(const std::string& text, const clean::Boilerplate& boilerplate, const std::string& source_name) {
  Document doc;
  doc.metadata.source_name = source_name;
  doc.metadata.source_format = "text";

  std::vector<std::string> raw;
  std::vector<std::size_t> numbers;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t nl = text.find('\n', start);
    if (nl == std::string::npos) nl = text.size();
    raw.emplace_back(text::trim(std::string_view(text).substr(start, nl - start)));
    numbers.push_back(raw.size());
    start = nl + 1;
  }
  clean::FilterResult filtered = boilerplate.filter(raw, numbers);
  doc.removed = std::move(filtered.removed);
  doc.metadata.byline = std::move(filtered.byline);

  // Chunks: runs of kept, non-blank lines. A removed line separates chunks.
  std::vector<Line> chunk;
  for (std::size_t i = 0; i <= raw.size(); ++i) {
    const bool end = i == raw.size() || !filtered.lines[i].keep || text::trim(filtered.lines[i].text).empty();
    if (end) {
      if (!chunk.empty()) read_chunk(chunk, doc.blocks);
      chunk.clear();
      continue;
    }
    chunk.push_back({std::string(text::trim(filtered.lines[i].text)), numbers[i]});
  }
  merge_lists(doc.blocks);
  return doc;
}

}  // namespace aksesibel::readers
