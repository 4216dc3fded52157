// The data of the plain-language rewriter: data/plain-id.tsv (everyday
// words), data/plain-rules-id.txt (sentence rules, output words) and
// data/common-words-id.txt (the most common Indonesian words), parsed once
// per folder and shared read-only.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "data/language_data.hpp"

namespace aksesibel::plain {

/// One entry of data/plain-id.tsv.
struct WordEntry {
  std::vector<std::string> words;  ///< the term, lower case, split at spaces
  std::string term;                ///< as written in the file
  bool explain = false;            ///< keep the term and explain it (else replace it)
  std::string replacement;         ///< for replace entries
  std::string explanation;         ///< reads after "<term> artinya …"
  bool abbreviation = false;       ///< for the abbreviation only, not for running text spelt the same
};

struct SplitRule {
  std::vector<std::string> words;  ///< the connecting word(s), lower case
  std::string opening;             ///< words opening the new sentence ("" none)
  std::string condition;           ///< "clause", "verbs", "comma", "speech", "long" or "purpose"
  bool verb_after = false;         ///< "+verb": cut only where a verb follows the connecting word
  bool count_subject = false;      ///< "+count": a count may open the new sentence as its subject
  bool adverb_after_verb = false;  ///< "+adverb": right after a verb the word is an adverb ("menutup sementara"): no cut
};

struct PlainData {
  std::shared_ptr<const data::LanguageData> language;
  std::vector<WordEntry> entries;
  /// Entries by their first word, longest term first.
  std::unordered_map<std::string, std::vector<const WordEntry*>> by_first_word;
  std::unordered_set<std::string> common_words;
  std::map<std::string, std::string> words;  ///< "summary-heading" → "Ringkasan", …
  std::vector<std::string> no_break_after;   ///< "Dr.", … (from data/sentences-id.txt, as every splitter uses)
  std::vector<std::string> weekdays;         ///< Senin … Minggu
  std::vector<SplitRule> splits;
  std::vector<std::vector<std::string>> list_markers;
  std::set<std::string> prepositions;
  std::vector<std::string> verb_prefixes;
  std::set<std::string> verbs;
  std::set<std::string> not_verbs;  ///< "disabilitas", "persen": a verb's prefix, no verb
  std::set<std::string> subjects;
  std::set<std::string> speech_verbs;
  std::set<std::string> request_verbs;      ///< "meminta", …: "agar" after them is what is asked
  std::set<std::string> condition_words;    ///< "jika", …: a sentence opening with one is not cut
  std::set<std::string> negations;          ///< "tidak", "bukan", …: a clause they stand in is not cut after them
  std::set<std::string> contrasts;          ///< "tetapi", "melainkan", …: a clause they open answers the one before
  std::set<std::string> number_words;
  std::set<std::string> group_openers;
  std::set<std::string> subordinators;  ///< "ketika", …: a part opening with one is no sentence alone  ///< "kemudian", …: may open a sentence before its place       ///< "tiga", …: a count written as a word
  std::set<std::string> date_prepositions;  ///< "pada", "per", …: a date after them needs no "pada"
  std::vector<std::vector<std::string>> roles;  ///< "juru bicara", …
  std::set<std::string> degrees;
  std::vector<std::pair<std::vector<std::string>, int>> relative_days;
  std::vector<std::vector<std::string>> measures;
  std::set<std::string> measure_modifiers;
  std::set<std::string> not_counted;  ///< "tahun", "nomor": a number after it is no count
  std::vector<std::string> joiners;   ///< "dan", "serta": join the last two things of an enumeration
  std::set<std::string> alternatives; ///< "atau": a joiner that offers a choice (ends a list only)
  std::set<std::string> outer_joiners;  ///< "serta": joins the larger units
  std::set<std::string> relatives;    ///< "yang": a verb after it belongs to a relative clause
  std::set<std::string> complementizers;  ///< "bahwa": opens what a verb of saying says
  std::vector<std::string> transitive_prefixes;  ///< "me": a verb of saying with it takes an object
  std::vector<std::pair<std::string, std::string>> noun_affixes;  ///< {"per", "an"}: a noun, whatever its prefix
  std::vector<std::string> clitics;   ///< "nya", "lah", …: endings a common word may carry
  std::vector<std::string> range_words;  ///< "hingga", "s.d.": a date before one starts a range

  /// The output word of a key ("summary-heading"); throws Error(DataFile) if missing.
  const std::string& word(const std::string& key) const;
};

/// Load (once) and return the plain-language data of `directory`.
std::shared_ptr<const PlainData> load_plain_data(const std::filesystem::path& directory);

/// Lower case of ASCII letters (Indonesian words are ASCII).
std::string lower(std::string_view s);

/// Split at runs of spaces.
std::vector<std::string> split_words(std::string_view s);

}  // namespace aksesibel::plain
