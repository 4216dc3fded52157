// The data files themselves: they load, they hold what the issues require,
// and every abbreviation is documented with a source.
#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "clean/boilerplate.hpp"
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

// Every chrome, dateline and front-matter rule carries examples, and does
// what it says on them (issue 10: "patterns in data/, each with an example").

TEST(DataFiles, EveryBoilerplateRuleRemovesItsExamples) {
  auto d = load_language_data(AKSESIBEL_DATA_SOURCE_DIR);
  const clean::Boilerplate b(*d);
  for (const BoilerplateRule& rule : d->boilerplate) {
    ASSERT_FALSE(rule.examples.empty()) << "the rule on line " << rule.source_line << " has no example";
    for (const std::string& e : rule.examples) {
      if (rule.kind == BoilerplateRule::Kind::Html) {
        EXPECT_EQ(b.html_element_reason(e), rule.reason) << e;
        continue;
      }
      if (rule.kind == BoilerplateRule::Kind::Content) {
        EXPECT_TRUE(b.holds_content(e)) << e;
        continue;
      }
      clean::FilterResult r = b.filter({e}, {1});
      bool by_this_rule = false;
      for (const Removed& x : r.removed) by_this_rule = by_this_rule || x.reason == rule.reason;
      EXPECT_TRUE(by_this_rule) << "line " << rule.source_line << " (" << rule.reason << ") does not remove: " << e;
      if (rule.kind != BoilerplateRule::Kind::Inline) {
        EXPECT_FALSE(r.lines[0].keep) << e;
      }
    }
  }
}

TEST(DataFiles, EveryDatelineRuleMatchesItsExamples) {
  auto d = load_language_data(AKSESIBEL_DATA_SOURCE_DIR);
  for (const DatelineRule& rule : d->datelines) {
    ASSERT_FALSE(rule.examples.empty()) << rule.name << " has no example";
    for (const std::string& e : rule.examples) {
      auto m = rule.mode == DatelineRule::Mode::Whole ? rule.pattern.full_match(e) : rule.pattern.search(e);
      EXPECT_TRUE(m && m->begin == 0) << rule.name << " does not match: " << e;
    }
  }
}

TEST(DataFiles, EveryNotHeadlineRuleMatchesItsExamples) {
  auto d = load_language_data(AKSESIBEL_DATA_SOURCE_DIR);
  ASSERT_GE(d->not_headlines.size(), 4u);
  for (const NotHeadlineRule& rule : d->not_headlines) {
    ASSERT_FALSE(rule.examples.empty()) << rule.kind << " has no example";
    for (const std::string& e : rule.examples) EXPECT_TRUE(rule.pattern.full_match(e)) << rule.kind << ": " << e;
  }
}

TEST(DataFiles, TheGazetteerHoldsEveryProvinceAndRegency) {
  auto d = load_language_data(AKSESIBEL_DATA_SOURCE_DIR);
  std::size_t provinces = 0, below = 0;
  for (const Region& r : d->regions) (r.level == "province" ? provinces : below) += 1;
  EXPECT_EQ(provinces, 38u);
  EXPECT_EQ(below, 514u);
  // Kepmendagri 300.2.2-2138/2025: 416 regencies and 98 cities; every code once, each
  // regency or city under a province of the file (data/regions-id.SOURCE.md).
  std::set<std::string> codes, province_codes;
  std::size_t regencies = 0, cities = 0;
  for (const Region& r : d->regions) {
    EXPECT_TRUE(codes.insert(r.code).second) << "twice: " << r.code;
    if (r.level == "province") {
      EXPECT_TRUE(std::regex_match(r.code, std::regex("\\d{2}"))) << r.code;
      province_codes.insert(r.code);
    } else {
      EXPECT_TRUE(r.level == "regency" || r.level == "city") << r.code << " " << r.level;
      EXPECT_TRUE(std::regex_match(r.code, std::regex("\\d{2}\\.\\d{2}"))) << r.code;
      EXPECT_EQ(r.name.rfind(r.level == "regency" ? "Kabupaten " : "Kota ", 0), 0u) << r.name;
      (r.level == "regency" ? regencies : cities) += 1;
    }
  }
  for (const Region& r : d->regions) EXPECT_TRUE(province_codes.count(r.province())) << r.code;
  EXPECT_EQ(regencies, 416u);
  EXPECT_EQ(cities, 98u);
}

TEST(DataFiles, EveryFactKindHasAMeasureAndALabel) {
  auto d = load_language_data(AKSESIBEL_DATA_SOURCE_DIR);
  const FactWords& w = d->fact_words;
  EXPECT_GE(w.kinds.size(), 20u);
  std::set<std::string> kinds;
  for (const FactKind& k : w.kinds) {
    EXPECT_TRUE(kinds.insert(k.kind).second) << "twice: " << k.kind;
    EXPECT_FALSE(k.label.empty()) << k.kind;
  }
  for (const char* k : {"confirmed_new", "confirmed_total", "recovered_new", "recovered_total", "deaths_new",
                        "deaths_total", "active", "odp", "pdp", "bed_occupancy", "vaccinated_full"})
    EXPECT_TRUE(kinds.count(k)) << k;
}

}  // namespace
}  // namespace aksesibel::data
