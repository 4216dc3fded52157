// Braille of every real bulletin (and the examples): properties of the pages
// in several layouts, and golden files of three bulletins checked by hand.
#include <gtest/gtest.h>

#include <cstdlib>
#include <map>
#include <regex>

#include "aksesibel/braille.hpp"
#include "aksesibel/convert.hpp"
#include "braille/pef_schema.hpp"
#include "support.hpp"
#include "text/utf8.hpp"

namespace aksesibel {
namespace {

namespace fs = std::filesystem;

struct Layout {
  const char* name;
  int cols, rows;
  bool duplex, top, block;
};
const Layout kLayouts[] = {{"default", 40, 25, false, false, false},
                           {"duplex", 40, 25, true, false, false},
                           {"a4-28-top-block", 40, 28, false, true, true},
                           {"narrow", 24, 12, false, false, false}};

std::string utf8(const std::u32string& s) {
  std::string out;
  for (char32_t c : s) text::append_utf8(out, c);
  return out;
}

class BrailleCorpus : public ::testing::TestWithParam<fs::path> {};

TEST_P(BrailleCorpus, PagesKeepEveryRule) {
  const fs::path file = GetParam();
  if (!fs::exists(file)) GTEST_SKIP() << "missing: " << file;
  ConvertOptions options;
  options.read.source_name = file.filename().string();
  options.formats = {"text"};
  const Conversion c = convert(test::read_file(file), options);
  const std::string text_output = c.outputs[0].content;

  for (const Layout& layout : kLayouts) {
    SCOPED_TRACE(layout.name);
    BrailleOptions o;
    o.cells_per_line = layout.cols;
    o.lines_per_page = layout.rows;
    o.duplex = layout.duplex;
    if (layout.top) o.page_numbers = BrailleOptions::PageNumbers::Top;
    if (layout.block) o.paragraph_style = BrailleOptions::ParagraphStyle::Block;
    o.pef_date = "2021-01-01";
    const BrailleDocument d = braille_pages(c.document, o);  // verifies fidelity, throws on a loss
    ASSERT_FALSE(d.pages.empty());

    std::string back;  // the back-translation of the text lines, for the independent number check
    int expected_number = 1;
    for (std::size_t p = 0; p < d.pages.size(); ++p) {
      const BraillePage& page = d.pages[p];
      EXPECT_LE(static_cast<int>(page.lines.size()), layout.rows) << "page " << p + 1;
      EXPECT_EQ(page.number, static_cast<int>(p) + 1);
      for (const BrailleLine& l : page.lines) {
        EXPECT_LE(static_cast<int>(l.cells.size()), layout.cols) << utf8(l.cells);
        if (!l.cells.empty()) {
          EXPECT_NE(l.cells.back(), U'\u2800') << "trailing blank";
        }
        for (char32_t cell : l.cells) EXPECT_TRUE(cell >= 0x2800 && cell <= 0x283F) << static_cast<unsigned>(cell);
      }
      // The page number: right-aligned, the braille of the page's number, consecutive.
      const bool numbered = !layout.duplex || p % 2 == 0;
      EXPECT_EQ(page.numbered, numbered);
      const std::size_t number_line = layout.top ? 0 : page.lines.size() - 1;
      if (numbered) {
        ASSERT_FALSE(page.lines.empty());
        const BrailleLine& n = page.lines[number_line];
        EXPECT_EQ(static_cast<int>(n.cells.size()), layout.cols) << "right-aligned";
        const std::string read_back = back_translate(n.cells, d.table);
        EXPECT_EQ(std::string(text::trim(read_back)), std::to_string(expected_number));
        if (!layout.top && number_line > 0) {
          // at least one blank cell between the number and any text: the number line holds nothing else
          EXPECT_EQ(n.cells.find_first_not_of(U'\u2800'), n.cells.size() - n.cells.substr(n.cells.find_first_not_of(U'\u2800')).size());
        }
      }
      expected_number += layout.duplex ? (numbered ? 2 : 0) : 1;
      for (std::size_t i = 0; i < page.lines.size(); ++i) {
        if (numbered && i == number_line) continue;
        const std::u32string& cells = page.lines[i].cells;
        // Rejoin numbers broken with 3-6 at the end of a line and 3-6 at the start of the next.
        if (!back.empty() && back.back() == '\x01' && !cells.empty() && cells[0] == U'\u2824') {
          back.pop_back();
          back += back_translate(cells.substr(1), d.table);
        } else {
          back += ' ';
          back += back_translate(cells, d.table);
        }
        if (!cells.empty() && cells.back() == U'\u2824' && cells.size() >= 2 && cells[cells.size() - 2] != U'\u2800') {
          back.pop_back();
          back += '\x01';
        }
      }
    }
    EXPECT_EQ(back.find("\\x"), std::string::npos) << "a liblouis escape reached the braille";
    // Every numeral of the text output is read back from the braille, as often.
    std::map<std::string, int> want, got;
    for (const auto& n : test::numerals(text_output)) ++want[n];
    for (const auto& n : test::numerals(back)) ++got[n];
    for (const auto& [n, k] : want) EXPECT_GE(got[n], k) << "numeral " << n << " lost in braille";

    // The encodings of these pages.
    const std::string brf = render_brf(d);
    for (char ch : brf)
      EXPECT_TRUE((ch >= 0x20 && ch <= 0x5F) || ch == '\r' || ch == '\n' || ch == '\f') << static_cast<int>(ch);
    EXPECT_EQ(std::count(brf.begin(), brf.end(), '\f'), static_cast<long>(d.pages.size()) - 1);
    for (std::size_t i = 0; i < brf.size(); ++i)
      if (brf[i] == '\n') {
        EXPECT_TRUE(i > 0 && brf[i - 1] == '\r') << "line ends are CR LF";
      }
    EXPECT_EQ(std::count(brf.begin(), brf.end(), '\n'), std::count(brf.begin(), brf.end(), '\r'));
    EXPECT_EQ(test::pef_schema_errors(render_pef(d, c.document, o)), "");
  }
}

INSTANTIATE_TEST_SUITE_P(All, BrailleCorpus, ::testing::ValuesIn(test::bulletins()), [](const auto& info) { return test::file_param_name(info.param); });

// Golden files, read and checked by hand (see tests/golden/braille/REVIEW.md).
// Regenerate with AKSESIBEL_UPDATE_GOLDEN=1 only after checking the difference.
class BrailleGolden : public ::testing::TestWithParam<std::string> {};

TEST_P(BrailleGolden, BrfAndPef) {
  const fs::path file = test::corpus_dir() / GetParam();
  if (!fs::exists(file)) GTEST_SKIP() << "the shared corpus is missing";
  ConvertOptions options;
  options.read.source_name = file.filename().string();
  options.formats = {"brf", "pef"};
  options.braille.pef_date = "2026-01-01";
  const Conversion c = convert(test::read_file(file), options);
  for (const Output& o : c.outputs) {
    const fs::path golden = test::golden_dir() / "braille" / (file.stem().string() + "." + o.extension);
    if (std::getenv("AKSESIBEL_UPDATE_GOLDEN")) test::write_file(golden, o.content);
    ASSERT_TRUE(fs::exists(golden)) << golden;
    EXPECT_EQ(o.content, test::read_file(golden)) << "differs from " << golden.string();
  }
}

INSTANTIATE_TEST_SUITE_P(Corpus, BrailleGolden,
                         ::testing::Values("06-tribunpalu-update-sulteng-20210220.txt",
                                           "15-tribunpalu-data-sulteng-per-kabupaten-20210121.txt",
                                           "16-tribunpalu-kasus-aktif-per-rs-20210213.txt"),
                         [](const auto& info) { return info.param.substr(0, 2); });

}  // namespace
}  // namespace aksesibel
