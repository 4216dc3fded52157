#include <gtest/gtest.h>

#include "aksesibel/render_text.hpp"
#include "support.hpp"

namespace aksesibel {
namespace {

Block para(const std::string& s) {
  Block b;
  b.inlines = {Inline::make_text(s)};
  return b;
}

TEST(TextRenderer, TitleDatelineAndBlocks) {
  Document d;
  d.metadata.title = {Inline::make_text("Judul")};
  d.metadata.dateline = "Palu (ANTARA)";
  d.blocks = {para("Satu."), para("Dua.")};
  EXPECT_EQ(render_text(d), "Judul\nPalu (ANTARA)\n\nSatu.\n\nDua.\n");
  d.metadata.title_inferred = true;
  EXPECT_EQ(render_text(d), "Palu (ANTARA)\n\nSatu.\n\nDua.\n") << "an inferred title is the first sentence already";
}

TEST(TextRenderer, ListsIndentTheirBlocks) {
  Document d;
  Block list;
  list.kind = Block::Kind::List;
  list.ordered = true;
  list.start = 9;
  Block t;
  t.kind = Block::Kind::Table;
  t.row_headers = true;
  t.rows = {{{Inline::make_text("Total")}, {Inline::make_text("1.850")}}};
  list.items = {{para("Banggai"), t}, {para("Banggai Kepulauan")}};
  d.blocks = {list};
  EXPECT_EQ(render_text(d), "9. Banggai\n   Total: 1.850\n10. Banggai Kepulauan\n");
}

TEST(TextRenderer, TablesWithHeadersAreAligned) {
  Document d;
  Block t;
  t.kind = Block::Kind::Table;
  t.inlines = {Inline::make_text("Tempat tidur")};
  t.header = {{Inline::make_text("RS")}, {Inline::make_text("BOR")}};
  t.rows = {{{Inline::make_text("RSUD Undata")}, {Inline::make_text("70,2%")}},
            {{Inline::make_text("RSÚ")}, {Inline::make_text("5%")}}};
  d.blocks = {t};
  EXPECT_EQ(render_text(d), "Tempat tidur\nRS           BOR\nRSUD Undata  70,2%\nRSÚ          5%\n");
}

TEST(TextRenderer, QuotesAndLineBreaks) {
  Document d;
  Block q;
  q.kind = Block::Kind::Quote;
  Block p;
  p.inlines = {Inline::make_text("a"), Inline::make_line_break(), Inline::make_text("b")};
  q.children = {p};
  d.blocks = {q};
  EXPECT_EQ(render_text(d), "> a\n> b\n");
}

}  // namespace
}  // namespace aksesibel
