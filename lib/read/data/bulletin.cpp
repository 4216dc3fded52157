#include "read/data/bulletin.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <optional>

#include "aksesibel/error.hpp"
#include "aksesibel/messages.hpp"
#include "data/stats_data.hpp"
#include "model/summary.hpp"
#include "read/data/records.hpp"

namespace aksesibel::readers {

namespace {

// ------------------------------------------------------------ regions

// A region name as names are compared: its column key without "_" ("Toli-Toli"
// = "Tolitoli"), and the level its leading word says ("Kab. Sigi": regency,
// "Kota Palu": city, "Provinsi Gorontalo": province), that word taken off.
struct RegionName {
  std::string key;
  std::string level;  // "province", "regency", "city" or "" (no leading word)
};

RegionName region_name(const std::string& name, const data::FactWords& w) {
  std::string key = data::column_key(name);
  std::string level;
  for (const auto& [set, lvl] : {std::pair{"provinceprefix", "province"}, std::pair{"regencyprefix", "regency"},
                                 std::pair{"cityprefix", "city"}})
    for (const std::string& p : w.set(set))
      if (level.empty() && key.rfind(p + "_", 0) == 0) {
        key = key.substr(p.size() + 1);
        level = lvl;
      }
  key.erase(std::remove(key.begin(), key.end(), '_'), key.end());
  return {key, level};
}

std::size_t distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

Scope::Level level_of(const std::string& level) {
  return level == "province" ? Scope::Level::Province : level == "city" ? Scope::Level::City : Scope::Level::Regency;
}

// The region of the gazetteer a name means, for its official name, level and
// code. The level comes from the name's leading word, else from the column
// (`hint`: "province", or "local" for a regency or city column), else the
// largest region of that name wins: "Gorontalo" is the province, "Kabupaten
// Gorontalo" and a "Gorontalo" in a regency column the regency, "Palu" the city.
Scope scope_of(const std::string& name, const data::LanguageData& data, const std::string& hint = "") {
  const RegionName wanted = region_name(name, data.fact_words);
  if ((wanted.key == "indonesia" || wanted.key == "nasional") && wanted.level.empty())
    return Scope{Scope::Level::Country, "Indonesia", ""};
  const data::Region* best = nullptr;
  int best_rank = 99;
  for (const data::Region& r : data.regions) {
    bool match = region_name(r.name, data.fact_words).key == wanted.key;
    for (const std::string& o : r.other) match = match || region_name(o, data.fact_words).key == wanted.key;
    if (!match) continue;
    if (!wanted.level.empty() && r.level != wanted.level) continue;
    if (hint == "province" && r.level != "province") continue;
    if (hint == "local" && r.level == "province") continue;
    const int rank = r.level == "province" ? 0 : r.level == "regency" ? 1 : 2;
    if (rank < best_rank) best = &r, best_rank = rank;
  }
  if (best) return Scope{level_of(best->level), best->name, best->code};
  return Scope{Scope::Level::Unknown, name, ""};
}

Scope scope_of_series(const Series& s, const data::LanguageData& data) { return scope_of(s.region, data, s.level); }

// The series of the chosen region: every series the gazetteer puts on the same
// region ("Touna" and "Tojo Una-Una" in one file) as one, else the one whose
// name is the same as written (a region the gazetteer does not know).
Series choose_series(const Statistics& stats, const ReadOptions& options, const data::LanguageData& data,
                     const std::string& file) {
  std::string names;
  for (std::size_t k = 0; k < stats.series.size() && k < 20; ++k)
    names += (k ? ", " : "") + (stats.series[k].region.empty() ? std::string("(no name)") : stats.series[k].region);
  if (stats.series.size() > 20) names += ", … " + std::to_string(stats.series.size() - 20) + " more";
  auto merged = [&](const Scope& scope, const Series& first) {
    if (scope.code.empty()) return first;
    Series out{first.region, {}, first.level};
    for (const Series& s : stats.series)
      if (scope_of_series(s, data).code == scope.code) out.days.insert(out.days.end(), s.days.begin(), s.days.end());
    return out;
  };
  if (options.region.empty()) {
    if (stats.series.size() == 1) return stats.series.front();
    const Scope one = scope_of_series(stats.series.front(), data);
    if (!one.code.empty() && std::all_of(stats.series.begin(), stats.series.end(),
                                         [&](const Series& s) { return scope_of_series(s, data).code == one.code; }))
      return merged(one, stats.series.front());
    throw Error(ErrorCode::InvalidData,
                fill_message(translate("the file holds {0} regions ({1}); choose one with the option region"),
                             {std::to_string(stats.series.size()), names}),
                {file, 0, std::nullopt});
  }
  if (stats.series.size() == 1 && stats.series[0].region.empty()) return stats.series[0];  // the user names the file's region
  const Scope want = scope_of(options.region, data);
  if (!want.code.empty() || want.level == Scope::Level::Country)
    for (const Series& s : stats.series) {
      const Scope got = scope_of_series(s, data);
      if (got.level == want.level && got.code == want.code && got.name == want.name) return merged(want, s);
    }
  if (want.level == Scope::Level::Country)
    throw Error(ErrorCode::InvalidData,
                fill_message(translate("the file holds the figures of {0} regions ({1}) but not Indonesia's as a whole, and "
                                       "regions are never summed into it; choose one of them with the option region, or "
                                       "convert covid19.go.id's update.json for the national figures"),
                             {std::to_string(stats.series.size()), names}),
                {file, 0, std::nullopt});
  // A region the gazetteer does not know: its name as written (leading word and all).
  const RegionName wanted = region_name(options.region, data.fact_words);
  for (const Series& s : stats.series) {
    const RegionName got = region_name(s.region, data.fact_words);
    if (want.code.empty() && got.key == wanted.key && got.level == wanted.level) return s;
  }
  std::vector<std::pair<std::size_t, std::string>> near;
  for (const Series& s : stats.series) near.emplace_back(distance(region_name(s.region, data.fact_words).key, wanted.key), s.region);
  std::sort(near.begin(), near.end());
  std::string closest;
  for (std::size_t k = 0; k < near.size() && k < 3; ++k) closest += (k ? ", " : "") + near[k].second;
  throw Error(ErrorCode::InvalidData,
              fill_message(translate("the file holds no region '{0}'; the closest it holds: {1}"), {options.region, closest}),
              {file, 0, std::nullopt});
}

// ------------------------------------------------------------ days

std::string indonesian(double v, int decimals);

// The days in date order: a date given twice keeps its later record (warned);
// records out of order are sorted (warned once).
std::vector<Day> ordered_days(const Series& s, std::vector<Warning>& warnings, const std::string& file) {
  std::vector<Day> days = s.days;
  if (!std::is_sorted(days.begin(), days.end(), [](const Day& a, const Day& b) { return a.date < b.date; }))
    warnings.push_back({fill_message(translate("the records of {0} are not in date order; they were sorted"),
                                     {s.region.empty() ? file : s.region}),
                        {file, 0, std::nullopt}, false});
  std::stable_sort(days.begin(), days.end(), [](const Day& a, const Day& b) { return a.date < b.date; });
  std::vector<Day> out;
  for (Day& d : days) {
    if (!out.empty() && out.back().date == d.date) {
      const std::size_t record = d.values.empty() ? 0 : d.values.begin()->second.source.record;
      warnings.push_back({fill_message(translate("the date {0} is given twice; record {1} is used"), {d.date, std::to_string(record)}),
                          {file, d.values.empty() ? 0 : d.values.begin()->second.source.line, std::nullopt}, false});
      out.back() = std::move(d);
      continue;
    }
    out.push_back(std::move(d));
  }
  return out;
}

bool all_totals_zero(const Day& d) {
  bool any = false;
  for (const auto& [kind, cell] : d.values)
    if (kind.size() > 6 && kind.compare(kind.size() - 6, 6, "_total") == 0) {
      any = true;
      if (cell.value != 0) return false;
    }
  return any;
}

// Figures that cannot be right: a running total that falls, more new cases in
// a day than the total.
void check_days(const std::vector<Day>& days, std::vector<Warning>& warnings) {
  for (const Day& d : days)
    for (const char* measure : {"confirmed", "recovered", "deaths"}) {
      auto n = d.values.find(std::string(measure) + "_new"), t = d.values.find(std::string(measure) + "_total");
      if (n != d.values.end() && t != d.values.end() && n->second.value > t->second.value)
        warnings.push_back({fill_message(translate("record {0} ({1}): the day's {2} ({3}) is more than the total {4} ({5}); are "
                                                   "the two columns the other way round?"),
                                         {std::to_string(n->second.source.record), d.date, n->second.source.field,
                                          indonesian(n->second.value, 0), t->second.source.field, indonesian(t->second.value, 0)}),
                            {n->second.source.file, n->second.source.line, std::nullopt}, true});
    }
  for (std::size_t i = 0; i < days.size(); ++i)
    for (const auto& [kind, cell] : days[i].values) {
      const Provenance& p = cell.source;
      const SourceLocation where{p.file, p.line, std::nullopt};
      const std::string record = std::to_string(p.record);
      if (i > 0 && kind.size() > 6 && kind.compare(kind.size() - 6, 6, "_total") == 0) {
        auto prev = days[i - 1].values.find(kind);
        if (prev != days[i - 1].values.end() && cell.value < prev->second.value)
          warnings.push_back({fill_message(translate("record {0} ({1}), {2}: the running total falls from {3} to {4}"),
                                           {record, days[i].date, p.field,
                                            std::to_string(static_cast<long long>(prev->second.value)),
                                            std::to_string(static_cast<long long>(cell.value))}),
                              where, true});
      }
    }
}

// ------------------------------------------------------------ inlines

// A count or percentage written the Indonesian way: "14.054", "82,7".
std::string indonesian(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, std::fabs(v));
  std::string s = buf, whole = s.substr(0, s.find('.')), frac = s.find('.') == std::string::npos ? "" : s.substr(s.find('.') + 1);
  std::string grouped;
  for (std::size_t k = 0; k < whole.size(); ++k) {
    if (k > 0 && (whole.size() - k) % 3 == 0) grouped += '.';
    grouped += whole[k];
  }
  return (v < 0 ? "-" : "") + grouped + (frac.empty() ? "" : "," + frac);
}

Inline number(double v, const std::string& unit = "", int decimals = 0) {
  Inline n;
  n.kind = Inline::Kind::Number;
  // Rounded half away from zero once, and that value written: printf alone
  // rounds 6,25 to "6,2" (to even) where the value said 6,3.
  n.value = decimals == 0 ? v : std::round(v * std::pow(10, decimals)) / std::pow(10, decimals);
  n.text = indonesian(n.value, decimals) + (unit == "%" ? "%" : "");
  n.unit = unit;
  n.style = std::fabs(v) >= 1000 || decimals > 0 ? NumberStyle::Indonesian : NumberStyle::Plain;
  return n;
}

Inline date_inline(const std::string& iso, const data::Calendar& calendar) {
  Inline d;
  d.kind = Inline::Kind::Date;
  d.iso = iso;
  d.text = render::long_date(iso, calendar);
  if (d.text.find(", ") != std::string::npos) d.weekday = d.text.substr(0, d.text.find(", "));
  return d;
}

using Fields = std::map<std::string, Inline>;

// A template of data/data-bulletin-id.tsv with its fields; nothing when one is missing.
std::optional<Inlines> fill(const std::string& tmpl, const Fields& fields) {
  Inlines out;
  std::size_t k = 0;
  while (k < tmpl.size()) {
    const std::size_t open = tmpl.find('{', k);
    if (open == std::string::npos) {
      out.push_back(Inline::make_text(tmpl.substr(k)));
      break;
    }
    const std::size_t close = tmpl.find('}', open);
    if (close == std::string::npos) {
      out.push_back(Inline::make_text(tmpl.substr(k)));
      break;
    }
    if (open > k) out.push_back(Inline::make_text(tmpl.substr(k, open - k)));
    auto it = fields.find(tmpl.substr(open + 1, close - open - 1));
    if (it == fields.end()) return std::nullopt;
    out.push_back(it->second);
    k = close + 1;
  }
  // Neighbouring texts as one.
  Inlines tidy;
  for (Inline& i : out) {
    if (i.kind == Inline::Kind::Text && !tidy.empty() && tidy.back().kind == Inline::Kind::Text) tidy.back().text += i.text;
    else if (i.kind != Inline::Kind::Text || !i.text.empty()) tidy.push_back(std::move(i));
  }
  return tidy;
}

Block paragraph(Inlines in) {
  Block b;
  b.kind = Block::Kind::Paragraph;
  b.inlines = std::move(in);
  return b;
}

std::string file_name(const std::string& path) {
  const std::size_t slash = path.find_last_of("/\\");
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// ------------------------------------------------------------ the bulletin

class Writer {
 public:
  Writer(const data::LanguageData& data, const std::string& file) : data_(data), texts_(data.stats.texts), file_(file) {}

  Document write(const Statistics& stats, const Series& series, const std::vector<Day>& days, std::size_t at, Scope scope,
                 std::vector<Warning> warnings) {
    Document doc;
    doc.warnings = std::move(warnings);
    const Day& day = days[at];
    const std::string region = scope.name.empty() ? series.region : scope.name;
    Fields f;
    f["region"] = Inline::make_text(region);
    f["date"] = date_inline(day.date, data_.calendar);
    f["file"] = Inline::make_text(file_name(file_));
    for (const auto& [kind, cell] : day.values) f[kind] = number(cell.value);

    // data.json: the day's groups alone, no counts.
    const bool groups_only = day.values.empty();
    Metadata& m = doc.metadata;
    m.title = required(groups_only ? "headline-groups" : "headline", f);
    m.date = m.data_date = day.date;
    m.date_text = m.data_date_text = render::long_date(day.date, data_.calendar);
    m.main_place = region;
    m.source_format = "data";
    m.source_name = file_;
    m.language = "id";

    auto say = [&](const char* key, const Fields& fields) {
      auto in = fill(texts_.at(key), fields);
      if (in) doc.blocks.push_back(paragraph(std::move(*in)));
      return in.has_value();
    };
    if (groups_only) {
      std::vector<std::string> names;
      for (const Breakdown& b : day.breakdowns) names.push_back(texts_.at("dimension-" + b.dimension));
      Fields g = f;
      g["dimensions"] = Inline::make_text(joined(names));
      say("groups-intro", g);
    }
    // "Pada hari yang sama …" and "Dari jumlah itu …" continue the sentence before them.
    if (say("new", f)) say("new-recovered-deaths", f);
    if (say("totals", f)) say("totals-recovered-deaths", f);
    say("active", f);
    // Against the day before (when the file holds it).
    if (at > 0 && days[at - 1].date == previous_day(day.date) && day.values.count("confirmed_new") &&
        days[at - 1].values.count("confirmed_new")) {
      const double now = day.values.at("confirmed_new").value, before = days[at - 1].values.at("confirmed_new").value;
      Fields g = f;
      g["previous"] = number(before);
      g["previous_date"] = date_inline(days[at - 1].date, data_.calendar);
      say(now > before ? "day-up" : now < before ? "day-down" : "day-same", g);
    }
    // The last seven days against the seven before, when all fourteen are there.
    if (auto weeks = week_sums(days, at)) {
      Fields g = f;
      g["week"] = number(weeks->first);
      g["previous_week"] = number(weeks->second);
      say("week", g);
    }
    // The share recovered, derived: a fact that says so.
    std::optional<Fact> share;
    if (day.values.count("recovered_total") && day.values.count("confirmed_total") &&
        day.values.at("recovered_total").value > day.values.at("confirmed_total").value) {
      const Cell& r = day.values.at("recovered_total");
      doc.warnings.push_back({fill_message(translate("record {0} ({1}): more recovered ({2}) than cases ({3}); no share "
                                                     "recovered is given"),
                                           {std::to_string(r.source.record), day.date, r.source.field,
                                            day.values.at("confirmed_total").source.field}),
                              {r.source.file, r.source.line, std::nullopt}, true});
    } else if (day.values.count("recovered_total") && day.values.count("confirmed_total") &&
               day.values.at("confirmed_total").value > 0 &&
               day.values.at("recovered_total").value * 1000 >= day.values.at("confirmed_total").value) {
      const Cell& r = day.values.at("recovered_total");
      const Cell& c = day.values.at("confirmed_total");
      // Rounded down to one decimal: 9.999 of 10.000 is 99,9 %, never "100 %";
      // below 0,1 % no share is given.
      const double rate = std::floor(1000.0 * r.value / c.value) / 10.0;
      Fields g = f;
      g["recovery_rate"] = number(rate, "%", 1);
      say("recovery-share", g);
      share = fact("recovery_rate", g["recovery_rate"], scope, day.date);
      share->sources = {r.source, c.source};
      share->derived = "recovered_total / confirmed_total";
    }
    add_table(doc, days, at, region);
    for (const Breakdown& b : day.breakdowns) add_breakdown(doc, b, f);
    add_regions_table(doc, stats, day.date);
    say("source", f);

    for (const char* kind : {"confirmed_new", "confirmed_total", "recovered_new", "recovered_total", "deaths_new",
                             "deaths_total", "active", "odp", "pdp"}) {
      auto it = day.values.find(kind);
      if (it == day.values.end()) continue;
      Fact x = fact(kind, number(it->second.value), scope, day.date);
      x.sources = {it->second.source};
      doc.facts.push_back(std::move(x));
    }
    if (share) doc.facts.push_back(std::move(*share));
    return doc;
  }

 private:
  Fact fact(const std::string& kind, const Inline& n, const Scope& scope, const std::string& date) const {
    Fact x;
    x.kind = kind;
    for (const data::FactKind& k : data_.fact_words.kinds)
      if (k.kind == kind) x.label = k.label;
    x.value = n.value;
    x.text = n.text;
    x.style = n.style;
    x.unit = n.unit;
    x.scope = scope;
    x.date = date;
    x.summary = !x.label.empty();
    if (!x.summary) x.note = "no-label";
    return x;
  }

  static std::string previous_day(const std::string& iso) {
    using namespace std::chrono;
    const year_month_day ymd{year{std::stoi(iso.substr(0, 4))}, month{static_cast<unsigned>(std::stoi(iso.substr(5, 2)))},
                             day{static_cast<unsigned>(std::stoi(iso.substr(8, 2)))}};
    const year_month_day before{sys_days{ymd} - days{1}};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(before.year()), static_cast<unsigned>(before.month()),
                  static_cast<unsigned>(before.day()));
    return buf;
  }

  // New cases of the seven days up to `at` and of the seven before, when the
  // file holds all fourteen consecutive days.
  static std::optional<std::pair<double, double>> week_sums(const std::vector<Day>& days, std::size_t at) {
    if (at < 13) return std::nullopt;
    double week = 0, before = 0;
    for (std::size_t k = at - 13; k <= at; ++k) {
      if (k > at - 13 && days[k - 1].date != previous_day(days[k].date)) return std::nullopt;
      auto it = days[k].values.find("confirmed_new");
      if (it == days[k].values.end()) return std::nullopt;
      (k > at - 7 ? week : before) += it->second.value;
    }
    return std::pair{week, before};
  }

  // A level-2 heading, then a table with its header row (the first column's
  // and one per kind), appended to the document; the caller fills it in.
  Block& start_table(Document& doc, const char* heading_key, const char* first_column, const std::vector<std::string>& kinds) {
    Block heading;
    heading.kind = Block::Kind::Heading;
    heading.level = 2;
    heading.inlines = {Inline::make_text(texts_.at(heading_key))};
    doc.blocks.push_back(std::move(heading));
    Block t;
    t.kind = Block::Kind::Table;
    t.row_headers = true;
    t.header.push_back({Inline::make_text(texts_.at(first_column))});
    for (const std::string& k : kinds) t.header.push_back({Inline::make_text(texts_.at("column-" + k))});
    doc.blocks.push_back(std::move(t));
    return doc.blocks.back();
  }

  void add_table(Document& doc, const std::vector<Day>& days, std::size_t at, const std::string& region) {
    std::vector<std::string> kinds;
    for (const char* k : {"confirmed_new", "recovered_new", "deaths_new", "confirmed_total"})
      if (days[at].values.count(k)) kinds.push_back(k);
    // Up to fourteen days in a row, ending with the bulletin's: a gap ends the
    // table; one day alone is said by the sentences already.
    std::size_t from = at;
    while (from > 0 && at - from < 13 && days[from - 1].date == previous_day(days[from].date)) --from;
    if (kinds.empty() || from == at) return;
    Block& t = start_table(doc, "table-heading", "column-date", kinds);
    t.chart = true;  // drawn as bars where the format can draw; the table is the chart's text alternative
    t.inlines = required("table-caption", {{"region", Inline::make_text(region)},
                                                  {"first", date_inline(days[from].date, data_.calendar)},
                                                  {"date", date_inline(days[at].date, data_.calendar)}});
    for (std::size_t k = from; k <= at; ++k) {
      Block::Row row;
      row.push_back({date_inline(days[k].date, data_.calendar)});
      for (const std::string& kind : kinds) {
        auto it = days[k].values.find(kind);
        row.push_back(it == days[k].values.end() ? Block::Cell{} : Block::Cell{number(it->second.value)});
      }
      t.rows.push_back(std::move(row));
    }
  }

  // "a, b dan c".
  std::string joined(const std::vector<std::string>& items) const {
    std::string out;
    for (std::size_t k = 0; k < items.size(); ++k)
      out += (k == 0 ? "" : k + 1 == items.size() ? " " + texts_.at("and") + " " : ", ") + items[k];
    return out;
  }

  // A group's name: an age group as "18 sampai 30 tahun" or "60 tahun ke
  // atas"; a group named in data-bulletin-id.tsv as named there; any other in
  // sentence case ("SESAK NAPAS" → "Sesak napas").
  Inlines group_label(const std::string& key, const std::string& dimension) const {
    if (dimension == "age") {
      std::string k;
      for (char c : key)
        if (c != ' ') k += c;
      auto digits = [](const std::string& s) {
        return !s.empty() && s.size() <= 3 && s.find_first_not_of("0123456789") == std::string::npos;
      };
      const std::size_t dash = k.find('-');
      if (dash != std::string::npos && digits(k.substr(0, dash)) && digits(k.substr(dash + 1)) &&
          std::stod(k.substr(0, dash)) <= std::stod(k.substr(dash + 1)))
        return required("age-range", {{"from", number(std::stod(k.substr(0, dash)))},
                                      {"to", number(std::stod(k.substr(dash + 1)))}});
      for (const std::string prefix : {"\xE2\x89\xA5", ">="})  // ≥
        if (k.rfind(prefix, 0) == 0 && digits(k.substr(prefix.size())))
          return required("age-from", {{"from", number(std::stod(k.substr(prefix.size())))}});
      if (k.size() > 1 && k.back() == '+' && digits(k.substr(0, k.size() - 1)))
        return required("age-from", {{"from", number(std::stod(k.substr(0, k.size() - 1)))}});
    }
    if (auto it = texts_.find("group-" + data::column_key(key)); it != texts_.end()) return {Inline::make_text(it->second)};
    std::string label = key;
    for (std::size_t k = 0; k < label.size(); ++k)
      if (label[k] >= 'A' && label[k] <= 'Z' && k > 0) label[k] = static_cast<char>(label[k] - 'A' + 'a');
      else if (label[k] >= 'a' && label[k] <= 'z' && k == 0) label[k] = static_cast<char>(label[k] - 'a' + 'A');
    return {Inline::make_text(label)};
  }

  // One dimension of the day's groups: a heading, how many cases have its
  // data, and a table of the groups, one column per population, captioned
  // with how its figures read (Breakdown::reading, checked by the reader).
  void add_breakdown(Document& doc, const Breakdown& b, const Fields& f) {
    if (b.groups.empty()) return;  // its warnings say why
    Fields g = f;
    g["dimension"] = Inline::make_text(texts_.at("dimension-" + b.dimension));
    Block heading;
    heading.kind = Block::Kind::Heading;
    heading.level = 2;
    heading.inlines = required("breakdown-heading", g);
    doc.blocks.push_back(std::move(heading));
    if (b.known && b.missing) {
      g["known"] = number(b.known->value);
      g["missing"] = number(b.missing->value, "%", 1);
      doc.blocks.push_back(paragraph(required("breakdown-known", g)));
    }
    // Headers that say what each share is of, so that a row read out alone
    // ("Laki-laki: … dari semua yang meninggal 66,0%") cannot be heard as
    // "66 % of men died": of each population (within), of all cases with
    // the data (split), or counts.
    const std::string header_kind = !b.shares ? "column-population-" : b.reading == "within" ? "column-within-"
                                                                     : b.reading == "split"  ? "column-split-"
                                                                                             : "column-population-";
    std::vector<std::string> headers, nouns, outcomes;
    for (const std::string& p : b.populations) {
      headers.push_back(texts_.at(header_kind + p));
      nouns.push_back(texts_.at("population-" + p));
      if (p != "confirmed") outcomes.push_back(texts_.at("outcome-" + p));
    }
    g["outcomes"] = Inline::make_text(joined(outcomes));
    g["populations"] = Inline::make_text(joined(nouns));
    Block t;
    t.kind = Block::Kind::Table;
    t.row_headers = true;
    t.header.push_back({Inline::make_text(texts_.at("column-dimension-" + b.dimension))});
    for (const std::string& h : headers) t.header.push_back({Inline::make_text(h)});
    const char* caption = !b.shares ? "caption-count"
                          : b.reading == "within" ? "caption-within"
                          : b.reading == "split" ? "caption-split"
                                                 : "caption-cases";
    t.inlines = required(caption, g);
    double cases = 0;
    for (const Group& group : b.groups)
      if (auto it = group.values.find("confirmed"); it != group.values.end()) cases += it->second.value;
    // Several conditions or symptoms to one patient: the cases' column adds
    // up to more than 100 (said whenever the figures show it).
    if (b.reading != "within" && b.shares && cases > 100.5) {
      t.inlines.push_back(Inline::make_text(" "));
      for (Inline& i : required("caption-several", g)) t.inlines.push_back(std::move(i));
    }
    for (const Group& group : b.groups) {
      Block::Row row{group_label(group.key, b.dimension)};
      for (const std::string& p : b.populations) {
        auto it = group.values.find(p);
        row.push_back(it == group.values.end() ? Block::Cell{}
                                               : Block::Cell{b.shares ? number(it->second.value, "%", 1) : number(it->second.value)});
      }
      t.rows.push_back(std::move(row));
    }
    doc.blocks.push_back(std::move(t));
  }

  // Every region of the file on the bulletin's day, when it holds several:
  // the figures of each as the file gives them (nothing summed).
  void add_regions_table(Document& doc, const Statistics& stats, const std::string& date) {
    if (stats.series.size() < 2) return;
    std::vector<std::pair<std::string, const Day*>> rows;
    std::map<std::string, std::size_t> row_of;  // a region's code → its row: spellings of one region are one row
    for (const Series& s : stats.series) {
      const Day* found = nullptr;
      for (const Day& d : s.days)
        if (d.date == date) found = &d;  // the later of a date given twice, as in the bulletin
      if (!found) continue;
      const Scope scope = scope_of_series(s, data_);
      const std::string name = scope.level == Scope::Level::Unknown ? s.region : scope.name;
      const std::string key = scope.code.empty() ? "?" + name : scope.code;
      if (auto it = row_of.find(key); it != row_of.end()) {
        rows[it->second].second = found;  // the later record, as the bulletin takes it
        continue;
      }
      row_of[key] = rows.size();
      rows.emplace_back(name, found);
    }
    if (rows.size() < 2) return;
    std::vector<std::string> kinds;
    for (const char* k : {"confirmed_new", "confirmed_total", "recovered_total", "deaths_total"})
      for (const auto& [name, day] : rows)
        if (day->values.count(k)) {
          kinds.push_back(k);
          break;
        }
    if (kinds.empty()) return;
    Block& t = start_table(doc, "regions-heading", "column-region", kinds);
    t.inlines = required("regions-caption", {{"date", date_inline(date, data_.calendar)}});
    for (const auto& [name, day] : rows) {
      Block::Row row{{Inline::make_text(name)}};
      for (const std::string& k : kinds) {
        auto it = day->values.find(k);
        row.push_back(it == day->values.end() ? Block::Cell{} : Block::Cell{number(it->second.value)});
      }
      t.rows.push_back(std::move(row));
    }
  }

  // A text every bulletin has (headline, captions): one of its fields missing
  // is a fault of the data file, named, never a bulletin without a headline.
  Inlines required(const char* key, const Fields& fields) const {
    auto in = fill(texts_.at(key), fields);
    if (!in)
      throw Error(ErrorCode::DataFile, fill_message(translate("the text '{0}' of data-bulletin-id.tsv names a field this "
                                                              "bulletin does not have; it may name only those of "
                                                              "docs/data-input.md"),
                                                    {key}));
    return std::move(*in);
  }

  const data::LanguageData& data_;
  const std::map<std::string, std::string>& texts_;
  std::string file_;
};

}  // namespace

