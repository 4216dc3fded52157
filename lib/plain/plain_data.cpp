#include "plain/plain_data.hpp"

#include "aksesibel/messages.hpp"

#include <algorithm>
#include <fstream>
#include <mutex>

#include "aksesibel/error.hpp"
#include "text/utf8.hpp"
#include "text/words.hpp"

namespace aksesibel::plain {

std::string lower(std::string_view s) { return text::lower_ascii(s); }

std::vector<std::string> split_words(std::string_view s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

const std::string& PlainData::word(const std::string& key) const {
  auto it = words.find(key);
  if (it == words.end())
    throw Error(ErrorCode::DataFile,
                fill_message(translate("data/plain-rules-id.txt has no 'word\t{0}' line; reinstall aksesibel"), {key}));
  return it->second;
}

namespace {

void load_lexicon(PlainData& d, const std::filesystem::path& file) {
  std::set<std::string> seen;
  for (const data::DataLine& l : data::read_data_file(file, false)) {
    const auto& f = l.fields;
    if (f.size() != 7)
      data::malformed(file, l.number,
                      fill_message(translate("expected 7 tab-separated columns, found {0}"), {std::to_string(f.size())}));
    WordEntry e;
    e.term = f[0];
    e.words = split_words(lower(f[0]));
    if (e.words.empty()) data::malformed(file, l.number, translate("empty term"));
    if (f[1] == "explain") e.explain = true;
    else if (f[1] != "replace")
      data::malformed(file, l.number, fill_message(translate("action must be 'replace' or 'explain', not '{0}'"), {f[1]}));
    e.replacement = f[2];
    e.explanation = f[3];
    e.abbreviation = f[4] == "abbreviation";
    if (!e.explain && e.replacement.empty()) data::malformed(file, l.number, translate("a replace entry needs its plain words"));
    if (e.explanation.empty()) data::malformed(file, l.number, translate("every entry needs an explanation"));
    if (!seen.insert(lower(f[0])).second)
      data::malformed(file, l.number, fill_message(translate("the term '{0}' is listed twice"), {f[0]}));
    d.entries.push_back(std::move(e));
  }
  for (const WordEntry& e : d.entries) d.by_first_word[e.words.front()].push_back(&e);
  for (auto& [first, list] : d.by_first_word)
    std::stable_sort(list.begin(), list.end(),
                     [](const WordEntry* a, const WordEntry* b) { return a->words.size() > b->words.size(); });
}

void load_common_words(PlainData& d, const std::filesystem::path& file) {
  for (const data::DataLine& l : data::read_data_file(file, false))
    d.common_words.insert(lower(text::trim(l.fields.front())));
  if (d.common_words.empty()) data::malformed(file, 0, translate("no words"));
}

void load_rules(PlainData& d, const std::filesystem::path& file) {
  for (const data::DataLine& l : data::read_data_file(file, false)) {
    const auto& f = l.fields;
    auto need = [&](std::size_t n) {
      if (f.size() != n)
        data::malformed(file, l.number,
                        fill_message(translate("'{0}' takes {1} fields, found {2}"),
                                     {f[0], std::to_string(n - 1), std::to_string(f.size() - 1)}));
    };
    const std::string& kind = f[0];
    if (kind == "word") { need(3); d.words[f[1]] = f[2]; }
    else if (kind == "weekday") { need(2); d.weekdays.push_back(f[1]); }
    else if (kind == "split") {
      need(4);
      static const std::set<std::string> conditions{"clause", "verbs", "comma", "speech", "long", "purpose"};
      std::string condition = f[3];
      bool verb_after = false, count_subject = false, adverb = false;
      for (std::size_t plus; (plus = condition.rfind('+')) != std::string::npos; condition.erase(plus)) {
        const std::string flag = condition.substr(plus + 1);
        if (flag == "verb") verb_after = true;
        else if (flag == "count") count_subject = true;
        else if (flag == "adverb") adverb = true;
        else
          data::malformed(file, l.number,
                          fill_message(translate("unknown split flag '+{0}' (known: +verb, +count, +adverb)"), {flag}));
      }
      if (!conditions.count(condition))
        data::malformed(file, l.number, translate("split condition must be clause, verbs, comma, speech, long or purpose "
                                                  "(optionally with +verb, +count, +adverb)"));
      d.splits.push_back({split_words(lower(f[1])), f[2] == "-" ? "" : f[2], condition, verb_after, count_subject, adverb});
    }
    else if (kind == "list") { need(2); d.list_markers.push_back(split_words(lower(f[1]))); }
    else if (kind == "preposition") { need(2); d.prepositions.insert(f[1]); }
    else if (kind == "verb-prefix") { need(2); d.verb_prefixes.push_back(f[1]); }
    else if (kind == "verb") { need(2); d.verbs.insert(f[1]); }
    else if (kind == "not-verb") { need(2); d.not_verbs.insert(lower(f[1])); }
    else if (kind == "subject") { need(2); d.subjects.insert(f[1]); }
    else if (kind == "speech") { need(2); d.speech_verbs.insert(f[1]); }
    else if (kind == "request") { need(2); d.request_verbs.insert(lower(f[1])); }
    else if (kind == "condition") { need(2); d.condition_words.insert(lower(f[1])); }
    else if (kind == "subordinator") { need(2); d.subordinators.insert(lower(f[1])); }
    else if (kind == "group-opener") { need(2); d.group_openers.insert(lower(f[1])); }
    else if (kind == "number-word") { need(2); d.number_words.insert(lower(f[1])); }
    else if (kind == "date-preposition") { need(2); d.date_prepositions.insert(lower(f[1])); }
    else if (kind == "role") { need(2); d.roles.push_back(split_words(lower(f[1]))); }
    else if (kind == "degree") { need(2); d.degrees.insert(f[1]); }
    else if (kind == "relative-day") {
      need(3);
      try {
        d.relative_days.push_back({split_words(lower(f[1])), std::stoi(f[2])});
      } catch (const std::exception&) {
        data::malformed(file, l.number, translate("a relative day needs a whole number of days"));
      }
    }
    else if (kind == "measure") { need(2); d.measures.push_back(split_words(lower(f[1]))); }
    else if (kind == "measure-modifier") { need(2); d.measure_modifiers.insert(lower(f[1])); }
    else if (kind == "not-counted") { need(2); d.not_counted.insert(lower(f[1])); }
    else if (kind == "negation") { need(2); d.negations.insert(lower(f[1])); }
    else if (kind == "contrast") { need(2); d.contrasts.insert(lower(f[1])); }
    else if (kind == "joiner") {
      if (f.size() != 2 && f.size() != 3) need(2);
      if (f.size() == 3 && f[2] != "alternative" && f[2] != "outer")
        data::malformed(file, l.number, translate("a joiner's flag must be 'outer' or 'alternative'"));
      d.joiners.push_back(lower(f[1]));
      if (f.size() == 3) (f[2] == "outer" ? d.outer_joiners : d.alternatives).insert(lower(f[1]));
    }
    else if (kind == "relative") { need(2); d.relatives.insert(lower(f[1])); }
    else if (kind == "complementizer") { need(2); d.complementizers.insert(lower(f[1])); }
    else if (kind == "transitive-prefix") { need(2); d.transitive_prefixes.push_back(lower(f[1])); }
    else if (kind == "noun-affix") { need(3); d.noun_affixes.push_back({lower(f[1]), lower(f[2])}); }
    else if (kind == "clitic") { need(2); d.clitics.push_back(lower(f[1])); }
    else if (kind == "range-word") { need(2); d.range_words.push_back(lower(f[1])); }
    else data::malformed(file, l.number, fill_message(translate("unknown rule kind '{0}'"), {kind}));
  }
}

}  // namespace

std::shared_ptr<const PlainData> load_plain_data(const std::filesystem::path& directory) {
  static std::mutex mutex;
  static std::map<std::filesystem::path, std::shared_ptr<const PlainData>> cache;
  auto language = data::load_language_data(directory);
  std::lock_guard lock(mutex);
  if (auto it = cache.find(directory); it != cache.end()) return it->second;
  auto d = std::make_shared<PlainData>();
  d->language = language;
  d->no_break_after = language->no_break_after;
  load_lexicon(*d, directory / "plain-id.tsv");
  load_rules(*d, directory / "plain-rules-id.txt");
  load_common_words(*d, directory / "common-words-id.txt");
  if (d->weekdays.size() != 7)
    data::malformed(directory / "plain-rules-id.txt", 0,
                    translate("expected the 7 day names as 'weekday' lines, Monday first"));
  for (const char* key : {"glossary-heading", "means", "about", "more-than", "decimal-separator", "thousand", "million",
                          "said-this", "fragment-intro", "note", "that-was", "said", "third-person"})
    d->word(key);
  // The closed classes the rules need: a file without one would switch a rule
  // off without a word.
  const std::pair<const char*, bool> kinds[] = {
      {"joiner", !d->joiners.empty()},           {"relative", !d->relatives.empty()},
      {"complementizer", !d->complementizers.empty()}, {"transitive-prefix", !d->transitive_prefixes.empty()},
      {"noun-affix", !d->noun_affixes.empty()},  {"clitic", !d->clitics.empty()},
      {"range-word", !d->range_words.empty()},   {"split", !d->splits.empty()},
      {"list", !d->list_markers.empty()},        {"preposition", !d->prepositions.empty()},
      {"verb-prefix", !d->verb_prefixes.empty()}, {"speech", !d->speech_verbs.empty()},
      {"request", !d->request_verbs.empty()},    {"subordinator", !d->subordinators.empty()},
      {"condition", !d->condition_words.empty()},
      {"number-word", !d->number_words.empty()}, {"date-preposition", !d->date_prepositions.empty()},
      {"not-counted", !d->not_counted.empty()}, {"negation", !d->negations.empty()},
      {"contrast", !d->contrasts.empty()}};
  for (const auto& [kind, present] : kinds)
    if (!present) data::malformed(directory / "plain-rules-id.txt", 0, fill_message(translate("no '{0}' line"), {kind}));
  cache.emplace(directory, d);
  return d;
}

}  // namespace aksesibel::plain
