// One number reading for every variant: numbers written the Indonesian way,
// the English way and both ways in one bulletin go through braille, plain
// language and the screen-reader page and read back to the same values; and
// the braille number check is independent of the braille table.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <regex>

#include <unistd.h>

#include "aksesibel/braille.hpp"
#include "aksesibel/convert.hpp"
#include "support.hpp"
#include "text/utf8.hpp"

namespace aksesibel {
namespace {

namespace fs = std::filesystem;

// Numbers in Indonesian spelling, written here independently of lib/: points
// group thousands, a comma is the decimal sign.
std::vector<double> indonesian_values(const std::string& text) {
  static const std::regex re(R"((?:^|[^\d.,])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?))");
  std::vector<double> out;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator(); ++it) {
    std::string digits;
    for (char c : (*it)[1].str())
      if (c == ',') digits += '.';
      else if (c != '.') digits += c;
    out.push_back(std::stod(digits));
  }
  return out;
}

std::string without_tags(const std::string& html) {
  const std::size_t body = html.find("<main");
  return std::regex_replace(html.substr(body == std::string::npos ? 0 : body), std::regex("<[^>]*>"), " ");
}

Conversion convert_to(const std::string& text, std::vector<std::string> formats, const std::string& tables_dir = "") {
  ConvertOptions o;
  o.read.format = InputFormat::Text;
  o.read.source_name = "uji.txt";
  o.formats = std::move(formats);
  o.braille.tables_dir = tables_dir;
  return convert("Buletin Covid-19 Sulawesi Tengah\n\n" + text + "\n", o);
}

// The braille-text output read back by liblouis.
std::string braille_read_back(const Conversion& c) {
  std::string unicode_braille;
  for (const Output& o : c.outputs)
    if (o.format == "braille-text") unicode_braille = o.content;
  std::u32string cells;
  for (std::size_t i = 0; i < unicode_braille.size();) {
    const char32_t ch = text::next_code_point(unicode_braille, i);
    cells += ch == U'\n' ? U'\u2800' : ch;
  }
  return back_translate(cells, braille_pages(c.document, {}).table);
}

// The braille read back, then as Indonesian numbers.
std::vector<double> braille_values(const Conversion& c) { return indonesian_values(braille_read_back(c)); }

struct Case {
  const char* name;
  const char* paragraph;
  std::vector<double> values;  // the numbers of the paragraph, in order
  const char* warning;         // a part of the document's number-style warning, or ""
  bool important;
};

class NumberStyles : public ::testing::TestWithParam<Case> {};

TEST_P(NumberStyles, ReadBackToTheSameValuesInEveryVariant) {
  const Case& c = GetParam();
  Conversion conv = convert_to(c.paragraph, {"braille-text", "plain", "html", "text"});
  // The numbers of the paragraph, wherever they stand in an output (after the title).
  auto contains_in_order = [&](const std::vector<double>& got, const std::string& what) {
    std::size_t k = 0;
    for (double v : got)
      if (k < c.values.size() && std::fabs(v - c.values[k]) < 1e-9) ++k;
    EXPECT_EQ(k, c.values.size()) << what << " of " << c.name << " lost or changed a number";
  };
  contains_in_order(braille_values(conv), "the braille");
  for (const Output& o : conv.outputs) {
    if (o.format == "plain" || o.format == "text") contains_in_order(indonesian_values(o.content), o.format);
    if (o.format == "html") contains_in_order(indonesian_values(without_tags(o.content)), o.format);
  }
  bool warned = false;
  for (const Warning& w : conv.document.warnings)
    if (*c.warning && w.message.find(c.warning) != std::string::npos) {
      warned = true;
      EXPECT_EQ(w.important, c.important) << w.message;
    }
  EXPECT_EQ(warned, *c.warning != 0) << c.name;
}

INSTANTIATE_TEST_SUITE_P(
    All, NumberStyles,
    ::testing::Values(
        Case{"indonesian", "Sebanyak 14.054 orang sembuh, atau 2,49 persen dari 1.250.000 warga, pada 2021.",
             {14054, 2.49, 1250000, 2021}, "", false},
        Case{"english", "Sebanyak 208,265,720 dosis diberikan, 87.81% dari 1,234.5 ribu warga, dan 178,883 orang sembuh.",
             {208265720, 87.81, 1234.5, 178883}, "this document writes numbers the English way (", false},
        Case{"mixed", "Tingkat kesembuhan 87.81% dan kematian 2,49% dari 14.054 kasus.", {87.81, 2.49, 14054},
             "two styles", true},
        // Percentages with a point do not make a bulletin English: its counts keep their points.
        Case{"indonesian_counts_english_shares",
             "Total kasus 12.345 orang, kesembuhan 87.81%, meninggal 2.34% dan dirawat 9.76%.",
             {12345, 87.81, 2.34, 9.76}, "two styles", true},
        // A number whose kind decides its reading ("12,345 persen") is no evidence of a style.
        Case{"english_with_a_share", "Sebanyak 208,265,720 dosis, 12,345 persen, dan 14,054 orang.",
             {208265720, 12.345, 14054}, "this document writes numbers the English way (", false}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(NumberStyles, AnAmbiguousNumberIsAnImportantLocatedWarning) {
  Conversion conv = convert_to("Sebanyak 2,49 persen dari 178,883 orang.", {"text"});
  bool found = false;
  for (const Warning& w : conv.document.warnings)
    if (w.message.find("178,883 is ambiguous") != std::string::npos) {
      found = true;
      EXPECT_TRUE(w.important) << "-q must not hide it";
      EXPECT_EQ(w.where.line, 3u);
    }
  EXPECT_TRUE(found);
}

// The Ringkasan is made from the facts: their figures keep the style their
// numerals were read in ("87.81%" of an English-style bulletin had come out
// as the braille of "87" and "81%", and the conversion failed).
TEST(NumberStyles, TheRingkasanWritesEnglishStyleFiguresTheIndonesianWay) {
  Conversion conv = convert_to("Pada Senin (12/7/2021) tingkat kesembuhan di Sulawesi Tengah 87.81% dan tingkat "
                               "kematian 2.49% dari 208,265,720 warga.",
                               {"braille-text", "plain"});
  bool summarised = false;
  for (const Fact& f : conv.document.facts)
    if (f.summary && f.value == 87.81) {
      summarised = true;
      EXPECT_EQ(f.style, NumberStyle::English);
    }
  ASSERT_TRUE(summarised) << "the recovery rate is in the Ringkasan";
  const std::vector<double> values = braille_values(conv);
  EXPECT_EQ(std::count(values.begin(), values.end(), 87.81), 2) << "in the Ringkasan and in the text";
  for (const Output& o : conv.outputs)
    if (o.format == "plain") {
      EXPECT_EQ(o.content.find("87.81"), std::string::npos) << o.content;
    }
}

// Web addresses and codes are written as printed: "2.5" in a link and "443.1"
// in a letter number are no decimals to rewrite.
TEST(NumberStyles, AddressesAndCodesAreKeptAsPrinted) {
  Conversion conv = convert_to("Surat 443.1/123/Dinkes, unduh https://x.go.id/laporan/2.5/a atau tulis ke "
                               "data.covid19@sultengprov.go.id: kesembuhan 87.81%.",
                               {"text", "html", "braille-text"});
  for (const Output& o : conv.outputs) {
    if (o.format == "braille-text") continue;
    EXPECT_NE(o.content.find("443.1/123/Dinkes"), std::string::npos) << o.format;
    EXPECT_NE(o.content.find("https://x.go.id/laporan/2.5/a"), std::string::npos) << o.format;
    EXPECT_NE(o.content.find("data.covid19@sultengprov.go.id"), std::string::npos) << o.format;
    EXPECT_NE(o.content.find("87,81%"), std::string::npos) << o.format;
  }
  // Words, dates, figures and amounts joined by slashes are no codes.
  Conversion more = convert_to("Kasus 12.5/13.1/14.2 persen; ODP/PDP/OTG sejak 1/7/2021-sekarang, "
                               "Rp300.000/bulan/KK; data di covid19.go.id/2.5 dan SE/1/2021.",
                               {"text"});
  std::vector<std::string> kinds;
  for (const Block& b : more.document.blocks)
    for (const Inline& i : b.inlines)
      if (i.kind != Inline::Kind::Text) kinds.push_back(i.text);
  EXPECT_EQ(kinds, (std::vector<std::string>{"12.5", "13.1", "14.2 persen", "ODP", "PDP", "OTG", "1/7/2021", "Rp300.000",
                                             "KK"}));
  EXPECT_NE(more.outputs[0].content.find("covid19.go.id/2.5 dan SE/1/2021."), std::string::npos)
      << more.outputs[0].content;
  const std::string back = braille_read_back(conv);
  EXPECT_NE(back.find("443.1/123/"), std::string::npos) << back;
  EXPECT_NE(back.find("laporan/2.5/a"), std::string::npos) << back;
}

// Raised figures and fractions keep their value in every variant: braille has
// no sign for them and "10³" must not read as ten. A decorative separator goes.
TEST(SpecialFigures, ASuperscriptAndAFractionKeepTheirValue) {
  Conversion conv = convert_to("Target 10\u00B3 dosis untuk 2\u00BD juta warga \u00B7 Palu\u00B7Donggala.",
                               {"braille-text", "plain", "html", "text"});
  const std::string back = braille_read_back(conv);
  EXPECT_NE(back.find("10 pangkat 3 dosis"), std::string::npos) << back;
  EXPECT_NE(back.find("2,5 juta"), std::string::npos) << back;
  EXPECT_NE(back.find("warga Palu Donggala"), std::string::npos) << back;
  EXPECT_EQ(back.find("simbol"), std::string::npos) << back;
  for (const Output& o : conv.outputs) {
    if (o.format == "braille-text") continue;
    EXPECT_NE(o.content.find("10 pangkat 3 dosis"), std::string::npos) << o.format;
    EXPECT_NE(o.content.find("2,5 juta"), std::string::npos) << o.format;
    EXPECT_EQ(o.content.find("\u00B7"), std::string::npos) << o.format;
  }
  int superscript = 0, fraction = 0, decorative = 0;
  for (const Warning& w : conv.document.warnings) {
    superscript += w.message.find("superscript '\u00B3' is written 'pangkat 3'") != std::string::npos;
    fraction += w.message.find("fraction '\u00BD' is written '2,5 juta'") != std::string::npos;
    decorative += w.message.find("decorative separator") != std::string::npos;
    if (w.message.find("superscript") != std::string::npos) {
      EXPECT_EQ(w.where.line, 3u);
    }
  }
  EXPECT_EQ(superscript, 1);
  EXPECT_EQ(fraction, 1);
  EXPECT_EQ(decorative, 1) << "one warning per kind";
  // "10 pangkat 3" reads as 10 and 3, "2,5 juta" as one number: no figure of the print is lost.
  const std::vector<double> values = braille_values(conv);  // after "Covid-19" of the title
  ASSERT_GE(values.size(), 4u);
  EXPECT_EQ(std::vector<double>(values.begin() + 1, values.begin() + 4), (std::vector<double>{10, 3, 2.5}));
  bool millions = false;
  for (const Block& b : conv.document.blocks)
    for (const Inline& i : b.inlines) millions |= i.kind == Inline::Kind::Number && i.value == 2500000;
  EXPECT_TRUE(millions) << "2½ juta is the number 2 500 000";
  // Alone, a fraction is a word.
  Conversion alone = convert_to("Baru \u00BD dari warga dan 3\u2153 persen lainnya.", {"text"});
  EXPECT_NE(alone.outputs[0].content.find("Baru setengah dari warga dan 3 sepertiga persen"), std::string::npos)
      << alone.outputs[0].content;
}

// A raised figure after another number is a note mark; a dot between digits
// is kept for the reader to judge; the text before a character counts across
// inline boundaries (HTML <b>).
TEST(SpecialFigures, NoteMarksDotsBetweenDigitsAndInlineBoundaries) {
  Conversion text = convert_to("Total 5.017\u00B9 kasus (87,5%\u00B2), 2\u00B75 persen, 1,5 x 10\u2076 dosis.",
                               {"text", "braille-text"});
  EXPECT_NE(text.outputs[0].content.find(
                "Total 5.017 (catatan 1) kasus (87,5% (catatan 2)), 2\u00B75 persen, 1,5 x 10 pangkat 6 dosis."),
            std::string::npos)
      << text.outputs[0].content;
  bool kept = false;
  for (const Warning& w : text.document.warnings) kept |= w.important && w.message.find("between two digits") != std::string::npos;
  EXPECT_TRUE(kept);
  // The closing parenthesis reads back as "(" (one cell for both, spec 1.5).
  EXPECT_NE(braille_read_back(text).find("2(titik tengah(5 persen"), std::string::npos) << braille_read_back(text);

  ConvertOptions o;
  o.read.format = InputFormat::Html;
  o.formats = {"text"};
  const Conversion html = convert(
      "<html><body><h1>Vaksinasi Sulawesi Tengah</h1><p>Target <b>10</b>\u00B3 dosis di <b>Palu</b>\u00B7<b>Sigi</b> "
      "untuk <b>4</b>\u00BD juta warga, 2\u00B7<b>5</b> persen.</p></body></html>",
      o);
  EXPECT_NE(html.outputs[0].content.find(
                "Target 10 pangkat 3 dosis di Palu Sigi untuk 4 setengah juta warga, 2\u00B75 persen."),
            std::string::npos)
      << html.outputs[0].content;
}

// A unit or a chemical formula is written on the line.
TEST(SpecialFigures, AfterAWordARaisedFigureStaysOnTheLine) {
  Conversion conv = convert_to("Ruang 20 m\u00B2 dan kadar CO\u2082 diukur.", {"text"});
  EXPECT_NE(conv.outputs[0].content.find("20 m2 dan kadar CO2 diukur"), std::string::npos) << conv.outputs[0].content;
}

// A copy of the table with the digits 6 and 9 swapped both ways: liblouis'
// back-translation with the same table reads the figures back unchanged;
// the independent number check must refuse the braille.
TEST(NumberCheck, ATableWithSwappedDigitsFailsTheConversion) {
  const fs::path dir = fs::temp_directory_path() / ("aksesibel-swapped-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ifstream in(fs::path(AKSESIBEL_TABLES_SOURCE_DIR) / "id-id-g1.utb");
  ASSERT_TRUE(in);
  std::ofstream out(dir / "id-id-g1.utb");
  std::string line;
  int swapped = 0;
  while (std::getline(in, line)) {
    for (const std::string op : {"digit ", "litdigit "}) {
      if (line == op + "6 124") line = op + "6 24", ++swapped;
      else if (line == op + "9 24") line = op + "9 124", ++swapped;
    }
    out << line << "\n";
  }
  out.close();
  ASSERT_EQ(swapped, 4);
  // The broken table is still symmetric: its own back-translation keeps 69.
  BrailleOptions broken;
  broken.tables_dir = dir.string();
  broken.verify = false;
  Document d;
  d.blocks = {Block{}};
  d.blocks[0].inlines = {Inline::make_text("69")};
  const BrailleDocument b = braille_pages(d, broken);
  EXPECT_EQ(text::trim(back_translate(b.pages[0].lines[0].cells, b.table)), "69")
      << "liblouis reads its own fault back unchanged";
  EXPECT_NE(b.pages[0].lines[0].cells.find(U"\u283C\u280A\u280B"), std::u32string::npos) << "69 is written as 96";
  try {
    convert_to("Sebanyak 1.669 orang sembuh.", {"brf"}, dir.string());
    ADD_FAILURE() << "the swapped digits were embossed";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::BrailleFidelity);
    EXPECT_NE(std::string(e.what()).find("the print has 19 where the braille reads 16"), std::string::npos) << e.what();
  }
  // The whole table is sound: the same text converts.
  EXPECT_NO_THROW(convert_to("Sebanyak 1.669 orang sembuh.", {"brf"}));
  fs::remove_all(dir);
}

}  // namespace
}  // namespace aksesibel
