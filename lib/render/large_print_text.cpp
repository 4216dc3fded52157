#include "render/large_print_text.hpp"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <regex>
#include <vector>

#include "text/utf8.hpp"

namespace aksesibel::render {

namespace {

// A run of words in capitals ("KASUS COVID-19 BERTAMBAH") becomes
// capitalised words, easier to read in large print. A word in capitals
// among words that are not ("DKI Jakarta", "PPKM Level III", "TBC" alone in a
// table cell) is an abbreviation and stays as it is, as do Roman numerals up
// to XXXIX ("Bab IV"; "DI" is a word).
struct Word {
  std::size_t start, end;
  bool capitals;  // two or more letters, all capitals, no Roman numeral
};

std::vector<Word> words_of(const std::string& s) {
  std::vector<Word> words;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t j = i;
    const char32_t cp = text::next_code_point(s, j);
    if (!u_isalpha(static_cast<UChar32>(cp))) {
      i = j;
      continue;
    }
    // A word: letters (and digits) up to the next other character.
    std::size_t end = i, letters = 0, capitals = 0;
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
    static const std::regex kRoman("X{0,3}(IX|IV|V?I{0,3})");
    const std::string word = s.substr(i, end - i);
    words.push_back({i, end, letters >= 2 && capitals == letters && !std::regex_match(word, kRoman)});
    i = end;
  }
  return words;
}

// `caps_before`, `caps_after`: the words just before and after `s` (in the
// inlines beside it: "DINASI " then the abbreviation KIPS) are capitals.
std::string soften(const std::string& s, bool caps_before = false, bool caps_after = false) {
  const std::vector<Word> words = words_of(s);
  std::string out;
  std::size_t copied = 0;
  for (std::size_t w = 0; w < words.size(); ++w) {
    const bool before = w > 0 ? words[w - 1].capitals : caps_before;
    const bool after = w + 1 < words.size() ? words[w + 1].capitals : caps_after;
    const bool in_run = words[w].capitals && (before || after);
    if (!in_run) continue;
    out.append(s, copied, words[w].start - copied);
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(s.substr(words[w].start, words[w].end - words[w].start));
    icu::UnicodeString first = u.tempSubString(0, u.moveIndex32(0, 1));
    icu::UnicodeString rest = u.tempSubString(u.moveIndex32(0, 1));
    rest.toLower(icu::Locale("id"));
    std::string converted;
    (first + rest).toUTF8String(converted);
    out += converted;
    copied = words[w].end;
  }
  out.append(s, copied, std::string::npos);
  return out;
}

}  // namespace

// Whether an inline's first (or last) word is capitals; an inline of
// children asks its first (or last) child.
bool edge_capitals(const Inline& i, bool last) {
  if (!i.children.empty()) return edge_capitals(last ? i.children.back() : i.children.front(), last);
  const std::vector<Word> words = words_of(i.text);
  if (words.empty()) return false;
  // Only a word that touches the edge: "KIPS " has a space after it, still beside the next word.
  return (last ? words.back() : words.front()).capitals;
}

Inlines without_capital_blocks(const Inlines& inlines) {
  Inlines out;
  for (std::size_t k = 0; k < inlines.size(); ++k) {
    const Inline& i = inlines[k];
    Inline copy = i;
    if (i.kind == Inline::Kind::Text)
      copy.text = soften(i.text, k > 0 && edge_capitals(inlines[k - 1], true),
                         k + 1 < inlines.size() && edge_capitals(inlines[k + 1], false));
    if (!i.children.empty()) copy.children = without_capital_blocks(i.children);
    out.push_back(std::move(copy));
  }
  return out;
}

std::string normal_case_words(const std::string& text) { return soften(text); }

}  // namespace aksesibel::render
