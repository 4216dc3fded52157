// Sentence boundaries (lib/text/sentences.hpp): no break after the words of
// data/sentences-id.txt, those with a point inside ("s.d.") included.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/sentences.hpp"

namespace aksesibel::text {
namespace {

std::vector<std::string> pieces(const std::string& text, const std::vector<std::string>& no_break) {
  std::vector<std::string> out;
  for (const auto& [b, e] : sentences(text, no_break)) out.push_back(text.substr(b, e - b));
  return out;
}

TEST(Sentences, NoBreakAfterAnAbbreviation) {
  EXPECT_EQ(pieces("Rapat pkl. 13.00 di aula. Selesai.", {"pkl."}),
            (std::vector<std::string>{"Rapat pkl. 13.00 di aula.", "Selesai."}));
}

TEST(Sentences, NoBreakAfterAnAbbreviationWithAPointInside) {
  EXPECT_EQ(pieces("Vaksin 1 s.d. Minggu depan. Lalu 5 S.d. 7 Mei. Selesai.", {"s.d.", "S.d."}),
            (std::vector<std::string>{"Vaksin 1 s.d. Minggu depan.", "Lalu 5 S.d. 7 Mei.", "Selesai."}));
  // Only as a word of its own: "Kab.s.d." is no such word.
  EXPECT_EQ(pieces("Ada di Kab.s.d. Lalu pulang.", {"s.d."}).size(), 2u);
  // At the very end of the text.
  EXPECT_EQ(pieces("Berlaku 1 s.d.", {"s.d."}), (std::vector<std::string>{"Berlaku 1 s.d."}));
}

}  // namespace
}  // namespace aksesibel::text
