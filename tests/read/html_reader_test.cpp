// The HTML reader: main content, page parts dropped, structure kept.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "model/links.hpp"
#include "support.hpp"

namespace aksesibel {
namespace {

using test::read_as;
using K = Block::Kind;

Document html(const std::string& s) { return read_as(s, InputFormat::Html, "halaman.html"); }

std::string all_text(const Document& d) {
  std::string s = title_text(d) + "\n";
  for (const Inline* i : test::all_inlines(d))
    if (i->children.empty()) s += i->text + " ";
  return s;
}

const char* kPage = R"HTML(<!DOCTYPE html>
<html lang="id"><head><title>Situs - Judul Halaman</title>
<style>p { color: red }</style><script>var rahasia = "skrip";</script></head>
<body>
<header><div class="logo">Logo Situs</div><nav><a href="/">Beranda</a></nav></header>
<aside><h2>Berita Populer</h2><p>dibaca 9.876 kali</p></aside>
<form><input name="q"><button>Cari</button></form>
<div hidden>Spanduk kuki tersembunyi</div>
<div style="display: none">Iklan tersembunyi</div>
<!-- komentar HTML -->
<main>
<article>
<p class="kicker">Covid-19 Sulteng</p>
<h1>Kasus Harian Bertambah 213 Orang</h1>
<p class="byline">Oleh: Nurul Fadilah</p>
<p class="meta"><time datetime="2021-07-14">Rabu, 14 Juli 2021</time></p>
<p>Palu (ANTARA) - Pusdatina mencatat <strong>213 kasus</strong> baru &amp; <em>bed occupancy rate</em> (BOR)
   naik&nbsp;&#8211; lihat <a href="https://contoh.example/data">data</a> dan <a href="javascript:alert(1)">RSUD Madani</a>
   <a href=" JaVaScRiPt:alert(2)">x</a> <a href="data:text/html,hi">y</a> <a onclick="evil()" href="mailto:a@b.example">surel</a>.</p>
<h2>Sebaran</h2>
<table><caption>Sebaran kasus</caption>
<thead><tr><th>Kabupaten</th><th>Total</th></tr></thead>
<tbody><tr><th scope="row">Kota Palu</th><td>5.017</td></tr><tr><th scope="row">Sigi</th><td>1.018</td></tr></tbody>
</table>
<ul><li>Memakai masker.</li><li>Mencuci <b>tangan</b>.</li></ul>
<blockquote><p>“Kami meminta warga waspada,” kata Rizal.</p></blockquote>
<p><strong>Baca Juga:</strong> <a href="/lain">Berita lain</a></p>
<div class="share-buttons"><a href="#">Facebook</a></div>
<nav>Remah roti artikel</nav><aside>Info samping artikel</aside><div aria-hidden="true">Teks tersembunyi artikel</div>
<footer>Kaki artikel</footer>
</article>
<div class="komentar"><h3>Komentar</h3><p>Komentar pembaca di sini.</p></div>
</main>
<footer>Hak cipta 2021</footer>
</body></html>)HTML";

TEST(HtmlReader, TitleRubricDateAndLanguage) {
  Document d = html(kPage);
  EXPECT_EQ(title_text(d), "Kasus Harian Bertambah 213 Orang");
  EXPECT_EQ(d.metadata.section, "Covid-19 Sulteng");
  EXPECT_EQ(d.metadata.date, "2021-07-14");
  EXPECT_EQ(d.metadata.language, "id");
  EXPECT_EQ(d.metadata.byline, "Nurul Fadilah");
  EXPECT_EQ(d.metadata.publisher, "ANTARA");
  EXPECT_EQ(d.metadata.source_format, "html");
}

TEST(HtmlReader, PagePartsAreDropped) {
  const std::string t = all_text(html(kPage));
  for (const char* gone : {"skrip", "color", "Logo Situs", "Beranda", "Berita Populer", "9.876", "Cari",
                           "Spanduk kuki", "Iklan tersembunyi", "komentar HTML", "Komentar pembaca", "Hak cipta",
                           "Facebook", "Berita lain", "Oleh", "Remah roti", "Info samping", "Teks tersembunyi",
                           "Kaki artikel"})
    EXPECT_EQ(t.find(gone), std::string::npos) << gone << " survived in:\n" << t;
}

// Inside the content every dropped part with text is recorded; the page
// around the content is not the bulletin and is not listed part by part.
TEST(HtmlReader, DroppedPartsWithTextAreRecorded) {
  Document d = html(kPage);
  std::set<std::string> reasons;
  for (const Removed& r : d.removed) reasons.insert(r.reason);
  for (const char* r : {"navigasi", "sisipan-samping", "kaki-halaman", "tersembunyi", "bagian-situs", "baca-juga", "kredit"})
    EXPECT_TRUE(reasons.count(r)) << r << " missing; removed: " << ::testing::PrintToString(std::vector<std::string>(reasons.begin(), reasons.end()));
  for (const Removed& r : d.removed) EXPECT_EQ(r.text.find("skrip"), std::string::npos) << "scripts are not text";
}

// "10<sup>3</sup>" is not the number 103: a raised figure is written out.
TEST(HtmlReader, SuperscriptAndSubscriptFiguresKeepTheirValue) {
  const Document d = html("<html><body><h1>Vaksinasi di Sulawesi Tengah</h1>"
                          "<p>Target 10<sup>3</sup> dosis, kadar CO<sub>2</sub> dan ruang 20 m<sup>2</sup>; "
                          "catatan<sup>a</sup>.</p></body></html>");
  std::string t;
  for (const Block& b : d.blocks) t += plain_text(b.inlines) + "\n";
  EXPECT_NE(t.find("Target 10 pangkat 3 dosis, kadar CO2 dan ruang 20 m2; catatana."), std::string::npos) << t;
  bool ten = false, hundred_three = false;
  for (const Block& b : d.blocks)
    for (const Inline& i : b.inlines) {
      ten |= i.kind == Inline::Kind::Number && i.value == 10;
      hundred_three |= i.kind == Inline::Kind::Number && i.value == 103;
    }
  EXPECT_TRUE(ten);
  EXPECT_FALSE(hundred_three);
}

// The text of the body's blocks, a line each.
std::string body_text(const Document& d) {
  std::string t;
  for (const Block& b : d.blocks) t += plain_text(b.inlines) + "\n";
  return t;
}

// The Ringkasan's figures as "kind=text", sorted.
std::vector<std::string> shown_facts(const Document& d) {
  std::vector<std::string> shown;
  for (const Fact& f : d.facts)
    if (f.summary) shown.push_back(f.kind + "=" + f.text);
  std::sort(shown.begin(), shown.end());
  return shown;
}

// "149<sup>2)</sup>" is not the number 1492: a note mark that is not a plain figure
// ("2)", "[1]", "1,2") is written as one, and the fact layer reads past it.
TEST(HtmlReader, ANoteMarkAfterAFigureIsNoPartOfIt) {
  const Document d = html("<html><body><h1>Update Covid-19 Kota Palu</h1>"
                          "<p>Palu, Rabu (14/7/2021) - Jumlah kasus positif di Kota Palu kini 5.017<sup>[1]</sup> "
                          "orang, dengan pasien sembuh 4.559 orang dan meninggal 149<sup>2)</sup> orang, "
                          "dirawat 309<sup>1,2</sup>.</p></body></html>");
  const std::string t = body_text(d);
  EXPECT_NE(t.find("5.017 (catatan 1) orang"), std::string::npos) << t;
  EXPECT_NE(t.find("meninggal 149 (catatan 2) orang"), std::string::npos) << t;
  EXPECT_NE(t.find("dirawat 309 (catatan 1, 2)."), std::string::npos) << t;
  EXPECT_EQ(shown_facts(d), (std::vector<std::string>{"active=309", "confirmed_total=5.017", "deaths_total=149", "recovered_total=4.559"}));
}

// The site's date of today in its top bar, a related item's stamp and a comment's
// <time> are not the bulletin's date: the article's own stamp is.
TEST(HtmlReader, TheArticlesOwnStampIsTheDateNotOneAroundIt) {
  const std::string article =
      "<article><h1>Kasus Covid-19 Sulawesi Tengah Bertambah 47</h1>"
      "<div class=\"detail__date\">Jumat, 16 Jul 2021 18:42 WIB</div>"
      "<p>Palu - Kasus positif Covid-19 di Sulawesi Tengah hari ini bertambah 47 kasus.</p></article>";
  const Document top = html("<html><body><div class=\"topbar\"><span>Senin, 19 Juli 2021</span></div>" + article +
                            "</body></html>");
  EXPECT_EQ(top.metadata.date, "2021-07-16");
  const Document related = html("<html><body>" + article + "<div class=\"list\"><h3><a href=\"#\">Kasus Sigi "
                                "Tambah 12</a></h3><span>Kamis, 15 Jul 2021 19:10 WIB</span></div></body></html>");
  EXPECT_EQ(related.metadata.date, "2021-07-16");
  // With no stamp in the content, the one outside it is the page's date.
  const Document only_outside = html(
      "<html><body><div class=\"topbar\"><span>Jumat, 16 Juli 2021</span></div><article><h1>Kasus Covid-19 "
      "Sulawesi Tengah Bertambah 47</h1><p>Palu - Kasus positif hari ini bertambah 47 kasus.</p></article></body></html>");
  EXPECT_EQ(only_outside.metadata.date, "2021-07-16");
  const Document comment = html(
      "<html><body><main><h1>Kasus Covid-19 Banyumas Bertambah 96 Orang</h1><div class=\"entry-content\"><p>Satgas "
      "Covid-19 Kabupaten Banyumas hari ini mencatat tambahan 96 kasus baru.</p><p>Data itu disampaikan di "
      "Purwokerto, Selasa (10/8/2021).</p></div><div class=\"comments-area\" id=\"comments\"><time "
      "datetime=\"2021-08-12T07:12:00+07:00\">12 Agustus 2021</time><p>Semoga cepat turun.</p></div></main></body></html>");
  EXPECT_EQ(comment.metadata.date, "2021-08-10");
}

// What a page struck out is not its word ("<del>1.204</del> <ins>1.240</ins>"), and bold
// inside a number ("<b>1</b><b>08</b>", "1.<strong>412</strong>") does not cut it in two.
TEST(HtmlReader, StruckOutTextGoesAndBoldInsideANumberKeepsItWhole) {
  const Document d = html("<html><body><article><h1>Kasus Aktif Covid-19 Kota Palu</h1><p>Palu, Rabu (18/8/2021) - "
                          "Kasus aktif di Kota Palu sebanyak <del>1.204</del> <ins>1.240</ins> orang. Pasien sembuh hari "
                          "ini bertambah <s>85</s> 58 orang. Kasus baru hari ini <b>1</b><b>08</b> orang, total "
                          "1.<strong>412</strong> orang.</p></article></body></html>");
  const std::string t = body_text(d);
  EXPECT_NE(t.find("sebanyak 1.240 orang. Pasien sembuh hari ini bertambah 58 orang."), std::string::npos) << t;
  EXPECT_NE(t.find("hari ini 108 orang, total 1.412 orang."), std::string::npos) << t;
  bool struck = false;
  for (const Removed& r : d.removed) struck |= r.reason == "dicoret" && r.text == "1.204";
  EXPECT_TRUE(struck);
  EXPECT_EQ(shown_facts(d), (std::vector<std::string>{"active=1.240", "confirmed_new=108", "confirmed_total=1.412", "recovered_new=58"}));
}

// A page saved with the next story loaded below it: the story the <title> names is the
// content, not the longer next one.
TEST(HtmlReader, TheArticleThePageTitleNamesIsTheContent) {
  const std::string next(600, 'x');
  const Document d = html(
      "<html><head><title>Kasus Covid-19 Kota Palu Bertambah 19 Orang - Kabar Palu</title></head><body>"
      "<article><h1>Kasus Covid-19 Kota Palu Bertambah 19 Orang</h1><p>Palu, Senin (30/8/2021) - Satgas mencatat 19 "
      "kasus baru hari ini.</p></article><div>Artikel selanjutnya</div><article><h2>BOR Rumah Sakit di Kota Palu "
      "Turun</h2><p>Keterisian tempat tidur kini 41 persen. " + next + "</p><p>Lagi " + next + "</p></article></body></html>");
  EXPECT_EQ(plain_text(d.metadata.title), "Kasus Covid-19 Kota Palu Bertambah 19 Orang");
  const std::string t = body_text(d);
  EXPECT_NE(t.find("19 kasus baru"), std::string::npos) << t;
  EXPECT_EQ(t.find("41 persen"), std::string::npos) << t;
}

TEST(HtmlReader, StructureIsKept) {
  Document d = html(kPage);
  std::vector<K> kinds;
  for (const Block& b : d.blocks) kinds.push_back(b.kind);
  // The <time> line under the headline is the page's time stamp: its date is kept, the line is chrome.
  const std::vector<K> expected = {K::Paragraph, K::Heading, K::Table, K::List, K::Quote};
  EXPECT_EQ(kinds, expected);
  const Block& t = d.blocks[2];
  EXPECT_EQ(plain_text(t.inlines), "Sebaran kasus");
  ASSERT_EQ(t.header.size(), 2u);
  EXPECT_TRUE(t.row_headers);
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[0][1][0].kind, Inline::Kind::Number);
  EXPECT_EQ(t.rows[0][1][0].value, 5017);
  EXPECT_EQ(d.blocks[3].items.size(), 2u);
}

