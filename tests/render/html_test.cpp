// The screen-reader HTML and the large-print HTML.
#include <gtest/gtest.h>

#include <regex>

#include "aksesibel/convert.hpp"
#include "support.hpp"

namespace aksesibel {
namespace {

std::size_t count(const std::string& hay, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + 1)) ++n;
  return n;
}

std::string convert_to(const std::string& input, InputFormat from, const std::string& format, ConvertOptions o = {}) {
  o.read.format = from;
  o.formats = {format};
  return convert(input, o).outputs[0].content;
}

std::string example_html() {
  return convert_to(test::read_file(test::examples_dir() / "buletin-sulteng-2021-07-14.txt"), InputFormat::Text, "html");
}

TEST(Html, DocumentStructureForScreenReaders) {
  const std::string h = example_html();
  EXPECT_EQ(h.rfind("<!DOCTYPE html>\n<html lang=\"id\">", 0), 0u);
  EXPECT_EQ(count(h, "<h1>"), 1u);
  EXPECT_EQ(count(h, "<main"), 1u);
  EXPECT_NE(h.find("<a class=\"lompat\" href=\"#isi\">Langsung ke isi</a>"), std::string::npos);
  EXPECT_NE(h.find("<main id=\"isi\">"), std::string::npos);
  EXPECT_NE(h.find("<header>"), std::string::npos);
  EXPECT_NE(h.find("Palu (ANTARA) · <time datetime=\"2021-07-14\">"), std::string::npos);
  EXPECT_NE(h.find("<title>Kasus Harian Covid-19 di Sulawesi Tengah Bertambah 213 Orang pada Rabu 14 Juli 2021</title>"),
            std::string::npos);
  EXPECT_EQ(h.find("<script"), std::string::npos);
  // Heading levels without gaps.
  std::regex heading("<h([1-6])[ >]");
  int last = 0;
  for (auto it = std::sregex_iterator(h.begin(), h.end(), heading); it != std::sregex_iterator(); ++it) {
    const int level = std::stoi((*it)[1]);
    EXPECT_LE(level, last + 1) << "gap before h" << level;
    last = level;
  }
}

TEST(Html, SummaryOfKeyFigures) {
  const std::string h = example_html();
  EXPECT_NE(h.find("<h2 id=\"ringkasan\">Ringkasan</h2>"), std::string::npos);
  // Each figure with its kind, place and date, from the facts (render/summary.hpp).
  EXPECT_NE(h.find("<li>Jumlah kasus positif di Sulawesi Tengah: 14.054 (data <time datetime=\"2021-07-14\">Rabu, 14 "
                   "Juli 2021</time>).</li>"),
            std::string::npos);
  EXPECT_EQ(h.find("Kota Palu: 5.017"), h.find("Kota Palu: 5.017", h.find("</section>")));  // a regency is not the province
  EXPECT_LT(h.find("Ringkasan</h2>"), h.find("<p>Pusat Data"));
  ConvertOptions o;
  o.html.summary = false;
  EXPECT_EQ(convert_to(test::read_file(test::examples_dir() / "buletin-sulteng-2021-07-14.txt"), InputFormat::Text, "html", o)
                .find("Ringkasan</h2>"),
            std::string::npos);
}

TEST(Html, AbbreviationsWrittenOutAtFirstUseOnly) {
  const std::string h = example_html();
  // Written out by the source already: marked, not repeated.
  EXPECT_NE(h.find("Pusat Data dan Informasi (<abbr title=\"Pusat Data dan Informasi\">Pusdatina</abbr>)"), std::string::npos);
  EXPECT_EQ(h.find("Pusat Data dan Informasi (Pusat Data"), std::string::npos);
  // Bare at first use: written out by aksesibel.
  EXPECT_NE(h.find("orang tanpa gejala (<abbr title=\"orang tanpa gejala\">OTG</abbr>)"), std::string::npos);
  // Later uses: only the mark.
  EXPECT_EQ(count(h, "Pemberlakuan Pembatasan Kegiatan Masyarakat (<abbr"), 1u);
  EXPECT_GE(count(h, "<abbr title=\"Pemberlakuan Pembatasan Kegiatan Masyarakat\">PPKM</abbr>"), 2u);
}

