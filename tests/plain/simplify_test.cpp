// The rules of the plain-language rewriter, one by one, on small texts
// written for these tests (docs/plain-language.md lists the rules).
#include <gtest/gtest.h>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "aksesibel/convert.hpp"
#include "aksesibel/plain.hpp"
#include "support.hpp"

namespace aksesibel {
namespace {

namespace fs = std::filesystem;

// A bulletin of the given body paragraphs, dated Monday 20 September 2021 in Palu.
Document bulletin(const std::string& body) {
  return test::read_as("Berita Uji\n\nPalu, 20 September 2021\n\n" + body + "\n", InputFormat::Text);
}

std::string plain(const std::string& body) {
  return render_text(simplify(bulletin(body)).document);
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(Syllables, CountsVowelNucleiWithFinalDiphthongsOnce) {
  EXPECT_EQ(syllables("pandai"), 2u);
  EXPECT_EQ(syllables("pulau"), 2u);
  EXPECT_EQ(syllables("survei"), 2u);
  EXPECT_EQ(syllables("main"), 2u);  // ma-in: not at the end, not a diphthong
  EXPECT_EQ(syllables("daerah"), 3u);
  EXPECT_EQ(syllables("kesehatan"), 4u);
  EXPECT_EQ(syllables("orang-orang"), 4u);
  EXPECT_EQ(syllables("RSUD"), 4u);    // spelled letter by letter
  EXPECT_EQ(syllables("14.054"), 5u);  // one per digit, as Fry counts symbols
  EXPECT_EQ(syllables("Covid-19"), 4u);
}

TEST(Measures, AreComputedAsDocumented) {
  Document d = test::read_as("Judul\n\nSaya makan nasi. Dia minum air.\n", InputFormat::Text);
  Readability r = measure(d);
  EXPECT_EQ(r.sentences, 2u);
  EXPECT_EQ(r.words, 6u);
  EXPECT_EQ(r.syllables, 12u);
  EXPECT_EQ(r.longest_sentence, 3u);
  EXPECT_DOUBLE_EQ(r.words_per_sentence, 3.0);
  EXPECT_DOUBLE_EQ(r.syllables_per_word, 2.0);
  EXPECT_DOUBLE_EQ(r.long_words, 0.0);
  // 206.835 − 1.015 × 3 − 84.6 × (0.6 × 2)
  EXPECT_NEAR(r.reading_ease, 102.27, 1e-9);
  // 0.39 × 3 + 11.8 × (0.6 × 2) − 15.59
  EXPECT_NEAR(r.grade_level, -0.26, 1e-9);
  EXPECT_LE(r.uncommon_words, 1.0 / 6.0);  // everyday words
}

TEST(Measures, CountAnAbbreviationByItsFullForm) {
  Document short_form = test::read_as("Judul\n\nPasien dirawat di RSUD.\n", InputFormat::Text);
  Document full_form = test::read_as("Judul\n\nPasien dirawat di Rumah Sakit Umum Daerah.\n", InputFormat::Text);
  Readability a = measure(short_form), b = measure(full_form);
  EXPECT_EQ(a.words, 4u);  // as written
  EXPECT_EQ(a.syllables, b.syllables);
}

TEST(Sentences, TitlesWithAFullStopDoNotEndASentence) {
  Simplification s = simplify(bulletin("Dr. Rina dan dr. Budi datang ke No. 5 hari itu. Mereka sehat."));
  ASSERT_EQ(s.sentences.size(), 2u);  // the dateline is the bulletin's, not the body's
  EXPECT_EQ(s.sentences[0].text, "Dr. Rina dan dr. Budi datang ke No. 5 hari itu.");
}

TEST(Words, OfficialeseIsReplacedKeepingTheCapital) {
  Simplification s = simplify(bulletin("Terkonfirmasi positif ada tiga orang. Pasien terkonfirmasi positif itu dirawat."));
  std::string t = render_text(s.document);
  EXPECT_TRUE(has(t, "Dipastikan positif ada tiga orang.")) << t;
  EXPECT_TRUE(has(t, "Pasien positif itu dirawat.")) << t;  // the longer phrase "pasien terkonfirmasi positif" first
  bool recorded = false;
  for (const PlainChange& c : s.changes) recorded = recorded || (c.rule == "plain-word" && c.before == "Terkonfirmasi positif");
  EXPECT_TRUE(recorded);
}

TEST(Words, NamesAreNeverReworded) {
  std::string t = plain("Satgas Penanganan Covid-19 bertemu warga.");
  EXPECT_TRUE(has(t, "Satuan Tugas Penanganan ")) << t;
  EXPECT_FALSE(has(t, "Penanganan artinya")) << t;
}

TEST(Words, AHardWordIsExplainedOnceAndListed) {
  std::string t = plain("Warga itu menjalani isolasi mandiri. Isolasi mandiri berlangsung dua minggu.");
  std::size_t first = t.find("Isolasi mandiri artinya");
  ASSERT_NE(first, std::string::npos) << t;
  EXPECT_EQ(t.find("Isolasi mandiri artinya", first + 1), std::string::npos) << t;
  // Right after the sentence of its first use.
  EXPECT_LT(t.find("menjalani isolasi mandiri."), first);
  EXPECT_TRUE(has(t, "Kata-kata sulit\n\n- isolasi mandiri: ")) << t;
}

TEST(Words, QuotationsKeepTheSpeakersWords) {
  std::string t = plain("\xE2\x80\x9CKami terus melakukan sosialisasi,\xE2\x80\x9D kata Rina.");
  EXPECT_TRUE(has(t, "melakukan sosialisasi")) << t;
}

TEST(Abbreviations, LongOnesAreWrittenOutOnceThenShort) {
  std::string t = plain("BNPB mengirim masker. Bantuan BNPB tiba kemarin.");
  EXPECT_TRUE(has(t, "Badan Nasional Penanggulangan Bencana (BNPB) mengirim masker.")) << t;
  EXPECT_TRUE(has(t, "Bantuan BNPB tiba")) << t;
  EXPECT_TRUE(has(t, "- BNPB: Badan Nasional Penanggulangan Bencana.")) << t;
}

TEST(Abbreviations, ShortFullFormsReplaceThemEverywhere) {
  std::string t = plain("Warga Sulteng datang ke RS. Semua RS di Sulteng buka.");
  EXPECT_TRUE(has(t, "Warga Sulawesi Tengah datang ke rumah sakit.")) << t;
  EXPECT_TRUE(has(t, "Semua rumah sakit di Sulawesi Tengah buka.")) << t;
}

TEST(Abbreviations, WhatTheSourceWroteOutIsNotWrittenTwice) {
  std::string t = plain("Badan Nasional Penanggulangan Bencana (BNPB) mengirim masker.");
  EXPECT_TRUE(has(t, "Badan Nasional Penanggulangan Bencana (BNPB) mengirim")) << t;
  EXPECT_FALSE(has(t, "(Badan")) << t;
  std::string o = plain("Mereka dari organisasi masyarakat (Ormas) setempat.");
  EXPECT_TRUE(has(o, "dari organisasi masyarakat setempat.")) << o;
}

TEST(Abbreviations, ADegreeAfterANameIsLeftAlone) {
  std::string t = plain("Materi dibawakan oleh Risnawati, SE yang hadir.");
  EXPECT_TRUE(has(t, "Risnawati, SE yang")) << t;
  EXPECT_FALSE(has(t, "surat edaran")) << t;
}

TEST(Dates, AreWrittenInFullWithTheirDay) {
  std::string t = plain("Data itu dicatat pada 18/9/2021.");
  EXPECT_TRUE(has(t, "Sabtu, 18 September 2021")) << t;
}

TEST(Dates, ADateWithoutYearTakesTheBulletinsYear) {
  std::string t = plain("Kasus baru dicatat Jumat (17/9).");
  EXPECT_TRUE(has(t, "dicatat Jumat, 17 September 2021.")) << t;
  // In a January bulletin, a December date is of the year before.
  Document jan = test::read_as("Berita Uji\n\nPalu, 5 Januari 2021\n\nKasus itu dicatat pada (29/12).\n", InputFormat::Text);
  std::string j = render_text(simplify(jan).document);
  EXPECT_TRUE(has(j, "(Selasa, 29 Desember 2020)")) << j;
}

TEST(Dates, RelativeDaysBecomeDates) {
  std::string t = plain("Hari ini ada lima kasus baru. Kemarin ada tiga.");
  EXPECT_TRUE(has(t, "Senin, 20 September 2021 ada lima kasus baru.")) << t;
  EXPECT_TRUE(has(t, "Minggu, 19 September 2021 ada tiga.")) << t;
}

TEST(Dates, TodayIsTheDayOfTheNewsItemItStandsIn) {
  // A page of several news items, each opening with its own date.
  std::string t = plain("Sabtu (18/9/2021) Kasus turun\n\nHari ini ada dua kasus baru.\n\n"
                        "Senin (20/9/2021) Kasus naik\n\nHari ini ada lima kasus baru.");
  EXPECT_TRUE(has(t, "Sabtu, 18 September 2021 ada dua kasus baru.")) << t;
  EXPECT_TRUE(has(t, "Senin, 20 September 2021 ada lima kasus baru.")) << t;
}

// "PDP, Provinsi Dalam Pengawasan": the bulletin's own meaning, not the
// data's "pasien dalam pengawasan", in the glossary and in every use.
TEST(Glossary, TheBulletinsOwnDefinitionOfAnAbbreviationWins) {
  std::string t = plain("Empat daerah kini disebut PDP, Provinsi Dalam Pengawasan, karena kasusnya naik. Keempat PDP itu diawasi.");
  EXPECT_TRUE(has(t, "PDP: Provinsi Dalam Pengawasan.")) << t;
  EXPECT_FALSE(has(t, "pasien dalam pengawasan")) << t;
  EXPECT_FALSE(has(t, "Provinsi Dalam Pengawasan (PDP), Provinsi")) << t;  // not written out beside the source's own words
  // Without a definition of its own, the data's meaning stands.
  t = plain("Ada dua PDP yang dirawat di rumah sakit.");
  EXPECT_TRUE(has(t, "pasien dalam pengawasan")) << t;
}

TEST(Numbers, LargeOnesGetARoundedReading) {
  std::string t = plain("Ada 14.054 orang. Lalu 1.286 orang. Lalu 1.850 kasus. Lalu 8.000 dosis. Rasio 2.779/1.000.000 penduduk.");
  EXPECT_TRUE(has(t, "14.054 orang (sekitar 14 ribu)")) << t;
  EXPECT_TRUE(has(t, "1.286 orang (lebih dari 1,2 ribu)")) << t;
  EXPECT_TRUE(has(t, "1.850 kasus (lebih dari 1,8 ribu)")) << t;  // rounded down: never "hampir 2 ribu"
  EXPECT_TRUE(has(t, "8.000 dosis.")) << t;               // round: no reading
  EXPECT_TRUE(has(t, "2.779/1.000.000 penduduk")) << t;  // a ratio: no reading
}

TEST(Numbers, AYearOrANumberThatNamesGetsNoReading) {
  std::string t = plain("Aturan itu terbit pada tahun 2021 dengan Nomor 1234 dan berlaku untuk 2.345 orang.");
  EXPECT_TRUE(has(t, "tahun 2021 dengan")) << t;
  EXPECT_TRUE(has(t, "Nomor 1234 dan")) << t;
  EXPECT_TRUE(has(t, "2.345 orang (lebih dari 2,3 ribu)")) << t;
}

TEST(Split, LongSentencesAreCutAtSafePoints) {
  std::string t = plain(
      "Jumlah pasien yang dirawat di rumah sakit umum daerah itu terus naik selama dua minggu terakhir ini "
      "sehingga pemerintah kota menambah tempat tidur di beberapa gedung sekolah.");
  EXPECT_TRUE(has(t, "dua minggu terakhir ini.\n\nAkibatnya, pemerintah kota menambah")) << t;
}

TEST(Split, TheSafestLastResortCutWins) {
  // Over 25 words with no clause boundary: "khususnya" is tried before
  // "lewat", so "lewat vaksinasi" stays with the handling it describes.
  std::string t = plain(
      "Dinas itu memberi informasi kepada seluruh kelompok masyarakat di desa dan kota tentang program pemerintah "
      "dalam penanganan penyakit menular lewat vaksinasi khususnya kepada warga yang sulit mendapat informasi.");
  EXPECT_TRUE(has(t, "lewat vaksinasi.\n\nIni khususnya kepada warga")) << t;
}

TEST(Split, EnumerationsBecomeLists) {
  Simplification s = simplify(bulletin(
      "Kasus baru tersebar di Kota Palu sebanyak 15 orang, Kabupaten Sigi sebanyak 4 orang, "
      "Kabupaten Poso sebanyak 2 orang dan Kabupaten Donggala sebanyak 1 orang."));
  const Block* list = nullptr;
  for (const Block& b : s.document.blocks)
    if (b.kind == Block::Kind::List && b.items.size() == 4) list = &b;
  ASSERT_NE(list, nullptr) << render_text(s.document);
  EXPECT_EQ(plain_text(list->items[0][0].inlines), "Kota Palu sebanyak 15 orang");
  EXPECT_EQ(plain_text(list->items[3][0].inlines), "Kabupaten Donggala sebanyak 1 orang");
  EXPECT_TRUE(has(render_text(s.document), "Kasus baru tersebar di:")) << render_text(s.document);
}

TEST(Split, AQuotationLeavesItsAttribution) {
  std::string t = plain(
      "\xE2\x80\x9CKami minta warga tetap memakai masker dan mencuci tangan setiap hari di rumah,\xE2\x80\x9D "
      "kata Rina, juru bicara dinas, di Palu.");
  EXPECT_TRUE(has(t, "di rumah.\xE2\x80\x9D\n\nItu kata Rina, juru bicara dinas, di Palu.")) << t;
}

TEST(Attribution, TheNameComesBeforeTheRole) {
  std::string t = plain("\"Ada tiga kasus baru,\" ujar juru bicara dinas kesehatan, Rina Lamadjido Senin (20/9/2021).");
  EXPECT_TRUE(has(t, "kata Rina Lamadjido, juru bicara dinas kesehatan, Senin, 20 September 2021.")) << t;
  // Already name first: unchanged.
  std::string u = plain("\"Ada tiga kasus baru,\" kata Rina, juru bicara dinas.");
  EXPECT_TRUE(has(u, "kata Rina, juru bicara dinas.")) << u;
}

TEST(Summary, ComesFirstWithPlaceDateAndFigures) {
  Simplification s = simplify(bulletin("Hari ini di Sulawesi Tengah tercatat tambahan 12 kasus baru. Jumlah pasien sembuh "
                                       "menjadi 3.754 orang."));
  std::string t = render_text(s.document);
  std::size_t summary = t.find("Ringkasan\n\n- Kasus positif baru di Sulawesi Tengah: 12 (data Senin, 20 September 2021).\n"
                               "- Jumlah pasien sembuh di Sulawesi Tengah: 3.754 (data Senin, 20 September 2021).");
  EXPECT_NE(summary, std::string::npos) << t;
  EXPECT_LT(summary, t.find("tercatat tambahan"));
}

TEST(Summary, AHeadlinesCapitalisedUnitIsLowerCaseInItsLine) {
  // The headline says "78 Persen" first: inside the Ringkasan's line it is "78 persen".
  Document d = test::read_as("Keterisian Tempat Tidur di Palu Capai 78 Persen\n\nPalu, 20 September 2021\n\n"
                             "Keterisian tempat tidur rumah sakit di Kota Palu mencapai 78 persen.\n",
                             InputFormat::Text);
  std::string t = render_text(simplify(d).document);
  EXPECT_TRUE(has(t, "Kota Palu: 78 persen (data Senin, 20 September 2021).")) << t;
}

TEST(Summary, NoPlaceNoRingkasan) {
  // The bulletin names no place (its dateline is where it was written): no figure's scope is certain.
  std::string t = plain("Hari ini tercatat tambahan 12 kasus baru. Jumlah pasien sembuh menjadi 3.754 orang.");
  EXPECT_FALSE(has(t, "Ringkasan")) << t;
}

TEST(Summary, AOneWordPlaceShorterThanAJoinerIsRead) {
  // "Medan" is shorter than " serta": the joiner check once compared out of range.
  std::string t = plain("Hari ini tercatat tambahan 12 kasus baru di Medan.");
  EXPECT_TRUE(has(t, "12")) << t;
}

TEST(Summary, AFigureOfUnclearKindIsLeftOut) {
  // "49 orang sembuh": new or in all? The sentence does not say.
  std::string t = plain("Sebanyak 49 orang sembuh.");
  EXPECT_FALSE(has(t, "sembuh: 49")) << t;
}

TEST(SentenceMap, EverySourceSentenceIsPlaced) {
  Simplification s = simplify(bulletin("Satu kalimat pendek. Kalimat kedua juga pendek."));
  ASSERT_EQ(s.sentences.size(), 2u);
  for (const SentenceMap& m : s.sentences) EXPECT_FALSE(m.outputs.empty()) << m.text;
}

TEST(Simplify, LeavesItsInputAlone) {
  Document d = bulletin("Pasien terkonfirmasi positif dirawat di RS.");
  Document copy = d;
  simplify(d);
  EXPECT_EQ(d.blocks, copy.blocks);
  EXPECT_EQ(d.metadata, copy.metadata);
}

TEST(Simplify, AMalformedLexiconNamesItsFileAndLine) {
  test::TempDir dir;
  for (const auto& e : fs::directory_iterator(AKSESIBEL_DATA_SOURCE_DIR))
    fs::copy(e.path(), dir.path() / e.path().filename());
  std::string lexicon = test::read_file(dir.path() / "plain-id.tsv");
  lexicon += "rusak\tganti\tbaik\tbaik sekali\tadj\tbroken on purpose\tplain choice\n";
  test::write_file(dir.path() / "plain-id.tsv", lexicon);
  PlainOptions o;
  o.data_dir = dir.path().string();
  try {
    simplify(bulletin("Apa saja."), o);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::DataFile);
    EXPECT_TRUE(has(e.where().file, "plain-id.tsv")) << e.where().file;
    EXPECT_GT(e.where().line, 0u);
    EXPECT_TRUE(has(e.message(), "replace")) << e.message();
  }
}

TEST(Report, HoldsMeasuresSentencesAndChangesPerInput) {
  std::vector<PlainReportEntry> entries;
  entries.push_back({"a.txt", simplify(bulletin("Pasien terkonfirmasi positif dirawat.")), "",
                     {{"the bulletin gives different figures for the same thing", {"a.txt", 3, std::nullopt}}}});
  entries.push_back({"b.txt", {}, "invalid UTF-8 at line 2", {}});
  auto j = nlohmann::json::parse(render_plain_report(entries));
  ASSERT_EQ(j["inputs"].size(), 2u);
  EXPECT_EQ(j["inputs"][0]["input"], "a.txt");
  EXPECT_TRUE(j["inputs"][0]["before"].contains("reading_ease"));
  EXPECT_TRUE(j["inputs"][0]["after"].contains("words_per_sentence"));
  EXPECT_FALSE(j["inputs"][0]["sentences"].empty());
  EXPECT_EQ(j["inputs"][0]["changes"][0]["rule"], "plain-word");
  EXPECT_EQ(j["inputs"][1]["error"], "invalid UTF-8 at line 2");
  ASSERT_EQ(j["inputs"][0]["warnings"].size(), 1u);
  EXPECT_EQ(j["inputs"][0]["warnings"][0]["line"], 3);
  EXPECT_TRUE(has(j["inputs"][0]["warnings"][0]["message"].get<std::string>(), "different figures"));
}

TEST(Formats, PlainAndPlainHtmlAndPlainFirst) {
  ConvertOptions o;
  o.formats = {"plain", "plain-html", "text"};
  o.simplify = false;
  Conversion c = convert("Berita Uji\n\nPalu, 20 September 2021\n\nPasien terkonfirmasi positif dirawat di RS. "
                         "Kasus positif di Sulawesi Tengah bertambah 12 orang.\n", o);
  ASSERT_EQ(c.outputs.size(), 3u);
  EXPECT_TRUE(has(c.outputs[0].content, "Pasien positif dirawat di rumah sakit.")) << c.outputs[0].content;
  EXPECT_TRUE(has(c.outputs[1].content, "<html lang=\"id\"")) << c.outputs[1].content;
  EXPECT_TRUE(has(c.outputs[1].content, "<p>Pasien positif dirawat di rumah sakit.</p>")) << c.outputs[1].content;
  EXPECT_TRUE(has(c.outputs[1].content, "<h2>Ringkasan</h2>")) << c.outputs[1].content;
  EXPECT_TRUE(has(c.outputs[2].content, "terkonfirmasi positif")) << c.outputs[2].content;  // text stays as published
  ASSERT_TRUE(c.plain.has_value());
  // --plain: every format from the plain version.
  o.simplify = true;
  o.formats = {"text"};
  Conversion p = convert("Berita Uji\n\nPalu, 20 September 2021\n\nPasien terkonfirmasi positif dirawat di RS.\n", o);
  EXPECT_TRUE(has(p.outputs[0].content, "Pasien positif dirawat di rumah sakit.")) << p.outputs[0].content;
}

}  // namespace
}  // namespace aksesibel

