// The special-symbols page ("Tanda khusus") lists exactly the signs the
// braille of a bulletin uses that Indonesian school braille does not teach
// (data/braille-signs-id.tsv), each with the table's braille and its meaning,
// and the bulletin starts on the next page.
#include <gtest/gtest.h>

#include "aksesibel/braille.hpp"
#include "aksesibel/read.hpp"

namespace aksesibel {
namespace {

BrailleDocument braille_of(const std::string& body) {
  ReadOptions o;
  o.format = InputFormat::Text;
  o.source_name = "uji.txt";
  Document d = read("Buletin Covid-19 Sulawesi Tengah\n\n" + body + "\n", o);
  BrailleOptions b;
  b.summary = false;
  return braille_pages(d, b);
}

std::vector<std::string> prints(const BraillePage& page) {
  std::vector<std::string> out;
  for (const BrailleLine& l : page.lines)
    if (!l.print.empty()) out.push_back(l.print);
  return out;
}

TEST(SignsPage, ListsExactlyTheSignsUsedInTheOrderOfTheData) {
  const BrailleDocument b =
      braille_of("Suhu 20\u00B0C, 87,81% warga sembuh & dirawat; hubungi +62 811 atau info@sulteng.go.id "
                 "(pukul 10.00 - 12.00).");
  ASSERT_GE(b.pages.size(), 2u);
  EXPECT_EQ(prints(b.pages[0]), (std::vector<std::string>{"Tanda khusus", "% persen", "+ tambah, plus", "& dan",
                                                           "@ tanda at (alamat surel)", "\u00B0 derajat", "1"}));
  // Each sign is written with the table's braille, then its meaning.
  const std::u32string& percent = b.pages[0].lines[2].cells;
  EXPECT_EQ(percent.substr(0, 3), U"\u2828\u2834\u2800") << "% is 46-356";
  const std::u32string& degree = b.pages[0].lines[6].cells;
  EXPECT_EQ(degree.substr(0, 3), U"\u2818\u281A\u2800") << "\u00B0 is 45-245";
  // The bulletin begins on the next page, with its headline.
  EXPECT_EQ(b.pages[1].lines[0].print, "Buletin Covid-19 Sulawesi Tengah");
}

// A web address broken over lines ends each line with dot 5: the page says so.
TEST(SignsPage, ExplainsTheContinuationSignOfABrokenAddress) {
  const BrailleDocument b = braille_of("Data lengkap: https://dinkes.sultengprov.go.id/informasi/data-covid-19/harian");
  ASSERT_GE(b.pages.size(), 2u);
  const auto lines = prints(b.pages[0]);
  ASSERT_EQ(lines.size(), 4u) << "the heading, the meaning on two lines, the page number";
  EXPECT_EQ(lines[0], "Tanda khusus");
  EXPECT_EQ(lines[1].rfind("di akhir baris", 0), 0u) << lines[1];
  EXPECT_EQ(b.pages[0].lines[2].cells.substr(0, 2), U"\u2810\u2800");
}

TEST(SignsPage, NoPageWhenOnlyIndonesianSignsAreUsed) {
  const BrailleDocument b = braille_of("Sebanyak 1.250 orang (12,5 persen) sembuh; \"tetap patuh\" - kata dia.");
  ASSERT_FALSE(b.pages.empty());
  EXPECT_EQ(b.pages[0].lines[0].print, "Buletin Covid-19 Sulawesi Tengah");
  for (const BraillePage& p : b.pages)
    for (const BrailleLine& l : p.lines) EXPECT_NE(l.print, "Tanda khusus");
}

}  // namespace
}  // namespace aksesibel
