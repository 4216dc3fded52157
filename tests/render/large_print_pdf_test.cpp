// The large-print PDF, checked from the outside with poppler-utils (pdffonts,
// pdfinfo, pdftotext, pdftoppm), as a reader's tools see it.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <future>
#include <map>
#include <regex>

#include "aksesibel/braille.hpp"
#include "aksesibel/convert.hpp"
#include "aksesibel/large_print.hpp"
#include <sstream>
#include <thread>

#include "aksesibel/large_print.hpp"
#include "aksesibel/render_text.hpp"
#include "render/pdf_figures.hpp"
#include "support.hpp"

namespace aksesibel {
namespace {

// ------------------------------------------------------------------ helpers

std::string quoted(const std::filesystem::path& p) {
  std::string out = "'";
  for (char c : p.string()) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

/// Standard output of a shell command; its exit status in `status`.
std::string run(const std::string& command, int* status = nullptr) {
  std::string out;
  FILE* f = popen((command + " 2>/dev/null").c_str(), "r");
  if (!f) return out;
  std::array<char, 4096> buf;
  std::size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), f)) > 0) out.append(buf.data(), n);
  const int rc = pclose(f);
  if (status) *status = rc;
  return out;
}

bool have_poppler() {
  static const bool ok = std::system("command -v pdffonts >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1 && "
                                     "command -v pdfinfo >/dev/null 2>&1") == 0;
  return ok;
}

#define REQUIRE_POPPLER() \
  if (!have_poppler()) GTEST_SKIP() << "poppler-utils (pdffonts, pdfinfo, pdftotext) are not installed"

std::string collapse(const std::string& s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

/// "Title:           Kasus …" → "Kasus …"
std::string info_field(const std::string& info, const std::string& key) {
  std::istringstream in(info);
  std::string line;
  while (std::getline(in, line))
    if (line.rfind(key + ":", 0) == 0) {
      std::size_t p = key.size() + 1;
      while (p < line.size() && line[p] == ' ') ++p;
      return line.substr(p);
    }
  return "";
}

struct Word {
  int page = 0;  // 1-based
  double x0, y0, x1, y1;
  std::string text;
};

/// A rendered PDF written into a temporary folder, and what poppler reads from it.
class Pdf {
 public:
  Pdf(const Document& doc, LargePrintOptions o) : options_(o) {
    bytes_ = render_large_print_pdf(doc, o);
    path_ = dir_.path() / "cetak-besar.pdf";
    test::write_file(path_, bytes_);
  }
  const std::string& bytes() const { return bytes_; }
  const std::filesystem::path& path() const { return path_; }
  std::string info() const { return run("pdfinfo " + quoted(path_)); }
  std::string fonts() const { return run("pdffonts " + quoted(path_)); }
  std::string text(int first = 0, int last = 0) const {
    std::string range;
    if (first > 0) range = " -f " + std::to_string(first) + " -l " + std::to_string(last);
    return run("pdftotext -enc UTF-8" + range + " " + quoted(path_) + " -");
  }
  int pages() const { return std::atoi(info_field(info(), "Pages").c_str()); }
  std::vector<Word> words() const {
    const std::string html = run("pdftotext -enc UTF-8 -bbox-layout " + quoted(path_) + " -");
    static const std::regex page_re(R"(<page width=)");
    static const std::regex word_re(
        R"re(<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">([^<]*)</word>)re");
    std::vector<Word> out;
    // Page by page: split at each <page.
    std::vector<std::size_t> starts;
    for (std::size_t p = html.find("<page "); p != std::string::npos; p = html.find("<page ", p + 1)) starts.push_back(p);
    starts.push_back(html.size());
    for (std::size_t k = 0; k + 1 < starts.size(); ++k) {
      const std::string page = html.substr(starts[k], starts[k + 1] - starts[k]);
      for (auto it = std::sregex_iterator(page.begin(), page.end(), word_re); it != std::sregex_iterator(); ++it) {
        Word w;
        w.page = static_cast<int>(k) + 1;
        w.x0 = std::stod((*it)[1]);
        w.y0 = std::stod((*it)[2]);
        w.x1 = std::stod((*it)[3]);
        w.y1 = std::stod((*it)[4]);
        w.text = (*it)[5];
        out.push_back(w);
      }
    }
    return out;
  }

 private:
  test::TempDir dir_;
  LargePrintOptions options_;
  std::string bytes_;
  std::filesystem::path path_;
};

Document example() {
  return test::read_as(test::read_file(test::examples_dir() / "buletin-sulteng-2021-07-14.txt"), InputFormat::Text,
                       "buletin-sulteng-2021-07-14.txt");
}

LargePrintOptions size(int pt, LargePrintOptions::Paper paper = LargePrintOptions::Paper::A4) {
  LargePrintOptions o;
  o.font_size = pt;
  o.paper = paper;
  return o;
}

Block para(Inlines in) {
  Block b;
  b.inlines = std::move(in);
  return b;
}
Block para(const std::string& s) { return para(Inlines{Inline::make_text(s)}); }
Block heading(const std::string& s, int level = 2) {
  Block b = para(s);
  b.kind = Block::Kind::Heading;
  b.level = level;
  return b;
}

// The checks every rendering must pass.
void expect_fonts_embedded_no_italic(const Pdf& pdf) {
  const std::string fonts = pdf.fonts();
  std::istringstream in(fonts);
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    if (line.rfind("name ", 0) == 0 || line.rfind("----", 0) == 0 || line.empty()) continue;
    ++n;
    // name type encoding emb sub uni object ID: "emb" is the fifth field from the end.
    std::vector<std::string> f;
    std::istringstream ls(line);
    for (std::string w; ls >> w;) f.push_back(w);
    ASSERT_GE(f.size(), 6u) << line;
    EXPECT_EQ(f[f.size() - 5], "yes") << "not embedded: " << line;
    EXPECT_EQ(line.find("Oblique"), std::string::npos) << "an italic font: " << line;
    EXPECT_EQ(line.find("Italic"), std::string::npos) << "an italic font: " << line;
    EXPECT_NE(line.find("DejaVuSans"), std::string::npos) << "not DejaVu Sans: " << line;
  }
  EXPECT_GT(n, 0) << fonts;
}

