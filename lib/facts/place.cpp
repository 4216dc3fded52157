#include "facts/place.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace aksesibel::facts {

namespace {

// "Indonesia" in "Perkumpulan Penyandang Disabilitas Indonesia" is part of a
// name, not the country: a capitalised word before it (other than the name of
// the disease) makes it part of a name.
bool part_of_name(const Unit& u, std::size_t i, const data::FactWords& words) {
  if (i == 0) return false;
  const Token& prev = u.tokens[i - 1];
  if (prev.sentence != u.tokens[i].sentence || prev.type != Token::Type::Word || !prev.capital) return false;
  const std::string gap = u.gap_before(i);
  if (gap.find_first_of(",.;:()\"") != std::string::npos) return false;
  for (const std::string& disease : words.set("disease"))
    if (prev.lower == disease) return false;
  return true;
}

std::vector<text::Word> as_words(const Unit& u) {
  std::vector<text::Word> out;
  for (const Token& t : u.tokens) {
    text::Word w;
    w.lower = t.type == Token::Type::Word ? t.lower : std::string("\x01");
    w.begin = t.begin;
    w.end = t.end;
    w.capital = t.capital;
    w.hyphen_before = t.hyphen_before;
    out.push_back(std::move(w));
  }
  return out;
}

int weight_of(const Unit& u, std::size_t text_index) {
  if (u.kind == Unit::Kind::Title) return 4;
  return text_index < 2 ? 2 : 1;
}

}  // namespace

std::vector<std::vector<PlaceMention>> find_places(const std::vector<Unit>& units, const RegionIndex& index,
                                                    const data::FactWords& words) {
  std::vector<std::vector<PlaceMention>> out;
  for (const Unit& u : units) {
    const PhraseAnswersScope forget{u};
    std::vector<PlaceMention> list;
    std::vector<bool> taken(u.tokens.size(), false);
    for (const RegionMention& m : index.find(as_words(u))) {
      PlaceMention p;
      p.first = m.first;
      p.last = m.last;
      p.region = m.ambiguous() ? nullptr : m.regions[0];
      p.candidates = m.regions;
      const data::Region* province = index.by_code(m.regions[0]->province());
      bool one_province = true;
      for (const data::Region* r : m.regions) one_province = one_province && r->province() == m.regions[0]->province();
      p.province = one_province ? province : nullptr;
      for (std::size_t k = m.first; k <= m.last; ++k) taken[k] = true;
      // "RSUD Kota Mataram", "Laboratorium PCR RS Universitas Mataram": part of a facility's name.
      const std::vector<std::string>& institutions = words.set("institution");
      bool facility = false;
      for (std::size_t back = 1; back <= 3 && back <= m.first && !facility; ++back)
        facility = any_phrase_at(u, m.first - back, words.facility) != nullptr ||
                   (u.tokens[m.first - back].type == Token::Type::Word &&
                    std::find(institutions.begin(), institutions.end(), u.tokens[m.first - back].lower) != institutions.end());
      // "Kecamatan Palu Barat", "Desa Sigi Biromaru": part of a district's, village's or ward's name.
      facility = facility || (m.first > 0 && any_phrase_at(u, m.first - 1, words.subarea) != nullptr);
      if (facility) continue;
      // "Kabupaten Mimika, Provinsi Papua", "Banjarnegara, Jawa Tengah": the province only locates the regency.
      if (!list.empty() && list.back().what == PlaceMention::What::Region && list.back().region && p.region &&
          p.region->level == "province" && list.back().last + 1 == m.first &&
          u.gap_before(m.first).find(',') != std::string::npos && index.contains(*p.region, *list.back().region))
        continue;
      list.push_back(p);
    }
    for (std::size_t i = 0; i < u.tokens.size(); ++i) {
      if (taken[i]) continue;
      for (auto [cues, what] : {std::pair{&words.country, PlaceMention::What::Country},
                                std::pair{&words.world, PlaceMention::What::World}}) {
        const data::Phrase* p = any_phrase_at(u, i, *cues);
        if (!p) continue;
        if (what == PlaceMention::What::Country && u.tokens[i].capital && part_of_name(u, i, words)) continue;
        // "meninggal dunia" is dying, not the world.
        if (what == PlaceMention::What::World && i > 0 &&
            std::find(words.set("dying").begin(), words.set("dying").end(), u.tokens[i - 1].lower) !=
                words.set("dying").end())
          continue;
        PlaceMention m;
        m.first = i;
        m.last = i + p->words.size() - 1;
        m.what = what;
        list.push_back(m);
        break;
      }
    }
    std::sort(list.begin(), list.end(), [](const PlaceMention& a, const PlaceMention& b) { return a.first < b.first; });
    out.push_back(std::move(list));
  }
  // "… di Pekalongan" in the headline, "Kabupaten Pekalongan" in the text: a short
  // name means the one of its readings the text names in full, if only one.
  std::set<const data::Region*> named;
  for (const auto& list : out)
    for (const PlaceMention& m : list)
      if (m.what == PlaceMention::What::Region && m.region) named.insert(m.region);
  for (auto& list : out)
    for (PlaceMention& m : list) {
      if (m.what != PlaceMention::What::Region || m.region || m.candidates.size() < 2) continue;
      const data::Region* only = nullptr;
      std::size_t n = 0;
      for (const data::Region* r : m.candidates)
        if (named.count(r)) only = r, ++n;
      if (n == 1) m.region = only, m.province = index.by_code(only->province());
    }
  return out;
}

