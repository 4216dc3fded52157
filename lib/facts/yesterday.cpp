#include "facts/yesterday.hpp"

#include <algorithm>

namespace aksesibel::facts {

namespace {

bool phrase_at(const std::vector<std::string>& words, std::size_t k, const data::Phrase& p) {
  if (k + p.words.size() > words.size()) return false;
  return std::equal(p.words.begin(), p.words.end(), words.begin() + static_cast<std::ptrdiff_t>(k));
}

bool is_unit_noun(const std::string& word, const data::FactWords& w) {
  const auto& nouns = w.set("unitnoun");
  return std::find(nouns.begin(), nouns.end(), word) != nouns.end();
}

}  // namespace

bool says_yesterday(const std::vector<std::string>& words, std::size_t k, const data::FactWords& w,
                    const data::Calendar& calendar) {
  bool at = false;
  for (const data::Phrase& p : w.yesterday) at = at || phrase_at(words, k, p);
  if (!at) return false;
  std::size_t b = k;
  if (b > 0 && std::find(w.set("day").begin(), w.set("day").end(), words[b - 1]) != w.set("day").end()) --b;  // "hari kemarin"
  if (b == 0) return true;
  const std::string& prev = words[b - 1];
  if (prev == "#" || prev == "@") return false;
  if (is_unit_noun(prev, w) && b >= 2 && words[b - 2] == "#") return false;
  if (calendar.weekday_numbers.count(prev)) return false;
  for (const data::Phrase& p : w.notyesterday)
    if (p.words.size() <= b && phrase_at(words, b - p.words.size(), p)) return false;
  return true;
}

bool yesterday_follows(const std::vector<std::string>& words, std::size_t after, const data::FactWords& w) {
  while (after < words.size() && is_unit_noun(words[after], w)) ++after;
  for (const data::Phrase& p : w.yesterday)
    if (phrase_at(words, after, p)) return true;
  return false;
}

}  // namespace aksesibel::facts
