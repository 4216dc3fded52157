// Golden files: the project's own example bulletins in every format so far.
// The files under tests/golden/ were read and checked by hand; regenerate
// them with AKSESIBEL_UPDATE_GOLDEN=1 only after checking the difference.
#include <gtest/gtest.h>

#include <cstdlib>

#include "aksesibel/convert.hpp"
#include "support.hpp"

namespace aksesibel {
namespace {

namespace fs = std::filesystem;

struct Case {
  const char* input;
  const char* format;
  const char* golden;
  friend void PrintTo(const Case& c, std::ostream* os) { *os << c.input << " as " << c.format; }
};

class Golden : public ::testing::TestWithParam<Case> {};

TEST_P(Golden, MatchesTheCheckedFile) {
  const Case& c = GetParam();
  ConvertOptions options;
  options.read.source_name = c.input;  // a name, not a path: the output must not depend on where it runs
  options.formats = {c.format};
  const std::string out = convert(test::read_file(test::examples_dir() / c.input), options).outputs[0].content;
  const fs::path golden = test::golden_dir() / c.golden;
  if (std::getenv("AKSESIBEL_UPDATE_GOLDEN")) test::write_file(golden, out);
  ASSERT_TRUE(fs::exists(golden)) << golden;
  EXPECT_EQ(out, test::read_file(golden)) << "differs from " << golden.string();
}

INSTANTIATE_TEST_SUITE_P(
    Examples, Golden,
    ::testing::Values(Case{"buletin-sulteng-2021-07-14.txt", "text", "buletin-sulteng-2021-07-14.text.txt"},
                      Case{"buletin-sulteng-2021-07-14.txt", "json", "buletin-sulteng-2021-07-14.json"},
                      Case{"buletin-sulteng-2021-07-14-web.html", "text", "buletin-sulteng-2021-07-14-web.text.txt"}),
    [](const auto& info) {
      std::string n = std::string(info.param.golden);
      for (char& ch : n)
        if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
      return n;
    });

// The same article as text and as a web page reads to the same numbers.
TEST(Examples, TextAndHtmlHoldTheSameFigures) {
  auto numbers = [](const char* name) {
    ConvertOptions o;
    o.read.source_name = name;
    std::multiset<double> values;
    Document d = convert(test::read_file(test::examples_dir() / name), o).document;
    for (const Inline* i : test::all_inlines(d))
      if (i->kind == Inline::Kind::Number) values.insert(i->value);
    return values;
  };
  std::multiset<double> from_text = numbers("buletin-sulteng-2021-07-14.txt");
  std::multiset<double> from_html = numbers("buletin-sulteng-2021-07-14-web.html");
  // The page's table has a total row that the text bulletin states in prose.
  for (double v : from_text) EXPECT_TRUE(from_html.count(v)) << v;
}

}  // namespace
}  // namespace aksesibel