// Every glyph at least the body size: poppler's word boxes are the font's
// ascent to descent (DejaVu Sans: 1.164 em), so 0.9 em leaves a wide margin.
double min_word_height(const std::vector<Word>& words) {
  double h = 1e9;
  for (const Word& w : words) h = std::min(h, w.y1 - w.y0);
  return h;
}

void expect_every_numeral(const Document& doc, const Pdf& pdf) {
  std::map<std::string, int> want, got;
  for (const auto& n : test::numerals(render_text(doc))) ++want[n];
  for (const auto& n : test::numerals(collapse(pdf.text()))) ++got[n];
  for (const auto& [n, times] : want) EXPECT_GE(got[n], times) << "numeral " << n << " is not in the PDF text as printed";
}

void expect_inside_margins(const std::vector<Word>& words, double page_w, double page_h) {
  for (const Word& w : words) {
    EXPECT_GE(w.x0, 72 - 0.5) << w.text << " on page " << w.page;
    EXPECT_LE(w.x1, page_w - 72 + 0.5) << w.text << " on page " << w.page;
    EXPECT_GE(w.y0, 72 - 1) << w.text << " on page " << w.page;
    EXPECT_LE(w.y1, page_h - 20) << w.text << " on page " << w.page;
  }
}

// ------------------------------------------------------------------ tests

// What every large-print PDF must be: fonts embedded and upright, every
// numeral extractable, no word smaller than the size, nothing off the A4 page.
void expect_readable_pages(const Document& doc, const Pdf& pdf, int pt) {
  expect_fonts_embedded_no_italic(pdf);
  expect_every_numeral(doc, pdf);
  const auto words = pdf.words();
  ASSERT_FALSE(words.empty());
  EXPECT_GE(min_word_height(words), 0.9 * pt);
  expect_inside_margins(words, 595.28, 841.89);
}

TEST(LargePrintPdf, OnlyThreeSizes) {
  Document d;
  d.blocks = {para("Isi.")};
  for (int bad : {0, 12, 17, 20, 36}) {
    try {
      render_large_print_pdf(d, size(bad));
      ADD_FAILURE() << bad << " pt was accepted";
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::InvalidOption);
    }
  }
  for (int good : {18, 24, 32}) EXPECT_NO_THROW(render_large_print_pdf(d, size(good)));
}

// The cross-reference table points at every object (the language is added after Cairo wrote it).
void expect_a_valid_cross_reference_table(const std::string& pdf) {
  const std::size_t sx = pdf.rfind("startxref");
  ASSERT_NE(sx, std::string::npos);
  const std::size_t xref = std::stoul(pdf.substr(sx + 10));
  ASSERT_EQ(pdf.compare(xref, 4, "xref"), 0);
  std::istringstream in(pdf.substr(xref + 4, 40));
  int first = 0, count = 0;
  in >> first >> count;
  const std::size_t entries = pdf.find_first_not_of(" \r\n", pdf.find('\n', pdf.find_first_not_of(" \r\n", xref + 4)));
  ASSERT_GT(count, 3);
  for (int k = 0; k < count; ++k) {
    const std::string e = pdf.substr(entries + 20 * static_cast<std::size_t>(k), 20);
    if (e[17] != 'n') continue;
    const std::size_t offset = std::stoul(e.substr(0, 10));
    EXPECT_EQ(pdf.compare(offset, std::to_string(first + k).size() + 6, std::to_string(first + k) + " 0 obj"), 0)
        << "object " << first + k;
  }
}

TEST(LargePrintPdf, IsAPdfWithItsLanguage) {
  const std::string pdf = render_large_print_pdf(example());
  ASSERT_EQ(pdf.rfind("%PDF-", 0), 0u);
  EXPECT_NE(pdf.find("/Lang (id)"), std::string::npos);
  EXPECT_NE(pdf.find("/DisplayDocTitle true"), std::string::npos);
  expect_a_valid_cross_reference_table(pdf);
}

