// The data files themselves: they load, they hold what the issues require,
// and every abbreviation is documented with a source.
#include <gtest/gtest.h>

#include <set>

#include "data/data_dir.hpp"
#include "data/language_data.hpp"
#include "support.hpp"

namespace aksesibel::data {
namespace {

namespace fs = std::filesystem;

TEST(DataFiles, LoadFromTheSourceTree) {
  auto d = load_language_data(AKSESIBEL_DATA_SOURCE_DIR);
  EXPECT_GE(d->boilerplate.size(), 15u);
  EXPECT_GE(d->datelines.size(), 5u);
  EXPECT_EQ(d->calendar.months.at("januari"), 1);
  EXPECT_EQ(d->calendar.zones.at("WITA"), "+08:00");
}

TEST(DataFiles, AbbreviationsAreManyUniqueAndRelevant) {
  auto d = load_language_data(AKSESIBEL_DATA_SOURCE_DIR);
  EXPECT_GE(d->abbreviations.size(), 120u);
  std::set<std::string> keys;
  for (const auto& a : d->abbreviations) EXPECT_TRUE(keys.insert(a.key).second) << "duplicate " << a.key;
  for (const char* k : {"Satgas", "PPKM", "OTG", "ODP", "PDP", "BOR", "RSUD", "Dinkes", "Diskominfo", "KIPS", "PPDI",
                        "RAPI", "Pusdatina", "nakes", "faskes", "isoman", "COVID-19", "WITA"})
    EXPECT_TRUE(keys.count(k)) << k;
}

TEST(DataFiles, EveryAbbreviationHasASourceInDocs) {
  const std::string docs = test::read_file(fs::path(AKSESIBEL_DATA_SOURCE_DIR) / ".." / "docs" / "abbreviations.md");
  const std::string tsv = test::read_file(fs::path(AKSESIBEL_DATA_SOURCE_DIR) / "abbreviations-id.tsv");
  std::stringstream ss(tsv);
  std::string line;
  std::getline(ss, line);  // header
  while (std::getline(ss, line)) {
    if (line.empty()) continue;
    auto f = split_tabs(line);
    ASSERT_EQ(f.size(), 3u) << line;
    EXPECT_NE(f[2].find("http"), std::string::npos) << f[0] << " has no source URL";
    EXPECT_NE(docs.find("| `" + f[0] + "` |"), std::string::npos) << f[0] << " missing from docs/abbreviations.md";
  }
}

TEST(DataFiles, AMalformedRuleNamesFileAndLine) {
  test::TempDir dir;
  for (const char* f : {"datelines-id.txt", "calendar-id.tsv", "abbreviations-id.tsv"})
    fs::copy_file(fs::path(AKSESIBEL_DATA_SOURCE_DIR) / f, dir.path() / f);
  test::write_file(dir.path() / "boilerplate-id.txt", "# comment\nline\tx\t^(unclosed$\n");
  try {
    load_language_data(dir.path());
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::DataFile);
    EXPECT_EQ(e.where().line, 2u);
    EXPECT_NE(e.where().file.find("boilerplate-id.txt"), std::string::npos);
  }
}

TEST(DataFiles, AMissingDataFolderSaysWhereItLooked) {
  try {
    data_directory("/nonexistent/aksesibel-data");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::DataFile);
    EXPECT_NE(e.message().find("/nonexistent/aksesibel-data"), std::string::npos);
  }
}

}  // namespace
}  // namespace aksesibel::data