TEST(HtmlReader, CharacterReferencesAreDecodedAndWhiteSpaceCollapsed) {
  Document d = html(kPage);
  const std::string p = plain_text(d.blocks[0].inlines);
  EXPECT_NE(p.find("baru & bed occupancy rate (BOR) naik\xC2\xA0– lihat data"), std::string::npos) << p;
  EXPECT_EQ(p.rfind("Pusdatina", 0), 0u) << "the dateline is cut off: " << p;
}

// &#150; and its neighbours are the Windows-1252 characters, as in a browser.
TEST(HtmlReader, ReferencesInTheC1RangeAreWindows1252) {
  Document d = html("<html lang=\"id\"><body><article><h1>Judul berita hari ini</h1>"
                    "<p>Kasus naik &#150; kata &#147;Rina&#148; &#128;5 &#133;</p></article></body></html>");
  const std::string p = plain_text(d.blocks.back().inlines);
  EXPECT_EQ(p, "Kasus naik \xE2\x80\x93 kata \xE2\x80\x9CRina\xE2\x80\x9D \xE2\x82\xAC" "5 \xE2\x80\xA6") << p;
}

TEST(HtmlReader, OnlySafeLinksSurviveAndTheirTextStays) {
  Document d = html(kPage);
  std::vector<std::string> hrefs;
  for (const Inline* i : test::all_inlines(d))
    if (i->kind == Inline::Kind::Link) hrefs.push_back(i->href);
  const std::vector<std::string> expected = {"https://contoh.example/data", "mailto:a@b.example"};
  EXPECT_EQ(hrefs, expected);
  EXPECT_NE(plain_text(d.blocks[0].inlines).find("RSUD Madani"), std::string::npos);
}