// A link to a web or mail address can be followed where its words are drawn
// (on each line it spans); a relative one cannot (there is no page it is relative to).
TEST(LargePrintPdf, LinksCanBeFollowed) {
  REQUIRE_POPPLER();
  Document d;
  Block p;
  p.kind = Block::Kind::Paragraph;
  p.inlines = {Inline::make_text("Data lengkap ada di "),
               Inline::make_link("https://covid19.sultengprov.go.id/data?hari=14&bulan=7",
                                 {Inline::make_text("situs Satgas Penanganan Covid-19 Provinsi Sulawesi Tengah yang resmi")}),
               Inline::make_text(", di "), Inline::make_link("mailto:satgas@example.org", {Inline::make_text("surel")}),
               Inline::make_text(" dan di "), Inline::make_link("/data/lokal", {Inline::make_text("halaman lokal")}),
               Inline::make_text(".")};
  d.blocks = {p};
  const Pdf pdf(d, size(32));
  const std::string& bytes = pdf.bytes();
  std::size_t web = 0;
  for (std::size_t at = bytes.find("/URI (https://covid19.sultengprov.go.id/data?hari=14&bulan=7)"); at != std::string::npos;
       at = bytes.find("/URI (https://covid19.sultengprov.go.id/data?hari=14&bulan=7)", at + 1))
    ++web;
  EXPECT_GE(web, 2u) << "the link spans two lines at 32 pt: an area on each";
  EXPECT_NE(bytes.find("/URI (mailto:satgas@example.org)"), std::string::npos);
  EXPECT_EQ(bytes.find("/data/lokal"), std::string::npos);
  expect_a_valid_cross_reference_table(bytes);
  // poppler's complaints (on standard error: the group keeps it from run()'s 2>/dev/null).
  const std::string complaints = run("{ pdfinfo " + quoted(pdf.path()) + " 2>&1 >/dev/null; echo checked; }");
  EXPECT_EQ(complaints, "checked\n");
  EXPECT_NE(collapse(pdf.text()).find("situs Satgas Penanganan"), std::string::npos);
}

TEST(LargePrintPdf, HeadingsAreBookmarks) {
  const std::string pdf = render_large_print_pdf(example());
  EXPECT_NE(pdf.find("/Type /Outlines"), std::string::npos);
  EXPECT_NE(pdf.find("/Title (Sebaran kasus per kabupaten)"), std::string::npos);
  EXPECT_NE(pdf.find("/Title (Keterisian tempat tidur rumah sakit rujukan di Palu)"), std::string::npos);
}

TEST(LargePrintPdf, InvalidUtf8IsAnErrorNotAWarning) {
  Document d;
  d.blocks = {para("Kasus \xff baru")};
  try {
    render_large_print_pdf(d);
    ADD_FAILURE() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::InvalidUtf8);
  }
}

TEST(LargePrintPdf, MetadataAndPaper) {
  REQUIRE_POPPLER();
  const Pdf a4(example(), size(18));
  const std::string info = a4.info();
  EXPECT_EQ(info_field(info, "Title"),
            "Kasus Harian Covid-19 di Sulawesi Tengah Bertambah 213 Orang pada Rabu 14 Juli 2021 (cetak besar)");
  EXPECT_EQ(info_field(info, "Author"), "Nurul Fadilah Pakaya");
  EXPECT_EQ(info_field(info, "Subject"), "Buletin Covid-19 dalam cetak besar");
  EXPECT_EQ(info_field(info, "Creator"), "aksesibel");
  EXPECT_NE(info_field(info, "Page size").find("595.28 x 841.89 pts"), std::string::npos) << info;

  const Pdf letter(example(), size(18, LargePrintOptions::Paper::Letter));
  EXPECT_NE(info_field(letter.info(), "Page size").find("612 x 792 pts"), std::string::npos) << letter.info();
}

TEST(LargePrintPdf, AuthorFallsBackToPublisherThenAksesibel) {
  REQUIRE_POPPLER();
  Document d;
  d.metadata.title = {Inline::make_text("Judul")};
  d.metadata.publisher = "ANTARA";
  d.blocks = {para("Isi.")};
  EXPECT_EQ(info_field(Pdf(d, size(18)).info(), "Author"), "ANTARA");
  d.metadata.publisher.clear();
  EXPECT_EQ(info_field(Pdf(d, size(18)).info(), "Author"), "aksesibel");
}

TEST(LargePrintPdf, ExampleAtEverySize) {
  REQUIRE_POPPLER();
  const Document doc = example();
  int previous = 0;
  for (int pt : {18, 24, 32}) {
    SCOPED_TRACE(std::to_string(pt) + " pt");
    const Pdf pdf(doc, size(pt));
    expect_readable_pages(doc, pdf, pt);
    const int pages = pdf.pages();
    EXPECT_GT(pages, previous) << "a larger size needs more pages";
    previous = pages;
    EXPECT_NE(collapse(pdf.text(1, 1)).find("Halaman 1 dari " + std::to_string(pages)), std::string::npos);
    EXPECT_NE(collapse(pdf.text(pages, pages)).find("Halaman " + std::to_string(pages) + " dari " + std::to_string(pages)),
              std::string::npos);
    // Exactly as printed, not reformatted.
    const std::string text = collapse(pdf.text());
    for (const char* s : {"14.054", "95,5 persen", "Rp5.000.000,00", "Rp1,5 miliar", "(14/7/2021)", "15.00 Wita", "72,5%"})
      EXPECT_NE(text.find(s), std::string::npos) << s;
  }
}

