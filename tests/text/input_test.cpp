// Input handling: size, binary files, BOMs, encodings, UTF-8 validation,
// control characters, line endings, NFC.
#include <gtest/gtest.h>

#include "read/input.hpp"

namespace aksesibel::text {
namespace {

ReadOptions named(std::string name = "buletin.txt") {
  ReadOptions o;
  o.source_name = std::move(name);
  return o;
}

Error error_of(std::string_view bytes, const ReadOptions& o = named()) {
  try {
    prepare_input(bytes, o);
  } catch (const Error& e) {
    return e;
  }
  ADD_FAILURE() << "no error for input of " << bytes.size() << " bytes";
  return Error(ErrorCode::Internal, "none");
}

TEST(Input, ValidUtf8IsKept) {
  EXPECT_EQ(prepare_input("Positif: 14.054 orang — José\n", named()).text, "Positif: 14.054 orang — José\n");
}

TEST(Input, InvalidUtf8NamesFileLineAndByteOffset) {
  const std::string bytes = "Positif: 12\nSembuh: \xC3(\n";
  Error e = error_of(bytes);
  EXPECT_EQ(e.code(), ErrorCode::InvalidUtf8);
  EXPECT_EQ(e.where().file, "buletin.txt");
  EXPECT_EQ(e.where().line, 2u);
  ASSERT_TRUE(e.where().byte_offset.has_value());
  EXPECT_EQ(*e.where().byte_offset, 20u);
  EXPECT_NE(e.message().find("byte offset 20"), std::string::npos) << e.message();
  EXPECT_NE(e.message().find("line 2"), std::string::npos) << e.message();
  EXPECT_NE(e.message().find("option encoding"), std::string::npos) << "says what to do: " << e.message();
}

TEST(Input, IllFormedSequencesAreRejectedAtTheirOffset) {
  struct Case {
    std::string bytes;
    std::size_t offset;
  } cases[] = {
      {"ab\xC0\xAF", 2},              // overlong '/'
      {"a\xED\xA0\x80z", 1},          // UTF-16 surrogate
      {"\xF4\x90\x80\x80", 0},        // above U+10FFFF
      {"abc\xE2\x82", 3},             // cut off by the end
      {"x\x80y", 1},                  // lone continuation byte
      {"caf\xE9 Palu", 3},            // Latin-1 é
      {"\xFF", 0},
  };
  for (const Case& c : cases) {
    Error e = error_of(c.bytes);
    EXPECT_EQ(e.code(), ErrorCode::InvalidUtf8);
    ASSERT_TRUE(e.where().byte_offset) << c.bytes;
    EXPECT_EQ(*e.where().byte_offset, c.offset) << e.message();
  }
}

TEST(Input, Utf8BomIsDroppedAndOffsetsStillCountIt) {
  EXPECT_EQ(prepare_input("\xEF\xBB\xBFhalo", named()).text, "halo");
  Error e = error_of("\xEF\xBB\xBF" "ab\xC3");
  EXPECT_EQ(*e.where().byte_offset, 5u);
}

TEST(Input, Utf16WithBomIsDecoded) {
  const std::string le("\xFF\xFEh\0a\0l\0o\0 \0\xE9\0", 14);
  EXPECT_EQ(prepare_input(le, named()).text, "halo é");
  const std::string be("\xFE\xFF\0h\0a\0l\0o", 10);
  EXPECT_EQ(prepare_input(be, named()).text, "halo");
}

TEST(Input, Utf16ErrorsCountCrLfAsOneLine) {
  // "a CR LF b CR LF" then a lone low surrogate: the error is on line 3.
  const std::string le("\xFF\xFE" "a\0\r\0\n\0b\0\r\0\n\0\x00\xDC", 16);
  Error e = error_of(le);
  EXPECT_EQ(e.code(), ErrorCode::EncodingError) << e.message();
  EXPECT_EQ(e.where().line, 3u) << e.message();
}

TEST(Input, LegacyEncodingIsConvertedThroughIcu) {
  ReadOptions o = named();
  o.encoding = "windows-1252";
  EXPECT_EQ(prepare_input("Jos\xE9 \x96 Palu \x93ya\x94", o).text, "José – Palu “ya”");
  o.encoding = "ISO-8859-1";
  EXPECT_EQ(prepare_input("caf\xE9", o).text, "café");
}

TEST(Input, UnknownEncodingIsAnError) {
  ReadOptions o = named();
  o.encoding = "klingon-8";
  Error e = error_of("abc", o);
  EXPECT_EQ(e.code(), ErrorCode::UnknownEncoding);
  EXPECT_NE(e.message().find("klingon-8"), std::string::npos);
}

TEST(Input, BytesInvalidInTheNamedEncodingAreAnError) {
  ReadOptions o = named();
  o.encoding = "US-ASCII";
  Error e = error_of("ab\ncd\xE9", o);
  EXPECT_EQ(e.code(), ErrorCode::EncodingError);
  EXPECT_EQ(e.where().line, 2u);
  EXPECT_EQ(*e.where().byte_offset, 5u);
}

TEST(Input, LineEndingsBecomeLineFeeds) {
  EXPECT_EQ(prepare_input("a\r\nb\rc\n", named()).text, "a\nb\nc\n");
}

TEST(Input, TextIsNormalisedToNfc) {
  EXPECT_EQ(prepare_input("Jose\xCC\x81", named()).text, "Jos\xC3\xA9");
}

TEST(Input, ControlCharactersAreRejectedWithTheirOffset) {
  Error e = error_of(std::string("Positif\n12\0 orang", 17));
  EXPECT_EQ(e.code(), ErrorCode::ControlCharacter);
  EXPECT_EQ(e.where().line, 2u);
  EXPECT_EQ(*e.where().byte_offset, 10u);
  EXPECT_NE(e.message().find("U+0000 (NUL)"), std::string::npos) << e.message();
  EXPECT_NE(e.message().find("option lenient"), std::string::npos) << e.message();
  EXPECT_EQ(error_of("a\x1B[1mb").code(), ErrorCode::ControlCharacter);
  EXPECT_EQ(error_of("a\xC2\x85z").code(), ErrorCode::ControlCharacter);  // C1 NEL
}

TEST(Input, LenientModeRemovesControlCharactersWithAWarning) {
  ReadOptions o = named();
  o.lenient = true;
  PreparedText p = prepare_input(std::string("ab\0c\x07\n\tz", 8), o);
  EXPECT_EQ(p.text, "abc\n\tz");
  ASSERT_EQ(p.warnings.size(), 1u);
  EXPECT_NE(p.warnings[0].message.find("2 control characters or noncharacters removed"), std::string::npos) << p.warnings[0].message;
  EXPECT_EQ(*p.warnings[0].where.byte_offset, 2u);
}

TEST(Input, TabsAreKept) { EXPECT_EQ(prepare_input("a\tb", named()).text, "a\tb"); }

TEST(Input, EmptyAndBlankInputsAreErrors) {
  EXPECT_EQ(error_of("").code(), ErrorCode::EmptyInput);
  EXPECT_EQ(error_of(" \n\t\r\n ").code(), ErrorCode::EmptyInput);
  EXPECT_EQ(error_of("\xEF\xBB\xBF\n").code(), ErrorCode::EmptyInput);
}

TEST(Input, BinaryFilesAreRecognised) {
  Error png = error_of(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  EXPECT_EQ(png.code(), ErrorCode::BinaryInput);
  EXPECT_NE(png.message().find("PNG image"), std::string::npos) << png.message();
  EXPECT_NE(error_of("%PDF-1.7\n...").message().find("PDF"), std::string::npos);
  std::string zeros(4096, '\0');
  zeros[0] = 'x';
  EXPECT_EQ(error_of(zeros).code(), ErrorCode::BinaryInput);
}

TEST(Input, InputsOverTheLimitAreRefused) {
  ReadOptions o = named();
  o.max_input_size = 10;
  Error e = error_of("0123456789A", o);
  EXPECT_EQ(e.code(), ErrorCode::InputTooLarge);
  EXPECT_NE(e.message().find("option max-input-size"), std::string::npos);
  EXPECT_NO_THROW(prepare_input("0123456789", o));
}

TEST(Input, HumanSizes) {
  EXPECT_EQ(human_size(20u * 1024 * 1024), "20 MiB");
  EXPECT_EQ(human_size(1536), "1.5 KiB");
  EXPECT_EQ(human_size(12), "12 bytes");
}

}  // namespace
}  // namespace aksesibel::text
