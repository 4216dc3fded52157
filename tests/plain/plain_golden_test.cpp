// Golden files of the plain-language version: the project's three example
// bulletins (the shared corpus's sentences may not be copied into the
// project, so its bulletins are checked by the properties of
// plain_corpus_test.cpp instead). Each golden was read sentence by sentence
// against its source (tests/golden/plain/REVIEW.md); regenerate with
// AKSESIBEL_UPDATE_GOLDEN=1 only after reading the difference.
#include <gtest/gtest.h>

#include <cstdlib>

#include "aksesibel/convert.hpp"
#include "support.hpp"

namespace aksesibel {
namespace {

namespace fs = std::filesystem;

class PlainGolden : public ::testing::TestWithParam<const char*> {};

TEST_P(PlainGolden, MatchesTheReviewedFile) {
  const fs::path input = test::examples_dir() / GetParam();
  ConvertOptions options;
  options.read.source_name = GetParam();
  options.formats = {"plain"};
  const std::string out = convert(test::read_file(input), options).outputs[0].content;
  const fs::path golden = test::golden_dir() / "plain" / (input.stem().string() + ".plain.txt");
  if (std::getenv("AKSESIBEL_UPDATE_GOLDEN")) test::write_file(golden, out);
  ASSERT_TRUE(fs::exists(golden)) << golden;
  EXPECT_EQ(out, test::read_file(golden)) << "differs from " << golden.string();
}

INSTANTIATE_TEST_SUITE_P(Examples, PlainGolden,
                         ::testing::Values("buletin-sulteng-2021-07-14.txt", "buletin-sulteng-2021-07-14-web.html",
                                           "siaran-pers-dkips-2021-09-20.txt"),
                         [](const auto& info) { return test::file_param_name(info.param); });

}  // namespace
}  // namespace aksesibel