TEST(LargePrintPdf, TitleFirstThenDatelineAndDateThenTheRingkasan) {
  REQUIRE_POPPLER();
  const Pdf pdf(example(), size(18));
  const std::string text = collapse(pdf.text(1, 1));
  const std::size_t title = text.find("Kasus Harian Covid-19 di Sulawesi Tengah");
  EXPECT_EQ(title, 0u) << text;
  // The site's rubric is page chrome: not printed.
  EXPECT_EQ(text.find("Covid-19 Sulteng"), std::string::npos) << text;
  const std::size_t date = text.find("Rabu 14 Juli 2021", title + 60);
  EXPECT_NE(date, std::string::npos);
  // The Ringkasan every variant has, before the body.
  const std::size_t summary = text.find("Ringkasan");
  EXPECT_LT(date, summary);
  EXPECT_NE(text.find("Jumlah kasus positif di Sulawesi Tengah: 14.054 (data Rabu, 14 Juli 2021).", summary),
            std::string::npos) << text;
  EXPECT_LT(summary, text.find("Pusat Data dan Informasi"));
  // The title is larger and bold.
  const auto words = pdf.words();
  for (const Word& w : words)
    if (w.page == 1 && w.text == "Kasus") {
      EXPECT_GT(w.y1 - w.y0, 1.4 * 18 * 1.1) << "title size";
      break;
    }
  EXPECT_NE(pdf.fonts().find("DejaVuSans-Bold"), std::string::npos);
}

TEST(LargePrintPdf, NarrowTableIsATableWithFiguresOnTheRight) {
  REQUIRE_POPPLER();
  const Pdf pdf(example(), size(18));
  const auto words = pdf.words();
  // Tempat tidur 124, 96, 80, 40, 36: right-aligned in one column (the word right of each name).
  std::vector<double> right;
  for (const Word& name : words) {
    if (name.text != "Undata" && name.text != "Anutapura" && name.text != "Madani" && name.text != "Bhayangkara" &&
        name.text != "Wirabuana")
      continue;
    const Word* next = nullptr;
    for (const Word& w : words)
      if (w.page == name.page && std::abs(w.y0 - name.y0) < 1 && w.x0 > name.x1 && (!next || w.x0 < next->x0)) next = &w;
    if (next && (next->text == "124" || next->text == "96" || next->text == "80" || next->text == "40" || next->text == "36"))
      right.push_back(next->x1);
  }
  ASSERT_EQ(right.size(), 5u);
  for (double r : right) EXPECT_NEAR(r, right[0], 0.5);
  EXPECT_EQ(collapse(pdf.text()).find("RSUD Undata \u2014"), std::string::npos) << "drawn as a list";
}

// A table too wide for its medium reads the same, line for line, in the
// large-print PDF, the large-print web page and braille (model/table.hpp).
TEST(LargePrintPdf, WideTableBecomesLabelledParagraphs) {
  REQUIRE_POPPLER();
  Document d;
  Block t;
  t.kind = Block::Kind::Table;
  t.row_headers = true;
  t.header = {{Inline::make_text("Kabupaten/kota")}, {Inline::make_text("Kasus baru")}, {Inline::make_text("Total")},
              {Inline::make_text("Sembuh")}, {Inline::make_text("Meninggal")}, {Inline::make_text("Dirawat")}};
  t.rows = {{{Inline::make_text("Kota Palu")}, {Inline::make_text("75")}, {Inline::make_text("5.017")},
             {Inline::make_text("4.559")}, {Inline::make_text("149")}, {Inline::make_text("309")}}};
  d.blocks = {t};
  const std::string line = "Kota Palu: Kasus baru 75; Total 5.017; Sembuh 4.559; Meninggal 149; Dirawat 309";
  for (int pt : {18, 32}) {
    const Pdf pdf(d, size(pt));
    EXPECT_NE(collapse(pdf.text()).find(line), std::string::npos) << pdf.text();
    LargePrintOptions o;
    o.font_size = pt;
    const std::string html = std::regex_replace(render_large_print_html(d, o), std::regex("<[^>]*>"), "");
    EXPECT_NE(collapse(html).find(line), std::string::npos) << html;
  }
  // The text variant: this table fits a line of 80 characters as a grid; with
  // three more columns it does not, and reads as the same kind of line.
  EXPECT_NE(render_text(d).find("Kota Palu       75          5.017  4.559   149        309\n"), std::string::npos)
      << render_text(d);
  Document wide = d;
  Block& w = wide.blocks[0];
  for (const char* h : {"Isolasi mandiri", "Dirawat di rumah sakit", "Suspek"}) w.header.push_back({Inline::make_text(h)});
  for (const char* v : {"212", "97", "41"}) w.rows[0].push_back({Inline::make_text(v)});
  EXPECT_NE(render_text(wide).find(line + "; Isolasi mandiri 212; Dirawat di rumah sakit 97; Suspek 41\n"), std::string::npos)
      << render_text(wide);
  BrailleOptions b;
  b.summary = false;
  const BrailleDocument braille = braille_pages(d, b);
  std::u32string cells;
  for (const BraillePage& p : braille.pages)
    for (const BrailleLine& l : p.lines)
      if (!l.print.empty() && l.print != std::to_string(p.number)) cells += l.cells + U"\u2800";
  EXPECT_NE(collapse(back_translate(cells, braille.table)).find(line), std::string::npos)
      << back_translate(cells, braille.table);
  // The example's hospital table no longer fits at 32 pt.
  const Pdf big(example(), size(32));
  EXPECT_NE(collapse(big.text()).find("RSUD Undata: Tempat tidur 124; Terisi 87; BOR 70,2%"), std::string::npos);
}