TEST(HtmlReader, EmphasisAndStrongAreInlines) {
  Document d = html(kPage);
  bool strong = false, emphasis = false;
  for (const Inline& i : d.blocks[0].inlines) {
    strong |= i.kind == Inline::Kind::Strong;
    emphasis |= i.kind == Inline::Kind::Emphasis;
  }
  EXPECT_TRUE(strong);
  EXPECT_TRUE(emphasis);
}

TEST(HtmlReader, WithoutArticleTheDensestBlockIsTheContent) {
  Document d = html(R"(<html><body><div class="top"><a href="/">Beranda</a> <a href="/x">Profil</a></div>
<div id="isi"><p>Satgas Penanganan Covid-19 mencatat tambahan kasus baru di Palu pada hari ini.</p>
<p>Pasien sembuh bertambah 97 orang sehingga totalnya menjadi 12.901 orang di seluruh provinsi.</p></div>
<div class="kecil"><p>Tautan kecil.</p></div></body></html>)");
  ASSERT_EQ(d.blocks.size(), 2u);
  EXPECT_TRUE(d.metadata.title_inferred) << "no <h1> and no <title>";
}

TEST(HtmlReader, TitleFallsBackToTheTitleElement) {
  Document d = html("<html><head><title>Judul Dari Title</title></head><body><article><p>Isi berita satu dua tiga.</p></article></body></html>");
  EXPECT_EQ(title_text(d), "Judul Dari Title");
}

