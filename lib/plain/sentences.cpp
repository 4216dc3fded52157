#include "plain/sentences.hpp"

#include "text/sentences.hpp"

namespace aksesibel::plain {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool is_word_char(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80;
}

}  // namespace

std::vector<std::pair<std::size_t, std::size_t>> sentence_ranges(std::string_view text,
                                                                  const std::vector<std::string>& no_break_after) {
  return text::sentences(text, no_break_after);
}

std::vector<std::string_view> words_of(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && is_space(text[i])) ++i;
    std::size_t j = i;
    while (j < text.size() && !is_space(text[j])) ++j;
    std::size_t b = i, e = j;
    // Trim ASCII punctuation and the typographic quotes (UTF-8 E2 80 9x) around the word.
    for (;;) {
      if (b < e && !is_word_char(static_cast<unsigned char>(text[b]))) { ++b; continue; }
      if (b + 3 <= e && static_cast<unsigned char>(text[b]) == 0xE2 && static_cast<unsigned char>(text[b + 1]) == 0x80) { b += 3; continue; }
      break;
    }
    for (;;) {
      if (e > b && !is_word_char(static_cast<unsigned char>(text[e - 1])) && text[e - 1] != '%') { --e; continue; }
      if (e >= b + 3 && static_cast<unsigned char>(text[e - 3]) == 0xE2 && static_cast<unsigned char>(text[e - 2]) == 0x80) { e -= 3; continue; }
      break;
    }
    if (e > b) out.push_back(text.substr(b, e - b));
    i = j;
  }
  return out;
}

bool is_numeral(std::string_view w) {
  bool digit = false;
  for (char c : w) {
    if (c >= '0' && c <= '9') digit = true;
    else if (c != '.' && c != ',' && c != '/' && c != '-' && c != ':' && c != '%') return false;
  }
  return digit;
}

}  // namespace aksesibel::plain