// A table of 60 rows ("Kota nomor 1" … with 1001 …) under a header row "Kota", "Kasus": pages long at 32 pt.
Block long_table() {
  Block t;
  t.kind = Block::Kind::Table;
  t.row_headers = true;
  t.header = {{Inline::make_text("Kota")}, {Inline::make_text("Kasus")}};
  for (int i = 1; i <= 60; ++i)
    t.rows.push_back({{Inline::make_text("Kota nomor " + std::to_string(i))}, {Inline::make_text(std::to_string(1000 + i))}});
  return t;
}

TEST(LargePrintPdf, LongTableRowsStayWholeAndTheHeaderRepeats) {
  REQUIRE_POPPLER();
  Document d;
  const Block t = long_table();
  d.blocks = {para("Tabel panjang berikut:"), t};
  const Pdf pdf(d, size(32));
  const int pages = pdf.pages();
  ASSERT_GT(pages, 2);
  for (int p = 1; p <= pages; ++p) {
    const std::string text = collapse(pdf.text(p, p));
    if (text.find("Kota nomor") == std::string::npos) continue;
    EXPECT_NE(text.find("Kota Kasus"), std::string::npos) << "no header on page " << p;
    for (int i = 1; i <= 60; ++i) {
      std::string name = "Kota nomor ", figure = " ";  // built step by step: GCC 12 warns wrongly (-Wrestrict) on a + b + c
      name += std::to_string(i);
      name += ' ';
      figure += std::to_string(1000 + i);
      const bool label = text.find(name) != std::string::npos;
      const bool value = text.find(figure) != std::string::npos;
      EXPECT_EQ(label, value) << "row " << i << " split at page " << p;
    }
  }
}

