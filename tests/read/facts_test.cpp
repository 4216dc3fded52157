// The fact layer (lib/facts, docs/facts.md) on short bulletins written for
// these tests: what each figure counts, where, on which day, and which of
// them the Ringkasan shows. The shared corpus is scored as a whole by
// tests/eval/score; these cases pin down one rule each.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "aksesibel/read.hpp"

namespace aksesibel {
namespace {

Document read_text(const std::string& text) {
  ReadOptions o;
  o.source_name = "uji.txt";
  o.format = InputFormat::Text;
  return read(text, o);
}

const Fact* find(const Document& doc, const std::string& text, std::size_t nth = 0) {
  for (const Fact& f : doc.facts)
    if (f.text == text && nth-- == 0) return &f;
  return nullptr;
}

std::vector<std::string> summary_of(const Document& doc) {
  std::vector<std::string> out;
  for (const Fact& f : doc.facts)
    if (f.summary) out.push_back(f.kind + "=" + f.text + "@" + f.scope.name + "/" + f.date);
  return out;
}

const std::string kDaily =
    "Kasus Baru Covid-19 di Sulawesi Tengah Bertambah 38 Orang\n\n"
    "Palu, Selasa (21/9/2021) - Dinas Kesehatan Sulawesi Tengah mencatat kemarin ada penambahan 38 kasus "
    "positif Covid-19 yang tersebar di Kota Palu 21 orang, Kabupaten Sigi 9 orang, Kabupaten Donggala 5 orang "
    "dan Kabupaten Poso 3 orang, sehingga jumlah kumulatif kasus di Sulawesi Tengah menjadi 46.205 orang.\n\n"
    "Pasien sembuh bertambah 52 orang sehingga totalnya menjadi 44.310 orang, sedangkan pasien meninggal "
    "bertambah dua orang menjadi 1.529 orang.\n";

TEST(Facts, ADailyUpdateGivesTheProvinceFiguresOfItsDataDay) {
  const Document doc = read_text(kDaily);
  EXPECT_EQ(doc.metadata.main_place, "Sulawesi Tengah");
  EXPECT_EQ(doc.metadata.date, "2021-09-21");
  // "kemarin" in a bulletin of Tuesday 21 September: the data of Monday the 20th.
  EXPECT_EQ(doc.metadata.data_date, "2021-09-20");
  const std::vector<std::string> expected = {
      "confirmed_new=38@Sulawesi Tengah/2021-09-20",  "confirmed_total=46.205@Sulawesi Tengah/2021-09-20",
      "recovered_new=52@Sulawesi Tengah/2021-09-20",  "recovered_total=44.310@Sulawesi Tengah/2021-09-20",
      "deaths_new=dua@Sulawesi Tengah/2021-09-20",    "deaths_total=1.529@Sulawesi Tengah/2021-09-20"};
  std::vector<std::string> got = summary_of(doc);
  std::sort(got.begin(), got.end());
  std::vector<std::string> want = expected;
  std::sort(want.begin(), want.end());
  EXPECT_EQ(got, want);
  const Fact* two = find(doc, "dua");
  ASSERT_NE(two, nullptr);
  EXPECT_EQ(two->value, 2);
}

TEST(Facts, FiguresSpreadOverRegenciesArePartsOfTheNewCasesNeverTheSummary) {
  const Document doc = read_text(kDaily);
  for (const char* text : {"21", "9", "5", "3"}) {
    const Fact* f = find(doc, text);
    ASSERT_NE(f, nullptr) << text;
    EXPECT_EQ(f->kind, "confirmed_new") << text;
    EXPECT_FALSE(f->summary) << text;
    EXPECT_TRUE(f->scope.level == Scope::Level::Regency || f->scope.level == Scope::Level::City) << text;
  }
  EXPECT_EQ(find(doc, "21")->scope.name, "Kota Palu");
  EXPECT_EQ(find(doc, "3")->scope.name, "Kabupaten Poso");
  EXPECT_EQ(find(doc, "3")->scope.code, "72.02");
}

TEST(Facts, EveryFactPointsAtItsFigureInTheInput) {
  const Document doc = read_text(kDaily);
  ASSERT_FALSE(doc.facts.empty());
  for (const Fact& f : doc.facts) {
    ASSERT_LT(f.begin, f.end) << f.text;
    EXPECT_EQ(kDaily.substr(f.begin, f.end - f.begin), f.text);
  }
}

TEST(Facts, AFigureComparedWithIsEarlierAndNotShown) {
  const Document doc = read_text(
      "Kasus Aktif Covid-19 di Kalimantan Barat Turun\n\n"
      "Pontianak, Jumat (3/9/2021) - Jumlah kasus aktif Covid-19 di Kalimantan Barat turun menjadi 591 orang "
      "dibandingkan Kamis (2/9) sebanyak 635 orang.\n");
  const Fact* now = find(doc, "591");
  const Fact* before = find(doc, "635");
  ASSERT_NE(now, nullptr);
  ASSERT_NE(before, nullptr);
  EXPECT_EQ(now->kind, "active");
  EXPECT_TRUE(now->summary);
  EXPECT_FALSE(before->summary);
  EXPECT_EQ(before->note, "earlier");
}

TEST(Facts, TwoDifferentFiguresForTheSameThingAreAWarningAndNeitherIsShown) {
  const Document doc = read_text(
      "Update Covid-19 Jambi\n\n"
      "Jambi, Senin (5/7/2021) - Total kasus positif Covid-19 di Provinsi Jambi mencapai 12.410 orang.\n\n"
      "Dinas Kesehatan mencatat total kasus positif di Provinsi Jambi sebanyak 12.401 orang.\n");
  const Fact* a = find(doc, "12.410");
  const Fact* b = find(doc, "12.401");
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(a->note, "conflict");
  EXPECT_EQ(b->note, "conflict");
  EXPECT_FALSE(a->summary);
  EXPECT_FALSE(b->summary);
  bool warned = false;
  for (const Warning& w : doc.warnings) warned = warned || w.message.find("12.410, 12.401") != std::string::npos;
  EXPECT_TRUE(warned);
}

TEST(Facts, AnUndatedBulletinShowsNoFigureInTheRingkasan) {
  const Document doc = read_text(
      "Kasus Covid-19 di Kabupaten Banyumas\n\n"
      "Jumlah kasus positif Covid-19 di Kabupaten Banyumas mencapai 2.354 orang, dengan 1.980 pasien sembuh.\n");
  EXPECT_TRUE(doc.metadata.date.empty());
  EXPECT_TRUE(summary_of(doc).empty());
  const Fact* f = find(doc, "2.354");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->kind, "confirmed_total");
  EXPECT_EQ(f->note, "date-unknown");
}

TEST(Facts, AFigureOfAnotherPlaceStaysOutOfTheProvinceRingkasan) {
  const Document doc = read_text(
      "Covid-19 di Sulawesi Tengah Bertambah 40 Kasus\n\n"
      "Palu, Rabu (14/7/2021) - Kasus positif Covid-19 di Sulawesi Tengah bertambah 40 orang. "
      "Secara nasional, kasus positif bertambah 54.517 orang.\n");
  const Fact* national = find(doc, "54.517");
  ASSERT_NE(national, nullptr);
  EXPECT_EQ(national->scope.level, Scope::Level::Country);
  EXPECT_FALSE(national->summary);
  EXPECT_EQ(national->note, "other-place");
  // The headline and the lead both say 40: one line in the Ringkasan, the other a repeat.
  const Fact* headline = find(doc, "40");
  const Fact* lead = find(doc, "40", 1);
  ASSERT_NE(headline, nullptr);
  ASSERT_NE(lead, nullptr);
  EXPECT_EQ(headline->kind, "confirmed_new");
  EXPECT_EQ(lead->kind, "confirmed_new");
  EXPECT_TRUE(headline->summary);
  EXPECT_EQ(lead->note, "repeated");
}

TEST(Facts, RoundedFiguresAndNumbersThatCountNoPeopleAreNoFacts) {
  const Document doc = read_text(
      "Vaksinasi di Sumatera Barat\n\n"
      "Padang, Kamis (1/7/2021) - Lebih dari 2 ribu warga Sumatera Barat mendapat vaksin dosis 2 pada hari ini, "
      "sesuai Pergub Nomor 48 Tahun 2021.\n");
  for (const Fact& f : doc.facts) {
    EXPECT_NE(f.text, "2") << f.kind;
    EXPECT_NE(f.text, "48") << f.kind;
    EXPECT_NE(f.text, "2021") << f.kind;
  }
  EXPECT_TRUE(summary_of(doc).empty());
}

TEST(Facts, ThePlaceWithTheMostCasesIsAPartNotTheProvinceFigure) {
  const Document doc = read_text(
      "Kasus Covid-19 di Sulawesi Tengah\n\n"
      "Palu, Sabtu (20/2/2021) - Kasus positif Covid-19 di Sulawesi Tengah bertambah 49 orang pada hari ini. "
      "Kabupaten Banggai menjadi daerah dengan kasus baru terbanyak, yakni 17 orang.\n");
  const Fact* most = find(doc, "17");
  ASSERT_NE(most, nullptr);
  EXPECT_FALSE(most->summary);
  const Fact* all = find(doc, "49");
  ASSERT_NE(all, nullptr);
  EXPECT_TRUE(all->summary);
  EXPECT_EQ(all->date, "2021-02-20");
}

}  // namespace
}  // namespace aksesibel
