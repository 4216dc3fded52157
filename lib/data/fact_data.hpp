// The language data of the fact layer: the phrasings of figures
// (data/facts-id.tsv) and the gazetteer of regions (data/regions-id.tsv).
// Parsed once per data folder with the rest of data/ (language_data.hpp).
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace aksesibel::data {

/// A phrase of data/facts-id.tsv: its lower-case words, the value it stands
/// for (a measure, a qualifier, a canonical group…) and whether it is weak.
struct Phrase {
  std::vector<std::string> words;
  std::string value;
  bool weak = false;
  bool primary = false;  ///< a qualifier that decides wherever it stands in the figure's clause
  bool verb = false;     ///< a verb of increase ("bertambah"): "bertambah … menjadi N" makes N the total
};

/// How a measure with a qualifier becomes a kind of fact.
struct FactKind {
  std::string measure;    ///< "confirmed"
  std::string qualifier;  ///< "new", "total", "-" (a count at one moment) or "%"
  std::string kind;       ///< "confirmed_new"
  std::string label;      ///< "Kasus positif baru"
};

/// data/facts-id.tsv.
struct FactWords {
  std::vector<Phrase> measures, qualifiers, connectors, increaseafter, notfigure, before, part, history, spread, country, world,
      nationalbody, approx, notcount, facility, anaphor, population, variant, datacue, comparecue, backgroundcue, nextday, yesterday,
      notyesterday, numberscale, amount, wholearea, turn, numberwords;
  std::vector<FactKind> kinds;            ///< in the order of the Ringkasan
  std::map<std::string, std::string> words;  ///< "summary-heading" → "Ringkasan"
  std::map<std::string, std::vector<std::string>> word_sets;  ///< "joiner" → {"dan", "serta", …}
  /// A word set of the file ("words" lines); every set the code names is checked at load.
  const std::vector<std::string>& set(const std::string& name) const { return word_sets.at(name); }
};

/// One row of data/regions-id.tsv.
struct Region {
  std::string code;    ///< Kemendagri code: "72" (province), "72.71" (regency or city)
  std::string level;   ///< "province", "regency" or "city"
  std::string name;    ///< "Sulawesi Tengah", "Kota Palu"
  std::string former;  ///< the province before the 2022 split of Papua, or ""
  std::vector<std::string> other;  ///< other spellings and short forms from the file
  /// The province's code ("72" for "72.71"; itself for a province).
  std::string province() const { return code.substr(0, 2); }
};

FactWords load_fact_words(const std::filesystem::path& file);
std::vector<Region> load_regions(const std::filesystem::path& file);

}  // namespace aksesibel::data
