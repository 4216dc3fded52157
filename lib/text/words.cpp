#include "text/words.hpp"

#include <unicode/uchar.h>

#include "text/utf8.hpp"

namespace aksesibel::text {

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::vector<Word> words(std::string_view text) {
  std::vector<Word> out;
  std::size_t i = 0;
  bool hyphen = false;  // the last separator was a single hyphen
  while (i < text.size()) {
    std::size_t start = i;
    auto cp = static_cast<UChar32>(next_code_point(text, i));
    if (!u_isalnum(cp)) {
      hyphen = cp == '-' && !out.empty() && out.back().end == start;
      continue;
    }
    std::size_t end = i;
    while (end < text.size()) {
      std::size_t next = end;
      auto c = static_cast<UChar32>(next_code_point(text, next));
      if (u_isalnum(c)) {
        end = next;
        continue;
      }
      // An apostrophe between letters stays inside the word (Jum'at).
      if ((c == '\'' || c == 0x2019) && next < text.size()) {
        std::size_t after = next;
        if (u_isalpha(static_cast<UChar32>(next_code_point(text, after)))) {
          end = next;
          continue;
        }
      }
      break;
    }
    Word w;
    w.lower = lower_ascii(text.substr(start, end - start));
    w.begin = start;
    w.end = end;
    w.capital = u_isupper(cp) || u_istitle(cp) || u_isdigit(cp);
    w.hyphen_before = hyphen && !out.empty() && out.back().end + 1 == start;
    out.push_back(std::move(w));
    hyphen = false;
    i = end;
  }
  return out;
}

std::vector<std::string> phrase_words(std::string_view phrase) {
  std::vector<std::string> out;
  for (Word& w : words(phrase)) out.push_back(std::move(w.lower));
  return out;
}

namespace {

bool is_word_char(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80;
}

}  // namespace

std::vector<std::string_view> printed_words(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && is_ascii_space(text[i])) ++i;
    std::size_t j = i;
    while (j < text.size() && !is_ascii_space(text[j])) ++j;
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

std::size_t word_count(std::string_view text) { return printed_words(text).size(); }

}  // namespace aksesibel::text
