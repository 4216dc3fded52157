#include <gtest/gtest.h>

#include "aksesibel/read.hpp"

namespace aksesibel {
namespace {

TEST(Detect, ByExtension) {
  EXPECT_EQ(detect_format("<html>", "a.txt"), InputFormat::Text);
  EXPECT_EQ(detect_format("Teks", "a.HTML"), InputFormat::Html);
  EXPECT_EQ(detect_format("Teks", "a.htm"), InputFormat::Html);
}

TEST(Detect, ByContent) {
  EXPECT_EQ(detect_format("\xEF\xBB\xBF  <!DOCTYPE html><html>", "-"), InputFormat::Html);
  EXPECT_EQ(detect_format("\n<HTML lang=id>", "buletin"), InputFormat::Html);
  EXPECT_EQ(detect_format("<div><p>Isi</p></div>", ""), InputFormat::Html);
  EXPECT_EQ(detect_format("Palu (ANTARA) - <sekitar> 5 orang", "-"), InputFormat::Text);
}

TEST(Detect, FormatNames) {
  EXPECT_EQ(input_format_from_name("text"), InputFormat::Text);
  EXPECT_EQ(input_format_from_name("html"), InputFormat::Html);
  EXPECT_THROW(input_format_from_name("pdf"), Error);
}

}  // namespace
}  // namespace aksesibel