namespace {

// The most specific region named directly among `units` (with weights) whose
// subtree holds more than half of the weight of the places named there.
MainPlace best_region(const std::vector<std::pair<const PlaceMention*, double>>& mentions, const RegionIndex& index,
                      double& country) {
  double total = 0;
  country = 0;
  std::map<const data::Region*, double> direct;
  std::vector<std::pair<const data::Region*, double>> weighted;
  for (const auto& [m, w] : mentions) {
    if (m->what == PlaceMention::What::World) continue;
    total += w;
    if (m->what == PlaceMention::What::Country) {
      country += w;
      continue;
    }
    if (m->region) direct[m->region] += w;
    const data::Region* r = m->region ? m->region : m->province;
    if (r) weighted.push_back({r, w});
  }
  MainPlace best;
  double best_score = 0;
  int best_rank = -1;
  for (const auto& [r, named] : direct) {
    double score = 0;
    for (const auto& [inner, w] : weighted)
      if (index.contains(*r, *inner)) score += w;
    if (score <= 0.5 * total) continue;
    const int rank = r->level == "province" ? 0 : 1;  // the most specific first
    if (rank > best_rank || (rank == best_rank && score > best_score)) {
      best = {MainPlace::What::Region, r};
      best_score = score;
      best_rank = rank;
    }
  }
  return best;
}

}  // namespace

MainPlace main_place(const std::vector<Unit>& units, const std::vector<std::vector<PlaceMention>>& places,
                     const RegionIndex& index, const data::FactWords& words) {
  // The headline and the first two paragraphs say what the bulletin is about;
  // a list of regencies further down is its breakdown. The rest of the text
  // decides only when they name no place.
  std::vector<std::pair<const PlaceMention*, double>> lead, all;
  std::size_t text_index = 0;
  bool national_body = false;
  for (std::size_t k = 0; k < units.size(); ++k) {
    const Unit& u = units[k];
    const PhraseAnswersScope forget{u};
    const bool in_lead = u.kind == Unit::Kind::Title || (u.kind == Unit::Kind::Text && text_index < 2);
    const double w = weight_of(u, text_index);
    if (u.kind == Unit::Kind::Text) ++text_index;
    for (const PlaceMention& m : places[k]) {
      // "DKI Jakarta Terbanyak dengan 1.899 Orang": the place with the most is a part.
      bool part = false;
      for (std::size_t t = m.last + 1; t < u.tokens.size() && t <= m.last + 3 && !part; ++t)
        part = any_phrase_at(u, t, words.part) != nullptr;
      // "Provinsi dengan kasus baru terbanyak berada di DKI Jakarta": said before it, with a
      // word that makes the place the one with the most ("… Tertinggi Kasus Covid-19 di Sumut"
      // names the whole, not a part).
      for (std::size_t t = m.first > 8 ? m.first - 8 : 0; t < m.first && !part; ++t) {
        if (u.tokens[t].sentence != u.tokens[m.first].sentence || !any_phrase_at(u, t, words.part)) continue;
        for (std::size_t c = t + 1; c < m.first && !part; ++c)
          part = u.tokens[c].type == Token::Type::Word &&
                 std::find(words.set("copula").begin(), words.set("copula").end(), u.tokens[c].lower) !=
                     words.set("copula").end();
      }
      if (part) continue;
      all.push_back({&m, w});
      if (in_lead) lead.push_back({&m, w});
    }
    for (std::size_t i = 0; i < u.tokens.size() && !national_body; ++i)
      national_body = any_phrase_at(u, i, words.nationalbody) != nullptr;
  }
  double country = 0;
  MainPlace best = best_region(lead, index, country);
  if (best.what == MainPlace::What::None && lead.empty()) best = best_region(all, index, country);
  // No region stands out: the whole country, when the text names it or a
  // national body speaks.
  if (best.what == MainPlace::What::None && (country > 0 || national_body)) best.what = MainPlace::What::Country;
  return best;
}

Scope scope_of(const PlaceMention& m) {
  Scope s;
  switch (m.what) {
    case PlaceMention::What::World:
      s.level = Scope::Level::World;
      s.name = "dunia";
      break;
    case PlaceMention::What::Country:
      s.level = Scope::Level::Country;
      s.name = "Indonesia";
      break;
    case PlaceMention::What::Region:
      if (!m.region) break;
      s.level = m.region->level == "province" ? Scope::Level::Province
                : m.region->level == "regency" ? Scope::Level::Regency
                                               : Scope::Level::City;
      s.name = m.region->name;
      s.code = m.region->code;
      break;
  }
  return s;
}

Scope scope_of(const MainPlace& p) {
  PlaceMention m;
  if (p.what == MainPlace::What::None) return {};
  m.what = p.what == MainPlace::What::Country ? PlaceMention::What::Country : PlaceMention::What::Region;
  m.region = p.region;
  return scope_of(m);
}

}  // namespace aksesibel::facts