Scope official_region(const std::string& name, const std::string& level, const data::LanguageData& data) {
  return scope_of(name, data, level);
}

Document write_bulletin(const Statistics& stats, const ReadOptions& options, const data::LanguageData& data,
                        const std::string& source_name) {
  std::vector<Warning> warnings = stats.warnings;
  const Series series = choose_series(stats, options, data, source_name);
  Scope scope = !series.region.empty() ? scope_of_series(series, data) : scope_of(options.region, data);
  if (series.region.empty() && options.region.empty())
    throw Error(ErrorCode::InvalidData, translate("the file names no region; say which region it holds with the option region"),
                {source_name, 0, std::nullopt});
  const std::vector<Day> days = ordered_days(series, warnings, source_name);
  if (days.empty()) throw Error(ErrorCode::InvalidData, translate("no day with figures in the file"), {source_name, 0, std::nullopt});
  std::size_t at = days.size() - 1;
  if (!options.date.empty()) {
    if (statistics_date(options.date) != options.date)
      throw Error(ErrorCode::InvalidOption, fill_message(translate("the option date must be YYYY-MM-DD, not '{0}'"), {options.date}));
    auto it = std::find_if(days.begin(), days.end(), [&](const Day& d) { return d.date == options.date; });
    if (it == days.end())
      throw Error(ErrorCode::InvalidData,
                  fill_message(translate("the file holds no figures of {0} for {1}; it holds {2} to {3}"),
                               {scope.name, options.date, days.front().date, days.back().date}),
                  {source_name, 0, std::nullopt});
    at = static_cast<std::size_t>(it - days.begin());
  } else if (all_totals_zero(days[at])) {
    // covid19.go.id's not-yet-filled current days: all zeros after real totals.
    std::size_t real = at;
    while (real > 0 && all_totals_zero(days[real])) --real;
    if (!all_totals_zero(days[real])) {
      warnings.push_back({fill_message(translate("the last {0} day(s) from {1} have only zeros where {2} has totals; the "
                                                 "bulletin is of {2} (choose a day with the option date)"),
                                       {std::to_string(at - real), days[real + 1].date, days[real].date}),
                          {source_name, days[real + 1].values.begin()->second.source.line, std::nullopt}, true});
      at = real;
    }
  }
  if (days[at].values.empty() && days[at].breakdowns.empty())
    throw Error(ErrorCode::InvalidData,
                warnings.empty() ? fill_message(translate("the file holds no figure of {0} for {1} that can be read"),
                                                {scope.name, days[at].date})
                                 : fill_message(translate("the file holds no figure of {0} for {1} that can be read ({2})"),
                                                {scope.name, days[at].date, warnings.back().message}),
                {source_name, 0, std::nullopt});
  if (!options.date.empty() && at > 0 && all_totals_zero(days[at]) && !all_totals_zero(days[at - 1]))
    warnings.push_back({fill_message(translate("every total of {0} is zero where {1} has totals: the day may not be filled in "
                                               "yet"),
                                     {days[at].date, days[at - 1].date}),
                        {source_name, days[at].values.begin()->second.source.line, std::nullopt}, true});
  check_days(std::vector<Day>(days.begin(), days.begin() + static_cast<std::ptrdiff_t>(at) + 1), warnings);
  for (const Breakdown& b : days[at].breakdowns) warnings.insert(warnings.end(), b.warnings.begin(), b.warnings.end());
  // At most 100 warnings of each kind (important or not); the rest are counted.
  std::vector<Warning> kept;
  std::size_t important = 0, other = 0, dropped = 0;
  for (Warning& w : warnings) {
    std::size_t& n = w.important ? important : other;
    if (n < 100) {
      ++n;
      kept.push_back(std::move(w));
    } else {
      ++dropped;
    }
  }
  if (dropped > 0)
    kept.push_back({fill_message(translate("{0} more warnings about this file"), {std::to_string(dropped)}),
                    {source_name, 0, std::nullopt},
                    false});
  return Writer(data, source_name).write(stats, series, days, at, scope, std::move(kept));
}

}  // namespace aksesibel::readers
