// Tables a finger can follow: a table that fits the line is laid out in
// columns, with guide dots (dot 5) from each cell to the next column in the
// body rows, and a table that does not fit is written one entry per row.
#include <gtest/gtest.h>

#include "aksesibel/braille.hpp"

namespace aksesibel {
namespace {

Block::Cell cell(const std::string& s) { return {Inline::make_text(s)}; }

Document table_document(std::vector<Block::Row> rows, Block::Row header) {
  Document d;
  Block t;
  t.kind = Block::Kind::Table;
  t.header = std::move(header);
  t.rows = std::move(rows);
  d.blocks.push_back(t);
  return d;
}

TEST(TableColumns, GuideDotsLeadFromEachCellToTheNextColumn) {
  BrailleOptions o;
  o.summary = false;
  const BrailleDocument b = braille_pages(
      table_document({{cell("Palu"), cell("75")}, {cell("Donggala"), cell("3")}}, {cell("Daerah"), cell("Kasus")}),
      o);
  const auto& lines = b.pages[0].lines;
  ASSERT_GE(lines.size(), 3u);
  EXPECT_EQ(lines[0].print, "Daerah | Kasus");
  EXPECT_EQ(lines[0].cells.find(U'\u2810'), std::u32string::npos) << "the header row has blanks only";
  // ⠠⠏⠁⠇⠥ (5 cells), blank, six guide dots to the column, blank, ⠼⠛⠑.
  EXPECT_EQ(lines[1].cells,
            U"\u2820\u280F\u2801\u2807\u2825\u2800\u2810\u2810\u2810\u2810\u2810\u2810\u2800\u283C\u281B\u2811");
  // ⠠⠙⠕⠝⠛⠛⠁⠇⠁ (9 cells, the widest), blank, two guide dots, blank, ⠼⠉.
  EXPECT_EQ(lines[2].cells, U"\u2820\u2819\u2815\u281D\u281B\u281B\u2801\u2807\u2801\u2800\u2810\u2810\u2800\u283C\u2809");
  EXPECT_EQ(lines[0].cells.find(U"\u2820\u2805"), lines[1].cells.find(U"\u283C")) << "the columns line up";
}

TEST(TableColumns, ATableWiderThanTheLineIsWrittenOneEntryPerRow) {
  BrailleOptions o;
  o.summary = false;
  o.cells_per_line = 20;
  const BrailleDocument b = braille_pages(
      table_document({{cell("Kabupaten Banggai"), cell("75")}}, {cell("Daerah"), cell("Kasus")}), o);
  std::string entry;
  for (const BrailleLine& l : b.pages[0].lines) {
    EXPECT_EQ(l.cells.find(U'\u2810'), std::u32string::npos);
    if (!l.print.empty() && l.print != "1") entry += (entry.empty() ? "" : " ") + l.print;
  }
  EXPECT_EQ(entry, "Daerah Kabupaten Banggai; Kasus 75");
}

}  // namespace
}  // namespace aksesibel
