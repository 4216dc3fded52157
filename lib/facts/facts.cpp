// The fact layer's steps: units → places → main place → figures → facts →
// the Ringkasan's choice (docs/facts.md).
#include "facts/facts.hpp"

#include "aksesibel/messages.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>

#include "facts/figures.hpp"
#include "facts/place.hpp"
#include "facts/regions.hpp"
#include "facts/units.hpp"
#include "facts/yesterday.hpp"
#include "text/days.hpp"

namespace aksesibel::facts {

namespace {

const RegionIndex& region_index(const data::LanguageData& data) {
  static std::mutex mutex;
  static std::map<const data::LanguageData*, std::unique_ptr<RegionIndex>> cache;
  std::lock_guard lock(mutex);
  auto& slot = cache[&data];
  if (!slot) slot = std::make_unique<RegionIndex>(data.regions, data.fact_words);
  return *slot;
}

// Byte offsets of each line's start in the source.
std::vector<std::size_t> line_starts(std::string_view source) {
  std::vector<std::size_t> out = {0};
  for (std::size_t i = 0; i < source.size(); ++i)
    if (source[i] == '\n') out.push_back(i + 1);
  return out;
}

bool same_place(const Scope& a, const Scope& b) {
  return a.level != Scope::Level::Unknown && a.level == b.level && a.code == b.code && a.name == b.name;
}

// "--04-19" and "2021-02-20" compare as text within one form; a date of one form
// against the other compares by month and day.
bool not_after(const std::string& date, const std::string& limit) {
  if (limit.empty()) return true;
  if (date.size() == limit.size()) return date <= limit;
  return date.substr(date.size() - 5) <= limit.substr(limit.size() - 5);
}

// "Dinkes mencatat kemarin ada penambahan 38 kasus …" in the first paragraph
// with a figure, and no date of the data printed: the data are of the day
// before the bulletin.
void lead_says_yesterday(Document& doc, const std::vector<Unit>& units, const data::LanguageData& data) {
  Metadata& m = doc.metadata;
  if (m.date.size() != 10 || m.data_date != m.date || m.data_date_text != m.date_text) return;
  const std::string day = text::add_days(m.date, -1);
  for (const Unit& u : units) {
    if (u.kind != Unit::Kind::Text || u.quoted) continue;
    std::size_t first = u.tokens.size();
    for (std::size_t i = 0; i < u.tokens.size() && first == u.tokens.size(); ++i)
      if (u.tokens[i].type == Token::Type::Number) first = i;
    if (first == u.tokens.size()) continue;
    std::vector<std::string> words;
    for (const Token& t : u.tokens)
      words.push_back(t.type == Token::Type::Number ? "#" : t.type == Token::Type::Date ? "@" : t.lower);
    // Before that figure in its sentence ("mencatat kemarin ada penambahan 38 kasus"; not
    // "hari ini bertambah 20 orang, sementara kemarin …").
    for (std::size_t i = 0; i < first; ++i)
      if (u.tokens[i].sentence == u.tokens[first].sentence && says_yesterday(words, i, data.fact_words, data.calendar)) {
        m.data_date = day;
        m.data_date_text = u.text.substr(u.tokens[i].begin, u.tokens[i].end - u.tokens[i].begin);
        return;
      }
    return;
  }
}

// The figure as printed, standing alone ("5" not inside "15.00"), searched within a
// bounded window after `from` so that figures not found cost no more than the window.
std::size_t find_figure(std::string_view source, std::string_view text, std::size_t from) {
  constexpr std::size_t kWindow = 8 * 1024;  // docs/facts.md, source offsets
  auto alnum = [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  const std::size_t limit = std::min(source.size(), from + kWindow + text.size());
  for (std::size_t at = source.find(text, from); at != std::string_view::npos && at + text.size() <= limit;
       at = source.find(text, at + 1)) {
    const std::size_t end = at + text.size();
    const bool starts_clean = at == 0 || (!alnum(source[at - 1]) && !((source[at - 1] == '.' || source[at - 1] == ',') &&
                                                                        at >= 2 && digit(source[at - 2])));
    const bool ends_clean = end >= source.size() ||
                            (!alnum(source[end]) && !((source[end] == '.' || source[end] == ',') && end + 1 < source.size() &&
                                                      digit(source[end + 1])));
    if (starts_clean && ends_clean) return at;
  }
  return std::string_view::npos;
}

}  // namespace

void find_facts(Document& doc, const data::LanguageData& data, std::string_view source) {
  const data::FactWords& words = data.fact_words;
  const RegionIndex& index = region_index(data);
  const std::vector<Unit> units = document_units(doc, words, data.no_break_after);
  const auto places = find_places(units, index, words);
  const MainPlace main = main_place(units, places, index, words);
  const Scope main_scope = scope_of(main);
  doc.metadata.main_place = main_scope.name;
  lead_says_yesterday(doc, units, data);
  const std::vector<Figure> figures = read_figures(units, places, main, doc, data);

  // Facts, located in the source.
  const auto starts = line_starts(source);
  std::map<std::size_t, std::size_t> cursor;  // line → where the next search starts
  const std::string data_date = doc.metadata.data_date.empty() ? doc.metadata.date : doc.metadata.data_date;
  std::vector<Fact> facts;
  for (const Figure& f : figures) {
    if (f.kind.empty()) continue;
    Fact fact;
    fact.kind = f.kind;
    fact.label = f.label;
    fact.value = f.value;
    fact.text = f.text;
    fact.style = f.style;
    fact.unit = f.sign;
    fact.scope = f.scope;
    fact.population = f.population;
    fact.date = f.date;
    fact.line = units[f.unit].line;
    const std::size_t line = fact.line;
    std::size_t from = line > 0 && line <= starts.size() ? starts[line - 1] : 0;
    if (auto c = cursor.find(line); c != cursor.end()) from = std::max(from, c->second);
    std::size_t at = find_figure(source, fact.text, from);
    if (at == std::string_view::npos && from > 0)
      at = find_figure(source, fact.text, line > 0 && line <= starts.size() ? starts[line - 1] : 0);
    if (at != std::string_view::npos) {
      fact.begin = at;
      fact.end = at + fact.text.size();
      cursor[line] = fact.end;
    }
    // Why it may not stand in the Ringkasan, most telling reason first.
    if (f.ambiguous) fact.note = "ambiguous-number";
    else if (f.history) fact.note = "earlier";
    else if (f.part) fact.note = "part";
    else if (main_scope.level == Scope::Level::Unknown) fact.note = "no-main-place";
    else if (!same_place(f.scope, main_scope)) fact.note = f.scope.level == Scope::Level::Unknown ? "place-unclear" : "other-place";
    else if (f.date.empty()) fact.note = "date-unknown";
    else if (f.date.size() == 7 && f.date[0] != '-') fact.note = "month";
    else if (!not_after(f.date, data_date) && !not_after(f.date, doc.metadata.date)) fact.note = "date-later";
    else if ((!f.population.empty() && !f.test_method && f.kind.rfind("vaccinated", 0) != 0) || f.group_unclear) fact.note = "group";
    facts.push_back(std::move(fact));
  }

  // "…Bertambah 412 Orang" in the headline, "pada Senin (21/6/2021) bertambah 412" in the
  // lead: the headline's figure is the body's, of the body's day (not the bulletin's).
  for (Fact& title : facts) {
    if (title.line != 0) continue;
    for (const Fact& body : facts)
      if (body.line != 0 && body.kind == title.kind && body.population == title.population && body.value == title.value &&
          body.scope == title.scope && !body.date.empty()) {
        if (body.date != title.date) {
          title.date = body.date;
          if (title.note.empty() && !body.note.empty()) title.note = body.note;
        }
        break;
      }
  }

  // The Ringkasan: per kind (and group), the latest of the candidates; two
  // different values for the same kind, place and date are a contradiction.
  std::map<std::pair<std::string, std::string>, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < facts.size(); ++i)
    if (facts[i].note.empty()) groups[{facts[i].kind, facts[i].population}].push_back(i);
  for (auto& [key, members] : groups) {
    std::string latest;
    for (std::size_t i : members)
      if (latest.empty() || !not_after(facts[i].date, latest)) latest = facts[i].date;
    // A kind whose latest figure is a week or more older than the data ("sebulan lalu,
    // tepatnya 15 Oktober 2021, … 37 kasus baru") has no figure of the bulletin's days: a
    // reader of the Ringkasan would take it for the day's.
    const auto latest_day = text::day_number(latest), data_day = text::day_number(data_date);
    if (latest_day && data_day && *data_day - *latest_day >= 7) {
      for (std::size_t i : members) facts[i].note = "earlier";
      continue;
    }
    std::vector<std::size_t> current;
    for (std::size_t i : members) {
      if (facts[i].date == latest) current.push_back(i);
      else facts[i].note = "earlier";
    }
    bool agree = true;
    for (std::size_t i : current) agree = agree && facts[i].value == facts[current.front()].value;
    if (!agree) {
      std::string values;
      for (std::size_t i : current) {
        facts[i].note = "conflict";
        values += (values.empty() ? "" : ", ") + facts[i].text;
      }
      doc.warnings.push_back({fill_message(translate("the bulletin gives different figures for the same thing ({0}, {1}, "
                                                     "{2}): {3}; none of them is shown as the figure in the Ringkasan"),
                                           {facts[current.front()].label, facts[current.front()].scope.name, latest, values}),
                              {doc.metadata.source_name, facts[current.front()].line, std::nullopt}});
      continue;
    }
    facts[current.front()].summary = true;
    for (std::size_t k = 1; k < current.size(); ++k) facts[current[k]].note = "repeated";
  }
  // A day's increase larger than the total it adds to is a misreading (ours or
  // the source's: "jumlah kasus positif hari ini" may mean either): neither is shown.
  for (Fact& added : facts) {
    if (!added.summary || added.kind.size() < 4 || added.kind.compare(added.kind.size() - 4, 4, "_new") != 0) continue;
    const std::string total_kind = added.kind.substr(0, added.kind.size() - 4) + "_total";
    for (Fact& total : facts) {
      if (!total.summary || total.kind != total_kind || total.population != added.population ||
          total.date != added.date || !(total.scope == added.scope) || added.value <= total.value)
        continue;
      added.summary = total.summary = false;
      added.note = total.note = "inconsistent";
      doc.warnings.push_back({fill_message(translate("the day's figure ({0}: {1}) is larger than the total ({2}: {3}) for "
                                                     "{4}, {5}; neither is shown in the Ringkasan"),
                                           {added.label, added.text, total.label, total.text, total.scope.name, total.date}),
                              {doc.metadata.source_name, added.line, std::nullopt}});
    }
  }
  // A total of cases smaller than the recovered and the dead it includes is no total
  // ("Positif: 1.104 (-56)" on a dashboard is the active cases): none of the three is
  // shown, as any of them may be the misreading.
  for (Fact& confirmed : facts) {
    if (!confirmed.summary || confirmed.kind != "confirmed_total") continue;
    Fact* recovered = nullptr;
    Fact* deaths = nullptr;
    for (Fact& f : facts)
      if (f.summary && f.population == confirmed.population && f.date == confirmed.date && f.scope == confirmed.scope) {
        if (f.kind == "recovered_total") recovered = &f;
        if (f.kind == "deaths_total") deaths = &f;
      }
    const double parts = (recovered ? recovered->value : 0) + (deaths ? deaths->value : 0);
    if (parts <= confirmed.value) continue;
    std::string values = recovered ? recovered->label + ": " + recovered->text : "";
    if (deaths) values += (values.empty() ? "" : ", ") + deaths->label + ": " + deaths->text;
    for (Fact* f : {&confirmed, recovered, deaths})
      if (f) f->summary = false, f->note = "inconsistent";
    doc.warnings.push_back({fill_message(translate("the total ({0}: {1}) is smaller than the recovered and the dead it "
                                                   "includes ({2}) for {3}, {4}; none of them is shown in the Ringkasan"),
                                         {confirmed.label, confirmed.text, values, confirmed.scope.name, confirmed.date}),
                            {doc.metadata.source_name, confirmed.line, std::nullopt}});
  }
  doc.facts = std::move(facts);
}

}  // namespace aksesibel::facts