// The PDF is tagged: its structure, read back by poppler (pdfinfo -struct),
// has the headings, paragraphs, lists and tables with header cells in
// reading order under one Document; the page numbers are in no element; a
// table over several pages is a table with its header on each.
std::vector<std::string> structure(const Pdf& pdf) {
  std::vector<std::string> out;
  std::istringstream in(run("pdfinfo -struct-text " + quoted(pdf.path())));
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

TEST(LargePrintPdf, TaggedWithHeadingsListsAndTableHeaders) {
  REQUIRE_POPPLER();
  Document d = example();
  const Pdf pdf(d, size(18));
  EXPECT_NE(pdf.info().find("Tagged:          yes"), std::string::npos) << pdf.info();
  EXPECT_NE(pdf.bytes().find("/Lang (id)"), std::string::npos) << "the language is still added to the tagged catalog";
  EXPECT_NE(pdf.bytes().find("/MarkInfo << /Marked true >>"), std::string::npos);
  const std::vector<std::string> s = structure(pdf);
  ASSERT_FALSE(s.empty());
  EXPECT_EQ(s[0], "Document");
  std::string all;
  std::map<std::string, int> count;
  for (const std::string& l : s) {
    all += l + "\n";
    const std::string name = l.substr(l.find_first_not_of(' '), l.find_first_of(" \"", l.find_first_not_of(' ')) - l.find_first_not_of(' '));
    ++count[name];
  }
  EXPECT_EQ(count["H1"], 1) << all;
  EXPECT_GE(count["H2"], 1) << all;
  EXPECT_GE(count["P"], 3) << all;
  EXPECT_GE(count["L"], 1) << all;
  EXPECT_GE(count["LI"], 2) << all;
  EXPECT_GE(count["Table"], 1) << all;
  EXPECT_GE(count["TH"], 2) << all;
  EXPECT_GE(count["TD"], 2) << all;
  EXPECT_NE(all.find("  H2 (block)\n    \"Ringkasan\""), std::string::npos) << all;
  EXPECT_EQ(all.find("Halaman"), std::string::npos) << "a page number inside an element";
  // Every TH and TD is in a TR, every TR in a Table; every LI in an L.
  for (std::size_t k = 0; k < s.size(); ++k) {
    const std::size_t depth = s[k].find_first_not_of(' ');
    const std::string name = s[k].substr(depth, s[k].find_first_of(" \"", depth) - depth);
    const char* parent = name == "TH" || name == "TD" ? "TR" : name == "TR" ? "Table" : name == "LI" ? "L" : nullptr;
    if (!parent) continue;
    std::size_t j = k;
    while (j > 0 && s[j - 1].find_first_not_of(' ') >= depth) --j;
    ASSERT_GT(j, 0u) << s[k];
    EXPECT_EQ(s[j - 1].substr(s[j - 1].find_first_not_of(' '), std::string(parent).size()), parent) << k << ": " << s[k];
  }
}

TEST(LargePrintPdf, ATableOverSeveralPagesIsATableWithItsHeaderOnEach) {
  REQUIRE_POPPLER();
  Document d;
  const Block t = long_table();
  d.blocks = {t};
  const Pdf pdf(d, size(32));
  const std::vector<std::string> s = structure(pdf);
  int tables = 0, headers = 0, rows = 0;
  for (std::size_t k = 0; k < s.size(); ++k) {
    if (s[k] == "  Table (block)") ++tables;
    if (s[k] == "      TH" && k + 1 < s.size() && s[k + 1].find("\"Kota\"") != std::string::npos) ++headers;
    if (s[k] == "    TR") ++rows;
  }
  EXPECT_EQ(tables, pdf.pages());
  EXPECT_EQ(headers, pdf.pages()) << "each page's table starts with the header row";
  EXPECT_EQ(rows, 60 + pdf.pages());
}

// A chart is a Figure whose alternative text is its caption (read back with
// libqpdf: poppler's pdfinfo does not show /Alt), and the table after it its
// figures; the PDF stays whole.
TEST(LargePrintPdf, AChartIsAFigureWithAlternativeText) {
  const std::filesystem::path data = test::corpus_dir() / "data" / "covid19goid-update-2020-05-09.json";
  if (!std::filesystem::exists(data)) GTEST_SKIP() << "missing " << data;
  ConvertOptions o;
  o.read.source_name = data.filename().string();
  o.formats = {"large-print-pdf"};
  const std::string pdf = convert(test::read_file(data), o).outputs[0].content;
  const test::PdfStructure p = test::read_pdf_structure(pdf);
  EXPECT_EQ(p.warnings, 0u);
  ASSERT_FALSE(p.figure_alts.empty()) << "no Figure";
  for (const std::string& alt : p.figure_alts) {
    EXPECT_EQ(alt.rfind("Grafik ", 0), 0u) << alt;
    EXPECT_NE(alt.find("Angka-angkanya ada di tabel berikut."), std::string::npos) << alt;
  }
  EXPECT_EQ(p.language, "id");  // still there after the rewrite
  EXPECT_TRUE(p.marked);
}

// Past the documented number of structure elements the PDF is not tagged
// (memory: docs/large-print.md), and the conversion says so.
TEST(LargePrintPdf, TooManyElementsToTagIsSaid) {
  std::string text = "Laporan panjang\n\n";
  for (int i = 0; i <= 20000; ++i) text += "Baris " + std::to_string(i) + ".\n\n";
  ConvertOptions o;
  o.read.source_name = "panjang.txt";
  o.formats = {"large-print-pdf"};
  const Conversion c = convert(text, o);
  EXPECT_EQ(c.outputs[0].content.find("/StructTreeRoot"), std::string::npos);
  bool said = false;
  for (const Warning& w : c.document.warnings)
    said = said || (w.important && w.message.find("not tagged for screen readers") != std::string::npos);
  EXPECT_TRUE(said);
  // A bulletin is tagged, and nothing is said.
  o.read.source_name = "buletin.txt";
  const Conversion b = convert(test::read_file(test::examples_dir() / "buletin-sulteng-2021-07-14.txt"), o);
  EXPECT_NE(b.outputs[0].content.find("/StructTreeRoot"), std::string::npos);
  for (const Warning& w : b.document.warnings) EXPECT_EQ(w.message.find("not tagged"), std::string::npos);
}

TEST(LargePrintPdf, HeadingIsNeverTheLastLineOfAPage) {
  REQUIRE_POPPLER();
  Document d;
  for (int i = 0; i < 40; ++i) {
    d.blocks.push_back(heading("Judul bagian " + std::to_string(i)));
    std::string s;
    for (int k = 0; k <= i % 5; ++k) s += "Kalimat isi paragraf yang cukup panjang untuk satu baris atau dua. ";
    d.blocks.push_back(para(s));
  }
  for (int pt : {18, 24, 32}) {
    const Pdf pdf(d, size(pt));
    const auto words = pdf.words();
    // The last word above the page number, page by page.
    std::map<int, const Word*> last;
    for (const Word& w : words) {
      if (w.y0 > 841.89 - 42 - 2 * pt) continue;  // the page number
      if (!last[w.page] || w.y0 >= last[w.page]->y0) last[w.page] = &w;
    }
    for (const auto& [page, w] : last)
      EXPECT_LT(w->y1 - w->y0, 1.1 * pt * 1.164 + 0.5) << pt << " pt: a heading ends page " << page << " (" << w->text << ")";
  }
}

TEST(LargePrintPdf, EmphasisIsBoldNeverItalic) {
  REQUIRE_POPPLER();
  Document d;
  d.blocks = {para(Inlines{Inline::make_text("Biasa, "),
                           Inline::make_container(Inline::Kind::Emphasis, {Inline::make_text("penting")}), Inline::make_text(".")})};
  const Pdf pdf(d, size(18));
  expect_fonts_embedded_no_italic(pdf);
  EXPECT_NE(pdf.fonts().find("DejaVuSans-Bold"), std::string::npos);
  EXPECT_NE(collapse(pdf.text()).find("Biasa, penting."), std::string::npos);
}

TEST(LargePrintPdf, NoHyphensNoLigaturesNoCapitalBlocks) {
  REQUIRE_POPPLER();
  std::string s;
  for (int i = 0; i < 12; ++i) s += "Pemberlakuan pembatasan kegiatan masyarakat terkonfirmasi profil fluktuasi ";
  const std::string longword = "Penanggulangan" + std::string(60, 'x') + "Selesai";
  Document d;
  std::string soft;  // soft hyphens (U+00AD) everywhere: never shown
  for (int i = 0; i < 30; ++i) soft += "pem\u00adber\u00adla\u00adku\u00adan ";
  d.blocks = {para(s), para(longword), para("DINAS KESEHATAN PROVINSI mengimbau warga."), para(soft)};
  for (int pt : {18, 32}) {
    const Pdf pdf(d, size(pt));
    const std::string text = pdf.text();
    EXPECT_EQ(text.find('-'), std::string::npos) << "a hyphen was inserted: " << text;
    EXPECT_NE(collapse(text).find("terkonfirmasi profil fluktuasi"), std::string::npos) << "fi/fl ligatures";
    // A word longer than the line is broken, without a hyphen, and nothing is lost.
    std::string joined;
    for (char c : text)
      if (!std::isspace(static_cast<unsigned char>(c))) joined += c;
    EXPECT_NE(joined.find(longword), std::string::npos);
    EXPECT_NE(collapse(text).find("Dinas Kesehatan Provinsi mengimbau"), std::string::npos);
  }
}

// A word of thousands of letters (a hostile web page) is laid out a part at
// a time: nothing is lost, and every line but the last is full, as when
// laid out at once; a heading of such a word too.
TEST(LargePrintPdf, AVeryLongWordFillsEveryLineAndLosesNothing) {
  REQUIRE_POPPLER();
  std::string longword;
  for (int i = 0; longword.size() < 9000; ++i) longword += "Penanggulangan" + std::to_string(i);
  Document d;
  d.blocks = {para("Kata awal " + longword + " kata akhir."), heading(longword.substr(0, 3000))};
  const Pdf pdf(d, size(18));
  std::string joined;
  for (char c : std::regex_replace(pdf.text(), std::regex("Halaman [0-9]+ dari [0-9]+"), ""))  // the page numbers
    if (!std::isspace(static_cast<unsigned char>(c))) joined += c;
  EXPECT_NE(joined.find("Kataawal" + longword + "kataakhir."), std::string::npos);
  EXPECT_NE(joined.find(longword.substr(0, 3000)), std::string::npos) << "the heading";
  // The lines of the word in the paragraph reach (within a letter) the right edge of the widest.
  std::vector<Word> pieces;
  for (const Word& w : pdf.words())
    if (w.text.size() > 20 && longword.find(w.text) != std::string::npos) pieces.push_back(w);
  ASSERT_GT(pieces.size(), 100u);
  double right = 0;
  for (const Word& w : pieces) right = std::max(right, w.x1);
  int short_lines = 0;
  for (const Word& w : pieces) short_lines += w.x1 < right - 20 ? 1 : 0;
  EXPECT_LE(short_lines, 3) << "the last line of the word in the paragraph and of the heading may be short";
}

// A block of thousands of forced line breaks (a page of <br> or a long
// <pre>) is laid out a part at a time: every line is there, on a line of its
// own and in order, across the parts and the pages; a line long enough to
// wrap, and one in bold, too.
TEST(LargePrintPdf, ABlockOfManyLineBreaksKeepsEveryLineInOrder) {
  REQUIRE_POPPLER();
  std::vector<std::string> want;
  Inlines in;
  for (int i = 0; i < 1500; ++i) {
    std::string line = "Baris " + std::to_string(i) + " kasus di Palu";
    if (i % 97 == 0) line += " dan keterangan yang cukup panjang untuk dibungkus ke baris berikutnya pada halaman";
    if (i > 0) in.push_back(Inline::make_line_break());
    if (i % 13 == 0)
      in.push_back(Inline::make_container(Inline::Kind::Strong, {Inline::make_text(line)}));
    else
      in.push_back(Inline::make_text(line));
    want.push_back(line);
  }
  Document d;
  d.blocks = {para("Sebelum."), para(in), para("Sesudah.")};
  const Pdf pdf(d, size(18));
  EXPECT_GT(pdf.pages(), 40);
  std::vector<std::string> lines;
  std::istringstream text(std::regex_replace(pdf.text(), std::regex("Halaman [0-9]+ dari [0-9]+"), ""));
  for (std::string l; std::getline(text, l);) {
    l = collapse(l);
    if (!l.empty()) lines.push_back(l);
  }
  ASSERT_GE(lines.size(), want.size() + 2);
  EXPECT_EQ(lines.front(), "Sebelum.");
  EXPECT_EQ(lines.back(), "Sesudah.");
  // Each line starts a line of the text, in order; a long one goes on over the next few.
  std::size_t at = 1;
  for (const std::string& w : want) {
    ASSERT_LT(at, lines.size()) << "lost from: " << w;
    std::string joined = lines[at++];
    while (joined.size() < w.size() && at < lines.size()) joined += " " + lines[at++];
    EXPECT_EQ(joined, w);
  }
  EXPECT_EQ(at + 1, lines.size()) << "only 'Sesudah.' after the lines";
}

TEST(LargePrintPdf, ListsQuotesAndNotes) {
  REQUIRE_POPPLER();
  Document d;
  Block list;
  list.kind = Block::Kind::List;
  list.ordered = true;
  list.start = 9;
  list.items = {{para("Banggai")}, {para("Banggai Kepulauan")}};
  Block bullets;
  bullets.kind = Block::Kind::List;
  bullets.items = {{para("Memakai masker.")}};
  Block quote;
  quote.kind = Block::Kind::Quote;
  quote.children = {para("Kutipan.")};
  Block note = para("Gambar: grafik kasus harian.");
  note.kind = Block::Kind::Note;
  d.blocks = {list, bullets, quote, note};
  const Pdf pdf(d, size(18));
  const std::string text = collapse(pdf.text());
  for (const char* s : {"9. Banggai", "10. Banggai Kepulauan", "\u2022 Memakai masker.", "Kutipan.", "Gambar: grafik kasus harian."})
    EXPECT_NE(text.find(s), std::string::npos) << s << " in " << text;
  // Hanging indent: both items' text starts at the same x, right of the markers.
  const auto words = pdf.words();
  double banggai1 = 0, banggai2 = 0, kutipan = 0;
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (words[k].text == "Banggai" && banggai1 == 0) {
      banggai1 = words[k].x0;
    } else if (words[k].text == "Banggai") {
      banggai2 = words[k].x0;
    }
    if (words[k].text == "Kutipan.") kutipan = words[k].x0;
  }
  EXPECT_NEAR(banggai1, banggai2, 0.5);
  EXPECT_GT(banggai1, 72 + 18);
  EXPECT_GT(kutipan, 72 + 18) << "quotes are indented";
}

