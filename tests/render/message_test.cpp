// The message for a chat (format "message", docs/message.md): at most 1,000
// characters, the Ringkasan's lines as every other variant has them, only
// WhatsApp's *bold*, no pictographs, and nothing left out cut in half.
#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <sstream>

#include "aksesibel/convert.hpp"
#include "aksesibel/options.hpp"
#include "support.hpp"

namespace aksesibel {
namespace {

std::size_t code_points(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream in(s);
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}

std::map<std::string, std::string> outputs(const std::string& text, const std::string& name, const std::string& formats,
                                           const std::map<std::string, std::string>& options = {}) {
  ConvertOptions o;
  o.read.source_name = name;
  set_option(o, "to", formats);
  for (const auto& [k, v] : options) set_option(o, k, v);
  std::map<std::string, std::string> out;
  for (Output& x : convert(text, o).outputs) out[x.format] = std::move(x.content);
  return out;
}

// What every message must be, whatever the bulletin: within its length, its
// marks WhatsApp's bold alone, closed on the line they open, no pictograph;
// each Ringkasan line is one of the plain-language version's Ringkasan, with
// the date said once in the heading put back; the where-line last.
void expect_a_good_message(const std::string& message, const std::string& plain, std::size_t limit, const std::string& what) {
  SCOPED_TRACE(what);
  EXPECT_LE(code_points(message), limit) << message;
  ASSERT_FALSE(message.empty());
  EXPECT_EQ(message.back(), '\n');
  const std::vector<std::string> lines = lines_of(message);
  ASSERT_GE(lines.size(), 3u);
  EXPECT_TRUE(lines.front().size() > 2 && lines.front().front() == '*' && lines.front().back() == '*') << lines.front();
  std::string ending;  // "(data Rabu, 14 Juli 2021)" after the Ringkasan's heading
  for (const std::string& l : lines) {
    const std::size_t stars = std::count(l.begin(), l.end(), '*');
    EXPECT_TRUE(stars == 0 || (stars == 2 && l.front() == '*' && l.find('*', 1) != std::string::npos)) << l;
    EXPECT_EQ(l.find_first_of("_~`"), std::string::npos) << l;
    for (std::size_t k = 0; k + 3 < l.size(); ++k)  // U+1F000 and above: four-byte UTF-8 from F0 9F
      EXPECT_FALSE(static_cast<unsigned char>(l[k]) == 0xF0 && static_cast<unsigned char>(l[k + 1]) == 0x9F) << l;
    if (l.rfind("*Ringkasan*", 0) == 0) ending = l.size() > 12 ? l.substr(12) : "";
    if (l.rfind("- ", 0) == 0) {
      ASSERT_GE(l.size(), 3u);
      EXPECT_EQ(l.back(), '.') << "a line left whole: " << l;
      const std::string full = ending.empty() ? l : l.substr(0, l.size() - 1) + " " + ending + ".";
      EXPECT_NE(plain.find("\n" + full + "\n"), std::string::npos) << "not a Ringkasan line of the plain version: " << full;
    }
  }
  EXPECT_EQ(lines.back().find("bisa diminta"), lines.back().size() - std::string("bisa diminta kepada pengirim pesan ini.").size())
      << lines.back();
}

TEST(Message, TheSampleBulletin) {
  const std::string text = test::read_file(test::examples_dir() / "buletin-sulteng-2021-07-14.txt");
  const auto out = outputs(text, "buletin.txt", "message,plain");
  const std::string& m = out.at("message");
  expect_a_good_message(m, out.at("plain"), 1000, "sample");
  // Read and checked by hand against the bulletin (docs/message.md shows it).
  EXPECT_EQ(m.rfind("*Kasus Harian Covid-19 di Sulawesi Tengah Bertambah 213 Orang pada Rabu 14 Juli 2021*\n"
                    "Tanggal buletin: Rabu, 14 Juli 2021\n\n*Ringkasan* (data Rabu, 14 Juli 2021)\n"
                    "- Kasus positif baru di Sulawesi Tengah: 213.\n- Jumlah kasus positif di Sulawesi Tengah: 14.054.\n",
                    0),
            0u)
      << m;
  EXPECT_NE(m.find("\nPusat Data dan Informasi (Pusdatina) Covid-19 Sulawesi Tengah mencatat tambahan 213 kasus baru"),
            std::string::npos)
      << m;
  EXPECT_NE(m.find("\nSumber: ANTARA\n"), std::string::npos);
  // Every figure of the Ringkasan is in the bulletin.
  for (const std::string& l : lines_of(m)) {
    if (l.rfind("- ", 0) != 0) continue;
    for (const std::string& n : test::numerals(l)) EXPECT_NE(text.find(n), std::string::npos) << n;
  }
}

// A smaller budget leaves lines out whole, says so, and keeps the headline,
// the date, the source and where to ask; the where-line is the volunteer's.
TEST(Message, WhatDoesNotFitIsLeftOutWhole) {
  const std::string text = test::read_file(test::examples_dir() / "buletin-sulteng-2021-07-14.txt");
  const auto full = outputs(text, "buletin.txt", "message,plain");
  ConvertOptions o;
  o.read.source_name = "buletin.txt";
  o.formats = {"message"};
  o.message.max_characters = 500;
  set_option(o, "message-where", "Minta versi braille ke PPDI Sulteng.");
  const std::string m = convert(text, o).outputs.at(0).content;
  EXPECT_LE(code_points(m), 500u) << m;
  EXPECT_NE(m.find("\nAngka lain ada di versi lengkap.\n"), std::string::npos) << m;
  EXPECT_NE(m.find("\nTanggal buletin: Rabu, 14 Juli 2021\n"), std::string::npos);
  EXPECT_NE(m.find("\nSumber: ANTARA\n"), std::string::npos);
  EXPECT_EQ(m.substr(m.size() - 37), "Minta versi braille ke PPDI Sulteng.\n");
  // The lines kept are the first lines of the full message, in order.
  std::vector<std::string> kept, all;
  for (const std::string& l : lines_of(m))
    if (l.rfind("- ", 0) == 0) kept.push_back(l);
  for (const std::string& l : lines_of(full.at("message")))
    if (l.rfind("- ", 0) == 0) all.push_back(l);
  ASSERT_GT(kept.size(), 0u);
  ASSERT_LT(kept.size(), all.size());
  EXPECT_TRUE(std::equal(kept.begin(), kept.end(), all.begin()));
  ConvertOptions long_where;
  EXPECT_THROW(set_option(long_where, "message-where", std::string(301, 'x')), Error);
}

// Marks and pictographs of the source do not reach the message.
TEST(Message, NoMarksOrPictographsFromTheSource) {
  const std::string text =
      "Update *Covid-19* Sulteng \xF0\x9F\x98\xB7 ~hari ini~\n\n"
      "Palu - Kasus baru Covid-19 di Sulawesi Tengah bertambah 213 orang pada Rabu (14/7/2021) \xE2\x9C\x85.\n";
  const auto out = outputs(text, "x.txt", "message,plain");
  expect_a_good_message(out.at("message"), out.at("plain"), 1000, "marks");
  EXPECT_EQ(lines_of(out.at("message")).front(), "*Update Covid-19 Sulteng hari ini*") << out.at("message");
  EXPECT_EQ(out.at("message").find("\xE2\x9C\x85"), std::string::npos);
  EXPECT_NE(out.at("message").find("213"), std::string::npos);
}

// The explanations of hard words the plain version adds are not taken for
// the bulletin's first sentences; the bulletin's own next sentence is.
TEST(Message, NotTheExplanationsOfHardWords) {
  const auto file = test::corpus_dir() / "56-merdeka-provinsi-vaksinasi-di-bawah-20-persen-20210913.txt";
  if (!std::filesystem::exists(file)) GTEST_SKIP() << "missing " << file;
  const auto out = outputs(test::read_file(file), file.filename().string(), "message,plain");
  ASSERT_NE(out.at("plain").find("Persentase artinya"), std::string::npos) << "the plain version explains it";
  EXPECT_EQ(out.at("message").find(" artinya "), std::string::npos) << out.at("message");
  EXPECT_NE(out.at("message").find("Menteri Kesehatan Budi Gunadi Sadikin menyampaikan"), std::string::npos) << out.at("message");
}

class MessageOfEveryBulletin : public ::testing::TestWithParam<std::filesystem::path> {};

TEST_P(MessageOfEveryBulletin, IsAGoodMessage) {
  const auto file = GetParam();
  if (!std::filesystem::exists(file)) GTEST_SKIP() << "missing " << file;
  const auto out = outputs(test::read_file(file), file.filename().string(), "message,plain");
  expect_a_good_message(out.at("message"), out.at("plain"), 1000, file.filename().string());
}

INSTANTIATE_TEST_SUITE_P(All, MessageOfEveryBulletin, ::testing::ValuesIn(test::bulletins()),
                         [](const auto& info) { return test::file_param_name(info.param); });

}  // namespace
}  // namespace aksesibel
