#include "render/large_print_text.hpp"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <regex>

#include "text/utf8.hpp"

namespace aksesibel::render {

namespace {

// Words of two or more letters, all capitals, become capitalised words.
std::string soften(const std::string& s) {
  std::string out;
  std::size_t i = 0;
  while (i < s.size()) {
    // Copy non-letters.
    std::size_t start = i;
    std::size_t j = i;
    char32_t cp = text::next_code_point(s, j);
    if (!u_isalpha(static_cast<UChar32>(cp))) {
      out.append(s, i, j - i);
      i = j;
      continue;
    }
    // A word: letters (and digits) up to the next other character.
    std::size_t end = i;
    std::size_t letters = 0, capitals = 0;
    while (end < s.size()) {
      std::size_t k = end;
      const char32_t c = text::next_code_point(s, k);
      if (!u_isalnum(static_cast<UChar32>(c))) break;
      if (u_isalpha(static_cast<UChar32>(c))) {
        ++letters;
        if (u_isupper(static_cast<UChar32>(c))) ++capitals;
      }
      end = k;
    }
    const std::string word = s.substr(start, end - start);
    // Roman numerals up to XXXIX stay ("PPKM Level III", "Bab IV"); "DI" is a word.
    static const std::regex kRoman("X{0,3}(IX|IV|V?I{0,3})");
    const bool roman = !word.empty() && std::regex_match(word, kRoman);
    if (letters >= 2 && capitals == letters && !roman) {
      icu::UnicodeString u = icu::UnicodeString::fromUTF8(word);
      icu::UnicodeString first = u.tempSubString(0, u.moveIndex32(0, 1));
      icu::UnicodeString rest = u.tempSubString(u.moveIndex32(0, 1));
      rest.toLower(icu::Locale("id"));
      std::string converted;
      (first + rest).toUTF8String(converted);
      out += converted;
    } else {
      out += word;
    }
    i = end;
  }
  return out;
}

}  // namespace

Inlines without_capital_blocks(const Inlines& inlines) {
  Inlines out;
  for (const Inline& i : inlines) {
    Inline copy = i;
    if (i.kind == Inline::Kind::Text) copy.text = soften(i.text);
    if (!i.children.empty()) copy.children = without_capital_blocks(i.children);
    out.push_back(std::move(copy));
  }
  return out;
}

std::string normal_case_words(const std::string& text) { return soften(text); }

}  // namespace aksesibel::render
