// Recognition of numbers, percentages, money, dates, times and abbreviations.
#include <gtest/gtest.h>

#include "data/data_dir.hpp"
#include "data/language_data.hpp"
#include "recognise/recognise.hpp"

namespace aksesibel::text {
namespace {

const Recogniser& recogniser() {
  static auto data = data::load_language_data(data::data_directory(""));
  return recogniser_for(*data);
}

Inlines recognise(std::string_view s, std::vector<Warning>* warnings = nullptr) {
  std::vector<Warning> w;
  Inlines out = recogniser().recognise(s, w, {"t", 1, std::nullopt});
  if (warnings) *warnings = w;
  EXPECT_EQ(plain_text(out), s) << "recognition must keep the text as spelled";
  return out;
}

std::vector<Inline> of_kind(const Inlines& in, Inline::Kind k) {
  std::vector<Inline> out;
  for (const Inline& i : in)
    if (i.kind == k) out.push_back(i);
  return out;
}

// The single typed inline recognised in `s`.
Inline only(std::string_view s, Inline::Kind k) {
  auto found = of_kind(recognise(s), k);
  EXPECT_EQ(found.size(), 1u) << s;
  return found.empty() ? Inline{} : found[0];
}

using K = Inline::Kind;

TEST(Numbers, ThousandsPointsAndDecimalComma) {
  EXPECT_EQ(only("kumulatif 14.054 orang", K::Number).value, 14054);
  EXPECT_EQ(only("sebanyak 1.250.000 dosis", K::Number).value, 1250000);
  EXPECT_DOUBLE_EQ(only("rata-rata 95,5 dari", K::Number).value, 95.5);
  EXPECT_DOUBLE_EQ(only("nilai 1.234,5 ton", K::Number).value, 1234.5);
  EXPECT_EQ(only("ada 2745 kasus", K::Number).value, 2745);
  EXPECT_EQ(only("ada 2745 kasus", K::Number).text, "2745");
}

TEST(Numbers, ScaleWordsAreHeldWithTheirNumber) {
  Inline n = only("sekitar 1,2 juta dosis vaksin", K::Number);
  EXPECT_EQ(n.text, "1,2 juta");
  EXPECT_DOUBLE_EQ(n.value, 1200000);
  EXPECT_DOUBLE_EQ(only("3 ribu orang", K::Number).value, 3000);
}

TEST(Numbers, Rupiah) {
  Inline n = only("dukungan Rp5.000,00 per posko", K::Number);
  EXPECT_EQ(n.text, "Rp5.000,00");
  EXPECT_EQ(n.value, 5000);
  EXPECT_EQ(n.unit, "IDR");
  Inline m = only("sebesar Rp1,5 miliar untuk", K::Number);
  EXPECT_EQ(m.text, "Rp1,5 miliar");
  EXPECT_DOUBLE_EQ(m.value, 1.5e9);
  EXPECT_EQ(only("Rp 25.000", K::Number).value, 25000);
}

TEST(Numbers, Percentages) {
  Inline p = only("mencapai 95,5 persen warga", K::Number);
  EXPECT_EQ(p.text, "95,5 persen");
  EXPECT_DOUBLE_EQ(p.value, 95.5);
  EXPECT_EQ(p.unit, "%");
  EXPECT_EQ(only("positivitas 12% dari", K::Number).text, "12%");
  EXPECT_DOUBLE_EQ(only("sembuh 41,48%, presentase", K::Number).value, 41.48);
  EXPECT_EQ(only("masih 50 % :", K::Number).unit, "%");
}

TEST(Numbers, DigitsInsideWordsAreNotNumbers) {
  for (std::string_view s : {"Covid-9 menyebar", "protokol 5M dan 3T", "MG7", "SpO2 turun", "di Poso-2"})
    EXPECT_TRUE(of_kind(recognise(s), K::Number).empty()) << s;
}

TEST(Numbers, ASlashSeparatesTwoNumbers) {
  auto n = of_kind(recognise("sebanyak 2.779/1.000.000 penduduk"), K::Number);
  ASSERT_EQ(n.size(), 2u);
  EXPECT_EQ(n[0].value, 2779);
  EXPECT_EQ(n[1].value, 1000000);
}

TEST(Numbers, ACommaBeforeThreeDigitsIsReadAsDecimalWithAWarning) {
  std::vector<Warning> w;
  auto n = of_kind(recognise("ODP berjumlah 178,883 orang", &w), K::Number);
  ASSERT_EQ(n.size(), 1u);
  EXPECT_DOUBLE_EQ(n[0].value, 178.883);
  ASSERT_EQ(w.size(), 1u);
  EXPECT_NE(w[0].message.find("178.883"), std::string::npos) << w[0].message;
  EXPECT_EQ(w[0].where.line, 1u);
}

TEST(Dates, DayNameAndSlashes) {
  Inline d = only("kata Hasim, Senin (20/9/2021).", K::Date);
  EXPECT_EQ(d.text, "Senin (20/9/2021)");
  EXPECT_EQ(d.iso, "2021-09-20");
  EXPECT_EQ(d.weekday, "Senin");
  EXPECT_EQ(only("per 20/9/2021 pukul", K::Date).iso, "2021-09-20");
  EXPECT_EQ(only("pada 20/9/21", K::Date).iso, "2021-09-20");
}

TEST(Dates, WithoutYear) {
  Inline d = only("Senin sore (29/6).", K::Date);
  EXPECT_EQ(d.text, "(29/6)");
  EXPECT_EQ(d.iso, "--06-29");
  EXPECT_EQ(only("hingga 20 Februari lalu", K::Date).iso, "--02-20");
}

TEST(Dates, MonthNames) {
  EXPECT_EQ(only("Per tanggal 21 Januari 2021, dari", K::Date).iso, "2021-01-21");
  Inline d = only("Hari Kamis, 16 April 2020 sebagai", K::Date);
  EXPECT_EQ(d.text, "Kamis, 16 April 2020");
  EXPECT_EQ(d.weekday, "Kamis");
  EXPECT_EQ(only("JUMAT, 24 APRIL 2020", K::Date).iso, "2020-04-24");
  EXPECT_EQ(only("hingga 14 Agt. 2021", K::Date).iso, "2021-08-14");
  EXPECT_EQ(only("sejak April 2020 lalu", K::Date).iso, "2020-04");
}

TEST(Dates, ImpossibleDatesAreNotDates) {
  EXPECT_TRUE(of_kind(recognise("skor (31/2) dan (12/13)"), K::Date).empty());
}

TEST(Times, WithTimeWordOrZone) {
  auto all = recognise("Hingga Sabtu pukul 15.00 Wita, ada");
  auto t = of_kind(all, K::Time);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].text, "15.00 Wita");
  EXPECT_EQ(t[0].iso, "15:00");
  EXPECT_EQ(t[0].zone, "WITA");
  Inline w = only("sejak Sabtu (18/4), pukul 12.00 WIB, hingga", K::Time);
  EXPECT_EQ(w.zone, "WIB");
  EXPECT_EQ(only("jam 9.30 pagi", K::Time).iso, "09:30");
  EXPECT_EQ(only("pada 07:45 WIT", K::Time).iso, "07:45");
}