// A blog's post title in an <h2>, under a <title> that names only the site: the
// heading that opens the text is the headline, not a section of the body.
TEST(HtmlReader, AHeadingOpeningTheTextIsTheHeadline) {
  Document d = html("<html><head><title>Dinas Kesehatan Daerah</title></head><body><div class=\"post\">"
                    "<h2>Update Data Covid-19 Kabupaten Poso</h2><p>Gugus Tugas mencatat enam kasus baru hari ini.</p>"
                    "<p>Warga diminta tetap waspada.</p></div></body></html>");
  EXPECT_EQ(title_text(d), "Update Data Covid-19 Kabupaten Poso");
  EXPECT_FALSE(d.metadata.title_inferred);
  ASSERT_EQ(d.blocks.size(), 2u);
  EXPECT_EQ(d.blocks[0].kind, Block::Kind::Paragraph);
}

// "Label: value" lines between <br>s are a table, as in a text bulletin; the
// lines around them stay text, and no line starts with the source's indentation.
TEST(HtmlReader, LabelLinesBetweenLineBreaksAreATable) {
  Document d = html("<html><body><article><h1>Update Data Covid-19 Kabupaten Poso</h1><p>Data terbaru hari ini.<br>\n"
                    "  Terkonfirmasi positif: 3.904 orang<br>\n  Sembuh: 3.711 orang<br>\n  Meninggal: 121 orang<br><br>\n"
                    "  Kasus baru hari ini sebanyak 6 orang.<br>\n  Tetap waspada.</p></article></body></html>");
  ASSERT_EQ(d.blocks.size(), 3u);
  EXPECT_EQ(plain_text(d.blocks[0].inlines), "Data terbaru hari ini.");
  const Block& t = d.blocks[1];
  ASSERT_EQ(t.kind, Block::Kind::Table);
  EXPECT_TRUE(t.row_headers);
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(plain_text(t.rows[0][0]), "Terkonfirmasi positif");
  EXPECT_EQ(plain_text(t.rows[2][1]), "121 orang");
  EXPECT_EQ(plain_text(d.blocks[2].inlines), "Kasus baru hari ini sebanyak 6 orang.\nTetap waspada.");
  // One label line alone stays in its paragraph.
  Document e = html("<html><body><article><h1>Update Data Covid-19</h1><p>Data terbaru.<br>Sembuh: 3.711 orang</p></article></body></html>");
  ASSERT_EQ(e.blocks.size(), 1u);
  EXPECT_EQ(e.blocks[0].kind, Block::Kind::Paragraph);
}