TEST(Html, AnAbbreviationInsideALinkSeesTheTextBeforeTheLink) {
  const std::string h = convert_to(test::read_file(test::examples_dir() / "buletin-sulteng-2021-07-14-web.html"),
                                   InputFormat::Html, "html");
  EXPECT_NE(h.find("Pusat Data dan Informasi (<a href=\"https://kabarteluk.example/tag/pusdatina\"><abbr "
                   "title=\"Pusat Data dan Informasi\">Pusdatina</abbr></a>)"),
            std::string::npos);
  EXPECT_NE(h.find("<th scope=\"row\">Rumah sakit (<abbr title=\"rumah sakit\">RS</abbr>) Bhayangkara</th>"),
            std::string::npos) << "an expansion opening a cell starts with a capital";
}

TEST(Html, ABulletinDateWithoutAYearIsAValidDatetimeInTheHeader) {
  // "Minggu (19/4)" and no year anywhere: HTML's yearless date "04-19", not ISO's "--04-19".
  const std::string text =
      "Kasus Covid-19 di Jawa Tengah\n\nSemarang (ANTARA) - Pada Minggu (19/4), kasus positif di Jawa Tengah bertambah 12 orang.\n";
  for (const char* format : {"html", "large-print"}) {
    const std::string h = convert_to(text, InputFormat::Text, format);
    EXPECT_NE(h.find("<time datetime=\"04-19\">"), std::string::npos) << format;
    EXPECT_EQ(h.find("datetime=\"--"), std::string::npos) << format;
  }
}

TEST(Html, DatesTimesTablesLists) {
  const std::string h = example_html();
  EXPECT_NE(h.find("<time datetime=\"2021-07-14\">Rabu (14/7/2021)</time>"), std::string::npos);
  EXPECT_NE(h.find("<time datetime=\"07-13\">Selasa (13/7)</time>"), std::string::npos);
  EXPECT_NE(h.find("<time datetime=\"15:00\">15.00 Wita</time>"), std::string::npos);
  EXPECT_NE(h.find("<ol>\n<li><p>Kota Palu</p>"), std::string::npos);
  EXPECT_NE(h.find("<caption id=\"tabel-1\">Kota Palu</caption>"), std::string::npos);
  EXPECT_NE(h.find("<tr><th scope=\"row\">Total</th><td class=\"angka\">5.017</td></tr>"), std::string::npos);
  EXPECT_NE(h.find("<th scope=\"col\">Tempat tidur</th>"), std::string::npos);
  EXPECT_NE(h.find("<ul>\n<li>Memakai masker dengan benar"), std::string::npos);
  EXPECT_NE(h.find("td.angka{text-align:right"), std::string::npos);
}

TEST(Html, NothingOfTheInputsCodeReachesTheOutput) {
  const std::string evil = R"X(<html><head><script>alert(1)</script><style>body{}</style></head><body><article>
<h1 onclick="evil()">Judul &lt;b&gt; "kutip"</h1>
<p onmouseover="evil()">Teks <img src=x onerror="evil()" alt="gambar"> <a href="javascript:alert(2)">jahat</a>
<a href="data:text/html,hi">data</a> <a href=" https://contoh.example/ok?a=1&amp;b=2">baik</a> <a href="/relatif">relatif</a>
<a href="mailto:x@contoh.example">surel</a> 5 &lt;script&gt;alert(3)&lt;/script&gt; kasus.</p>
<iframe src="https://evil.example"></iframe><object data="x"></object></article></body></html>)X";
  for (const char* format : {"html", "large-print"}) {
    const std::string h = convert_to(evil, InputFormat::Html, format);
    for (const char* bad : {"<script", "onclick", "onmouseover", "onerror", "javascript:", "data:text", "<iframe", "<object",
                            "href=\"/relatif\"", "<img", "<b>"})
      EXPECT_EQ(h.find(bad), std::string::npos) << format << ": " << bad;
    EXPECT_NE(h.find("&lt;script&gt;alert(3)&lt;/script&gt;"), std::string::npos) << "the text is kept, escaped";
    EXPECT_NE(h.find("href=\"https://contoh.example/ok?a=1&amp;b=2\">baik</a>"), std::string::npos) << format;
    EXPECT_NE(h.find("href=\"mailto:x@contoh.example\">surel</a>"), std::string::npos);
    EXPECT_NE(h.find("jahat"), std::string::npos) << "the text of an unsafe link stays";
    EXPECT_NE(h.find("relatif"), std::string::npos);
    EXPECT_NE(h.find("Judul &lt;b&gt; &quot;kutip&quot;"), std::string::npos) << format;
  }
}

