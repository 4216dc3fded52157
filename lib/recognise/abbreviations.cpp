#include "recognise/abbreviations.hpp"

#include <unicode/uchar.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "text/utf8.hpp"
#include "text/words.hpp"

namespace aksesibel::text {

namespace {

std::string fold(std::string_view s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  u.foldCase();
  std::string out;
  u.toUTF8String(out);
  return collapse_spaces(out);
}

std::string upper(std::string_view s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  u.toUpper(icu::Locale("id"));
  std::string out;
  u.toUTF8String(out);
  return out;
}

std::size_t count_capitals(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size();)
    if (u_isupper(static_cast<UChar32>(next_code_point(s, i)))) ++n;
  return n;
}

// The spelling rules of docs/recognition.md: the key as listed, in capitals,
// with a capital first letter, or (for keys of four or more characters with
// at least two capitals, such as COVID-19 or PPKM) in any case.
bool spelling_matches(std::string_view token, std::string_view key) {
  if (token == key) return true;
  std::string squeezed = collapse_spaces(token);
  if (squeezed == key) return true;
  if (squeezed == upper(key)) return true;
  if (!key.empty() && !squeezed.empty()) {
    std::size_t p = 0, q = 0;
    next_code_point(key, p);
    next_code_point(squeezed, q);
    if (upper(key.substr(0, p)) == squeezed.substr(0, q) && key.substr(p) == std::string_view(squeezed).substr(q))
      return true;
  }
  return length_in_code_points(key) >= 4 && count_capitals(key) >= 2;
}

}  // namespace

bool mostly_capitals(std::string_view s) {
  std::size_t letters = 0, capitals = 0;
  for (std::size_t i = 0; i < s.size();) {
    auto cp = static_cast<UChar32>(next_code_point(s, i));
    if (u_isalpha(cp)) {
      ++letters;
      if (u_isupper(cp)) ++capitals;
    }
  }
  return letters >= 8 && capitals * 10 >= letters * 6;
}

bool is_ascii_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Whether a letter or digit (any script) starts at `pos` / ends just before `pos`.
bool alnum_at(std::string_view s, std::size_t pos) {
  if (pos >= s.size()) return false;
  std::size_t i = pos;
  return u_isalnum(static_cast<UChar32>(next_code_point(s, i)));
}
bool alnum_before(std::string_view s, std::size_t pos) {
  if (pos == 0) return false;
  std::size_t b = pos - 1;
  while (b > 0 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
  return alnum_at(s, b);
}

// The key at `pos` of `text`, letters compared without case, any run of white
// space matching one space; the end of the match, or npos.
std::size_t match_key(std::string_view text, std::size_t pos, std::string_view key) {
  std::size_t t = pos;
  for (std::size_t k = 0; k < key.size(); ++k) {
    if (key[k] == ' ') {
      if (t >= text.size() || (text[t] != ' ' && text[t] != '\t')) return std::string_view::npos;
      while (t < text.size() && (text[t] == ' ' || text[t] == '\t')) ++t;
      continue;
    }
    if (t >= text.size() || std::tolower(static_cast<unsigned char>(text[t])) != std::tolower(static_cast<unsigned char>(key[k])))
      return std::string_view::npos;
    ++t;
  }
  return t;
}

AbbreviationFinder::AbbreviationFinder(const std::vector<data::Abbreviation>& entries)
    : entries_(entries), all_caps_("(?<![\\p{L}\\p{N}])\\p{Lu}{2,}(?:-\\p{Lu}{2,})*(?![\\p{L}\\p{N}])") {
  for (const auto& e : entries_) {
    by_folded_[fold(e.key)].push_back(e);
    std::size_t n = 0;
    while (n < e.key.size() && is_ascii_alnum(e.key[n])) ++n;
    by_first_word_[lower_ascii(e.key.substr(0, n))].push_back(&e);
  }
  for (auto& [word, keys] : by_first_word_)
    std::sort(keys.begin(), keys.end(), [](auto* a, auto* b) { return a->key.size() > b->key.size(); });
}

std::optional<std::string> AbbreviationFinder::lookup(std::string_view token) const {
  auto it = by_folded_.find(fold(token));
  if (it == by_folded_.end()) return std::nullopt;
  for (const auto& e : it->second)
    if (spelling_matches(token, e.key)) return e.expansion;
  return std::nullopt;
}

std::vector<AbbreviationHit> AbbreviationFinder::find(std::string_view text) const {
  std::vector<AbbreviationHit> hits;
  // Known keys: at the start of every word, the keys that begin with that word.
  for (std::size_t i = 0; i < text.size();) {
    if (!is_ascii_alnum(text[i]) || alnum_before(text, i)) {
      ++i;
      continue;
    }
    std::size_t n = i;
    while (n < text.size() && is_ascii_alnum(text[n])) ++n;
    std::size_t next = n;
    if (alnum_at(text, n)) {  // the word goes on in another script: not a key
      i = n + 1;
      continue;
    }
    auto it = by_first_word_.find(lower_ascii(text.substr(i, n - i)));
    if (it != by_first_word_.end())
      for (const data::Abbreviation* key : it->second) {
        const std::size_t end = match_key(text, i, key->key);
        if (end == std::string_view::npos || alnum_at(text, end)) continue;
        if (!spelling_matches(text.substr(i, end - i), key->key)) continue;
        hits.push_back({i, end, key->expansion});
        next = end;
        break;
      }
    i = next;
  }
  if (!mostly_capitals(text)) {
    for (const Match& m : all_caps_.find_all(text)) {
      bool covered = std::any_of(hits.begin(), hits.end(),
                                 [&](const AbbreviationHit& h) { return m.begin < h.end && h.begin < m.end; });
      if (!covered) hits.push_back({m.begin, m.end, ""});
    }
  }
  std::sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) { return a.begin < b.begin; });
  return hits;
}

}  // namespace aksesibel::text