TEST(Times, APointNumberWithoutTimeWordIsANumber) {
  std::vector<Warning> w;
  auto all = recognise("skor 15.00 poin", &w);
  EXPECT_TRUE(of_kind(all, K::Time).empty());
  ASSERT_EQ(of_kind(all, K::Number).size(), 1u);
  const Inline n = of_kind(all, K::Number)[0];
  EXPECT_EQ(n.style, NumberStyle::English) << "a point before two digits can only be an English decimal point";
  EXPECT_EQ(n.value, 15);
  EXPECT_EQ(reader_text(n), "15,00");
  EXPECT_TRUE(w.empty()) << "the document, not the sentence, warns about English numbers";
}

TEST(Abbreviations, KnownOnesCarryTheirExpansion) {
  auto abbr = of_kind(recognise("Juru bicara Satgas dan Dinkes"), K::Abbreviation);
  ASSERT_EQ(abbr.size(), 2u);
  EXPECT_EQ(abbr[0].text, "Satgas");
  EXPECT_EQ(abbr[0].expansion, "Satuan Tugas");
  EXPECT_EQ(abbr[1].expansion, "Dinas Kesehatan");
}

TEST(Abbreviations, CovidKeepsItsDigits) {
  for (std::string_view s : {"kasus COVID-19 baru", "kasus Covid-19 baru", "kasus covid-19 baru"}) {
    auto all = recognise(s);
    auto abbr = of_kind(all, K::Abbreviation);
    ASSERT_EQ(abbr.size(), 1u) << s;
    EXPECT_EQ(abbr[0].text.size(), 8u);
    EXPECT_FALSE(abbr[0].expansion.empty());
    EXPECT_TRUE(of_kind(all, K::Number).empty()) << "19 belongs to the name, not a count: " << s;
  }
}

