#include "facts/regions.hpp"

#include <algorithm>

namespace aksesibel::facts {

RegionIndex::RegionIndex(const std::vector<data::Region>& regions, const data::FactWords& words) {
  const std::vector<std::string>& regency = words.set("regencyprefix");  // "kabupaten", "kab"
  const std::vector<std::string>& city = words.set("cityprefix");        // "kota"
  const std::vector<std::string>& province = words.set("provinceprefix");  // "provinsi", "prov"
  for (const auto* list : {&regency, &city, &province}) prefixes_.insert(prefixes_.end(), list->begin(), list->end());
  auto is_one_of = [](const std::string& w, const std::vector<std::string>& list) {
    return std::find(list.begin(), list.end(), w) != list.end();
  };
  auto add = [&](const std::vector<std::string>& key, const data::Region* r) {
    if (key.empty()) return;
    auto& list = names_[key];
    if (std::find(list.begin(), list.end(), r) == list.end()) list.push_back(r);
    longest_ = std::max(longest_, key.size());
  };
  for (const data::Region& r : regions) {
    codes_[r.code] = &r;
    std::vector<std::string> full = text::phrase_words(r.name);
    add(full, &r);
    std::vector<std::string> bare = full;
    if (r.level != "province" && !bare.empty() && (is_one_of(bare[0], regency) || is_one_of(bare[0], city)))
      bare.erase(bare.begin());
    std::vector<std::vector<std::string>> spellings = {bare};
    for (const std::string& o : r.other) spellings.push_back(text::phrase_words(o));
    for (const auto& s : spellings) {
      add(s, &r);
      // A multi-word name written as one word ("Deliserdang", "Tolitoli").
      if (s.size() > 1) {
        std::string joined;
        for (const auto& w : s) joined += w;
        add({joined}, &r);
      }
      const std::vector<std::string>& own = r.level == "regency" ? regency : r.level == "city" ? city : province;
      for (const std::string& p : own) {
        std::vector<std::string> k = {p};
        k.insert(k.end(), s.begin(), s.end());
        add(k, &r);
      }
    }
  }
  // A bare name shared by a province and a city ("Jambi", "Bengkulu") means the province.
  for (auto& [key, list] : names_) {
    if (list.size() < 2) continue;
    auto province = std::find_if(list.begin(), list.end(), [](const data::Region* r) { return r->level == "province"; });
    if (province != list.end()) list = {*province};
  }
  for (const auto& [key, list] : names_) {
    std::size_t& most = first_words_[key.front()];
    most = std::max(most, key.size());
  }
}

std::vector<RegionMention> RegionIndex::find(const std::vector<text::Word>& words) const {
  std::vector<RegionMention> out;
  for (std::size_t i = 0; i < words.size();) {
    bool found = false;
    const auto first = first_words_.find(words[i].lower);
    const std::size_t most = first == first_words_.end() ? 0 : first->second;
    for (std::size_t n = std::min(most, words.size() - i); n >= 1 && !found; --n) {
      std::vector<std::string> key;
      for (std::size_t k = i; k < i + n; ++k) key.push_back(words[k].lower);
      auto it = names_.find(key);
      if (it == names_.end()) continue;
      // A proper name: capitalised, after its prefix if it has one.
      std::size_t head = std::find(prefixes_.begin(), prefixes_.end(), words[i].lower) != prefixes_.end() && n > 1 ? i + 1 : i;
      if (!words[head].capital) continue;
      if (words[i].hyphen_before) continue;
      if (i + n < words.size() && words[i + n].hyphen_before) continue;
      out.push_back({i, i + n - 1, it->second});
      i += n;
      found = true;
    }
    if (!found) ++i;
  }
  return out;
}

const data::Region* RegionIndex::by_code(const std::string& code) const {
  auto it = codes_.find(code);
  return it == codes_.end() ? nullptr : it->second;
}

bool RegionIndex::contains(const data::Region& outer, const data::Region& inner) const {
  if (&outer == &inner || outer.code == inner.code) return true;
  if (outer.level != "province") return false;
  return inner.province() == outer.code || (!inner.former.empty() && inner.former == outer.code);
}

}  // namespace aksesibel::facts
