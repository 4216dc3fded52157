// The boilerplate rules of data/boilerplate-id.txt, one by one.
#include <gtest/gtest.h>

#include "clean/boilerplate.hpp"
#include "data/data_dir.hpp"
#include "data/language_data.hpp"

namespace aksesibel::clean {
namespace {

const Boilerplate& rules() {
  static auto data = data::load_language_data(data::data_directory(""));
  static Boilerplate b(*data);
  return b;
}

FilterResult filter(const std::vector<std::string>& lines) {
  std::vector<std::size_t> numbers;
  for (std::size_t i = 0; i < lines.size(); ++i) numbers.push_back(i + 1);
  return rules().filter(lines, numbers);
}

// The reason a single line is removed, or "" when it is kept.
std::string reason(const std::string& line) {
  FilterResult r = filter({line});
  if (r.lines[0].keep) return "";
  return r.removed.empty() ? "?" : r.removed.back().reason;
}

TEST(Boilerplate, BacaJugaInEverySpelling) {
  for (std::string s : {"Baca Juga :   Dua Siswa Ikut Seleksi", "Baca juga: Daftar Sebaran Kasus", "BACA JUGA: Jembatan",
                        "Baca Ini Juga: Vaksinasi", "Baca juga", "Simak juga: Video"})
    EXPECT_NE(reason(s), "") << s;
  EXPECT_EQ(reason("Baca Juga: x"), "baca-juga");
  EXPECT_EQ(reason("Warga diminta membaca juga aturan PPKM."), "");
  EXPECT_EQ(reason("Baca juga aturan PPKM sebelum bepergian, kata dia."), "") << "a sentence, not a link";
}

TEST(Boilerplate, ViewCountersAreCutOutOfTheLine) {
  FilterResult r = filter({"-Kota Palu-dibaca 141 kali"});
  ASSERT_TRUE(r.lines[0].keep);
  EXPECT_EQ(r.lines[0].text, "-Kota Palu-");
  ASSERT_EQ(r.removed.size(), 1u);
  EXPECT_EQ(r.removed[0].text, "dibaca 141 kali");
  EXPECT_EQ(r.removed[0].reason, "penghitung-baca");
  EXPECT_EQ(reason("dibaca 1.234 kali"), "penghitung-baca");
  EXPECT_EQ(reason("57 HITS"), "penghitung-baca");
  FilterResult meta = filter({"Kota Palu, Rabu | dibaca 9.876 kali"});
  EXPECT_EQ(meta.lines[0].text, "Kota Palu, Rabu") << "the dangling separator goes too";
  // What is left is a time stamp, as if it stood alone: removed as one, its date kept for the reader.
  FilterResult stamp = filter({"Rabu, 14 Juli 2021 | dibaca 9.876 kali"});
  EXPECT_FALSE(stamp.lines[0].keep);
  ASSERT_EQ(stamp.removed.size(), 2u);
  EXPECT_EQ(stamp.removed[1].text, "Rabu, 14 Juli 2021");
  EXPECT_EQ(stamp.removed[1].reason, "waktu-terbit");
  EXPECT_EQ(reason("Buku itu dibaca berulang kali oleh warga."), "");
}

TEST(Boilerplate, CommentsFeedsSharePromptsSiteLinks) {
  EXPECT_EQ(reason("Komentar"), "komentar");
  EXPECT_EQ(reason("Tulis komentar dengan menyertakan tagar #JernihBerkomentar"), "komentar");
  EXPECT_EQ(reason("News Feed"), "news-feed");
  EXPECT_EQ(reason("Bagikan:"), "bagikan");
  EXPECT_EQ(reason("Syarat & Ketentuan"), "tautan-situs");
  EXPECT_EQ(reason("Komentar warga soal PPKM beragam."), "");
}

TEST(Boilerplate, BeritaTerkaitTakesItsListAlong) {
  FilterResult r = filter({"Berita Terkait", "", "- Judul satu", "- Judul dua", "", "Paragraf berikutnya."});
  EXPECT_FALSE(r.lines[0].keep);
  EXPECT_FALSE(r.lines[2].keep);
  EXPECT_FALSE(r.lines[3].keep);
  EXPECT_TRUE(r.lines[5].keep);
  EXPECT_EQ(r.removed.size(), 3u);
}

TEST(Boilerplate, CreditsAndBylines) {
  FilterResult r = filter({"Oleh: Nurul Fadilah Pakaya"});
  EXPECT_FALSE(r.lines[0].keep);
  EXPECT_EQ(r.byline, "Nurul Fadilah Pakaya");
  EXPECT_EQ(reason("oleh"), "kredit");
  EXPECT_EQ(filter({"Laporan Wartawan TribunPalu.com, Moh Salam"}).byline, "Moh Salam");
  EXPECT_EQ(reason("Editor: Fadli Mangge"), "kredit");
  EXPECT_EQ(reason("Oleh karena itu warga diminta tetap di rumah"), "");
  EXPECT_EQ(reason("Oleh sebab itu"), "");
  // A blog's "Posted on … by Name", a byline and stamp with a view count, a syndication notice.
  EXPECT_EQ(filter({"Posted on 1 Agustus 2021 by Diah Dewi"}).byline, "Diah Dewi");
  EXPECT_EQ(filter({"Oleh: Tim Redaksi Selasa, 30 November 2021 | 19:20 WIB 3.418"}).byline, "Tim Redaksi");
  EXPECT_EQ(reason("Artikel ini telah tayang di KabarKota.com dengan judul Kasus Baru Bertambah"), "sumber-berita");
  EXPECT_EQ(reason("Artikel ini membahas kasus baru di Palu."), "");
  // A byline with the time stamp: the name is the byline, the line a time stamp.
  FilterResult both = filter({"Oleh Redaksi | Kamis, 12 Agustus 2021 14:30 WITA | Dibaca 1.245 kali"});
  EXPECT_FALSE(both.lines[0].keep);
  EXPECT_EQ(both.byline, "Redaksi");
  EXPECT_EQ(both.removed.back().reason, "waktu-terbit");
}

TEST(Boilerplate, RelatedArticleWidgetResidue) {
  EXPECT_EQ(reason("Selain Cokelat, Disperindag Juga Perkenalkan Kopi Dari Sulteng |"), "berita-terkait");
  EXPECT_EQ(reason("![]() |"), "berita-terkait");
  EXPECT_EQ(reason("---|"), "berita-terkait");
  EXPECT_EQ(reason("Positif | Sembuh"), "");
  EXPECT_EQ(reason("| Dolo | 120 | 110 | 3 |"), "") << "a table's row between pipes";
}

TEST(Boilerplate, PhotoCreditsAndCaptions) {
  EXPECT_EQ(reason("Shutterstock"), "foto");
  EXPECT_EQ(reason("dinkes.sultengprov.go.id"), "foto");
  EXPECT_EQ(reason("Ilustrasi isolasi mandiri - Update data Covid-19"), "foto");
  EXPECT_EQ(reason("Dikutip dari dinkes.sultengprov.go.id, berikut rincian data."), "");
}

// The line before a "Foto: …" credit is the photo's caption; but a credit
// that holds its own caption leaves the paragraph before and after it alone:
// there the paragraph is the bulletin's last, with its figure.
TEST(Boilerplate, ACreditWithItsOwnCaptionTakesNoParagraphWithIt) {
  FilterResult own = filter({"Kasus aktif di Sigi saat ini sebanyak 37 orang.", "",
                             "Foto: Petugas menyuntikkan vaksin kepada lansia di Puskesmas Biromaru. (Humas Sigi)", "",
                             "Warga diminta tetap memakai masker."});
  EXPECT_TRUE(own.lines[0].keep);
  EXPECT_FALSE(own.lines[2].keep);
  EXPECT_TRUE(own.lines[4].keep);
  FilterResult bare = filter({"Petugas menyuntikkan vaksin kepada lansia.", "", "Foto: Humas Sigi", "", "Kasus aktif 37 orang."});
  EXPECT_FALSE(bare.lines[0].keep) << "a short credit's caption goes with it";
  EXPECT_FALSE(bare.lines[2].keep);
  EXPECT_TRUE(bare.lines[4].keep);
}

TEST(Boilerplate, DocumentSharingSites) {
  FilterResult r = filter({"Copied!", "8", "0", "0", "", "Teks penuh", "", "(1)", "1. Gambaran kondisi"});
  for (int i : {0, 1, 2, 3, 5, 7}) EXPECT_FALSE(r.lines[i].keep) << i;
  EXPECT_TRUE(r.lines[8].keep);
  EXPECT_EQ(reason("Academic year: 2021"), "situs-dokumen");
  EXPECT_EQ(reason("8"), "") << "a lone number is kept unless it follows Copied!";
}

TEST(Boilerplate, HtmlPagePartsByClassName) {
  EXPECT_TRUE(rules().html_element_reason("comment-list "));
  EXPECT_TRUE(rules().html_element_reason("menu"));
  EXPECT_TRUE(rules().html_element_reason("x share-buttons"));
  EXPECT_TRUE(rules().html_element_reason(" related-posts"));
  EXPECT_FALSE(rules().html_element_reason("article-body content"));
  EXPECT_FALSE(rules().html_element_reason("covid-case-container"));
  EXPECT_FALSE(rules().html_element_reason("  "));
}

}  // namespace
}  // namespace aksesibel::clean