namespace aksesibel {
namespace {

// Inputs no rule was written for: the rewriter must finish, keep every
// number, and never throw.
TEST(Simplify, SurvivesOddInputs) {
  std::string long_run;
  for (int k = 0; k < 300; ++k) long_run += "warga ";
  std::string commas;
  for (int k = 0; k < 60; ++k) commas += "Palu " + std::to_string(k) + ", ";
  const std::vector<std::string> bodies = {
      long_run + "datang.",
      commas + "dan Sigi 61.",
      "\"\"\"\" \xE2\x80\x9C\xE2\x80\x9C kata kata kata \xE2\x80\x9D, kata dia.",
      "(((( 12 )))) – – – - - ,,,, ::::",
      "1.000.000.000.000 orang dan 999.999 orang dan 1.500 orang.",
  };
  for (const std::string& body : bodies) {
    Document d = bulletin(body);
    Simplification s;
    ASSERT_NO_THROW(s = simplify(d)) << body;
    std::string t = render_text(s.document);
    for (const std::string& n : test::numerals(body)) EXPECT_NE(t.find(n), std::string::npos) << n << " lost from: " << body;
  }
  // Dates at the edges of the year, and one that does not exist in 2021.
  Simplification s = simplify(bulletin("Hari ini hari ini kemarin besok (1/1) (31/12) (29/2)."));
  std::string t = render_text(s.document);
  EXPECT_TRUE(has(t, "(Jumat, 1 Januari 2021)")) << t;
  EXPECT_TRUE(has(t, "(Kamis, 31 Desember 2020)")) << t;
  EXPECT_TRUE(has(t, "(29/2)")) << t;  // left as written: 29 February 2021 does not exist
}

// A sentence of thousands of words (a hostile web page: no full stop) is
// not cut by the sentence rules, whose time grows faster than the sentence;
// it keeps every word, and the report says it was left whole.
TEST(LongInput, AVeryLongSentenceKeepsEveryWordAndIsReported) {
  const std::string words[] = {"pasien", "sembuh", "dirawat", "di", "rumah", "sakit", "dan", "masyarakat",
                               "diminta", "menjaga", "jarak,", "serta", "mematuhi", "protokol", "kesehatan"};
  std::string body = "Satgas mencatat";
  for (int k = 0; k < 3000; ++k) body += " " + words[k % 15];
  Simplification s = simplify(bulletin(body));
  const std::string out = render_text(s.document);
  std::size_t at = 0, found = 0;
  for (int k = 0; k < 3000; ++k) {
    std::string w = words[k % 15];
    if (w.back() == ',') w.pop_back();
    at = out.find(w, at);
    if (at == std::string::npos) break;
    at += w.size();
    ++found;
  }
  EXPECT_EQ(found, 3000u) << "every word, in order";
  EXPECT_TRUE(std::any_of(s.changes.begin(), s.changes.end(), [](const PlainChange& c) { return c.rule == "not-split"; }));
}

// A paragraph of many sentences: each is simplified on its own, in order.
TEST(LongInput, AParagraphOfManySentencesKeepsThemInOrder) {
  std::string body;
  for (int k = 1; k <= 500; ++k) body += "Kasus ke-" + std::to_string(k) + " dirawat di rumah sakit. ";
  const std::string out = plain(body);
  std::size_t at = 0;
  for (int k = 1; k <= 500; ++k) {
    at = out.find("ke-" + std::to_string(k) + " dirawat", at);
    ASSERT_NE(at, std::string::npos) << k;
  }
}

}  // namespace
}  // namespace aksesibel