TEST(LargePrintPdf, EmptyDocumentIsOnePage) {
  REQUIRE_POPPLER();
  const Pdf pdf(Document{}, size(18));
  EXPECT_EQ(pdf.pages(), 1);
  EXPECT_NE(collapse(pdf.text()).find("Halaman 1 dari 1"), std::string::npos);
  EXPECT_EQ(info_field(pdf.info(), "Author"), "aksesibel");
}

TEST(LargePrintPdf, ThreadsRenderIndependently) {
  const Document doc = example();
  std::vector<std::future<std::size_t>> jobs;
  for (int i = 0; i < 4; ++i)
    jobs.push_back(std::async(std::launch::async, [&doc, i] {
      return render_large_print_pdf(doc, size(i % 2 ? 24 : 18)).size();
    }));
  for (auto& j : jobs) EXPECT_GT(j.get(), 10000u);
}

// The shell check used in CI passes on the example, and leaves a picture of page 1.
TEST(LargePrintPdf, CheckScript) {
  REQUIRE_POPPLER();
  const std::filesystem::path script = std::filesystem::path(__FILE__).parent_path().parent_path() / "pdf" / "check-pdf.sh";
  if (!std::filesystem::exists(script)) GTEST_SKIP() << "missing " << script;
  if (std::system("command -v pdftoppm >/dev/null 2>&1") != 0) GTEST_SKIP() << "pdftoppm is not installed";
  const Pdf pdf(example(), size(24));
  int status = -1;
  const std::string out = run("sh " + quoted(script) + " " + quoted(pdf.path()) + " 24", &status);
  EXPECT_EQ(status, 0) << out;
  EXPECT_TRUE(std::filesystem::exists(pdf.path().parent_path() / "cetak-besar-halaman-1.png")) << out;
  run("sh " + quoted(script) + " " + quoted(pdf.path()) + " 32", &status);
  EXPECT_NE(status, 0) << "glyphs of 24 pt are smaller than 32 pt";
}