// A space at either end of an inline element separates the words outside it:
// "<b>34 </b>kasus" is "34 kasus", and the dateline in "<strong>PALU – </strong>" is found.
TEST(HtmlReader, ASpaceAtAnElementsEdgeStaysBetweenTheWords) {
  Document d = html("<html><body><article><h1>Judul Berita Covid Hari Ini</h1><p><strong>MALANG POS &#8211; </strong>"
                    "Jumlah kasus naik. Tambahan <b>34 </b>kasus, aktif<b> Covid-19</b> dan <a href=\"https://x.example/a\">"
                    "aktif </a>di Palu; <em> </em>selesai.</p></article></body></html>");
  EXPECT_EQ(d.metadata.publisher, "MALANG POS");
  ASSERT_EQ(d.blocks.size(), 1u);
  EXPECT_EQ(plain_text(d.blocks[0].inlines), "Jumlah kasus naik. Tambahan 34 kasus, aktif Covid-19 dan aktif di Palu; selesai.");
}

// The article's own container ("entry-content no-share", a Blogspot post inside
// "widget Blog") is never dropped with the page part its class seems to name, and
// a heading the page's <title> holds is the headline.
TEST(HtmlReader, TheArticlesContainerIsNeverDroppedAsAPagePart) {
  Document d = html("<html><head><title>Malang Pos Online</title></head><body><h1>Kasus Aktif di Kota Malang Turun</h1>"
                    "<div class=\"entry-content no-share\"><p>Dinas Kesehatan mencatat 312 kasus aktif.</p>"
                    "<p>Sebanyak 87 pasien sembuh.</p></div><div class=\"share\"><p>Bagikan ke Facebook</p></div></body></html>");
  ASSERT_EQ(d.blocks.size(), 2u);
  EXPECT_EQ(plain_text(d.blocks[1].inlines), "Sebanyak 87 pasien sembuh.");
  Document b = html("<html><head><title>Dinas Kesehatan KSB: Update Covid-19 KSB 15 Juli 2021</title></head><body>"
                    "<div class='widget Blog' id='Blog1'><div class='post'><h3 class='post-title'>Update Covid-19 KSB 15 "
                    "Juli 2021</h3><div class='post-body entry-content'>Satgas melaporkan 23 kasus baru.<br/><br/>"
                    "Sebanyak 9 pasien sembuh.</div></div></div><div class='widget BlogArchive'><h2>Arsip Blog</h2>"
                    "<ul><li>2021 (214)</li></ul></div></body></html>");
  EXPECT_EQ(title_text(b), "Update Covid-19 KSB 15 Juli 2021");
  const std::string body = test::block_texts(b);
  EXPECT_NE(body.find("23 kasus baru"), std::string::npos) << body;
  EXPECT_NE(body.find("9 pasien sembuh"), std::string::npos) << body;
  EXPECT_EQ(body.find("Arsip Blog"), std::string::npos) << body;
}

