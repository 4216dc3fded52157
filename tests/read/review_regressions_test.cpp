// Inputs found by review that once crashed, renumbered, misdated or
// misplaced figures.
#include <gtest/gtest.h>

#include "aksesibel/braille.hpp"
#include "aksesibel/large_print.hpp"
#include "aksesibel/convert.hpp"
#include "support.hpp"

namespace aksesibel {
namespace {

using test::read_as;
using K = Block::Kind;

TEST(Regression, ARowLeftEmptyByDroppingSeparatorsIsDropped) {
  Document d = read_as("<article><h1>J</h1><p>Isi.</p><table><tr><td>-</td><td>Positif</td><td>8.211</td></tr>"
                       "<tr><td>-</td></tr></table></article>",
                       InputFormat::Html);
  ConvertOptions o;
  o.formats = {"text", "html", "brf"};
  EXPECT_NO_THROW(render(d, "text", o));
  EXPECT_NO_THROW(render(d, "html", o));
}

TEST(Regression, SpannedCellsKeepFiguresUnderTheirHeaders) {
  Document d = read_as(
      "<article><h1>J</h1><table><tr><th>Wilayah</th><th>Positif</th><th>Sembuh</th></tr>"
      "<tr><td rowspan=\"2\">Sigi</td><td>40</td><td>30</td></tr><tr><td>41</td><td>31</td></tr>"
      "<tr><td colspan=\"2\">Jumlah</td><td>61</td></tr></table></article>",
      InputFormat::Html);
  const Block& t = d.blocks.at(0);
  ASSERT_EQ(t.kind, K::Table);
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(plain_text(t.rows[1][0]), "Sigi");
  EXPECT_EQ(plain_text(t.rows[1][1]), "41");
  EXPECT_EQ(plain_text(t.rows[1][2]), "31");
  EXPECT_EQ(plain_text(t.rows[2][2]), "61");
}

TEST(Regression, ListNumbersAreNeverChanged) {
  Document d = read_as("Judul Berita Covid Hari Ini\n\nDaftar:\n\n1. Palu\n3. Sigi\n4. Poso\n", InputFormat::Text);
  ASSERT_EQ(d.blocks.size(), 3u);
  EXPECT_EQ(d.blocks[1].start, 1);
  EXPECT_EQ(d.blocks[1].items.size(), 1u);
  EXPECT_EQ(d.blocks[2].start, 3);
  EXPECT_EQ(d.blocks[2].items.size(), 2u);
}

TEST(Regression, ProseWithDoubleSpacesIsNotATable) {
  Document d = read_as("Judul Berita Covid Hari Ini\n\nSatgas mencatat kasus.  Warga diminta waspada.\nPasien sembuh.  Semua pulang.\n",
                       InputFormat::Text);
  for (const Block& b : d.blocks) EXPECT_NE(b.kind, K::Table);
}

TEST(Regression, ImpossibleDatesAndTimes) {
  Document a = read_as("Judul Berita Covid Hari Ini\n\nPer 29/02/2021 dan 29/02/2020 pukul 24.30 atau pukul 24.00.\n",
                       InputFormat::Text);
  std::vector<std::string> dates, times;
  for (const Inline* i : test::all_inlines(a)) {
    if (i->kind == Inline::Kind::Date) dates.push_back(i->iso);
    if (i->kind == Inline::Kind::Time) times.push_back(i->iso);
  }
  EXPECT_EQ(dates, std::vector<std::string>{"2020-02-29"});
  EXPECT_EQ(times, std::vector<std::string>{"24:00"});
}

TEST(Regression, AnUnreadableDatelineDateLeavesNoDate) {
  Document d = read_as("Update Covid-19 Kota Palu\n\nPalu, 12 Julai 2021 bertempat di aula, pada 1 Maret 2020 lalu.\n",
                       InputFormat::Text);
  EXPECT_EQ(d.metadata.date, "");
  EXPECT_EQ(d.metadata.date_text, "12 Julai 2021");
  ASSERT_FALSE(d.warnings.empty());
  EXPECT_NE(d.warnings.back().message.find("12 Julai 2021"), std::string::npos);
}

TEST(Regression, LargePrintKeepsRomanNumerals) {
  ConvertOptions o;
  o.formats = {"large-print"};
  o.read.format = InputFormat::Text;
  const std::string h = convert("PPKM LEVEL III DI KOTA PALU DIPERPANJANG\n\nIsi berita.\n", o).outputs[0].content;
  EXPECT_NE(h.find("Level III Di Kota Palu Diperpanjang"), std::string::npos) << h;
}

// The same sentence under two labels is two regions' figures, not a copy
// (Palu's had gone as a "duplikat"); a copy without labels still goes once.
TEST(Regression, TheSameFiguresUnderTwoLabelsAreBothKept) {
  const std::string text = render(read_as("Update Covid-19 Sulteng 3 Maret 2021\n\nKota Palu\n\nPositif 5 orang, sembuh 3 orang.\n\n"
                                          "Kabupaten Donggala\n\nPositif 5 orang, sembuh 3 orang.\n",
                                          InputFormat::Text),
                                  "text", {});
  const std::size_t palu = text.find("Kota Palu"), donggala = text.find("Kabupaten Donggala");
  ASSERT_NE(palu, std::string::npos);
  ASSERT_NE(donggala, std::string::npos);
  EXPECT_NE(text.substr(palu, donggala - palu).find("Positif 5 orang"), std::string::npos) << text;
  EXPECT_NE(text.substr(donggala).find("Positif 5 orang"), std::string::npos) << text;
  const Document d = read_as("Judul buletin hari ini\n\nPalu - Kasus bertambah lagi hari ini.\n\n"
                             "Satgas mencatat 12 kasus baru hari ini di Palu.\n\nLalu ada kalimat lain yang panjang.\n\n"
                             "Satgas mencatat 12 kasus baru hari ini di Palu.\n",
                             InputFormat::Text);
  ASSERT_FALSE(d.removed.empty());
}

TEST(Regression, DeepNestingOnANarrowPage) {
  std::string html = "<article><h1>J</h1>";
  for (int i = 0; i < 8; ++i) html += "<blockquote>";
  html += "<p>Kalimat yang cukup panjang di dalam kutipan berlapis 12.345 orang.</p>";
  for (int i = 0; i < 8; ++i) html += "</blockquote>";
  html += "</article>";
  Document d = read_as(html, InputFormat::Html);
  BrailleOptions o;
  o.cells_per_line = 12;
  o.lines_per_page = 10;
  BrailleDocument b = braille_pages(d, o);
  for (const auto& p : b.pages)
    for (const auto& l : p.lines) EXPECT_LE(l.cells.size(), 12u);
}

}  // namespace
}  // namespace aksesibel

namespace aksesibel {
namespace {

TEST(Regression, APdfTableRowTallerThanAPageLosesNothing) {
  std::string words;
  for (int i = 1; i <= 160; ++i) words += "kata" + std::to_string(i) + " ";
  const std::string html = "<article><h1>J</h1><table><tr><th>A</th><th>B</th></tr><tr><td>x</td><td>" + words +
                           "AKHIRTEKS</td></tr></table></article>";
  LargePrintOptions o;
  o.font_size = 32;
  const std::string pdf = render_large_print_pdf(test::read_as(html, InputFormat::Html), o);
  test::TempDir dir;
  test::write_file(dir.path() / "t.pdf", pdf);
  const std::string cmd = "pdftotext '" + (dir.path() / "t.pdf").string() + "' '" + (dir.path() / "t.txt").string() + "'";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  const std::string text = test::read_file(dir.path() / "t.txt");
  EXPECT_NE(text.find("kata160"), std::string::npos);
  EXPECT_NE(text.find("AKHIRTEKS"), std::string::npos);
}

}  // namespace
}  // namespace aksesibel