TEST(LargePrint, RulesInTheStylesheetAndTheText) {
  ConvertOptions o;
  o.large_print.font_size = 24;
  o.large_print.paper = LargePrintOptions::Paper::Letter;
  const std::string h = convert_to(
      "DINASI KIPS PROVINSI SOSIALISASI VAKSINASI COVID-19\nKEPADA PENYANDANG DISABILITAS\n\nIsi berita 5 orang, kata "
      "PPDI SULTENG.\n",
      InputFormat::Text, "large-print", o);
  EXPECT_NE(h.find("<h1>Dinasi <abbr title=\"Komunikasi, Informatika, Persandian, dan Statistik\">KIPS</abbr> Provinsi "
                   "Sosialisasi Vaksinasi <abbr"),
            std::string::npos) << "no block of capitals, acronyms kept";
  for (const char* rule : {"font-size:24pt", "line-height:1.75", "text-align:left", "hyphens:none", "max-width:36em", "abbr{text-decoration:none}",
                           "size:letter", "content:\"Halaman \" counter(page) \" dari \" counter(pages)",
                           "em,i,cite,dfn{font-style:normal;font-weight:bold}", "font-family:\"DejaVu Sans\""})
    EXPECT_NE(h.find(rule), std::string::npos) << rule;
  EXPECT_EQ(h.find("text-align:justify"), std::string::npos);
  EXPECT_EQ(h.find("<em>"), std::string::npos);
}

TEST(LargePrint, WideTablesBecomeLabelledLists) {
  const std::string input =
      "Judul Berita Covid Hari Ini di Palu\n\n"
      "Rumah sakit rujukan     Tempat tidur isolasi   Tempat tidur terisi   Keterisian tempat tidur\n"
      "RSUD Undata             124                    87                    70,2%\n"
      "RSU Anutapura           96                     63                    65,6%\n";
  const std::string h = convert_to(input, InputFormat::Text, "large-print");
  EXPECT_NE(h.find("<li><strong>Rumah Sakit Umum Daerah (<abbr title=\"Rumah Sakit Umum Daerah\">RSUD</abbr>) Undata</strong>: "
                   "Tempat tidur isolasi "
                   "124; Tempat tidur terisi 87; Keterisian tempat tidur 70,2%</li>"),
            std::string::npos) << h.substr(h.find("<main"));
  EXPECT_EQ(h.find("<table>"), std::string::npos);
  const std::string narrow = convert_to(test::read_file(test::examples_dir() / "buletin-sulteng-2021-07-14.txt"),
                                        InputFormat::Text, "large-print");
  EXPECT_NE(narrow.find("<tr><th scope=\"row\">Total</th><td class=\"angka\">5.017</td></tr>"), std::string::npos)
      << "narrow tables stay tables";
}

TEST(LargePrint, OnlyThreeSizes) {
  ConvertOptions o;
  o.large_print.font_size = 20;
  EXPECT_THROW(convert_to("Judul\n\nIsi.\n", InputFormat::Text, "large-print", o), Error);
}

// Every number and date of the bulletin is in both pages, as printed.
class HtmlFidelity : public ::testing::TestWithParam<std::filesystem::path> {};

TEST_P(HtmlFidelity, EveryNumeralSurvives) {
  const auto file = GetParam();
  if (!std::filesystem::exists(file)) GTEST_SKIP() << "missing " << file;
  ConvertOptions o;
  o.read.source_name = file.filename().string();
  o.formats = {"text", "html", "large-print"};
  const Conversion c = convert(test::read_file(file), o);
  // The text output numbers list items itself ("1. Kota Palu"); the pages do it with <ol>.
  const std::string text = std::regex_replace(c.outputs[0].content, std::regex("(^|\n) *[0-9]+\\. "), "$1");
  std::map<std::string, int> want;
  for (const auto& n : test::numerals(text)) ++want[n];
  for (std::size_t k = 1; k < c.outputs.size(); ++k) {
    std::string visible = std::regex_replace(c.outputs[k].content.substr(c.outputs[k].content.find("<body>")),
                                             std::regex("<[^>]*>"), " ");
    std::map<std::string, int> got;
    for (const auto& n : test::numerals(visible)) ++got[n];
    for (const auto& [n, times] : want) EXPECT_GE(got[n], times) << c.outputs[k].format << ": " << n;
  }
}

INSTANTIATE_TEST_SUITE_P(All, HtmlFidelity, ::testing::ValuesIn(test::bulletins()), [](const auto& info) { return test::file_param_name(info.param); });

}  // namespace
}  // namespace aksesibel