// The older government sites wrap every paragraph's text in <font> inside a <div>:
// that text is the page's running text, not a side box's figures.
TEST(HtmlReader, TextInFontElementsIsTheDensestBlock) {
  Document d = html("<html><body><div id=\"isi\"><h2>Perkembangan Covid-19 Kabupaten Wonosobo</h2><div><font face=\"Arial\">"
                    "WONOSOBO - Gugus Tugas melaporkan perkembangan kasus hari ini di kabupaten.</font></div><div><font>Pada "
                    "hari ini terdapat tambahan 34 kasus terkonfirmasi positif dan 28 pasien sembuh.</font></div></div>"
                    "<div><h3>Statistik Pengunjung</h3><div>Hari ini: 412<br />Kemarin: 1.022<br />Total: 1.284.551</div>"
                    "</div></body></html>");
  const std::string body = test::block_texts(d);
  EXPECT_NE(body.find("tambahan 34 kasus"), std::string::npos) << body;
  EXPECT_EQ(body.find("1.284.551"), std::string::npos) << body;
}

// An old page's <FONT> around paragraphs and a table is a container: its
// paragraphs and the table stay apart, not one run of text.
TEST(HtmlReader, AFontAroundParagraphsAndATableIsAContainer) {
  Document d = html("<HTML><BODY><TABLE><TR><TD><FONT FACE=Verdana SIZE=2><P>Satgas mencatat 14 pasien sembuh hari ini di "
                    "Kabupaten Sikka.<P>Total kasus sejak Maret 2020 sebanyak 3.806 orang di kabupaten itu.<TABLE BORDER=1>"
                    "<TR><TH>Kelompok<TH>Dosis 1<TR><TD>Lansia<TD>9.870<TR><TD>Umum<TD>61.305</TABLE><P>Warga diajak "
                    "datang ke puskesmas.</FONT></TABLE></BODY></HTML>");
  ASSERT_EQ(d.blocks.size(), 4u);
  EXPECT_EQ(d.blocks[0].kind, Block::Kind::Paragraph);
  EXPECT_EQ(d.blocks[2].kind, Block::Kind::Table);
  EXPECT_EQ(plain_text(d.blocks[3].inlines), "Warga diajak datang ke puskesmas.");
}

