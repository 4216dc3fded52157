// Places in the units of a document, and the bulletin's main place
// (internal to lib/facts; docs/facts.md explains the rule).
#pragma once

#include <vector>

#include "facts/regions.hpp"
#include "facts/units.hpp"

namespace aksesibel::facts {

/// A place named at a token of a unit: a region, the country or the world.
struct PlaceMention {
  std::size_t first = 0, last = 0;  ///< token indices
  enum class What { Region, Country, World } what = What::Region;
  const data::Region* region = nullptr;  ///< Region: the one meant, nullptr when the name is ambiguous
  const data::Region* province = nullptr;  ///< Region: its province, also when the name is ambiguous within one
  std::vector<const data::Region*> candidates;  ///< Region: every region the name may mean
};

/// The places named in each unit, left to right.
std::vector<std::vector<PlaceMention>> find_places(const std::vector<Unit>& units, const RegionIndex& index,
                                                    const data::FactWords& words);

/// The place a bulletin is about.
struct MainPlace {
  enum class What { None, Region, Country } what = What::None;
  const data::Region* region = nullptr;
};

/// The main place: the most specific region named in the headline or the
/// first two paragraphs that holds more than half of the places named there
/// (the headline counts twice as much as a paragraph); the whole text decides
/// only when they name no place. Else the country when the text names it or
/// quotes a national body; else none.
MainPlace main_place(const std::vector<Unit>& units, const std::vector<std::vector<PlaceMention>>& places,
                     const RegionIndex& index, const data::FactWords& words);

/// Scope of a place mention.
Scope scope_of(const PlaceMention& m);
/// Scope of the main place.
Scope scope_of(const MainPlace& p);

}  // namespace aksesibel::facts
