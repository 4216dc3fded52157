#include "text/abbreviations.hpp"

#include <unicode/uchar.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "text/utf8.hpp"

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

AbbreviationFinder::AbbreviationFinder(const std::vector<data::Abbreviation>& entries)
    : all_caps_("(?<![\\p{L}\\p{N}])\\p{Lu}{2,}(?:-\\p{Lu}{2,})*(?![\\p{L}\\p{N}])") {
  std::vector<std::string> keys;
  for (const auto& e : entries) {
    by_folded_[fold(e.key)].push_back(e);
    keys.push_back(e.key);
  }
  if (keys.empty()) return;
  std::sort(keys.begin(), keys.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::string alternation;
  for (const auto& k : keys) {
    std::string quoted = regex_quote(k);
    std::string spaced;
    for (char c : quoted) spaced += c == ' ' ? std::string("\\s+") : std::string(1, c);
    alternation += (alternation.empty() ? "" : "|") + spaced;
  }
  known_.emplace("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])", true);
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
  if (known_)
    for (const Match& m : known_->find_all(text))
      if (auto expansion = lookup(text.substr(m.begin, m.end - m.begin)))
        hits.push_back({m.begin, m.end, *expansion});
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
