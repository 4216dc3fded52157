// The fact layer (lib/facts, docs/facts.md) on short bulletins written for
// these tests: what each figure counts, where, on which day, and which of
// them the Ringkasan shows. The shared corpus is scored as a whole by
// tests/eval/score; these cases pin down one rule each.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "aksesibel/convert.hpp"
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

// What the fact layer made of a figure, in one line: "active @Kalimantan Barat shown",
// "confirmed_new @Kota Palu part", "vaccinated_full (lansia) @Kabupaten Pekalongan shown";
// "absent" when the figure is no fact.
std::string about(const Document& doc, const std::string& text, std::size_t nth = 0) {
  const Fact* f = find(doc, text, nth);
  if (!f) return "absent";
  std::string out = f->kind;
  if (!f->population.empty()) out += " (" + f->population + ")";
  return out + " @" + f->scope.name + " " + (f->summary ? "shown" : f->note);
}

// The warning that two figures of the bulletin disagree, or "".
std::string contradiction(const Document& doc) {
  for (const Warning& w : doc.warnings)
    if (w.message.find("different figures") != std::string::npos) return w.message;
  return "";
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

// A regency's bulletin that breaks its new cases down by district (kecamatan):
// a district is below the gazetteer, and its figure is a part, not a second
// and different count of the regency's new cases. A region's name after
// "Kecamatan" ("Kecamatan Poso Kota") is the district's, not the regency.
TEST(Facts, FiguresOfADistrictVillageOrWardArePartsOfTheRegencysFigure) {
  const Document doc = read_text(
      "Update Covid-19 Kabupaten Banggai\n\n"
      "Luwuk, Senin (12/7/2021) - Satgas Covid-19 Kabupaten Banggai mencatat penambahan 47 kasus positif baru. "
      "Dari 47 kasus baru tersebut, 30 orang berasal dari Kecamatan Luwuk dan 17 orang dari Kecamatan Toili.\n\n"
      "Kasus baru juga tercatat 4 orang di Desa Bunta dan 2 orang di Kelurahan Maahas.\n");
  EXPECT_EQ(contradiction(doc), "");
  EXPECT_EQ(about(doc, "47"), "confirmed_new @Kabupaten Banggai shown");
  for (const char* part : {"30", "17", "4", "2"}) EXPECT_EQ(about(doc, part).find("shown"), std::string::npos) << part;
  // A headline naming a district of Poso does not make a provincial bulletin Poso's.
  const Document poso = read_text(
      "Klaster Baru Muncul di Kecamatan Poso Kota\n\n"
      "Palu, Senin (12/7/2021) - Dinas Kesehatan Sulawesi Tengah mencatat penambahan 20 kasus positif baru hari ini.\n");
  EXPECT_EQ(poso.metadata.main_place, "Sulawesi Tengah");
  EXPECT_EQ(about(poso, "20"), "confirmed_new @Sulawesi Tengah shown");
}

// "turun 210 dibanding kemarin" after a count is the change since yesterday:
// no count of the measure beside it, and no contradiction of it.
TEST(Facts, ADifferenceNextToACountTakesNotItsMeasure) {
  const Document doc = read_text(
      "Update Covid-19 Sulawesi Tengah\n\n"
      "Palu, Selasa (3/8/2021) - Kasus aktif per hari ini tercatat 4.102 orang, turun 210 dibanding kemarin.\n");
  EXPECT_EQ(about(doc, "4.102"), "active @Sulawesi Tengah shown");
  EXPECT_EQ(about(doc, "210"), "absent");
  EXPECT_EQ(contradiction(doc), "");
}

// A target or a plan is no count of those already vaccinated, wherever its
// word stands ("ditargetkan" after the figure, "akan" before it).
TEST(Facts, APlannedOrTargetedFigureIsNoCount) {
  const Document doc = read_text(
      "Vaksinasi Booster Lansia di Sigi\n\n"
      "Sigi, Senin (7/2/2022) - Sebanyak 1.250 lansia ditargetkan menerima booster dalam sepekan ke depan. "
      "Pekan depan akan divaksin 600 orang lagi. Hingga kemarin, 812 lansia sudah menerima booster.\n");
  EXPECT_EQ(about(doc, "1.250"), "absent");
  EXPECT_EQ(about(doc, "600"), "absent");
  EXPECT_NE(about(doc, "812").find("vaccinated_booster (lansia) @Kabupaten Sigi"), std::string::npos) << about(doc, "812");
}

// A standard to compare with ("standar WHO 5 persen", "ambang 10 persen") is
// a threshold, no rate of the province, and no second figure contradicting it.
TEST(Facts, AStandardComparedWithIsNoRate) {
  const Document doc = read_text(
      "Update Covid-19 Sulawesi Tengah\n\n"
      "Palu, Rabu (20/1/2021) - Dinas Kesehatan Sulawesi Tengah mencatat 95 kasus baru hari ini.\n\n"
      "Positivity rate mingguan tercatat 18 persen, jauh di atas standar WHO 5 persen.\n");
  EXPECT_EQ(about(doc, "5 persen"), "absent");
  EXPECT_EQ(contradiction(doc), "");
}

// A "yang" clause joining two measures ("isolasi mandiri maupun perawatan di
// rumah sakit") restricts the figure to neither: it stays what it names itself,
// and "yang sembuh dan meninggal" after bare patients is a sum of no one kind.
TEST(Facts, AYangClauseJoiningTwoMeasuresRestrictsToNeither) {
  const Document doc = read_text(
      "Update Covid-19 Sulawesi Tengah\n\n"
      "Palu, Kamis (5/8/2021) - Saat ini terdapat 7.066 kasus aktif yang menjalani isolasi mandiri maupun "
      "perawatan di rumah sakit. Sementara 2.114 pasien positif yang sembuh dan meninggal telah dicatat ulang. "
      "Sebanyak 640 kasus aktif yang dirawat di rumah sakit.\n");
  EXPECT_NE(about(doc, "7.066").find("active @Sulawesi Tengah"), std::string::npos) << about(doc, "7.066");
  EXPECT_EQ(about(doc, "2.114"), "absent");
  EXPECT_NE(about(doc, "640").find("hospitalised @Sulawesi Tengah"), std::string::npos) << about(doc, "640");
}

// A figure dated by a month only ("Pada Januari 2021 lalu") is that month's, not
// the bulletin's day's: it neither stands in the Ringkasan nor contradicts the day's.
TEST(Facts, AFigureOfAMonthIsNoFigureOfTheDay) {
  const Document doc = read_text(
      "Update Covid-19 Sulawesi Tengah\n\n"
      "Palu, Jumat (16/7/2021) - Dinas Kesehatan Sulawesi Tengah mencatat 210 kasus baru hari ini.\n\n"
      "Pada Januari 2021 lalu, kasus baru harian mencapai 350 kasus.\n");
  EXPECT_EQ(about(doc, "210"), "confirmed_new @Sulawesi Tengah shown");
  EXPECT_EQ(about(doc, "350"), "confirmed_new @Sulawesi Tengah month");
  ASSERT_NE(find(doc, "350"), nullptr);
  EXPECT_EQ(find(doc, "350")->date, "2021-01");
  EXPECT_EQ(contradiction(doc), "");
}

// "dibandingkan Senin (13/9) yang mencatat 95 kasus baru": the figure after a
// comparison in its own clause is the day compared with, no second figure of today.
TEST(Facts, AFigureAfterAComparisonInItsClauseIsEarlier) {
  const Document doc = read_text(
      "Update Covid-19 Sulawesi Tengah\n\n"
      "Palu, Selasa (14/9/2021) - Dinas Kesehatan Sulawesi Tengah mencatat 120 kasus baru hari ini. "
      "Angka ini naik dibandingkan Senin (13/9) yang mencatat 95 kasus baru.\n");
  EXPECT_EQ(about(doc, "120"), "confirmed_new @Sulawesi Tengah shown");
  EXPECT_EQ(about(doc, "95"), "confirmed_new @Sulawesi Tengah earlier");
  EXPECT_EQ(contradiction(doc), "");
}

// A dashboard row's "(+118)" after a total is the day's increase; a count at one
// moment ("Dirawat: 111 (-5)", "(+5)") only changed, and is no figure of its own.
TEST(Facts, ARowsBracketedIncreaseAfterATotalIsTheDaysNewFigure) {
  const Document doc = read_text(
      "Covid-19 di Sulawesi Tengah Hari Ini\n\n"
      "Palu, Kamis (10/2/2022) - Berikut data Covid-19 di Sulawesi Tengah hari ini.\n\n"
      "Positif: 47.902 (+118)\nSembuh: 46.011 ( +35 )\nMeninggal: 1.681 (+0)\nDirawat: 210 (+7)\n");
  EXPECT_EQ(about(doc, "47.902"), "confirmed_total @Sulawesi Tengah shown");
  EXPECT_EQ(about(doc, "118"), "confirmed_new @Sulawesi Tengah shown");
  EXPECT_EQ(about(doc, "35"), "recovered_new @Sulawesi Tengah shown");
  EXPECT_EQ(about(doc, "0"), "deaths_new @Sulawesi Tengah shown");
  EXPECT_EQ(about(doc, "7"), "absent");
  EXPECT_EQ(contradiction(doc), "");
}

// The headline's group ("Vaksinasi Anak …") holds for the figures that name none,
// until a sentence turns to everyone ("untuk masyarakat umum"): from there on a
// figure may be of either, and is not shown as the children's.
TEST(Facts, TheHeadlinesGroupEndsWhereTheBulletinTurnsToEveryone) {
  const Document doc = read_text(
      "Vaksinasi Anak di Sulteng Capai 40 Persen\n\n"
      "Palu, Jumat (4/2/2022) - Di Sulawesi Tengah, vaksinasi dosis pertama mencapai 132.514 orang.\n\n"
      "Sementara vaksinasi dosis lengkap untuk masyarakat umum mencapai 1.214.630 orang.\n\n"
      "Untuk vaksinasi booster, baru 98.441 orang yang telah menerimanya.\n");
  EXPECT_EQ(about(doc, "132.514"), "vaccinated_first (anak-anak) @Sulawesi Tengah shown");
  EXPECT_EQ(about(doc, "1.214.630"), "vaccinated_full @Sulawesi Tengah group");
  EXPECT_EQ(about(doc, "98.441"), "vaccinated_booster @Sulawesi Tengah group");
}

// A week's rate ("Positivity rate mingguan") is not the day's; an average rate
// ("angka rata-rata kesembuhan") stays a rate, and an average count is none.
TEST(Facts, AWeeksRateIsNoRateOfTheDayButAnAverageRateIs) {
  const Document doc = read_text(
      "Update Covid-19 Sulawesi Tengah\n\n"
      "Palu, Minggu (29/8/2021) - Rata-rata kasus baru di Sulawesi Tengah turun menjadi 142 kasus per hari. "
      "Positivity rate mingguan turun menjadi 12,4 persen. Angka rata-rata kesembuhan mencapai 91,5 persen.\n");
  EXPECT_EQ(about(doc, "142"), "absent");
  EXPECT_EQ(about(doc, "12,4 persen"), "absent");
  EXPECT_EQ(about(doc, "91,5 persen"), "recovery_rate @Sulawesi Tengah shown");
}

// "masih" before confirmed cases makes them the ones still positive, but not
// when they are the day's new cases ("masih tercatat 131 kasus baru").
TEST(Facts, NewCasesStillRecordedAreTheDaysNewCases) {
  const Document doc = read_text(
      "Update Covid-19 Sulawesi Tengah\n\n"
      "Palu, Minggu (29/8/2021) - Hari ini di Sulawesi Tengah masih tercatat 131 kasus baru. "
      "Masih ada 1.400 pasien terkonfirmasi yang dirawat.\n");
  EXPECT_EQ(about(doc, "131"), "confirmed_new @Sulawesi Tengah shown");
  EXPECT_EQ(about(doc, "1.400").find("confirmed"), std::string::npos) << about(doc, "1.400");
}

// "Sejak awal pandemi, … mencatat 1.012 kasus positif, 972 sembuh dan 37
// meninggal": totals; "nol kasus baru" is a day's figure of zero.
TEST(Facts, FiguresSinceThePandemicBeganAreTotalsAndNolIsZero) {
  const Document doc = read_text(
      "Update Covid-19 Banggai Kepulauan\n\n"
      "Salakan, Kamis (11/11/2021) - Kabupaten Banggai Kepulauan kembali mencatat nol kasus baru Covid-19. "
      "Sejak awal pandemi, Banggai Kepulauan mencatat 1.012 kasus positif, 972 sembuh dan 37 meninggal dunia.\n");
  EXPECT_EQ(about(doc, "nol"), "confirmed_new @Kabupaten Banggai Kepulauan shown");
  ASSERT_NE(find(doc, "nol"), nullptr);
  EXPECT_EQ(find(doc, "nol")->value, 0);
  EXPECT_EQ(about(doc, "1.012"), "confirmed_total @Kabupaten Banggai Kepulauan shown");
  EXPECT_EQ(about(doc, "972"), "recovered_total @Kabupaten Banggai Kepulauan shown");
  EXPECT_EQ(about(doc, "37"), "deaths_total @Kabupaten Banggai Kepulauan shown");
}

// Figures of another time ("tahun lalu", "tiga hari lalu", "pada puncak gelombang
// pertama", "sempat") are earlier: no second figure of the day beside the day's own.
TEST(Facts, FiguresOfAnEarlierTimeAreEarlier) {
  const Document doc = read_text(
      "Update Covid-19 Sulawesi Tengah\n\n"
      "Palu, Jumat (16/7/2021) - Dinas Kesehatan Sulawesi Tengah mencatat 210 kasus baru hari ini.\n\n"
      "Pada periode yang sama tahun lalu, kasus baru harian hanya 12 kasus.\n\n"
      "Tiga hari lalu, kasus baru harian mencapai 260 kasus.\n\n"
      "Pada puncak gelombang pertama, kasus baru harian mencapai 330 kasus.\n\n"
      "Kasus baru harian sempat menyentuh 290 kasus.\n");
  EXPECT_EQ(about(doc, "210"), "confirmed_new @Sulawesi Tengah shown");
  for (const char* earlier : {"12", "260", "330", "290"})
    EXPECT_EQ(about(doc, earlier), "confirmed_new @Sulawesi Tengah earlier") << earlier;
  EXPECT_EQ(contradiction(doc), "");
}

// "41 persen dari 198.000 lansia": the whole a share is taken of, no count of
// those vaccinated.
TEST(Facts, TheWholeOfAShareIsNoCount) {
  const Document doc = read_text(
      "Vaksinasi Lansia di Banyumas\n\n"
      "Purwokerto, Jumat (22/10/2021) - Di Kabupaten Banyumas, cakupan dosis pertama lansia baru 41 persen dari "
      "198.000 lansia.\n");
  EXPECT_EQ(about(doc, "198.000"), "absent");
}

// A rate "turun dari 89 persen pada awal Agustus menjadi 64 persen": 89 is the value
// before, 64 the day's; "Di RSUP Dr Sardjito sendiri BOR ICU masih 92 persen" is one
// hospital's, a part.
TEST(Facts, ARateFromOneValueToAnotherAndAHospitalsRate) {
  const Document doc = read_text(
      "Keterisian Tempat Tidur di DIY Turun\n\n"
      "Yogyakarta, Kamis (26/8/2021) - Keterisian tempat tidur isolasi di Daerah Istimewa Yogyakarta turun dari 89 "
      "persen pada awal Agustus menjadi 64 persen.\n\n"
      "\"Di RSUP Dr Sardjito sendiri BOR ICU masih 92 persen,\" kata Aji.\n");
  EXPECT_EQ(about(doc, "89 persen"), "bed_occupancy @Daerah Istimewa Yogyakarta earlier");
  EXPECT_EQ(about(doc, "64 persen"), "bed_occupancy @Daerah Istimewa Yogyakarta shown");
  EXPECT_EQ(about(doc, "92 persen").find("part"), about(doc, "92 persen").size() - 4) << about(doc, "92 persen");
  EXPECT_EQ(contradiction(doc), "");
}

// A weekday alone ("Adapun pada Selasa, …") dates a figure by the one date of the
// text printed with that weekday; without one, its date is not certain.
TEST(Facts, AWeekdayAloneIsTheDatePrintedWithIt) {
  const Document doc = read_text(
      "Ralat Data Covid-19 Bali\n\n"
      "Denpasar, Senin (2/8/2021) - Satgas Bali mencatat 1.385 kasus baru.\n\n"
      "\"Angka itu sudah benar,\" kata Rentin di Denpasar, Selasa (3/8/2021).\n\n"
      "Adapun pada Selasa, Bali melaporkan tambahan 1.412 kasus positif baru.\n\n"
      "Pada Jumat, Bali mencatat tambahan 48 pasien meninggal dunia.\n");
  ASSERT_NE(find(doc, "1.412"), nullptr);
  EXPECT_EQ(find(doc, "1.412")->date, "2021-08-03");
  EXPECT_EQ(about(doc, "1.385"), "confirmed_new @Bali shown");
  ASSERT_NE(find(doc, "48"), nullptr);
  EXPECT_EQ(find(doc, "48")->date, "");
  EXPECT_EQ(contradiction(doc), "");
}

// A group named in an earlier sentence of the paragraph ("untuk petugas pelayanan
// publik ditargetkan …. Hingga kini baru 14.306 orang …") may be the figure's: it is
// not shown as everyone's. "dua hari sebelumnya" dates its figure before the day.
TEST(Facts, AGroupNamedEarlierInTheParagraphMayBeTheFiguresGroup) {
  const Document doc = read_text(
      "Aceh Catat 58 Kasus Baru\n\n"
      "Banda Aceh, Kamis (11/3/2021) - Satgas Covid-19 Aceh melaporkan 58 kasus baru hari ini.\n\n"
      "Ia juga menyampaikan bahwa dua hari sebelumnya, Aceh mencatat 74 kasus baru.\n\n"
      "Vaksinasi tahap kedua untuk petugas pelayanan publik ditargetkan menjangkau 120.000 orang. Hingga kini baru "
      "14.306 orang yang sudah disuntik dosis pertama di Aceh.\n");
  EXPECT_EQ(about(doc, "58"), "confirmed_new @Aceh shown");
  EXPECT_EQ(about(doc, "74"), "confirmed_new @Aceh earlier");
  EXPECT_EQ(about(doc, "14.306"), "vaccinated_first @Aceh group");
  EXPECT_EQ(contradiction(doc), "");
}

// "Selain kasus baru, … 203 pasien yang sembuh": what "selain" sets aside is not
// what the figure counts; "1.602 orang meninggal dunia, sehingga kasus aktif …":
// figures of two measures are no increase and its total.
TEST(Facts, WhatSelainSetsAsideAndTwoMeasuresJoinedBySehingga) {
  const Document doc = read_text(
      "Update Covid-19 Riau\n\n"
      "Pekanbaru, Selasa (18/5/2021) - Hari ini tercatat 487 kasus baru di Riau. Selain kasus baru, hari ini ada 203 "
      "pasien yang sembuh.\n\n"
      "Sebanyak 54.932 orang sembuh dan 1.602 orang meninggal dunia, sehingga kasus aktif tercatat 4.873 orang.\n");
  EXPECT_EQ(about(doc, "203"), "recovered_new @Riau shown");
  EXPECT_EQ(about(doc, "1.602").find("deaths_new"), std::string::npos) << about(doc, "1.602");
  EXPECT_EQ(contradiction(doc), "");
}

// "angka kematian di Kaltim hari itu mencapai 39 orang": the day named and only a
// weak word of a total: the day's count or the total, not certain, and no line.
TEST(Facts, ADayNamedWithOnlyAWeakTotalWordIsNotCertain) {
  const Document doc = read_text(
      "Update Covid-19 Kalimantan Timur\n\n"
      "Samarinda, Jumat (23/7/2021) - Kaltim menambah 1.581 kasus baru. Adapun angka kematian di Kaltim hari itu "
      "mencapai 39 orang.\n");
  EXPECT_EQ(about(doc, "1.581"), "confirmed_new @Kalimantan Timur shown");
  EXPECT_EQ(about(doc, "39"), "absent");
}

// A kind whose only figure is a week or more older than the data ("tepatnya 15
// Oktober 2021, NTB masih mencatat 37 kasus baru" in a bulletin of 15 November) has
// no line: a reader would take it for the day's.
TEST(Facts, AFigureAWeekOrMoreOlderThanTheDataHasNoLine) {
  const Document doc = read_text(
      "NTB Nihil Kasus Baru\n\n"
      "Mataram, Senin (15/11/2021) - Total kasus positif di Nusa Tenggara Barat mencapai 27.518 orang. Pada 15 Oktober "
      "2021, NTB masih mencatat 37 kasus baru.\n");
  EXPECT_EQ(about(doc, "27.518"), "confirmed_total @Nusa Tenggara Barat shown");
  EXPECT_EQ(about(doc, "37"), "confirmed_new @Nusa Tenggara Barat earlier");
}

// "dari 9.840 kasus baru sejak 21 Juli hingga 3 Agustus": a closed period's count
// is no day's, and does not contradict the day's 786.
TEST(Facts, AClosedPeriodsCountIsNoDaysCount) {
  const Document doc = read_text(
      "Update Covid-19 Riau\n\n"
      "Pekanbaru, Rabu (4/8/2021) - Kepala Dinkes Riau mengatakan, dari 9.840 kasus baru sejak 21 Juli hingga 3 Agustus, "
      "sebanyak 1.771 kasus merupakan anak.\n\n"
      "Pada hari ini, Riau melaporkan penambahan 786 kasus positif.\n");
  EXPECT_EQ(about(doc, "786"), "confirmed_new @Riau shown");
  EXPECT_EQ(about(doc, "9.840"), "absent");
  EXPECT_EQ(contradiction(doc), "");
}

// "positivity rate Kota Bogor pekan lalu mencapai 18 persen": a history phrase
// before the figure in its sentence dates it before the bulletin, unless it is
// compared with or stands in another figure's brackets.
TEST(Facts, AHistoryPhraseBeforeTheFigureInItsSentence) {
  const Document doc = read_text(
      "PPKM di Kota Bogor\n\n"
      "Bogor, Jumat (5/2/2021) - Ia menyebut positivity rate Kota Bogor pekan lalu mencapai 18 persen. Hari ini "
      "terdapat jumlah yang sembuh sebanyak 30 orang (bertambah satu dari kemarin) dan 48 jiwa meninggal di Kota Bogor.\n");
  EXPECT_EQ(about(doc, "18 persen"), "positivity_rate @Kota Bogor earlier");
  EXPECT_EQ(about(doc, "48").find("earlier"), std::string::npos) << about(doc, "48");
}

// Families are no people ("3.250 keluarga yang menjalani isolasi mandiri"), an
// estimated range is no count ("diperkirakan antara 18.000 dan 21.000"), and those
// still waiting ("menunggu", "belum") are not vaccinated.
TEST(Facts, FamiliesEstimatesAndThoseWaitingAreNoCounts) {
  const Document doc = read_text(
      "Vaksinasi Lansia di Makassar\n\n"
      "Makassar, Kamis (15/7/2021) - Pemkot menyalurkan bantuan kepada 3.250 keluarga yang menjalani isolasi mandiri. "
      "Jumlah lansia yang menunggu dosis kedua diperkirakan antara 18.000 dan 21.000 orang. Sebanyak 9.000 lansia belum "
      "divaksin dosis pertama.\n");
  for (const char* none : {"3.250", "18.000", "21.000", "9.000"}) EXPECT_EQ(about(doc, none), "absent") << none;
}

// Rows that name no qualifier are totals on a dashboard, and under a total's row;
// under the day's row they may be either ("Kasus baru: 486 / Sembuh: 301"); a weak
// word in the label says the day ("Sembuh hari ini : 142").
TEST(Facts, RowsThatNameNoQualifierFollowTheRowAboveThem) {
  const Document doc = read_text(
      "Data Covid-19 NTT Hari Ini\n\n"
      "Kupang, Selasa (20/7/2021) - Dinas Kesehatan Nusa Tenggara Timur merilis data hari ini.\n\n"
      "Kasus baru: 486\nSembuh hari ini: 142\nSembuh: 301\nMeninggal: 11\nTotal kasus: 28.904\n\n"
      "Kota Kupang\n\nKasus baru: 75\nTotal: 5.017\nSembuh: 4.559\nMeninggal: 149\n");
  EXPECT_EQ(about(doc, "486"), "confirmed_new @Nusa Tenggara Timur shown");
  EXPECT_EQ(about(doc, "142"), "recovered_new @Nusa Tenggara Timur shown");
  EXPECT_EQ(about(doc, "301"), "absent");
  EXPECT_EQ(about(doc, "11"), "absent");
  EXPECT_EQ(about(doc, "28.904"), "confirmed_total @Nusa Tenggara Timur shown");
  EXPECT_NE(about(doc, "4.559").find("recovered_total @Kota Kupang"), std::string::npos) << about(doc, "4.559");
}

// "Dari jumlah tersebut" after a sentence with a total and its increase may mean
// either: its figures take neither's qualifier. "41 orang tanpa gejala (OTG) yang
// kini tengah dipantau di Kota Semarang": OTG, of Kota Semarang.
TEST(Facts, AnOpenAnaphorAndAPlaceAfterABracketedAbbreviation) {
  const Document doc = read_text(
      "Jateng: ODP Bertambah\n\n"
      "Semarang, Senin (6/4/2020) - Jumlah kasus positif Covid-19 di Jawa Tengah tercatat 132 orang, bertambah 13 "
      "orang dari hari sebelumnya. Dari jumlah tersebut, 14 orang meninggal dunia dan 17 orang sembuh.\n\n"
      "Gubernur juga menyebut ada 41 orang tanpa gejala (OTG) yang kini tengah dipantau di Kota Semarang.\n");
  EXPECT_EQ(about(doc, "13"), "confirmed_new @Jawa Tengah shown");
  EXPECT_EQ(about(doc, "14"), "absent");
  EXPECT_EQ(about(doc, "17"), "absent");
  EXPECT_EQ(about(doc, "41"), "otg @Kota Semarang other-place");
}

// "lebih banyak daripada kasus baru yang hanya 2.876 orang" is the figure compared
// with (a week's, here); "kasus baru kemarin hanya 14 orang, sedangkan pasien sembuh
// mencapai 97 orang": "mencapai" in a sentence about one day is not certainly a total.
TEST(Facts, AComparedFigureAndAWeakTotalInASentenceAboutADay) {
  const Document doc = read_text(
      "Update Covid-19 Sumatera Barat\n\n"
      "Padang, Minggu (22/8/2021) - Jumlah pasien sembuh di Sumatera Barat dalam sepekan mencapai 4.312 orang, lebih "
      "banyak daripada kasus baru yang hanya 2.876 orang. Kasus baru kemarin hanya 14 orang, sedangkan pasien sembuh "
      "mencapai 97 orang.\n");
  EXPECT_EQ(about(doc, "2.876").find("shown"), std::string::npos) << about(doc, "2.876");
  EXPECT_EQ(about(doc, "97"), "absent");
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
  EXPECT_EQ(about(doc, "591"), "active @Kalimantan Barat shown");
  EXPECT_EQ(about(doc, "635"), "active @Kalimantan Barat earlier");
}

TEST(Facts, TwoDifferentFiguresForTheSameThingAreAWarningAndNeitherIsShown) {
  const Document doc = read_text(
      "Update Covid-19 Jambi\n\n"
      "Jambi, Senin (5/7/2021) - Total kasus positif Covid-19 di Provinsi Jambi mencapai 12.410 orang.\n\n"
      "Dinas Kesehatan mencatat total kasus positif di Provinsi Jambi sebanyak 12.401 orang.\n");
  EXPECT_EQ(about(doc, "12.410"), "confirmed_total @Jambi conflict");
  EXPECT_EQ(about(doc, "12.401"), "confirmed_total @Jambi conflict");
  bool warned = false;
  for (const Warning& w : doc.warnings) warned = warned || w.message.find("12.410, 12.401") != std::string::npos;
  EXPECT_TRUE(warned);
}

TEST(Facts, AContradictionHasNoLineInAnyRingkasan) {
  // Neither total is shown, in any variant, and no line claims the source differs
  // (a misreading of ours could make that claim false); the warning tells the editor.
  const std::string text =
      "Update Covid-19 Jambi\n\n"
      "Jambi, Senin (5/7/2021) - Total kasus positif Covid-19 di Provinsi Jambi mencapai 12.410 orang. "
      "Pasien sembuh bertambah 85 orang.\n\n"
      "Dinas Kesehatan mencatat total kasus positif di Provinsi Jambi sebanyak 12.401 orang.\n";
  ConvertOptions o;
  o.read.format = InputFormat::Text;
  o.formats = {"plain", "html", "braille-text"};
  const Conversion r = convert(text, o);
  for (const Output& out : r.outputs) {
    EXPECT_EQ(out.content.find("12.410 ("), std::string::npos) << out.format;
    EXPECT_EQ(out.content.find("berbeda"), std::string::npos) << out.format;
  }
  const std::string& plain = r.outputs[0].content;
  EXPECT_NE(plain.find("Tambahan pasien sembuh di Jambi: 85 (data Senin, 5 Juli 2021)."), std::string::npos) << plain;
  EXPECT_EQ(plain.find("Jumlah kasus positif di Jambi"), std::string::npos) << plain;
}

TEST(Facts, AnUndatedBulletinShowsNoFigureInTheRingkasan) {
  const Document doc = read_text(
      "Kasus Covid-19 di Kabupaten Banyumas\n\n"
      "Jumlah kasus positif Covid-19 di Kabupaten Banyumas mencapai 2.354 orang, dengan 1.980 pasien sembuh.\n");
  EXPECT_TRUE(doc.metadata.date.empty());
  EXPECT_TRUE(summary_of(doc).empty());
  EXPECT_EQ(about(doc, "2.354"), "confirmed_total @Kabupaten Banyumas date-unknown");
}

TEST(Facts, AFigureOfAnotherPlaceStaysOutOfTheProvinceRingkasan) {
  const Document doc = read_text(
      "Covid-19 di Sulawesi Tengah Bertambah 40 Kasus\n\n"
      "Palu, Rabu (14/7/2021) - Kasus positif Covid-19 di Sulawesi Tengah bertambah 40 orang. "
      "Secara nasional, kasus positif bertambah 54.517 orang.\n");
  EXPECT_EQ(about(doc, "54.517"), "confirmed_new @Indonesia other-place");
  // The headline and the lead both say 40: one line in the Ringkasan, the other a repeat.
  EXPECT_EQ(about(doc, "40"), "confirmed_new @Sulawesi Tengah shown");
  EXPECT_EQ(about(doc, "40", 1), "confirmed_new @Sulawesi Tengah repeated");
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
  EXPECT_EQ(about(doc, "17"), "confirmed_new @Kabupaten Banggai part");
  EXPECT_EQ(summary_of(doc), (std::vector<std::string>{"confirmed_new=49@Sulawesi Tengah/2021-02-20"}));
}

TEST(Facts, ATotalThenTheIncreaseThatMadeIt) {
  // "mencapai 988 orang setelah … penambahan dua kasus": 988 in all, two that day.
  const Document doc = read_text(
      "Kasus Meninggal di Sumatera Barat\n\n"
      "Padang, Minggu (9/5/2021) - Pasien Covid-19 yang meninggal di Sumatera Barat mencapai 988 orang "
      "setelah dalam satu hari ada penambahan dua kasus.\n");
  EXPECT_EQ(about(doc, "988"), "deaths_total @Sumatera Barat shown");
  EXPECT_EQ(about(doc, "dua"), "deaths_new @Sumatera Barat shown");
}

TEST(Facts, AVariantsCountIsAGroupNeverAllCases) {
  // The variant named in the paragraph before a bare "N kasus" is what it counts.
  const Document doc = read_text(
      "Kasus Omicron di DKI Jakarta\n\n"
      "Jakarta, Sabtu (22/1/2022) - Kasus Covid-19 varian Omicron di DKI Jakarta terus bertambah.\n\n"
      "Data terkini sudah mencapai 1.313 kasus.\n\n"
      "Sementara itu, kasus Covid-19 secara umum di DKI Jakarta bertambah 1.828 orang sehingga totalnya 877.568 kasus.\n");
  EXPECT_EQ(about(doc, "1.313"), "confirmed_total (varian Omicron) @DKI Jakarta group");
  EXPECT_EQ(about(doc, "877.568"), "confirmed_total @DKI Jakarta shown");
}

TEST(Facts, PartsFollowersRetestsAndThresholdsAreNotTheProvinceFigures) {
  const Document doc = read_text(
      "Covid-19 di Nusa Tenggara Barat\n\n"
      "Mataram, Jumat (19/2/2021) - Hasil pemeriksaan hari ini: 5 sampel positif ulangan dan 39 sampel kasus baru "
      "positif Covid-19 di Nusa Tenggara Barat. Pasien sembuh terbanyak berasal dari Kota Mataram 13 orang, "
      "diikuti Kabupaten Lombok Barat 10 orang. Angka kematian di Nusa Tenggara Barat tercatat 4,1 persen, "
      "mendekati batas dari WHO, yaitu 5 persen. Sebanyak 30 provinsi mencatat kasus baru, 12 kasus di antaranya "
      "dari luar negeri.\n");
  // Only the new cases and the death rate; not the retests (5), the parts (13, 10, 12) nor the threshold.
  EXPECT_EQ(summary_of(doc), (std::vector<std::string>{"confirmed_new=39@Nusa Tenggara Barat/2021-02-19",
                                                       "death_rate=4,1 persen@Nusa Tenggara Barat/2021-02-19"}));
}

TEST(Facts, NewAndTotalBothSaidBeforeAFigureLeaveItsKindUnsaid) {
  // "kasus positif baru per hari ini": new ("baru") and as-of-today ("per hari ini") at once.
  const Document doc = read_text(
      "Kasus Covid-19 Nasional\n\n"
      "Jakarta, Sabtu (19/12/2020) - Total kasus kumulatif di Indonesia berjumlah 657.948 orang. "
      "Sedangkan, kasus positif baru per hari ini mencapai 7.751 orang.\n");
  EXPECT_EQ(about(doc, "657.948"), "confirmed_total @Indonesia shown");
  EXPECT_EQ(about(doc, "7.751"), "absent");
}

TEST(Facts, AGroupCarriesToTheNextVaccinationFigureButNotToTheWhole) {
  const Document doc = read_text(
      "Vaksinasi di Kabupaten Pekalongan\n\n"
      "Pekalongan, Selasa (2/11/2021) - Capaian vaksinasi dosis pertama di Kabupaten Pekalongan mencapai 353.498 orang.\n\n"
      "Sedangkan vaksinasi untuk lansia dari sasaran 73.847 orang untuk dosis pertama, capaiannya sebesar 21.757 dosis. Sedangkan untuk "
      "dosis kedua mencapai 10.909 dosis. Jumlah total capaian baik dosis pertama, kedua dan ketiga mencapai 502.469 dosis.\n");
  EXPECT_EQ(about(doc, "353.498"), "vaccinated_first @Kabupaten Pekalongan shown");
  EXPECT_EQ(about(doc, "21.757"), "vaccinated_first (lansia) @Kabupaten Pekalongan shown");
  EXPECT_EQ(about(doc, "10.909"), "vaccinated_full (lansia) @Kabupaten Pekalongan shown")
      << "the sentence goes on about the elderly";
  EXPECT_EQ(about(doc, "73.847"), "absent") << "a target is no count";
  EXPECT_EQ(about(doc, "502.469"), "absent") << "a sum of all doses is of no one kind";
}

TEST(Facts, AShortPlaceNameMeansTheReadingTheTextNamesInFull) {
  // "Pekalongan" is a regency and a city; the text names the regency.
  const Document doc = read_text(
      "Kasus Covid-19 di Pekalongan Bertambah\n\n"
      "Kajen, Senin (1/11/2021) - Dinas Kesehatan Kabupaten Pekalongan mencatat kasus positif bertambah tiga orang.\n");
  EXPECT_EQ(doc.metadata.main_place, "Kabupaten Pekalongan");
}

TEST(Facts, TheProvinceWithTheMostIsNoMainPlace) {
  const Document doc = read_text(
      "Kasus Meninggal Covid-19 Capai Rekor\n\n"
      "Jakarta, Kamis (28/1/2021) - Kasus meninggal Covid-19 di Indonesia bertambah 346 orang. Provinsi dengan "
      "pertambahan kasus meninggal terbanyak berada di Jawa Tengah, yakni 101 kasus.\n");
  EXPECT_EQ(doc.metadata.main_place, "Indonesia");
  EXPECT_EQ(summary_of(doc), (std::vector<std::string>{"deaths_new=346@Indonesia/2021-01-28"}));
}

TEST(Facts, OnePlaceAfterTerjadiDiIsWhereItHappened) {
  // "terjadi di" before one place says where; before several it spreads the figure.
  const Document doc = read_text(
      "Kasus Covid-19 di Gorontalo\n\n"
      "Gorontalo, Kamis (21/1/2021) - Kasus positif Covid-19 di Provinsi Gorontalo bertambah 28 orang. "
      "Penambahan tiga kasus baru juga terjadi di Kabupaten Gorontalo.\n");
  EXPECT_EQ(about(doc, "tiga"), "confirmed_new @Kabupaten Gorontalo other-place");
  EXPECT_EQ(about(doc, "28"), "confirmed_new @Gorontalo shown");
}

TEST(Facts, ADateItsWeekdayDisprovesDatesNoFigure) {
  // 30 May 2021 was a Sunday: "Senin (30/5/2021)" is a slip; the figures are of the Monday.
  const Document doc = read_text(
      "Kasus Covid-19 di Daerah Istimewa Yogyakarta\n\n"
      "YOGYAKARTA - Kasus positif Covid-19 di DIY bertambah 158 kasus menjadi 44.746 kasus sampai dengan Senin "
      "(30/5/2021).\n\n\"Hari ini ada 158 kasus baru,\" kata juru bicara, Senin (31/5/2021).\n");
  EXPECT_EQ(doc.metadata.date, "2021-05-31");
  for (const Fact& f : doc.facts) EXPECT_NE(f.date, "2021-05-30") << f.text;
  EXPECT_EQ(about(doc, "158"), "confirmed_new @Daerah Istimewa Yogyakarta shown");
}

TEST(Facts, MakaJoinsTheIncreasesToTheTotalsTheyMake) {
  const Document doc = read_text(
      "Covid-19 di Nusa Tenggara Barat\n\n"
      "Mataram, Selasa (11/5/2021) - Adanya tambahan 43 kasus baru terkonfirmasi positif Covid-19, maka jumlah "
      "pasien positif Covid-19 di Provinsi NTB sebanyak 12.749 orang, dengan perincian 587 orang meninggal dunia, "
      "1.073 orang masih positif dan 11.089 orang sudah sembuh.\n");
  EXPECT_EQ(about(doc, "43"), "confirmed_new @Nusa Tenggara Barat shown");
  EXPECT_EQ(about(doc, "12.749"), "confirmed_total @Nusa Tenggara Barat shown");
  EXPECT_EQ(about(doc, "1.073"), "active @Nusa Tenggara Barat shown");
}

// Cases found by reviewing the fact layer: each put a wrong figure, kind or date in the
// Ringkasan before it was fixed. Head is the headline and dateline they share.
const std::string kHead = "Kasus Covid-19 di Sulawesi Tengah\n\nPalu, Selasa (21/9/2021) - ";

std::vector<std::string> shown(const std::string& body) { return summary_of(read_text(kHead + body + "\n")); }

// A larger number in words is read whole ("dua belas" is 12, never 2), and it stands
// between the figures around it: "seratus orang, dan pasien meninggal bertambah 2 orang"
// had given the 2 to the recovered.
TEST(FactsReview, ALargerNumberInWordsIsReadWhole) {
  const Document doc = read_text(kHead + "Dinas Kesehatan Sulawesi Tengah mencatat dua belas orang meninggal dunia hari "
                                 "ini. Tiga puluh pasien sembuh hari ini. Kasus positif bertambah tiga ratus lima "
                                 "orang.\n");
  EXPECT_EQ(summary_of(doc), (std::vector<std::string>{"deaths_new=dua belas@Sulawesi Tengah/2021-09-21",
                                                       "recovered_new=Tiga puluh@Sulawesi Tengah/2021-09-21",
                                                       "confirmed_new=tiga ratus lima@Sulawesi Tengah/2021-09-21"}));
  for (const auto& [text, value] : std::vector<std::pair<std::string, double>>{{"dua belas", 12}, {"Tiga puluh", 30},
                                                                                {"tiga ratus lima", 305}}) {
    const Fact* f = find(doc, text);
    ASSERT_NE(f, nullptr) << text;
    EXPECT_EQ(f->value, value) << text;
  }
  EXPECT_EQ(shown("Pasien sembuh bertambah seratus orang, dan pasien meninggal bertambah 2 orang. Sebanyak dua "
                  "ribu lima ratus warga divaksin, dan lima belas ribu dosis tersedia."),
            (std::vector<std::string>{"recovered_new=seratus@Sulawesi Tengah/2021-09-21",
                                      "deaths_new=2@Sulawesi Tengah/2021-09-21"}));
}

TEST(FactsReview, HariIniIsTheBulletinsDayAndKemarinTheDayBefore) {
  EXPECT_EQ(shown("Pasien sembuh di Sulawesi Tengah hari ini bertambah 20 orang, sementara kemarin pasien meninggal "
                  "bertambah 2 orang."),
            (std::vector<std::string>{"recovered_new=20@Sulawesi Tengah/2021-09-21",
                                      "deaths_new=2@Sulawesi Tengah/2021-09-20"}));
  EXPECT_EQ(shown("Dinas Kesehatan Sulawesi Tengah kemarin melaporkan 38 kasus baru. Hari ini, jumlah pasien sembuh "
                  "bertambah 20 orang."),
            (std::vector<std::string>{"confirmed_new=38@Sulawesi Tengah/2021-09-20",
                                      "recovered_new=20@Sulawesi Tengah/2021-09-21"}));
}

// "Kemarin, Senin (20/9/2021), … Hari ini A bertambah …, sedangkan B bertambah …": the day said
// yesterday earlier in the paragraph is not the "hari ini" of the next sentence, for the
// figure in the sentence's second clause as for the first.
TEST(FactsReview, HariIniAfterADaySaidAsYesterdayIsTheBulletinsDay) {
  EXPECT_EQ(shown("Dinas Kesehatan Sulawesi Tengah mencatat 20 kasus baru hari ini.\n\nKemarin, Senin (20/9/2021), "
                  "tercatat 44 pasien sembuh dan 3 pasien meninggal dunia. Hari ini pasien sembuh bertambah 52 orang, "
                  "sedangkan pasien meninggal bertambah 2 orang."),
            (std::vector<std::string>{"confirmed_new=20@Sulawesi Tengah/2021-09-21",
                                      "recovered_new=52@Sulawesi Tengah/2021-09-21",
                                      "deaths_new=2@Sulawesi Tengah/2021-09-21"}));
}

// Figures of several days reported together (after a holiday, a weekend) are no day's
// figure: said in the headline ("Data Dua Hari, …": the number word is the phrase's),
// as a closed period whose first day is a bare number ("sejak 24 hingga 26 Desember"),
// or as "periode tersebut".
TEST(FactsReview, FiguresOfSeveralDaysTogetherAreNoDaysFigure) {
  EXPECT_EQ(summary_of(read_text("Data Dua Hari, Kasus Covid-19 Sulteng Bertambah 1.104\n\nPalu, Selasa (21/9/2021) - "
                                 "Jumlah kasus positif di Sulawesi Tengah kini mencapai 46.205 orang.\n")),
            (std::vector<std::string>{"confirmed_total=46.205@Sulawesi Tengah/2021-09-21"}));
  EXPECT_TRUE(shown("Penambahan 96 kasus baru di Sulawesi Tengah merupakan akumulasi data sejak 18 hingga 20 "
                    "September 2021.")
                  .empty());
  EXPECT_TRUE(shown("Laporan Sulawesi Tengah tertunda sejak Sabtu. Pasien sembuh bertambah 77 orang pada periode "
                    "tersebut.")
                  .empty());
}

// A named hospital opening the figure's clause as its subject: its bed occupancy, not the
// province's; the referral hospitals of the province stay the province's.
TEST(FactsReview, ANamedHospitalAsSubjectPlacesItsFigure) {
  EXPECT_EQ(shown("RS PKU Muhammadiyah Gamping mencatat BOR 93 persen. Hari ini Sulawesi Tengah mencatat 40 kasus "
                  "baru."),
            (std::vector<std::string>{"confirmed_new=40@Sulawesi Tengah/2021-09-21"}));
  EXPECT_EQ(shown("BOR rumah sakit rujukan di Sulawesi Tengah hari ini mencapai 71 persen."),
            (std::vector<std::string>{"bed_occupancy=71 persen@Sulawesi Tengah/2021-09-21"}));
}

// "anak 6-11 tahun": an age range written with a dash is no count at either end; the
// count follows it.
TEST(FactsReview, EitherEndOfADashedRangeIsNoFigure) {
  EXPECT_EQ(shown("Dinas Kesehatan Sulawesi Tengah mencatat vaksinasi dosis pertama untuk anak 6-11 tahun hari ini "
                  "sudah diberikan kepada 9.812 anak."),
            (std::vector<std::string>{"vaccinated_first=9.812@Sulawesi Tengah/2021-09-21"}));
  EXPECT_TRUE(shown("Kasus baru di Sulawesi Tengah hari ini diperkirakan 10-15 orang.").empty());
}

// "Dengan tambahan ini, jumlah pasien positif … 1.005 orang": the total the addition made.
TEST(FactsReview, TheTotalAfterDenganTambahanIni) {
  EXPECT_EQ(shown("Hasil uji laboratorium hari ini menemukan 12 kasus positif baru. Dengan tambahan ini, jumlah pasien "
                  "positif di Sulawesi Tengah 1.005 orang, sembuh 561 orang."),
            (std::vector<std::string>{"confirmed_new=12@Sulawesi Tengah/2021-09-21",
                                      "confirmed_total=1.005@Sulawesi Tengah/2021-09-21",
                                      "recovered_total=561@Sulawesi Tengah/2021-09-21"}));
}

// Beds of the intensive care unit, a laboratory's capacity and doses made ready are not the
// province's bed occupancy, specimens tested nor people vaccinated.
TEST(FactsReview, IcuBedsCapacityAndDosesMadeReadyAreNoneOfTheSummary) {
  EXPECT_TRUE(shown("Tingkat keterisian tempat tidur (BOR) ICU di Sulawesi Tengah hari ini sebesar 67,45%.").empty());
  EXPECT_TRUE(shown("Kapasitas laboratorium PCR di Sulawesi Tengah hari ini meningkat menjadi 1.200 sampel/hari.").empty());
  EXPECT_TRUE(shown("Di Sulawesi Tengah, 4.000 dosis vaksin tambahan disiapkan hari ini untuk vaksinasi dosis ketiga.")
                  .empty());
}

// "Penyintas" are the recovered; "per 100.000 penduduk" is a rate's base and "237,5" no count.
TEST(FactsReview, SurvivorsRecoveredAndARatesBaseNoCount) {
  EXPECT_EQ(shown("Kasus positif di Sulawesi Tengah bertambah 263 orang, sehingga totalnya menjadi 25.481 orang. "
                  "Penyintas bertambah 141 orang, total 16.837 orang. Rasio kasus per 100.000 penduduk mencapai 237,5."),
            (std::vector<std::string>{"confirmed_new=263@Sulawesi Tengah/2021-09-21",
                                      "confirmed_total=25.481@Sulawesi Tengah/2021-09-21",
                                      "recovered_new=141@Sulawesi Tengah/2021-09-21",
                                      "recovered_total=16.837@Sulawesi Tengah/2021-09-21"}));
}

// "Positif: 1.104 (-56)" above "Sembuh: 56.780": a dashboard's active cases under the
// label of the total; a total below its recovered and dead is none, and neither they.
TEST(FactsReview, ATotalSmallerThanItsRecoveredAndDeadIsNoTotal) {
  const Document doc = read_text(kHead + "Berikut data Covid-19 Sulawesi Tengah hari ini.\n\nPositif: 1.104\n"
                                 "Sembuh: 56.780\nMeninggal: 2.981\n");
  EXPECT_TRUE(summary_of(doc).empty());
  EXPECT_EQ(about(doc, "1.104"), "confirmed_total @Sulawesi Tengah inconsistent");
  bool warned = false;
  for (const Warning& w : doc.warnings) warned = warned || w.message.find("is smaller than the recovered") != std::string::npos;
  EXPECT_TRUE(warned);
}

// "sebelas kasus baru, bertambah lima dibanding kemarin": the change of the day's figure
// compared with yesterday is no second count of new cases.
TEST(FactsReview, AChangeComparedWithAnotherDayIsNoCount) {
  EXPECT_EQ(shown("Sulawesi Tengah hari ini mencatat sebelas kasus baru, bertambah lima dibanding kemarin yang enam "
                  "kasus."),
            (std::vector<std::string>{"confirmed_new=sebelas@Sulawesi Tengah/2021-09-21"}));
  EXPECT_EQ(shown("Kasus positif di Sulawesi Tengah hari ini bertambah 120 orang dibanding kemarin."),
            (std::vector<std::string>{"confirmed_new=120@Sulawesi Tengah/2021-09-21"}));
}

// "turun dari 1.200 ke 950", "naik dari 45 menjadi 60": the value before and the one the
// same thing became, of the same kind (new cases stay new cases, not a total).
TEST(FactsReview, FromOneValueToAnotherKeepsTheKind) {
  EXPECT_EQ(shown("Kasus aktif di Sulawesi Tengah hari ini turun dari 1.200 ke 950 orang. Kasus baru naik dari 45 "
                  "menjadi 60 orang."),
            (std::vector<std::string>{"active=950@Sulawesi Tengah/2021-09-21",
                                      "confirmed_new=60@Sulawesi Tengah/2021-09-21"}));
  // "ke" alone still makes an ordinal no figure.
  EXPECT_TRUE(shown("Vaksinasi dosis ke 3 di Sulawesi Tengah dimulai hari ini.").empty());
}

// From a fourth probe: "Minggu lalu, per Jumat (3/9)" is no date of the data; "2.000
// lebih" is a rounded figure; a cluster's cases are a part; stock made ready for next
// week is no one vaccinated.
TEST(FactsReview, LastWeeksDateRoundedFiguresClustersAndNextWeeksStock) {
  const Document doc = read_text(
      "Kasus Covid-19 di Kota Palu\n\nPalu, Jumat (24/9/2021) - Pada hari ini sendiri terdapat 38 kasus baru di "
      "Kota Palu. Minggu lalu, per Jumat (17/9), jumlah kasus aktif 1.104 orang.\n");
  EXPECT_EQ(doc.metadata.data_date, "2021-09-24");
  EXPECT_TRUE(shown("\"Kasus aktif di Sulawesi Tengah kita masih 2.000 lebih,\" katanya hari ini.").empty());
  EXPECT_TRUE(shown("Dinas Kesehatan Sulawesi Tengah hari ini menemukan tiga klaster baru dengan 27 kasus positif.")
                  .empty());
  EXPECT_TRUE(shown("Dinas Kesehatan Sulawesi Tengah juga menyiapkan 15.000 dosis booster untuk lansia pekan depan.")
                  .empty());
  EXPECT_TRUE(shown("Di Sulawesi Tengah hari ini ditemukan 9 kasus baru terkait hajatan pernikahan.").empty());
}

// The headline's "Bertambah 412 Orang" is the lead's Monday figure, not a second figure
// of the bulletin's Tuesday that contradicts Tuesday's 389.
TEST(FactsReview, TheHeadlinesFigureTakesTheDayTheBodyGivesIt) {
  const Document doc = read_text(
      "Kasus Covid-19 di Sulawesi Tengah Bertambah 412 Orang\n\nPalu, Selasa (21/9/2021) - Kasus positif di "
      "Sulawesi Tengah pada Senin (20/9/2021) bertambah 412 orang.\n\nHari ini kasus positif di Sulawesi Tengah "
      "bertambah 389 orang.\n");
  EXPECT_EQ(contradiction(doc), "");
  EXPECT_EQ(summary_of(doc), (std::vector<std::string>{"confirmed_new=389@Sulawesi Tengah/2021-09-21"}));
}

// A regency's bulletin quoting its province: the province named in an earlier sentence of
// the paragraph may still hold for a figure that names no place; not certain.
TEST(FactsReview, APlaceOutsideTheMainOneInAnEarlierSentenceMayStillHold) {
  const Document doc = read_text(
      "Kasus Covid-19 di Kabupaten Sigi\n\nSigi, Selasa (21/9/2021) - Kabupaten Sigi hari ini mencatat 18 kasus "
      "baru.\n\nDi tingkat Sulawesi Tengah, kasus baru hari ini mencapai 470. Pasien sembuh bertambah 286 orang, dan "
      "kematian 24 orang.\n");
  EXPECT_EQ(summary_of(doc), (std::vector<std::string>{"confirmed_new=18@Kabupaten Sigi/2021-09-21"}));
  EXPECT_EQ(about(doc, "286"), "recovered_new @ place-unclear");
}

// "Hari ini saja, 48.120 orang menerima dosis pertama": the day's doses are no count of
// the vaccinated, and no contradiction of it.
TEST(FactsReview, TheDaysDosesAreNoCountOfTheVaccinated) {
  const Document doc = read_text(kHead + "Hingga hari ini, 3.412.880 warga Sulawesi Tengah sudah menerima vaksin dosis "
                                 "pertama. Hari ini saja, 48.120 orang menerima dosis pertama.\n");
  EXPECT_EQ(contradiction(doc), "");
  EXPECT_EQ(summary_of(doc), (std::vector<std::string>{"vaccinated_first=3.412.880@Sulawesi Tengah/2021-09-21"}));
}

// "15 orang meninggal dunia dengan status suspek dan probable": deaths of unconfirmed cases
// are neither the suspect count nor the confirmed deaths, and no contradiction of them.
TEST(FactsReview, DeathsOfUnconfirmedCasesAreNoKind) {
  EXPECT_TRUE(shown("Hari ini sebanyak 15 orang meninggal dunia dengan status suspek dan probable di Sulawesi "
                    "Tengah.")
                  .empty());
  // Deaths with a comorbidity, and a suspect count after them, stay what they are.
  EXPECT_EQ(shown("Di Sulawesi Tengah hari ini 15 orang meninggal dunia dengan penyakit penyerta, dan 842 kasus suspek."),
            (std::vector<std::string>{"deaths_new=15@Sulawesi Tengah/2021-09-21", "suspect=842@Sulawesi Tengah/2021-09-21"}));
}

TEST(FactsReview, BackgroundAndComparedDatesDateNoFigure) {
  EXPECT_EQ(shown("Sejak kasus perdana ditemukan di Palu pada 28 Maret 2020, jumlah kasus positif di Sulawesi Tengah "
                  "mencapai 46.120 orang."),
            (std::vector<std::string>{"confirmed_total=46.120@Sulawesi Tengah/2021-09-21"}));
  EXPECT_EQ(shown("Dibanding Rabu kemarin, ada 50 kasus baru di Sulawesi Tengah hari ini."),
            (std::vector<std::string>{"confirmed_new=50@Sulawesi Tengah/2021-09-21"}));
}

TEST(FactsReview, AWeeksFigureIsNoDaysFigure) {
  EXPECT_TRUE(shown("Dinas Kesehatan Sulawesi Tengah mencatat minggu ini ada 120 kasus baru Covid-19.").empty());
  EXPECT_TRUE(shown("Dinas Kesehatan Sulawesi Tengah mencatat selama minggu kemarin ada 300 kasus baru.").empty());
}

TEST(FactsReview, NewCasesRisingToAFigureAreNotTheTotal) {
  for (const std::string& f : shown("Kasus baru Covid-19 di Sulawesi Tengah hari ini naik menjadi 50 orang."))
    EXPECT_EQ(f.find("confirmed_total"), std::string::npos) << f;
}

TEST(FactsReview, ATurnToAnotherThingIsNotTheDaysIncrease) {
  for (const std::string& f : shown("Hari ini kasus positif di Sulawesi Tengah bertambah 80 orang, sedangkan pasien "
                                    "sembuh 43.000 orang dan meninggal dunia 1.200 orang."))
    EXPECT_TRUE(f.find("43.000") == std::string::npos || f.find("recovered_new") == std::string::npos) << f;
  for (const std::string& f : shown("Kasus baru Covid-19 di Sulawesi Tengah hari ini bertambah 80 orang, sementara "
                                    "jumlah pasien sembuh 43.000 orang."))
    EXPECT_EQ(f.find("recovered_new=43.000"), std::string::npos) << f;
}

TEST(FactsReview, TheCountryAfterAFigureIsItsPlace) {
  EXPECT_EQ(shown("Di Sulawesi Tengah, pasien sembuh bertambah 40 orang hari ini. Adapun kasus meninggal bertambah "
                  "120 orang secara nasional."),
            (std::vector<std::string>{"recovered_new=40@Sulawesi Tengah/2021-09-21"}));
}

TEST(FactsReview, ACitysBulletinDoesNotTakeAWholeProvincesFigure) {
  const Document doc = read_text(
      "Pasien Sembuh di Palu Bertambah\n\nPalu, Selasa (21/9/2021) - Dinas Kesehatan Sulawesi Tengah mencatat "
      "pasien sembuh di Kota Palu bertambah 12 orang hari ini.\n\nSecara keseluruhan, jumlah kasus positif kini "
      "mencapai 46.120 orang, dengan 1.500 orang meninggal dunia.\n");
  EXPECT_EQ(doc.metadata.main_place, "Kota Palu");
  EXPECT_EQ(summary_of(doc), (std::vector<std::string>{"recovered_new=12@Kota Palu/2021-09-21"}));
}

TEST(FactsReview, OffsetsPointAtTheFigureNotInsideAnotherNumber) {
  const std::string text = kHead + "Di Sulawesi Tengah hingga pukul 15.00 WITA hari ini, kasus baru bertambah 5 orang.\n";
  const Document doc = read_text(text);
  const Fact* f = find(doc, "5");
  ASSERT_NE(f, nullptr);
  ASSERT_LT(f->begin, f->end);
  EXPECT_EQ(text.substr(f->begin - 10, 11), "bertambah 5");
}

TEST(FactsReview, DigitsOfAnotherScriptInATimeStampAreNoInternalError) {
  EXPECT_NO_THROW(read_text("Kasus Covid-19 di Sulawesi Tengah Bertambah\n\nFri, \xD9\xA1\xD9\xA2/06/2021\n\n"
                            "Dinas Kesehatan Sulawesi Tengah mencatat 20 kasus baru hari ini.\n\nPasien sembuh "
                            "bertambah 10 orang.\n"));
}

// A rate or a count of tests by one method is that method's: shown with it, never as the
// rate of all tests, and two methods' rates are no contradiction. Two methods in one
// clause may be both together or one of them: not shown.
TEST(Facts, ATestMethodLimitsAPositivityRateOrATestCount) {
  const Document doc = read_text(
      "Update Covid-19 Sulawesi Tengah\n\n"
      "Palu, Selasa (3/8/2021) - Positivity rate PCR hari ini 12,5 persen, sedangkan positivity rate antigen "
      "4,1 persen. Kasus baru bertambah 120 orang.\n\n"
      "Spesimen yang diperiksa melalui PCR dan TCM hari ini sebanyak 1.480 sampel.\n");
  EXPECT_EQ(contradiction(doc), "");
  EXPECT_EQ(about(doc, "12,5 persen"), "positivity_rate (PCR) @Sulawesi Tengah shown");
  EXPECT_EQ(about(doc, "4,1 persen"), "positivity_rate (antigen) @Sulawesi Tengah shown");
  EXPECT_EQ(about(doc, "120"), "confirmed_new @Sulawesi Tengah shown");
  EXPECT_EQ(about(doc, "1.480").find("shown"), std::string::npos) << about(doc, "1.480");
}

// A claim reported, denied or asked about is no count: "membantah kabar yang menyebut 100
// warga meninggal", "pesan berantai menyebut … bertambah 500", a headline asking
// "Benarkah …?". Nor is what could happen ("bisa mencapai 5.000", "bisa 1.000 orang
// sehari", "memperkirakan … 50 orang"); the day's figures beside them stay.
TEST(Facts, AClaimDeniedAskedOrForecastIsNoCount) {
  const Document denied = read_text(
      "Dinkes Bantah Kabar 100 Warga Meninggal\n\n"
      "Sigi, Rabu (14/7/2021) - Dinas Kesehatan Kabupaten Sigi membantah kabar yang menyebut 100 warga "
      "meninggal dunia akibat Covid-19 dalam sehari. Menurut dia, kasus baru hari ini 21 orang.\n");
  EXPECT_EQ(about(denied, "100", 1), "absent");
  EXPECT_EQ(about(denied, "21"), "confirmed_new @Kabupaten Sigi shown");
  const Document asked = read_text(
      "Benarkah Kasus Covid-19 di Kota Palu Bertambah 500 Hari Ini?\n\n"
      "Palu, Rabu (14/7/2021) - Pesan berantai menyebut kasus baru di Kota Palu bertambah 500 orang hari ini. "
      "Data resmi mencatat total kasus positif di Kota Palu 6.204 orang.\n");
  EXPECT_EQ(about(asked, "500"), "absent");
  EXPECT_EQ(about(asked, "500", 1), "absent");
  EXPECT_EQ(about(asked, "6.204"), "confirmed_total @Kota Palu shown");
  const Document forecast = read_text(
      "Satgas Ingatkan Lonjakan Kasus di Sulawesi Tengah\n\n"
      "Palu, Selasa (25/5/2021) - \"Jika masyarakat abai, kasus aktif bisa mencapai 5.000 orang,\" kata juru bicara. "
      "Kalau tidak ada pembatasan, kasus baru bisa 1.000 orang sehari. Ia memperkirakan angka kematian "
      "bisa mencapai 50 orang per pekan.\n\nHari ini, kasus baru bertambah 312 orang.\n");
  for (const char* figure : {"5.000", "1.000", "50"}) EXPECT_EQ(about(forecast, figure), "absent") << figure;
  EXPECT_EQ(about(forecast, "312"), "confirmed_new @Sulawesi Tengah shown");
}

// "2.410 spesimen …, terdiri dari 1.320 sampel PCR": a breakdown of the figure before into
// parts of the same thing; "121 kasus, terdiri dari … 14 meninggal" counts another thing.
TEST(Facts, ABreakdownIntoTheSameThingIsAPart) {
  const Document doc = read_text(
      "Update Covid-19 Kota Palu\n\n"
      "Palu, Selasa (7/9/2021) - Dinas Kesehatan Kota Palu mencatat 2.410 spesimen diperiksa pada Selasa "
      "(7/9/2021), terdiri dari 1.320 sampel PCR dan 1.090 tes antigen.\n");
  EXPECT_EQ(about(doc, "2.410"), "specimens_new @Kota Palu shown");
  EXPECT_EQ(about(doc, "1.320").find("shown"), std::string::npos) << about(doc, "1.320");
}

// Figures of kinds of text written for the purpose, each shown before as a count of the
// whole place: a group of people not in the gazetteer's sense (doctors, inmates, close
// contacts, workers), a number in a school's name, a change of a rate, a lower bound, a
// vaccine stock, the deaths of PDP and ODP, a fourth dose.
TEST(Facts, ABoundWrittenAsASignIsNoCount) {
  const Document doc = read_text("Update Covid-19 Kabupaten Sigi\n\nSigi, Rabu (14/7/2021) - BOR rumah sakit sudah < 60%, "
                                 "sepekan lalu \u00b1 90 persen. Kasus baru bertambah 40 orang.\n");
  EXPECT_EQ(summary_of(doc), (std::vector<std::string>{"confirmed_new=40@Kabupaten Sigi/2021-07-14"}));
  // Markup read as text ("<strong>14.054") is no sign before the figure.
  const Document markup = read_text("Update Covid-19 Kabupaten Sigi\n\nSigi, Rabu (14/7/2021) - Jumlah kasus positif "
                                    "kini mencapai <strong>14.054 orang</strong>.\n");
  EXPECT_EQ(summary_of(markup), (std::vector<std::string>{"confirmed_total=14.054@Kabupaten Sigi/2021-07-14"}));
}

TEST(Facts, GroupsNamesChangesBoundsAndStocksAreNoCountOfThePlace) {
  auto summary = [](const std::string& body) {
    return summary_of(read_text("Update Covid-19 Kabupaten Sigi\n\nSigi, Rabu (14/7/2021) - " + body + "\n"));
  };
  const std::vector<std::string> only_new = {"confirmed_new=40@Kabupaten Sigi/2021-07-14"};
  EXPECT_EQ(summary("Tiga dokter meninggal dunia hari ini. Kasus baru bertambah 40 orang."), only_new);
  EXPECT_EQ(summary("Sebanyak 45 warga binaan lapas terkonfirmasi positif hari ini. Kasus baru bertambah 40 orang."), only_new);
  EXPECT_EQ(summary("Sebanyak 1.204 kontak erat menjalani karantina mandiri. Kasus baru bertambah 40 orang."), only_new);
  EXPECT_EQ(summary("Selain itu, 6 karyawan pabrik juga positif hari ini. Kasus baru bertambah 40 orang."), only_new);
  EXPECT_EQ(summary("Sebanyak 15 siswa SMA Negeri 1 Sigi terkonfirmasi positif hari ini. Kasus baru bertambah 40 orang."), only_new);
  EXPECT_EQ(summary("Angka kematian naik 35 persen dibanding Juni, kesembuhan meningkat sebesar 12 persen. "
                    "Kasus baru bertambah 40 orang."),
            only_new);
  EXPECT_EQ(summary("Sedikitnya 15 warga meninggal dunia hari ini. Setidaknya 230 kasus baru tercatat. "
                    "Kasus baru bertambah 40 orang."),
            only_new);
  EXPECT_EQ(summary("Stok vaksin untuk dosis pertama tinggal 12.400 dosis. Sigi menerima 15.000 dosis vaksin untuk dosis "
                    "kedua. Kasus baru bertambah 40 orang."),
            only_new);
  EXPECT_EQ(summary("Sebanyak 2 PDP meninggal dunia hari ini, dan 3 ODP juga meninggal dunia. Kasus baru bertambah 40 orang."),
            only_new);
  EXPECT_EQ(summary("Vaksinasi booster kedua atau dosis keempat telah diberikan kepada 4.120 orang. Kasus baru bertambah "
                    "40 orang."),
            only_new);
  EXPECT_EQ(summary("Sebanyak 41 kasus probable juga tercatat hari ini. Kasus baru bertambah 40 orang."), only_new);
}

// A period longer than a day ("dalam 14 hari terakhir", "sejak awal bulan ini", "selama
// PPKM", "sepanjang 2021") is no day's count; the day's figure beside it is.
TEST(Facts, AFigureOfALongerPeriodIsNoDaysCount) {
  const Document doc = read_text(
      "Update Covid-19 Sulawesi Tengah\n\nPalu, Rabu (13/10/2021) - Dalam 14 hari terakhir tercatat 1.320 kasus baru. "
      "Selama sepuluh hari terakhir, pasien sembuh bertambah 2.410 orang. Sejak awal bulan ini, pasien meninggal "
      "bertambah 61 orang. Selama PPKM Level 4, kasus baru bertambah 3.410 orang. Sepanjang 2021, pasien meninggal "
      "bertambah 2.504 orang.\n\nPada Rabu (13/10/2021), kasus baru tercatat 71 orang.\n");
  EXPECT_EQ(summary_of(doc), (std::vector<std::string>{"confirmed_new=71@Sulawesi Tengah/2021-10-13"}));
}

// In a province's bulletin, a national source's figure with no place of its own may be the
// country's, and another country's figure is never the main place's.
TEST(Facts, ANationalSourcesOrAnotherCountrysFigureIsNotTheMainPlaces) {
  const Document province = read_text(
      "Kasus Baru Covid-19 di Sulawesi Tengah Bertambah 204 Orang\n\nPalu, Rabu (11/8/2021) - Satgas Penanganan "
      "Covid-19 Sulawesi Tengah mencatat 204 kasus baru hari ini. Sementara itu, data Kementerian Kesehatan mencatat "
      "pasien meninggal bertambah 1.579 orang hari ini. Menurut data pemerintah pusat, pasien sembuh bertambah "
      "31.000 orang.\n");
  EXPECT_EQ(summary_of(province), (std::vector<std::string>{"confirmed_new=204@Sulawesi Tengah/2021-08-11"}));
  const Document country = read_text(
      "Kemenkes: Kasus Baru Covid-19 Nasional Bertambah 38.391\n\nJakarta, Selasa (20/7/2021) - Kementerian Kesehatan "
      "mencatat 38.391 kasus baru Covid-19 di Indonesia hari ini. Malaysia hari ini mencatat 93 pasien meninggal dan "
      "Singapura 2 pasien meninggal.\n");
  EXPECT_EQ(summary_of(country), (std::vector<std::string>{"confirmed_new=38.391@Indonesia/2021-07-20"}));
}

}  // namespace
}  // namespace aksesibel