// Every bulletin of the shared corpus.
class LargePrintPdfCorpus : public ::testing::TestWithParam<std::filesystem::path> {};

TEST_P(LargePrintPdfCorpus, FontsNumbersSizesPages) {
  REQUIRE_POPPLER();
  const auto file = GetParam();
  if (!std::filesystem::exists(file)) GTEST_SKIP() << "missing " << file;
  const Document doc = test::read_as(test::read_file(file), InputFormat::Auto, file.filename().string());
  for (int pt : {18, 32}) {
    SCOPED_TRACE(std::to_string(pt) + " pt");
    const Pdf pdf(doc, size(pt));
    expect_readable_pages(doc, pdf, pt);
    const std::string info = pdf.info();
    EXPECT_FALSE(info_field(info, "Title").empty());
    EXPECT_FALSE(info_field(info, "Author").empty());
    EXPECT_EQ(info_field(info, "Subject"), "Buletin Covid-19 dalam cetak besar");
    EXPECT_NE(info_field(info, "Page size").find("595.28 x 841.89 pts"), std::string::npos);
    EXPECT_NE(collapse(pdf.text(1, 1)).find("Halaman 1 dari " + std::to_string(pdf.pages())), std::string::npos);
  }
}

std::vector<std::filesystem::path> pdf_inputs() {
  auto files = test::corpus_files({".txt"});
  files.erase(std::remove_if(files.begin(), files.end(),
                             [](const auto& p) { return p.parent_path() != test::corpus_dir(); }),
              files.end());
  files.push_back(test::examples_dir() / "buletin-sulteng-2021-07-14.txt");
  return files;
}

INSTANTIATE_TEST_SUITE_P(All, LargePrintPdfCorpus, ::testing::ValuesIn(pdf_inputs()), [](const auto& info) { return test::file_param_name(info.param); });

}  // namespace
}  // namespace aksesibel
