#include <gtest/gtest.h>

#include "text/utf8.hpp"

namespace aksesibel::text {
namespace {

TEST(Utf8, LineNumbersCountEveryKindOfLineEnd) {
  EXPECT_EQ(line_at("a\nb\r\nc\rd", 0), 1u);
  EXPECT_EQ(line_at("a\nb\r\nc\rd", 2), 2u);
  EXPECT_EQ(line_at("a\nb\r\nc\rd", 5), 3u);
  EXPECT_EQ(line_at("a\nb\r\nc\rd", 7), 4u);
}

TEST(Utf8, CodePointsRoundTrip) {
  std::string s;
  for (char32_t cp : {U'a', U'é', U'—', U'😷'}) append_utf8(s, cp);
  std::size_t pos = 0;
  EXPECT_EQ(next_code_point(s, pos), U'a');
  EXPECT_EQ(next_code_point(s, pos), U'é');
  EXPECT_EQ(next_code_point(s, pos), U'—');
  EXPECT_EQ(next_code_point(s, pos), U'😷');
  EXPECT_EQ(pos, s.size());
  EXPECT_EQ(length_in_code_points(s), 4u);
  EXPECT_FALSE(find_invalid_utf8(s));
}

TEST(Utf8, SpacesAreCollapsedAndTrimmed) {
  EXPECT_EQ(collapse_spaces("  a \t b\n c  "), "a b c");
  EXPECT_EQ(trim("\xC2\xA0 x \xC2\xA0"), "x");
}

}  // namespace
}  // namespace aksesibel::text
