// The language data of the fact layer: the phrasings of figures
// (data/facts-id.tsv) and the gazetteer of regions (data/regions-id.tsv).
// Parsed once per data folder with the rest of data/ (language_data.hpp).
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <unordered_map>
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

/// The phrases of one entry of data/facts-id.tsv, in the file's order,
/// indexed by their first word: the fact reader asks at nearly every token
/// which phrase of a list stands there, and most tokens start none.
class PhraseList {
 public:
  void push_back(Phrase p);
  Phrase& back() { return phrases_.back(); }
  std::vector<Phrase>::const_iterator begin() const { return phrases_.begin(); }
  std::vector<Phrase>::const_iterator end() const { return phrases_.end(); }
  bool empty() const { return phrases_.empty(); }
  std::size_t size() const { return phrases_.size(); }
  const Phrase& operator[](std::size_t i) const { return phrases_[i]; }
  /// The positions (in the list's order) of the phrases whose first word is
  /// `word`; nullptr when none starts with it.
  const std::vector<std::size_t>* starting_with(const std::string& word) const;
  /// The positions of the phrases without words (the loader refuses them;
  /// a list built by hand may have them): they stand anywhere.
  const std::vector<std::size_t>& without_words() const { return without_words_; }

 private:
  std::vector<Phrase> phrases_;
  std::unordered_map<std::string, std::vector<std::size_t>> by_first_word_;
  std::vector<std::size_t> without_words_;
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
  PhraseList measures, qualifiers, connectors, increaseafter, notfigure, before, part, history, spread, country, world,
      nationalbody, approx, notcount, facility, anaphor, population, variant, testmethod, datacue, comparecue, backgroundcue, nextday, yesterday,
      notyesterday, numberscale, amount, wholearea, turn, numberwords, subarea, plan, hearsay, nationalsource, foreign;
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