// An AMP page's <amp-img alt> is an image as <img alt> is; a <title> that adds a
// page's word after the headline ("… Halaman all") gives the headline.
TEST(HtmlReader, AmpImagesAndATitleWithAPagesWordAfterTheHeadline) {
  Document d = html("<html><head><title>Positivity Rate Jawa Barat Turun Halaman all - Kompas.com</title></head><body>"
                    "<h1 class=\"read__title\">Positivity Rate Jawa Barat Turun</h1><div class=\"read__content\">"
                    "<p>Tingkat positivitas Covid-19 di Jawa Barat terus menurun dalam sepekan terakhir.</p>"
                    "<amp-img src=\"g.png\" alt=\"Grafik kasus harian Covid-19 Jawa Barat\"></amp-img>"
                    "<p>Dinas Kesehatan mencatat angka itu dari 12.000 spesimen.</p></div></body></html>");
  EXPECT_EQ(title_text(d), "Positivity Rate Jawa Barat Turun");
  const std::string body = test::block_texts(d);
  EXPECT_NE(body.find("Grafik kasus harian Covid-19 Jawa Barat"), std::string::npos) << body;
}

// A table of one cell is a box around its content: a "Baca juga" link framed so
// is removed as the same link outside a box is.
TEST(HtmlReader, ATableOfOneCellIsABox) {
  Document d = html("<html><body><article><h1>Vaksinasi Lansia di Jakarta Capai 64 Persen</h1><p>Vaksinasi lansia "
                    "terus berjalan dengan baik hari ini.</p><table class=\"linksisip\"><tr><td><div><strong>Baca juga:"
                    "</strong><a href=\"https://news.example.com/a\">Rekor Kasus Harian DKI Tembus 9.271</a></div></td></tr>"
                    "</table><p>Sebanyak 64 persen lansia sudah divaksin.</p><p><strong>Simak juga video 'Antrean di "
                    "GBK':</strong></p></article></body></html>");
  ASSERT_EQ(d.blocks.size(), 2u);
  EXPECT_EQ(plain_text(d.blocks[1].inlines), "Sebanyak 64 persen lansia sudah divaksin.");
}

