// Embosser presets (data/embossers.tsv, the option embosser): each makes
// braille that fits its page, cites sources that exist, and gives way to the
// options set after it.
#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <sstream>

#include "aksesibel/braille.hpp"
#include "aksesibel/convert.hpp"
#include "aksesibel/options.hpp"
#include "support.hpp"

namespace aksesibel {
namespace {

namespace fs = std::filesystem;

// The longest line and the most lines of a page of BRF (CR LF lines, form feeds between pages).
std::pair<std::size_t, std::size_t> brf_extent(const std::string& brf) {
  std::size_t longest = 0, most = 0;
  std::stringstream pages(brf);
  for (std::string page; std::getline(pages, page, '\f');) {
    std::size_t lines = 0;
    std::stringstream in(page);
    for (std::string line; std::getline(in, line, '\n');) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      longest = std::max(longest, line.size());
      ++lines;
    }
    most = std::max(most, lines);
  }
  return {longest, most};
}

TEST(Embossers, EveryPresetMakesBrailleThatFitsItsPage) {
  const std::string bulletin = test::read_file(test::examples_dir() / "buletin-sulteng-2021-07-14.txt");
  const auto presets = embosser_presets(AKSESIBEL_DATA_SOURCE_DIR);
  ASSERT_GE(presets.size(), 5u);
  std::set<std::string> names;
  for (const EmbosserPreset& p : presets) {
    EXPECT_TRUE(names.insert(p.name).second) << p.name;
    ConvertOptions o;
    o.read.data_dir = AKSESIBEL_DATA_SOURCE_DIR;
    set_option(o, "embosser", p.name);
    EXPECT_EQ(o.braille.cells_per_line, p.cells_per_line) << p.name;
    EXPECT_EQ(o.braille.lines_per_page, p.lines_per_page) << p.name;
    EXPECT_EQ(o.braille.duplex, p.duplex) << p.name;
    o.formats = {"brf"};
    const Conversion c = convert(bulletin, o);
    const auto [longest, most] = brf_extent(c.outputs[0].content);
    EXPECT_LE(longest, static_cast<std::size_t>(p.cells_per_line)) << p.name;
    EXPECT_EQ(longest, static_cast<std::size_t>(p.cells_per_line)) << p.name << ": the page number stands at the line's end";
    EXPECT_LE(most, static_cast<std::size_t>(p.lines_per_page)) << p.name;
    EXPECT_FALSE(p.embosser.empty());
    EXPECT_FALSE(p.paper.empty());
    EXPECT_FALSE(p.embosser_indonesian.empty()) << p.name;
    // The paper in Indonesian says what kind of paper it is, in Indonesian words and units.
    EXPECT_EQ(p.paper_indonesian.rfind("kertas ", 0), 0u) << p.name << ": " << p.paper_indonesian;
    EXPECT_EQ(p.paper_indonesian.find(" in"), p.paper_indonesian.find(" inci")) << p.name << ": " << p.paper_indonesian;
  }
}

// Every source a preset cites is described in embossers.SOURCE.md.
TEST(Embossers, EveryCitedSourceIsDescribed) {
  const std::string sources = test::read_file(fs::path(AKSESIBEL_DATA_SOURCE_DIR) / "embossers.SOURCE.md");
  for (const EmbosserPreset& p : embosser_presets(AKSESIBEL_DATA_SOURCE_DIR)) {
    std::size_t cited = 0;
    const std::regex token(R"(\b([SD][0-9]+[a-z]?)\b)");
    for (auto it = std::sregex_iterator(p.source.begin(), p.source.end(), token); it != std::sregex_iterator(); ++it) {
      ++cited;
      EXPECT_NE(sources.find("**" + (*it)[1].str() + "**"), std::string::npos) << p.name << " cites " << (*it)[1];
    }
    EXPECT_GT(cited, 0u) << p.name << " cites nothing";
  }
}

// Options set after the preset win; the preset set after them wins (the
// library applies options in the order they are set; the command line puts
// the preset first, whatever its place on the line: tests/cli).
TEST(Embossers, LaterOptionsWinAndUnknownNamesAreListed) {
  ConvertOptions o;
  o.read.data_dir = AKSESIBEL_DATA_SOURCE_DIR;
  set_option(o, "embosser", "a4");
  set_option(o, "cells-per-line", "30");
  set_option(o, "duplex", "true");
  EXPECT_EQ(o.braille.cells_per_line, 30);
  EXPECT_EQ(o.braille.lines_per_page, 28);
  EXPECT_TRUE(o.braille.duplex);
  try {
    set_option(o, "embosser", "everest");
    ADD_FAILURE() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::InvalidOption);
    EXPECT_NE(e.message().find("index-everest-a4"), std::string::npos) << e.message();
  }
  EXPECT_EQ(o.braille.cells_per_line, 30) << "a refused value changes nothing";
}

TEST(Embossers, AMalformedLineIsADataFileError) {
  test::TempDir dir;
  for (const auto& e : fs::directory_iterator(AKSESIBEL_DATA_SOURCE_DIR)) fs::copy(e.path(), dir.path() / e.path().filename());
  for (const char* bad : {"x\t40\t25\ttrue\tE\tP\n", "x\t400\t25\ttrue\tE\tP\tS1\n", "x\t40\t25\tyes\tE\tP\tS1\n",
                          "x\t40\t25\ttrue\tE\tP\tS1\nx\t40\t25\ttrue\tE\tP\tS1\n"}) {
    test::write_file(dir.path() / "embossers.tsv", std::string("# comment\n") + bad);
    try {
      embosser_presets(dir.path().string());
      ADD_FAILURE() << "no error for " << bad;
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::DataFile) << bad;
      EXPECT_GE(e.where().line, 2u) << bad;
      EXPECT_NE(e.where().file.find("embossers.tsv"), std::string::npos);
    }
  }
}

// What is wrong with the line is told in the language of messages too, not
// only that the file is malformed.
TEST(Embossers, AMalformedLineIsToldInIndonesian) {
  test::TempDir dir;
  for (const auto& e : fs::directory_iterator(AKSESIBEL_DATA_SOURCE_DIR)) fs::copy(e.path(), dir.path() / e.path().filename());
  const std::string line = "x\t40\t25\ttrue\tE\tP\tE id\tP id\tS1\n";
  const std::pair<std::string, std::string> cases[] = {
      {"x\t40\t25\tyes\tE\tP\tE id\tP id\tS1\n", "berkas data tidak sesuai bentuknya: duplex berisi true atau false"},
      {"x\t400\t25\ttrue\tE\tP\tE id\tP id\tS1\n",
       "berkas data tidak sesuai bentuknya: '400' bukan bilangan bulat dari 12 sampai 100"},
      {line + line, "berkas data tidak sesuai bentuknya: pilihan 'x' disebut dua kali"}};
  for (const auto& [bad, expected] : cases) {
    test::write_file(dir.path() / "embossers.tsv", bad);
    std::string message = "no error";
    ASSERT_TRUE(set_message_language("id"));
    try {
      embosser_presets(dir.path().string());
    } catch (const Error& e) {
      message = e.message();
    }
    set_message_language("en");
    EXPECT_EQ(message, expected) << bad;
  }
  // …and in English again once the language is set back.
  try {
    embosser_presets(dir.path().string());
    ADD_FAILURE() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.message(), "malformed data file: the preset 'x' is named twice");
  }
}

}  // namespace
}  // namespace aksesibel