TEST(Abbreviations, SpellingRules) {
  // A capitalised first letter and all capitals match; a common word in lower case does not.
  EXPECT_EQ(of_kind(recognise("PPKM diperpanjang"), K::Abbreviation).size(), 1u);
  EXPECT_EQ(of_kind(recognise("Ppkm diperpanjang"), K::Abbreviation).size(), 1u);
  EXPECT_EQ(of_kind(recognise("Kabupaten Balut"), K::Abbreviation).size(), 1u);
  EXPECT_TRUE(of_kind(recognise("luka itu dibalut perban, balut lagi"), K::Abbreviation).empty());
  EXPECT_EQ(of_kind(recognise("menjalani isoman di rumah"), K::Abbreviation).size(), 1u);
}

TEST(Abbreviations, UnknownCapitalWordsAreMarkedWithoutExpansion) {
  auto abbr = of_kind(recognise("bantuan dari XYZQ kemarin"), K::Abbreviation);
  ASSERT_EQ(abbr.size(), 1u);
  EXPECT_EQ(abbr[0].text, "XYZQ");
  EXPECT_TRUE(abbr[0].expansion.empty());
}

TEST(Abbreviations, AHeadlineInCapitalsIsNotAnAbbreviation) {
  auto abbr = of_kind(recognise("DINASI KIPS PROVINSI SOSIALISASI VAKSINASI"), K::Abbreviation);
  ASSERT_EQ(abbr.size(), 1u) << "only the known KIPS";
  EXPECT_EQ(abbr[0].text, "KIPS");
}

TEST(Recognition, EverythingAtOnceKeepsTheText) {
  auto all = recognise(
      "Hingga Rabu (14/7/2021) pukul 15.00 Wita, Satgas mencatat 14.054 kasus (95,5 persen sembuh), "
      "Rp1,5 miliar dan 1,2 juta dosis.");
  EXPECT_EQ(of_kind(all, K::Date).size(), 1u);
  EXPECT_EQ(of_kind(all, K::Time).size(), 1u);
  EXPECT_EQ(of_kind(all, K::Number).size(), 4u);
  EXPECT_EQ(of_kind(all, K::Abbreviation).size(), 1u);
}

TEST(Recognition, ParseNumber) {
  double v;
  bool ambiguous;
  EXPECT_TRUE(Recogniser::parse_number("14.054", v, ambiguous));
  EXPECT_EQ(v, 14054);
  EXPECT_FALSE(ambiguous);
  EXPECT_TRUE(Recogniser::parse_number("1.250.000,75", v, ambiguous));
  EXPECT_DOUBLE_EQ(v, 1250000.75);
  EXPECT_FALSE(Recogniser::parse_number("12a", v, ambiguous));
}

}  // namespace
}  // namespace aksesibel::text
