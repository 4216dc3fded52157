// The text reader with front matter: structure of bulletins as published.
#include <gtest/gtest.h>

#include "support.hpp"

namespace aksesibel {
namespace {

using test::read_as;
using K = Block::Kind;

Document text(const std::string& s) { return read_as(s, InputFormat::Text, "buletin.txt"); }

TEST(TextReader, RubricTitleBylineAndAgencyDateline) {
  Document d = text(
      "Covid-19 Sulteng\n\nKasus Harian Bertambah 213 Orang pada Rabu 14 Juli 2021\n\nOleh: Nurul Fadilah\n\n"
      "Palu (ANTARA) - Satgas mencatat 213 kasus baru pada Rabu (14/7/2021).\n");
  EXPECT_EQ(d.metadata.section, "Covid-19 Sulteng");
  EXPECT_EQ(title_text(d), "Kasus Harian Bertambah 213 Orang pada Rabu 14 Juli 2021");
  EXPECT_FALSE(d.metadata.title_inferred);
  EXPECT_EQ(d.metadata.byline, "Nurul Fadilah");
  EXPECT_EQ(d.metadata.dateline, "Palu (ANTARA)");
  EXPECT_EQ(d.metadata.place, "Palu");
  EXPECT_EQ(d.metadata.publisher, "ANTARA");
  EXPECT_EQ(d.metadata.date, "2021-07-14");
  ASSERT_EQ(d.blocks.size(), 1u);
  EXPECT_EQ(plain_text(d.blocks[0].inlines), "Satgas mencatat 213 kasus baru pada Rabu (14/7/2021).");
}

// A deck that repeats a sentence of the body: the body's copy stays, next to
// the sentence that continues it.
TEST(TextReader, OfTwoCopiesThePlaceInTheBodyStays) {
  Document d = text(
      "Kasus Baru Bertambah di Kota Palu Hari Ini\n\nPalu kini di urutan kedua di provinsi ini.\n\n"
      "PALU - Kasus baru bertambah 12 orang.\n\nPalu kini di urutan kedua di provinsi ini.\n\nDi bawah Kabupaten Poso.\n");
  ASSERT_EQ(d.blocks.size(), 3u);
  EXPECT_EQ(plain_text(d.blocks[0].inlines), "Kasus baru bertambah 12 orang.");
  EXPECT_EQ(plain_text(d.blocks[1].inlines), "Palu kini di urutan kedua di provinsi ini.");
  EXPECT_EQ(plain_text(d.blocks[2].inlines), "Di bawah Kabupaten Poso.");
  ASSERT_FALSE(d.removed.empty());
  EXPECT_EQ(d.removed.back().reason, "duplikat");
}

// Each dateline with the outlet and place it names and the first words of the
// text after it. Both parts in capitals: the one the gazetteer knows is the
// place, whichever comes first ("PALU, MSO", "MERCUSUAR, DONGGALA").
TEST(TextReader, OutletDatelines) {
  struct Case {
    const char* input;
    const char* publisher;
    const char* place;
    const char* text;
  };
  const std::string title = "Judul Berita Covid Hari Ini di Palu\n\n";
  for (const Case& c : {Case{"SULTENG RAYA – Dinas KIPS berupaya membuka data.\n", "SULTENG RAYA", "", "Dinas KIPS berupaya membuka data."},
                        Case{"TRIBUNPALU.COM, PALU - Tren kasus naik.\n", "TRIBUNPALU.COM", "PALU", "Tren kasus naik."},
                        Case{"PALU, MSO – Satgas melaporkan 215 kasus baru.\n", "MSO", "PALU", "Satgas melaporkan 215 kasus baru."},
                        Case{"MERCUSUAR, DONGGALA – Satgas melaporkan kasus baru.\n", "MERCUSUAR", "DONGGALA",
                             "Satgas melaporkan kasus baru."}}) {
    Document d = text(title + c.input);
    EXPECT_EQ(d.metadata.publisher, c.publisher) << c.input;
    EXPECT_EQ(d.metadata.place, c.place) << c.input;
    ASSERT_FALSE(d.blocks.empty()) << c.input;
    EXPECT_EQ(plain_text(d.blocks[0].inlines), c.text) << c.input;
  }
  // An outlet alone opening a text without a headline.
  Document k = text("KOMPAS.com - Pemerintah memperbarui data.\nBerdasarkan data 24 jam terakhir, kasus naik.\n");
  EXPECT_EQ(k.metadata.publisher, "KOMPAS.com");
  EXPECT_EQ(plain_text(k.blocks[0].inlines), "Pemerintah memperbarui data.");
}

// A byline with the time stamp under the headline is chrome: the headline stays
// the title (it was once taken for a rubric under a "title" that was the byline).
TEST(TextReader, ABylineWithTheTimeStampIsNoHeadline) {
  Document d = text("Update Covid-19 Sulteng: 215 Kasus Baru\n\nOleh Redaksi | Kamis, 12 Agustus 2021 14:30 WITA\n\n"
                    "PALU, MSO – Satgas melaporkan 215 kasus baru.\n");
  EXPECT_EQ(plain_text(d.metadata.title), "Update Covid-19 Sulteng: 215 Kasus Baru");
  EXPECT_EQ(d.metadata.byline, "Redaksi");
  EXPECT_EQ(d.metadata.date, "2021-08-12");
  ASSERT_EQ(d.blocks.size(), 1u);
  EXPECT_EQ(plain_text(d.blocks[0].inlines), "Satgas melaporkan 215 kasus baru.");
}

// A press release closing with the place and date over a signature: that is no
// dateline, and nothing between the headline and it is a photo's caption.
TEST(TextReader, ThePlaceAndDateOfASignatureAreNoDateline) {
  const std::string top = "SIARAN PERS\nNomor: 046/Humas/VIII/2021\n\nPerkembangan Kasus Covid-19 Sulawesi Tengah\n"
                          "Selasa, 17 Agustus 2021\n\n"
                          "Dinas Kesehatan mencatat 150 kasus baru hari ini, sehingga total menjadi 39.054 orang.\n\n"
                          "Capaian vaksinasi dosis pertama 615.002 orang.\n\nDemikian siaran pers ini disampaikan.\n\n"
                          "Palu, 17 Agustus 2021\n";
  for (const std::string& signer : {std::string("Kepala Dinas Kesehatan Provinsi Sulawesi Tengah,\n\nRina Lamadjido\n"),
                                    std::string("Rina Lamadjido\n")}) {
    Document d = text(top + signer);
    EXPECT_EQ(d.metadata.dateline, "") << signer;
    const std::string body = test::block_texts(d);
    for (const char* kept : {"150 kasus baru", "615.002", "Demikian siaran pers", "Palu, 17 Agustus 2021"})
      EXPECT_NE(body.find(kept), std::string::npos) << kept << " in\n" << body;
    for (const Removed& r : d.removed) EXPECT_NE(r.reason, "keterangan-foto") << r.text;
  }
}

// Should a dateline be found low in the text all the same, a paragraph with a
// figure, one leading into a list (':') and any beyond a caption's few lines are
// never taken for a photo's caption.
TEST(TextReader, NoParagraphWithAFigureIsTakenForACaption) {
  Document d = text("Perkembangan Kasus Covid-19 Sulawesi Tengah\n\nSelasa, 17 Agustus 2021\n\n"
                    "Capaian vaksinasi dosis pertama 615.002 orang.\n\nPerkembangan kasus sebagai berikut:\n\n"
                    "Palu (ANTARA) - Dinas Kesehatan mencatat 150 kasus baru hari ini.\n");
  const std::string body = test::block_texts(d);
  EXPECT_NE(body.find("615.002"), std::string::npos) << body;
  EXPECT_NE(body.find("sebagai berikut:"), std::string::npos) << body;
}

TEST(TextReader, StandAloneDatelines) {
  Document a = text("Judul Berita Covid Hari Ini di Palu\n\n-Kota Palu-\n\nIsi berita di sini.\n");
  EXPECT_EQ(a.metadata.place, "Kota Palu");
  EXPECT_EQ(a.metadata.dateline, "Kota Palu");
  ASSERT_EQ(a.blocks.size(), 1u);
  Document b = text("Jakarta, 29 Juni 2020\nJuru bicara memperbarui data kasus hari ini.\n");
  EXPECT_EQ(b.metadata.place, "Jakarta");
  EXPECT_EQ(b.metadata.date, "2020-06-29");
  EXPECT_EQ(b.metadata.dateline, "Jakarta, 29 Juni 2020");
  // A dateline inside the sentence stays in it.
  Document c = text("JUDUL DALAM HURUF BESAR SEMUA\n\nPalu, 11 April 2021 bertempat di aula, dilaksanakan sosialisasi.\n");
  EXPECT_EQ(c.metadata.place, "Palu");
  EXPECT_EQ(c.metadata.date, "2021-04-11");
  EXPECT_TRUE(c.metadata.dateline.empty());
  EXPECT_EQ(plain_text(c.blocks[0].inlines).substr(0, 20), "Palu, 11 April 2021 ");
}

// A dateline with a time of day, alone on its line, under a short headline: the headline
// stays the headline (it is no rubric over the dateline) and the dateline's day is the
// bulletin's, not a later one of the text. "Ambon, 27/6/2021." opening a paragraph too.
TEST(TextReader, DatelinesWithATimeOrASlashedDate) {
  Document a = text("Kabar Covid-19 Papua\nJayapura, Minggu (20/6/2021) pukul 19.00 WIT\n\nVaksin tiba Senin (21/6) "
                    "dan dibagikan ke kabupaten.\n");
  EXPECT_EQ(title_text(a), "Kabar Covid-19 Papua");
  EXPECT_EQ(a.metadata.place, "Jayapura");
  EXPECT_EQ(a.metadata.date, "2021-06-20");
  Document b = text("Vaksinasi Massal Kota Ambon, 28-30 Juni 2021\n\nAmbon, 27/6/2021. Pemerintah Kota Ambon menggelar "
                    "vaksinasi massal pada 28 s.d. 30 Juni 2021.\n");
  EXPECT_EQ(b.metadata.place, "Ambon");
  EXPECT_EQ(b.metadata.date, "2021-06-27");
  EXPECT_EQ(plain_text(b.blocks[0].inlines).substr(0, 15), "Pemerintah Kota");
}

// "Lumajang, Senin (4/8/2021)": 4 August 2021 was a Wednesday. The dateline's date is
// not taken (the day or the date is wrong), with the warning a body date gets.
TEST(TextReader, ADatelineWhoseWeekdayDisprovesItGivesNoDate) {
  Document d = text("Kasus Covid-19 di Lumajang\n\nLumajang, Senin (4/8/2021) - Dinas Kesehatan mencatat 23 kasus "
                    "baru hari ini.\n");
  EXPECT_EQ(d.metadata.place, "Lumajang");
  EXPECT_TRUE(d.metadata.date.empty());
  bool warned = false;
  for (const Warning& w : d.warnings) warned = warned || w.message.find("names the wrong day of the week") != std::string::npos;
  EXPECT_TRUE(warned);
}

TEST(TextReader, ADayNameIsNotAPlace) {
  Document d = text("Judul Berita Covid Hari Ini di Palu\n\nRabu, 14 Juli 2021\n\nIsi berita.\n");
  EXPECT_TRUE(d.metadata.place.empty());
}

TEST(TextReader, TitleInCapitalsOverTwoLinesIsOneTitle) {
  Document d = text("DINAS SOSIALISASI VAKSINASI COVID-19\nKEPADA PENYANDANG DISABILITAS\n\nIsi berita di sini.\n");
  EXPECT_EQ(title_text(d), "DINAS SOSIALISASI VAKSINASI COVID-19 KEPADA PENYANDANG DISABILITAS");
}

TEST(TextReader, WithoutAHeadlineTheFirstSentenceStandsIn) {
  Document d = text(
      "Gugus Tugas melaporkan hingga Minggu (19/4), total positif di Indonesia sebanyak 6.575 kasus, dengan "
      "jumlah pasien sembuh bertambah menjadi 686 orang. Kalimat kedua.\n");
  EXPECT_TRUE(d.metadata.title_inferred);
  EXPECT_EQ(title_text(d), "Gugus Tugas melaporkan hingga Minggu (19/4)");
  EXPECT_EQ(d.blocks.size(), 1u) << "the sentence stays in the body";
}

TEST(TextReader, AShortFirstLineIsARubricOnlyAboveAHeadline) {
  // (A single word is a label, never a headline: OneWordAboveTheBodyIsALabelNeverTheHeadline.)
  Document a = text("Judul Pendek\n\nIsi berita yang pendek.\n");
  EXPECT_EQ(title_text(a), "Judul Pendek");
  EXPECT_TRUE(a.metadata.section.empty());
  ASSERT_EQ(a.blocks.size(), 1u);
  Document b = text("Virus Corona\n\nData Covid-19 Sulteng Hari Ini Bertambah\n\nIsi berita.\n");
  EXPECT_EQ(b.metadata.section, "Virus Corona");
  EXPECT_EQ(title_text(b), "Data Covid-19 Sulteng Hari Ini Bertambah");
}

TEST(TextReader, TheLastBlockIsNeverTakenForFrontMatter) {
  Document one = text("Satu baris saja tanpa titik\n");
  ASSERT_EQ(one.blocks.size(), 1u);
  EXPECT_TRUE(one.metadata.title_inferred);
  Document markup = text("<html><body><p>Halaman web yang disimpan sebagai teks</p></body></html>\n");
  ASSERT_EQ(markup.blocks.size(), 1u) << "nothing is silently lost";
}

TEST(TextReader, HardWrappedLinesJoin) {
  Document d = text("Judul Berita Covid Hari Ini di Palu\n\nSatgas mencatat kasus baru\nyang tersebar di tujuh daerah.\nKalimat baru di baris baru.\n");
  ASSERT_EQ(d.blocks.size(), 2u);
  EXPECT_EQ(plain_text(d.blocks[0].inlines), "Satgas mencatat kasus baru yang tersebar di tujuh daerah.");
}

TEST(TextReader, NumberedListWithLabelValueTablesIsOneList) {
  Document d = text(
      "Judul Berita Covid Hari Ini di Palu\n\nBerikut sebarannya:\n\n1. Kota Palu\n\nKasus baru: 30\nTotal: 1.850\n\n"
      "2. Sigi\n\nKasus baru: -\nTotal: 273\n\nPenutup berita.\n");
  ASSERT_EQ(d.blocks.size(), 3u);
  const Block& list = d.blocks[1];
  ASSERT_EQ(list.kind, K::List);
  EXPECT_TRUE(list.ordered);
  ASSERT_EQ(list.items.size(), 2u);
  ASSERT_EQ(list.items[0].size(), 2u);
  EXPECT_EQ(plain_text(list.items[0][0].inlines), "Kota Palu");
  const Block& t = list.items[0][1];
  ASSERT_EQ(t.kind, K::Table);
  EXPECT_TRUE(t.row_headers);
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(plain_text(t.rows[1][0]), "Total");
  EXPECT_EQ(plain_text(t.rows[1][1]), "1.850");
  EXPECT_EQ(plain_text(list.items[1][1].rows[0][1]), "-");
}

TEST(TextReader, BulletedLists) {
  Document d = text("Judul Berita Covid Hari Ini di Palu\n\nImbauan:\n\n- Memakai masker.\n- Mencuci tangan.\n• Menjaga jarak.\n");
  const Block& list = d.blocks[1];
  ASSERT_EQ(list.kind, K::List);
  EXPECT_FALSE(list.ordered);
  EXPECT_EQ(list.items.size(), 3u);
}

TEST(TextReader, CaptionOverLabelValueLines) {
  Document d = text("Judul Berita Covid Hari Ini di Palu\n\nData per provinsi:\nSulawesi Tengah\nPositif: 787\nSembuh: 512\nMaluku\nPositif: 3650\nSembuh: 2884\n");
  ASSERT_EQ(d.blocks.size(), 3u);
  EXPECT_EQ(d.blocks[1].kind, K::Table);
  EXPECT_EQ(plain_text(d.blocks[1].inlines), "Sulawesi Tengah");
  EXPECT_EQ(plain_text(d.blocks[2].inlines), "Maluku");
  EXPECT_EQ(d.blocks[2].rows.size(), 2u);
}

TEST(TextReader, ASingleLabelValueLineIsAParagraph) {
  Document d = text("Judul Berita Covid Hari Ini di Palu\n\nCatatan: data bisa berubah sewaktu-waktu.\n");
  EXPECT_EQ(d.blocks[0].kind, K::Paragraph);
}

// A table as text: its header, then each row, cells joined by " | ".
std::string table_text(const Block& t) {
  std::string out;
  auto row = [&](const Block::Row& cells) {
    for (std::size_t k = 0; k < cells.size(); ++k) out += (k ? " | " : "") + plain_text(cells[k]);
    out += "\n";
  };
  if (!t.header.empty()) row(t.header);
  for (const Block::Row& r : t.rows) row(r);
  return out;
}

TEST(TextReader, TablesOfAlignedColumns) {
  Document d = text(
      "Judul Berita Covid Hari Ini di Palu\n\nRumah sakit     Tempat tidur   BOR\nRSUD Undata     124            70,2%\n"
      "RSU Anutapura   96             65,6%\n");
  const Block& t = d.blocks[0];
  ASSERT_EQ(t.kind, K::Table);
  EXPECT_EQ(table_text(t), "Rumah sakit | Tempat tidur | BOR\nRSUD Undata | 124 | 70,2%\nRSU Anutapura | 96 | 65,6%\n");
  EXPECT_TRUE(t.row_headers);
  // Numbers in cells are recognised.
  ASSERT_FALSE(t.rows[0][2].empty());
  EXPECT_EQ(t.rows[0][2][0].kind, Inline::Kind::Number);
  EXPECT_DOUBLE_EQ(t.rows[0][2][0].value, 70.2);
}

// Cells between pipes, as a spreadsheet or a chat message writes a table: every
// row is kept (they were once taken for a related-news widget's "Headline |").
TEST(TextReader, TablesBetweenPipes) {
  Document d = text("Judul Berita Covid Hari Ini di Sigi\n\n| Kecamatan | Positif | Sembuh |\n|---|:---:|---|\n"
                    "| Dolo | 120 | 110 |\n| Biromaru | 240 | 221 |\n");
  ASSERT_EQ(d.blocks.size(), 1u);
  ASSERT_EQ(d.blocks[0].kind, K::Table);
  EXPECT_EQ(table_text(d.blocks[0]), "Kecamatan | Positif | Sembuh\nDolo | 120 | 110\nBiromaru | 240 | 221\n");
  EXPECT_TRUE(d.removed.empty());
  // Without a row of dashes, a header without digits over rows with them is the header all the same.
  Document e = text("Judul Berita Covid Hari Ini di Sigi\n\n| Kecamatan | Positif |\n| Dolo | 120 |\n| Biromaru | 240 |\n");
  ASSERT_EQ(e.blocks.size(), 1u);
  EXPECT_EQ(table_text(e.blocks[0]), "Kecamatan | Positif\nDolo | 120\nBiromaru | 240\n");
  // Rows of different lengths are no table: their text stays, as paragraphs.
  Document f = text("Judul Berita Covid Hari Ini di Sigi\n\n| Dolo | 120 |\n| Biromaru | 240 | 221 |\n");
  std::string all;
  for (const Block& b : f.blocks) all += plain_text(b.inlines);
  EXPECT_NE(all.find("240"), std::string::npos) << all;
}

TEST(TextReader, AShortLineAloneIsAHeading) {
  Document d = text("Judul Berita Covid Hari Ini di Palu\n\nIsi pertama.\n\nSebaran kasus per kabupaten\n\nIsi kedua.\n");
  ASSERT_EQ(d.blocks.size(), 3u);
  EXPECT_EQ(d.blocks[1].kind, K::Heading);
  EXPECT_EQ(d.blocks[1].level, 2);
}

TEST(TextReader, BoilerplateIsRemovedAndRecorded) {
  Document d = text("Judul Berita Covid Hari Ini di Palu\n\nIsi berita.\nBaca juga: Berita lain\nIsi lanjutan.\n\nKomentar\n");
  ASSERT_EQ(d.blocks.size(), 2u);
  ASSERT_EQ(d.removed.size(), 2u);
  EXPECT_EQ(d.removed[0].text, "Baca juga: Berita lain");
  EXPECT_EQ(d.removed[0].reason, "baca-juga");
  EXPECT_EQ(d.removed[0].line, 4u);
  EXPECT_EQ(d.removed[1].line, 7u);
}

TEST(TextReader, OnlyBoilerplateIsAnError) {
  try {
    text("Baca juga: Berita lain\n\nKomentar\n\nNews Feed\n");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::OnlyBoilerplate);
    EXPECT_NE(e.message().find("3 line(s) of boilerplate"), std::string::npos) << e.message();
  }
}

TEST(TextReader, AMenuAboveTheHeadlineIsNavigationAndTheSiteNameNoHeadline) {
  Document d = text(
      "KabarKota.com\n\n- Login\n- Daerah\n- Hukum Kriminal\n- Nasional\n- Olahraga\n\n"
      "Vaksinasi Covid di Kota Contoh Tembus 80 Persen\n\n"
      "KOTA CONTOH - Vaksinasi di Kota Contoh sudah mencapai 80 persen.\n\n"
      "Daerah zona merah:\n\n- Kota Palu\n- Sigi\n- Poso\n- Donggala\n- Parigi\n");
  EXPECT_EQ(title_text(d), "Vaksinasi Covid di Kota Contoh Tembus 80 Persen");
  bool menu = false, site = false;
  for (const Removed& r : d.removed) {
    menu = menu || (r.reason == "navigasi" && r.text.find("Hukum Kriminal") != std::string::npos);
    site = site || (r.reason == "nama-situs" && r.text == "KabarKota.com");
  }
  EXPECT_TRUE(menu);
  EXPECT_TRUE(site);
  // The list of places in the body is content, not a menu.
  ASSERT_FALSE(d.blocks.empty());
  EXPECT_EQ(d.blocks.back().kind, K::List);
  EXPECT_EQ(d.blocks.back().items.size(), 5u);
}

TEST(TextReader, OneWordAboveTheBodyIsALabelNeverTheHeadline) {
  Document d = text("Lapsus\n\nKOTA CONTOH - Kasus terkonfirmasi di Kota Contoh bertambah 12 orang.\n\nIsi kedua.\n");
  EXPECT_EQ(d.metadata.section, "Lapsus");
  EXPECT_TRUE(d.metadata.title_inferred);
  EXPECT_EQ(title_text(d).find("Lapsus"), std::string::npos);
}

TEST(TextReader, BlocksKnowTheirSourceLine) {
  Document d = text("Judul Berita Covid Hari Ini di Palu\n\n\nIsi berita.\n");
  EXPECT_EQ(d.blocks[0].line, 4u);
}

}  // namespace
}  // namespace aksesibel
