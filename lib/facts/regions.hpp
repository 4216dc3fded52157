// Finding the names of Indonesia's regions in text, from the gazetteer of
// data/regions-id.tsv: "Sulteng", "Kab. Parigi Moutong", "Kota Palu",
// "TOJO UNA UNA", "Toli-toli".
#pragma once

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "data/fact_data.hpp"
#include "text/words.hpp"

namespace aksesibel::facts {

/// A region named in text: the words it spans and the regions the name may
/// mean (two when a regency and a city share a bare name: "Bogor").
struct RegionMention {
  std::size_t first = 0;  ///< index of its first word
  std::size_t last = 0;   ///< index of its last word
  std::vector<const data::Region*> regions;
  bool ambiguous() const { return regions.size() != 1; }
};

class RegionIndex {
 public:
  /// `words`: the prefixes of the names (facts-id.tsv: "kabupaten", "kota", "provinsi" …).
  RegionIndex(const std::vector<data::Region>& regions, const data::FactWords& words);
  /// The region names among `words`, left to right, longest first. A name
  /// must start with a capital letter (or follow "Kab."/"Kota"/"Provinsi"),
  /// and is not taken when a hyphen glues it to a word outside it
  /// ("Jawa-Bali" names no province).
  std::vector<RegionMention> find(const std::vector<text::Word>& words) const;
  /// The region of a code, or nullptr.
  const data::Region* by_code(const std::string& code) const;
  /// Whether `inner` lies in `outer` (itself included); a regency moved to a
  /// new province in 2022 lies in its former province too.
  bool contains(const data::Region& outer, const data::Region& inner) const;

 private:
  std::map<std::vector<std::string>, std::vector<const data::Region*>> names_;
  std::map<std::string, const data::Region*> codes_;
  std::size_t longest_ = 1;
  /// The first word of every name, with the most words a name starting
  /// with it has: most words of a text start none, and are passed at once.
  std::unordered_map<std::string, std::size_t> first_words_;
  std::vector<std::string> prefixes_;  ///< every prefix of a name ("kabupaten", "kab", "kota", …)
};

}  // namespace aksesibel::facts
