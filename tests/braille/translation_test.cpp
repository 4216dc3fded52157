// Translation through the library: signs from the table, characters the
// table lacks, other tables, threads.
#include <gtest/gtest.h>

#include <thread>

#include "aksesibel/braille.hpp"
#include "aksesibel/convert.hpp"
#include "braille/characters.hpp"
#include "support.hpp"
#include "text/utf8.hpp"

namespace aksesibel {
namespace {

std::string utf8(const std::u32string& s) {
  std::string out;
  for (char32_t c : s) text::append_utf8(out, c);
  return out;
}

// The braille of a one-paragraph document, all lines joined.
std::string braille_of(const std::string& paragraph, BrailleOptions o = {}, std::vector<Warning>* warnings = nullptr) {
  Document d;
  Block p;
  p.inlines = {Inline::make_text(paragraph)};
  d.blocks = {p};
  o.cells_per_line = 100;
  BrailleDocument b = braille_pages(d, o);
  if (warnings) *warnings = b.warnings;
  std::string out;
  for (const auto& page : b.pages)
    for (std::size_t i = 0; i + 1 < page.lines.size(); ++i) out += utf8(page.lines[i].cells);
  return std::string(text::trim(out));
}

std::u32string quote_directions_of(const std::string& print) {
  const std::vector<char32_t> q = braille::quote_directions(print);
  return std::u32string(q.begin(), q.end());
}

std::string without_indent(std::string s) {
  while (s.rfind("⠀", 0) == 0) s.erase(0, 3);
  return s;
}

TEST(Translation, SpecVectorsThroughTheLibrary) {
  EXPECT_EQ(without_indent(braille_of("PPDI")), "⠠⠠⠏⠏⠙⠊");
  EXPECT_EQ(without_indent(braille_of("1.250.000")), "⠼⠁⠂⠃⠑⠚⠂⠚⠚⠚");
  EXPECT_EQ(without_indent(braille_of("1.234,5")), "⠼⠁⠂⠃⠉⠙⠨⠑");
  EXPECT_EQ(without_indent(braille_of("Ibu pergi ke pasar.")), "⠠⠊⠃⠥⠀⠏⠑⠗⠛⠊⠀⠅⠑⠀⠏⠁⠎⠁⠗⠲");
}

// A straight quote takes its direction from its neighbours, and from the
// pair it belongs to when it is glued to words on both sides.
TEST(Translation, QuotationDirectionComesFromContext) {
  // tema"Pemberdayaan: opening 236 after "tema", closing 356 after "Disabilitas".
  const std::string glued = braille_of("tema\"Pemberdayaan Disabilitas\" di Palu");
  EXPECT_NE(glued.find("⠞⠑⠍⠁⠦⠠⠏⠑⠍"), std::string::npos) << glued;
  EXPECT_NE(glued.find("⠞⠁⠎⠴⠀⠙⠊"), std::string::npos) << glued;
  // Both glued: "kata"nya"lagi" opens, then closes.
  const std::string both = braille_of("ia\"Sehat\"selalu");
  EXPECT_NE(both.find("⠊⠁⠦⠠⠎⠑⠓⠁⠞⠴⠎"), std::string::npos) << both;
  // Free on both sides (a quote between blanks) closes the open quotation.
  const std::string free = braille_of("\"Tetap patuh \" kata dia");
  EXPECT_EQ(without_indent(free).rfind("⠦", 0), 0u) << free;
  EXPECT_NE(free.find("⠓⠀⠴⠀⠅"), std::string::npos) << free;
  EXPECT_EQ(quote_directions_of("a\"b\" \"c\""), U"\u201C\u201D\u201C\u201D");
}

// Addresses with numbers in them, at every position on the line and several
// widths: the braille number check (which reads the laid-out lines) never
// finds a number parted, and every broken line of an address ends with the
// continuation sign or, inside a number, the N8 hyphen.
TEST(Translation, AddressesWithNumbersBreakWithoutPartingANumber) {
  const char* addresses[] = {
      "https://dinkes.sultengprov.go.id/Materi-Edukasi/2021/07/14/InfografisCovid19SulawesiTengahHarian",
      "http://192.168.100.200:8080/aplikasi/laporan/2021/harian",
      "pusdatina.covid19.sulawesi.tengah@sultengprov.go.id"};
  for (const char* address : addresses)
    for (int width : {12, 20, 31, 40})
      for (int pad = 0; pad < width; pad += 3) {
        Document d;
        Block p;
        p.inlines = {Inline::make_text("Buka " + std::string(static_cast<std::size_t>(pad), 'a') + " " + address)};
        d.blocks = {p};
        BrailleOptions o;
        o.cells_per_line = width;
        BrailleDocument b;
        ASSERT_NO_THROW(b = braille_pages(d, o)) << address << " at " << width << ", pad " << pad;
        for (const BraillePage& page : b.pages)
          for (const BrailleLine& l : page.lines) {
            ASSERT_LE(l.cells.size(), static_cast<std::size_t>(width));
            if (l.cells.size() >= 2 && l.cells.back() == U'\u2824') {
              EXPECT_NE(l.cells[l.cells.size() - 2], U'\u2810') << "no hyphen after the continuation sign";
            }
          }
      }
}

TEST(Translation, EmphasisComesFromTheTable) {
  Document d;
  Block p;
  p.inlines = {Inline::make_text("kata "), Inline::make_container(Inline::Kind::Emphasis, {Inline::make_text("merdeka")})};
  d.blocks = {p};
  BrailleDocument b = braille_pages(d, {});
  EXPECT_NE(utf8(b.pages[0].lines[0].cells).find("⠨⠍⠑⠗⠙⠑⠅⠁"), std::string::npos) << "italic sign 46 before the word";
}

TEST(Translation, AccentsAreTransliteratedAndSymbolsNamedWithAWarning) {
  std::vector<Warning> w;
  const std::string b = braille_of("José 😷 ✓", {}, &w);
  EXPECT_EQ(b.find("\\"), std::string::npos);
  EXPECT_NE(b.find("⠠⠚⠕⠎⠑"), std::string::npos) << "é → e: " << b;
  ASSERT_EQ(w.size(), 2u);
  EXPECT_NE(w[0].message.find("(masker)"), std::string::npos) << w[0].message;
  EXPECT_NE(w[1].message.find("(centang)"), std::string::npos) << w[1].message;
  std::vector<Warning> w2;
  braille_of("tanda 🜲", {}, &w2);
  ASSERT_EQ(w2.size(), 1u);
  EXPECT_NE(w2[0].message.find("(simbol)"), std::string::npos);
}

// A comparison sign changes the meaning of the number after it: "≥60" and "≤60" must not
// both read "(simbol)60".
TEST(Translation, ComparisonSignsAreNamed) {
  std::vector<Warning> w;
  const std::string b = braille_of("usia ≥60 dan ≤17, 3‰, ≈70", {}, &w);
  ASSERT_EQ(w.size(), 4u);
  EXPECT_NE(w[0].message.find("(lebih dari atau sama dengan)"), std::string::npos) << w[0].message;
  EXPECT_NE(w[1].message.find("(kurang dari atau sama dengan)"), std::string::npos) << w[1].message;
  EXPECT_NE(w[2].message.find("(per seribu)"), std::string::npos) << w[2].message;
  EXPECT_NE(w[3].message.find("(kira-kira)"), std::string::npos) << w[3].message;
  EXPECT_EQ(b.find("⠎⠊⠍⠃⠕⠇"), std::string::npos) << "no (simbol): " << b;
}

TEST(Translation, OtherScriptsAreTransliterated) {
  std::vector<Warning> w;
  const std::string b = braille_of("Москва", {}, &w);
  EXPECT_TRUE(w.empty());
  EXPECT_NE(b.find("⠠⠍⠕⠎⠅⠧⠁"), std::string::npos) << b;
}

TEST(Translation, AnotherTableByName) {
  BrailleOptions o;
  o.table = "en-ueb-g1.ctb";
  o.verify = false;  // UEB writes Indonesian numbers its own way
  EXPECT_EQ(without_indent(braille_of("Hello", o)), "⠠⠓⠑⠇⠇⠕");
  o.table = "no-such-table.utb";
  try {
    braille_of("x", o);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::DataFile);
    EXPECT_NE(e.message().find("no-such-table.utb"), std::string::npos);
  }
}

TEST(Translation, TheDocumentLanguageChoosesTheTable) {
  Document d;
  d.metadata.language = "en";
  Block p;
  p.inlines = {Inline::make_text("Hello")};
  d.blocks = {p};
  BrailleOptions o;
  o.verify = false;
  EXPECT_NE(braille_pages(d, o).table.find("en-ueb-g1.ctb"), std::string::npos);
}

// A table that passes a character through as itself (en-ueb-g1.ctb and
// U+00A0) has no sign for it: it is written as what it stands for, a space,
// and BRF can hold it (it was "an 8-dot or non-braille cell").
TEST(Translation, ANoBreakSpaceThatATablePassesThroughIsASpace) {
  ConvertOptions o;
  o.formats = {"brf"};
  o.read.format = InputFormat::Html;
  const auto c = convert("<html lang=\"en\"><body><h1>Report</h1><p>Cases rose today in\u00A0Palu.</p></body></html>", o);
  ASSERT_EQ(c.outputs.size(), 1u);
  EXPECT_NE(c.outputs[0].content.find("IN ,PALU"), std::string::npos) << c.outputs[0].content;
}

// "10...20": the 20 keeps its number sign and the check passes (it read
// back as the letters "bj").
TEST(Translation, ANumberAfterThreePointsKeepsItsNumberSign) {
  EXPECT_NE(braille_of("Naik dari 10...20 orang.").find("⠼⠁⠚⠄⠄⠄⠼⠃⠚"), std::string::npos);
}

TEST(Translation, PagesTooSmallAreRefused) {
  Document d;
  Block p;
  p.inlines = {Inline::make_text("x")};
  d.blocks = {p};
  BrailleOptions o;
  o.cells_per_line = 5;
  EXPECT_THROW(braille_pages(d, o), Error);
  o.cells_per_line = 40;
  o.lines_per_page = 2;
  EXPECT_THROW(braille_pages(d, o), Error);
}

TEST(Translation, ThreadsTranslatingAtOnceAgree) {
  const std::string bulletin = test::read_file(test::examples_dir() / "buletin-sulteng-2021-07-14.txt");
  ConvertOptions o;
  o.formats = {"brf"};
  const std::string expected = convert(bulletin, o).outputs[0].content;
  std::atomic<int> mismatches{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&] {
      for (int i = 0; i < 5; ++i)
        if (convert(bulletin, o).outputs[0].content != expected) ++mismatches;
    });
  for (auto& th : threads) th.join();
  EXPECT_EQ(mismatches.load(), 0);
}

}  // namespace
}  // namespace aksesibel
