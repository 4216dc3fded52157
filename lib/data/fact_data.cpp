#include "data/fact_data.hpp"

#include <set>

#include "aksesibel/messages.hpp"
#include "data/language_data.hpp"
#include "text/words.hpp"

namespace aksesibel::data {

namespace {

// Marks an English message for the catalogue (po/) that is translated later:
// the shapes `need` names below, only when a line is too short.
#define N_(english) english

Phrase phrase(const std::filesystem::path& file, std::size_t line, const std::string& text, std::string value,
              bool weak) {
  Phrase p{text::phrase_words(text), std::move(value), weak};
  if (p.words.empty()) malformed(file, line, fill_message(translate("the phrase '{0}' has no words"), {text}));
  return p;
}

}  // namespace

void PhraseList::push_back(Phrase p) {
  if (p.words.empty()) without_words_.push_back(phrases_.size());
  else by_first_word_[p.words.front()].push_back(phrases_.size());
  phrases_.push_back(std::move(p));
}

const std::vector<std::size_t>* PhraseList::starting_with(const std::string& word) const {
  auto it = by_first_word_.find(word);
  return it == by_first_word_.end() ? nullptr : &it->second;
}

FactWords load_fact_words(const std::filesystem::path& file) {
  FactWords w;
  const std::map<std::string, PhraseList FactWords::*> lists = {
      {"connector", &FactWords::connectors}, {"increaseafter", &FactWords::increaseafter}, {"notfigure", &FactWords::notfigure}, {"before", &FactWords::before},
      {"part", &FactWords::part},           {"history", &FactWords::history},     {"spread", &FactWords::spread},
      {"country", &FactWords::country},     {"world", &FactWords::world},
      {"nationalbody", &FactWords::nationalbody}, {"approx", &FactWords::approx}, {"notcount", &FactWords::notcount},
      {"facility", &FactWords::facility}, {"subarea", &FactWords::subarea}, {"plan", &FactWords::plan}, {"hearsay", &FactWords::hearsay}, {"nationalsource", &FactWords::nationalsource}, {"foreign", &FactWords::foreign}, {"anaphor", &FactWords::anaphor},         {"datacue", &FactWords::datacue},
      {"comparecue", &FactWords::comparecue}, {"backgroundcue", &FactWords::backgroundcue},
      {"nextday", &FactWords::nextday}, {"yesterday", &FactWords::yesterday},
      {"notyesterday", &FactWords::notyesterday}, {"amount", &FactWords::amount}, {"wholearea", &FactWords::wholearea}, {"turn", &FactWords::turn}};
  std::set<std::string> measures;
  for (const DataLine& l : read_data_file(file, false)) {
    const auto& f = l.fields;
    const std::string& entry = f[0];
    // `expected`: an N_() message naming the line's shape.
    auto need = [&](std::size_t n, const char* expected) {
      if (f.size() < n) malformed(file, l.number, translate(expected));
    };
    if (entry == "measure") {
      need(3, N_("expected measure<TAB>MEASURE<TAB>PHRASE[<TAB>weak]"));
      w.measures.push_back(phrase(file, l.number, f[2], f[1], f.size() > 3 && f[3] == "weak"));
      measures.insert(f[1]);
    } else if (entry == "kind") {
      need(5, N_("expected kind<TAB>MEASURE<TAB>QUALIFIER<TAB>KIND<TAB>LABEL"));
      if (!measures.count(f[1]))
        malformed(file, l.number, fill_message(translate("the measure '{0}' has no phrase above"), {f[1]}));
      if (f[2] != "new" && f[2] != "total" && f[2] != "-" && f[2] != "%")
        malformed(file, l.number, fill_message(translate("the qualifier '{0}' is not new, total, - or %"), {f[2]}));
      w.kinds.push_back({f[1], f[2], f[3], f[4]});
    } else if (entry == "qualifier") {
      need(3, N_("expected qualifier<TAB>QUALIFIER<TAB>PHRASE[<TAB>weak]"));
      if (f[1] != "new" && f[1] != "total" && f[1] != "week" && f[1] != "average")
        malformed(file, l.number, fill_message(translate("the qualifier '{0}' is not new, total, week or average"), {f[1]}));
      w.qualifiers.push_back(phrase(file, l.number, f[2], f[1], f.size() > 3 && f[3] == "weak"));
      w.qualifiers.back().primary = f.size() > 3 && f[3] == "primary";
      w.qualifiers.back().verb = f.size() > 3 && f[3] == "verb";
    } else if (entry == "population") {
      need(3, N_("expected population<TAB>PHRASE<TAB>CANONICAL"));
      w.population.push_back(phrase(file, l.number, f[1], f[2], false));
    } else if (entry == "testmethod") {
      need(3, N_("expected testmethod<TAB>PHRASE<TAB>CANONICAL"));
      w.testmethod.push_back(phrase(file, l.number, f[1], f[2], false));
    } else if (entry == "variant") {
      need(3, N_("expected variant<TAB>PHRASE<TAB>CANONICAL"));
      w.variant.push_back(phrase(file, l.number, f[1], f[2], false));
    } else if (entry == "numberscale") {
      need(4, N_("expected numberscale<TAB>WORD<TAB>VALUE<TAB>teen|times|times-one|group|group-one"));
      if (f[2].find_first_not_of("0123456789") != std::string::npos || f[2].empty())
        malformed(file, l.number, fill_message(translate("the value '{0}' is not a whole number"), {f[2]}));
      if (f[3] != "teen" && f[3] != "times" && f[3] != "times-one" && f[3] != "group" && f[3] != "group-one")
        malformed(file, l.number,
                  fill_message(translate("the kind '{0}' is not teen, times, times-one, group or group-one"), {f[3]}));
      w.numberscale.push_back(phrase(file, l.number, f[1], f[2] + " " + f[3], false));
    } else if (entry == "numberword") {
      need(3, N_("expected numberword<TAB>WORD<TAB>VALUE"));
      if (f[2].find_first_not_of("0123456789") != std::string::npos || f[2].empty())
        malformed(file, l.number, fill_message(translate("the value '{0}' is not a whole number"), {f[2]}));
      w.numberwords.push_back(phrase(file, l.number, f[1], f[2], false));
    } else if (entry == "word") {
      need(3, N_("expected word<TAB>KEY<TAB>TEXT"));
      w.words[f[1]] = f[2];
    } else if (entry == "words") {
      need(3, N_("expected words<TAB>NAME<TAB>WORD WORD …"));
      auto& set = w.word_sets[f[1]];
      for (const std::string& word : text::phrase_words(f[2])) set.push_back(word);
      // phrase_words splits "masing-masing" at its hyphen: keep hyphenated words whole too.
      std::string word;
      for (char c : f[2] + " ")
        if (c == ' ') {
          if (word.find('-') != std::string::npos) set.push_back(text::lower_ascii(word));
          word.clear();
        } else {
          word += c;
        }
    } else if (auto it = lists.find(entry); it != lists.end()) {
      if (f.size() < 2) malformed(file, l.number, fill_message(translate("expected {0}<TAB>PHRASE"), {entry}));
      (w.*(it->second)).push_back(phrase(file, l.number, f[1], "", false));
    } else {
      malformed(file, l.number, fill_message(translate("unknown entry '{0}'"), {entry}));
    }
  }
  for (const char* name : {"joiner", "whole", "scopelink", "unitnoun", "link", "listlead", "opener", "topic",
                           "countword", "notcountword", "apposition", "still", "both", "bothand", "pair", "copula",
                           "shareof", "rangeto", "disease", "dying", "result", "resultafterfrom", "unconfirmed", "from", "today", "day", "onday", "among", "since", "daypart",
                           "regencyprefix", "cityprefix", "provinceprefix", "relative", "alternative", "addsto", "institution", "at", "besides", "between", "breakdown", "notemark", "changeverb", "periodlead"})
    if (!w.word_sets.count(name)) malformed(file, 0, fill_message(translate("the word set '{0}' is missing"), {name}));
  for (const char* key : {"summary-heading", "in", "data-of"})
    if (!w.words.count(key)) malformed(file, 0, fill_message(translate("the word '{0}' is missing"), {key}));
  return w;
}

std::vector<Region> load_regions(const std::filesystem::path& file) {
  std::vector<Region> out;
  std::set<std::string> codes;
  for (const DataLine& l : read_data_file(file, true)) {
    const auto& f = l.fields;
    if (f.size() < 3) malformed(file, l.number, translate("expected CODE<TAB>LEVEL<TAB>NAME[<TAB>FORMER<TAB>OTHER]"));
    Region r;
    r.code = f[0];
    r.level = f[1];
    r.name = f[2];
    if (f.size() > 3) r.former = f[3];
    if (f.size() > 4 && !f[4].empty()) {
      std::size_t start = 0;
      for (;;) {
        std::size_t bar = f[4].find('|', start);
        r.other.push_back(f[4].substr(start, bar == std::string::npos ? std::string::npos : bar - start));
        if (bar == std::string::npos) break;
        start = bar + 1;
      }
    }
    const bool province = r.level == "province";
    if (!province && r.level != "regency" && r.level != "city")
      malformed(file, l.number, fill_message(translate("the level '{0}' is not province, regency or city"), {r.level}));
    if ((province && r.code.size() != 2) || (!province && (r.code.size() != 5 || r.code[2] != '.')))
      malformed(file, l.number, fill_message(translate("the code '{0}' does not fit the level {1}"), {r.code, r.level}));
    if (!province && !codes.count(r.code.substr(0, 2)))
      malformed(file, l.number, fill_message(translate("the province {0} of {1} is not listed above it"),
                                             {std::string_view(r.code).substr(0, 2), r.code}));
    if (!codes.insert(r.code).second)
      malformed(file, l.number, fill_message(translate("the code {0} is listed twice"), {r.code}));
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace aksesibel::data
