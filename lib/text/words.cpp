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

}  // namespace aksesibel::text
