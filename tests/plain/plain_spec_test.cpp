// The plain-language rules specified as data: every case of
// tests/plain/specs/*.txt (format in tests/plain/specs/README.md) is run
// through convert(…, "plain") and its body compared line by line with the
// expected output. A linguist adds a case by adding lines to a spec file; no
// C++ is needed, and a new file is picked up without changing the build.
#include <gtest/gtest-spi.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "aksesibel/convert.hpp"
#include "plain/meaning_check.hpp"
#include "spec_file.hpp"
#include "support.hpp"

namespace aksesibel {
namespace {

namespace fs = std::filesystem;

struct Case {
  fs::path file;
  std::size_t line = 0;  // of its "==" line
  std::string title;
  std::vector<std::string> input;     // "<" lines: one paragraph each
  std::vector<std::string> expected;  // ">" lines
  std::vector<std::string> rules;     // "!" lines: rules the report must list
  std::vector<std::string> no_rules;  // "!-" lines: rules it must not list
};

std::string strip(std::string s) { return test::strip_spaces(std::move(s)); }

// Parse one spec file; a malformed line fails the test with its place.
std::vector<Case> parse(const fs::path& file) {
  std::vector<Case> cases;
  for (const test::SpecCase& c : test::read_spec_file(file, {"<", ">", "!", "!-"}))
    cases.push_back({c.file, c.line, c.title, c["<"], c[">"], c["!"], c["!-"]});
  return cases;
}

std::vector<fs::path> spec_files() {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(AKSESIBEL_PLAIN_SPECS_DIR))
    if (e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

TEST(PlainSpecs, EveryCaseHolds) {
  std::size_t total = 0;
  for (const fs::path& file : spec_files()) {
    for (const Case& c : parse(file)) {
      ++total;
      SCOPED_TRACE(file.filename().string() + ":" + std::to_string(c.line) + ": " + c.title);
      ASSERT_FALSE(c.input.empty()) << "a case needs '<' lines";
      // A headline, then each "<" line as a paragraph.
      std::string source = "Uji aturan\n";
      for (const std::string& p : c.input) source += "\n" + p + "\n";
      ConvertOptions options;
      options.read.source_name = "spec.txt";
      options.formats = {"plain"};
      options.plain.summary = false;
      options.plain.glossary = false;
      options.report = true;
      Conversion result = convert(source, options);
      std::vector<std::string> body;
      std::istringstream lines(result.outputs.at(0).content);
      std::string line;
      bool headline = true;
      while (std::getline(lines, line)) {
        if (strip(line).empty()) continue;
        if (headline) {  // the headline "Uji aturan"
          headline = false;
          continue;
        }
        body.push_back(strip(line));
      }
      std::string shown;
      for (const std::string& l : body) shown += "\n> " + l;
      EXPECT_EQ(body, c.expected) << "the output was:" << shown;
      // And the meaning check: each figure of an enumeration of the input
      // stays with what it counts and where.
      std::string paragraphs;
      for (const std::string& p : c.input) paragraphs += p + "\n";
      for (const std::string& problem : test::parted_units(test::enumeration_units(paragraphs), result.outputs.at(0).content))
        ADD_FAILURE() << problem;
      std::vector<std::string> rules;
      for (const PlainChange& ch : result.plain->changes) rules.push_back(ch.rule);
      for (const std::string& r : c.rules)
        EXPECT_NE(std::find(rules.begin(), rules.end(), r), rules.end()) << "the report lists no '" << r << "' change";
      for (const std::string& r : c.no_rules)
        EXPECT_EQ(std::find(rules.begin(), rules.end(), r), rules.end()) << "the report lists a '" << r << "' change";
    }
  }
  EXPECT_GE(total, 30u) << "the spec files hold fewer cases than expected; were they read?";
}

// The meaning check finds a figure parted from its place (as a list of the
// old rules did: "… tiga orang di:" / "- Buol") and passes whole units.
TEST(MeaningCheck, FindsAFigurePartedFromItsPlace) {
  const std::string source = "Kasus baru tersebar di Kota Palu 31 orang, 11 orang di Donggala, tiga orang di Buol dan satu orang di Tolitoli.\n";
  const auto units = test::enumeration_units(source);
  ASSERT_EQ(units.size(), 4u);
  const std::string parted = "Kasus baru tersebar di Kota Palu 31 orang, 11 orang di Donggala, tiga orang di:\n\n- Buol\n- satu orang di Tolitoli\n";
  auto problems = test::parted_units(units, parted);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].find("\"tiga orang\" and \"Buol\""), std::string::npos) << problems[0];
  const std::string whole = "Kasus baru tersebar di:\n\n- Kota Palu 31 orang\n- 11 orang di Donggala\n- tiga orang di Buol\n- satu orang di Tolitoli\n";
  EXPECT_TRUE(test::parted_units(units, whole).empty());
  // One figure alone is no enumeration.
  EXPECT_TRUE(test::enumeration_units("Di Palu ada 31 orang sembuh.\n").empty());
}

// A spec file that is not well formed is reported with its line.
TEST(PlainSpecs, AMalformedLineIsReportedWithItsPlace) {
  const fs::path file = fs::temp_directory_path() / "aksesibel-bad-spec.txt";
  { std::ofstream(file) << "== a case\n< input\n? what is this\n"; }
  ::testing::TestPartResultArray failures;
  {
    ::testing::ScopedFakeTestPartResultReporter reporter(::testing::ScopedFakeTestPartResultReporter::INTERCEPT_ONLY_CURRENT_THREAD,
                                                         &failures);
    parse(file);
  }
  fs::remove(file);
  ASSERT_EQ(failures.size(), 1);
  EXPECT_NE(std::string(failures.GetTestPartResult(0).message()).find("aksesibel-bad-spec.txt:3"), std::string::npos);
}

}  // namespace
}  // namespace aksesibel