// Two header rows, the upper spanning columns of the lower: each column's header
// is its cells top to bottom ("Kasus Aktif Dirawat"), not the upper row alone with
// the lower read as data.
TEST(HtmlReader, HeaderRowsUnderASpanningHeaderJoin) {
  Document d = html("<html><body><article><h1>Sebaran Kasus di Klaten</h1><table><thead><tr><th rowspan=\"2\">Kecamatan"
                    "</th><th colspan=\"2\">Kasus Aktif</th><th rowspan=\"2\">Sembuh</th></tr><tr><th>Dirawat</th>"
                    "<th>Isoman</th></tr></thead><tbody><tr><td>Wedi</td><td>1</td><td>3</td><td>655</td></tr><tr><td>Jogonalan"
                    "</td><td>2</td><td>4</td><td>700</td></tr></tbody></table></article></body></html>");
  ASSERT_EQ(d.blocks.size(), 1u);
  const Block& t = d.blocks[0];
  ASSERT_EQ(t.header.size(), 4u);
  EXPECT_EQ(plain_text(t.header[0]), "Kecamatan");
  EXPECT_EQ(plain_text(t.header[1]), "Kasus Aktif Dirawat");
  EXPECT_EQ(plain_text(t.header[2]), "Kasus Aktif Isoman");
  EXPECT_EQ(plain_text(t.header[3]), "Sembuh");
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(plain_text(t.rows[0][0]), "Wedi");
}

TEST(HtmlReader, LayoutColumnsOfSeparatorsAreDropped) {
  Document d = html(R"(<html><body><article><table><tr><td>Positif COVID-19</td><td>:</td><td>8.211</td></tr>
<tr><td>Sembuh</td><td>:</td><td>1.002</td></tr></table></article></body></html>)");
  ASSERT_EQ(d.blocks.size(), 1u);
  const Block& t = d.blocks[0];
  ASSERT_EQ(t.rows[0].size(), 2u);
  EXPECT_TRUE(t.row_headers);
  EXPECT_EQ(plain_text(t.rows[1][1]), "1.002");
}

TEST(HtmlReader, APageWithoutTextIsAnError) {
  EXPECT_THROW(html("<html><body><script>x()</script><nav>Menu</nav></body></html>"), Error);
}

}  // namespace
}  // namespace aksesibel

namespace aksesibel {
namespace {

TEST(HtmlReader, TheSpaceAfterAnInlineElementStays) {
  Document d = test::read_as("<article><h1>J</h1><p>Tingkat atau <em>bed</em> kata lain. </p></article>", InputFormat::Html);
  EXPECT_EQ(plain_text(d.blocks[0].inlines), "Tingkat atau bed kata lain.");
}

}  // namespace
}  // namespace aksesibel

namespace aksesibel {
namespace {

// One rule for the links the reader keeps and the HTML outputs make live.
TEST(Links, OneRuleForReadersAndWriters) {
  for (const char* ok : {"https://sultengprov.go.id", "HTTP://x.id/a", "mailto:humas@x.go.id", " https://x.id"})
    for (bool relative : {true, false}) EXPECT_TRUE(model::safe_href(ok, relative)) << ok;
  for (const char* relative_only : {"/berita/1", "laporan.html?id=1:2", "#isi"}) {
    EXPECT_TRUE(model::safe_href(relative_only, true)) << relative_only;
    EXPECT_FALSE(model::safe_href(relative_only, false)) << relative_only;
  }
  for (const char* bad : {"javascript:alert(1)", "JaVa\tScRiPt:alert(1)", "data:text/html,x", "vbscript:x", ""})
    for (bool relative : {true, false}) EXPECT_FALSE(model::safe_href(bad, relative)) << bad;
}

}  // namespace
}  // namespace aksesibel

namespace aksesibel {
namespace {

// <ol start> beyond what the numbering can count on counts from 1 (issue 15:
// start="2147483647" had overflowed when the items were numbered).
TEST(HtmlReader, AListStartOutOfRangeCountsFromOne) {
  const Document d = read_as("<html><body><h1>Judul Uji</h1><p>Teks.</p><ol start=\"2147483647\"><li>satu</li><li>dua</li></ol>"
                             "<ol start=\"5\"><li>lima</li></ol></body></html>",
                             InputFormat::Html, "daftar.html");
  std::vector<int> starts;
  for (const Block& b : d.blocks)
    if (b.kind == Block::Kind::List) starts.push_back(b.start);
  EXPECT_EQ(starts, (std::vector<int>{1, 5}));
}

}  // namespace
}  // namespace aksesibel
