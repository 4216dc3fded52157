#include "read/data/aggregates.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <map>
#include <set>
#include <optional>

#include "aksesibel/error.hpp"
#include "aksesibel/messages.hpp"
#include "data/stats_data.hpp"
#include "read/data/records.hpp"

namespace aksesibel::readers {

namespace {

using json = nlohmann::json;

// The API's names of dimensions and populations, and ours.
constexpr std::pair<const char*, const char*> kDimensions[] = {
    {"jenis_kelamin", "sex"}, {"kelompok_umur", "age"}, {"kondisi_penyerta", "comorbidity"}, {"gejala", "symptom"}};
constexpr std::pair<const char*, const char*> kPopulations[] = {
    {"kasus", "confirmed"}, {"sembuh", "recovered"}, {"meninggal", "deaths"}, {"perawatan", "treated"}};

// A count of people: a JSON integer from 0 to 10^15 (records.cpp's limit
// for counts). Text is refused, not read: "1.000" may be a thousand or one.
std::optional<double> count_of(const json& v) {
  if (v.is_number_unsigned() && v.get<unsigned long long>() <= 1000000000000000ULL)
    return static_cast<double>(v.get<unsigned long long>());
  if (v.is_number_integer() && v.get<long long>() >= 0 && v.get<long long>() <= 1000000000000000LL)
    return static_cast<double>(v.get<long long>());
  return std::nullopt;
}

// A percentage from 0 to 100: a JSON number (records.cpp keeps numbers with a
// fraction as the text the file wrote; that text must be a whole JSON number).
std::optional<double> share_of(const json& v) {
  double d = 0;
  if (v.is_number_unsigned()) d = static_cast<double>(v.get<unsigned long long>());
  else if (v.is_number_integer()) d = static_cast<double>(v.get<long long>());
  else if (v.is_string()) {
    const std::string s = v.get<std::string>();
    if (s.empty() || s.size() > 40 || s.find_first_not_of("0123456789.eE+-") != std::string::npos) return std::nullopt;
    errno = 0;
    char* end = nullptr;
    d = std::strtod(s.c_str(), &end);
    if (errno != 0 || end != s.c_str() + s.size()) return std::nullopt;
  } else {
    return std::nullopt;
  }
  if (!std::isfinite(d) || d < 0 || d > 100) return std::nullopt;
  return d;
}

// A value as a message names it: short, never the whole of a list or an
// object (which may be a million items, or nested a hundred thousand deep).
std::string text_of(const json& v) {
  switch (v.type()) {
    case json::value_t::array: return "a list";
    case json::value_t::object: return "an object";
    case json::value_t::null: return "null";
    case json::value_t::boolean: return v.get<bool>() ? "true" : "false";
    case json::value_t::string: {
      std::string s = plain_name(v.get<std::string>());
      if (s.size() > 40) s = s.substr(0, 40) + "…";
      return "'" + s + "'";
    }
    default: return v.dump();  // a number
  }
}

// Where a breakdown's or a file's messages go: the file's warnings, or a
// breakdown's own (so that a province's bulletin carries the warnings about
// its own groups, not those of another province). At most kMaxWarnings each;
// the rest are counted in one last message.
class Reader {
 public:
  Reader(const std::string& file, std::vector<Warning>& out) : file_(file), out_(out) {}
  ~Reader() {
    if (dropped_ > 0)
      out_.push_back(Warning{fill_message(translate("{0} more warnings like these"), {std::to_string(dropped_)}),
                             {file_, 0, std::nullopt},
                             true});
  }
  Reader(const Reader&) = delete;
  Reader& operator=(const Reader&) = delete;

  void warn(const std::string& message, bool important = true) {
    if (kept_ == kMaxWarnings) {
      ++dropped_;
      return;
    }
    ++kept_;
    out_.push_back(Warning{message, {file_, 0, std::nullopt}, important});
  }

  // The groups of one "list_data" as cells of `population`: counts must be
  // whole and not negative, shares between 0 and 100, keys not empty and
  // not given twice (compared as column names are: "Laki-laki" is
  // "LAKI-LAKI"); others are left out with a warning naming the field.
  void add_groups(const json& list, const std::string& path, std::size_t record, const std::string& population,
                  bool shares, Breakdown& b) {
    std::map<std::string, std::size_t> index;  // a key as compared → its group (a linear search made long lists quadratic)
    for (std::size_t k = 0; k < b.groups.size(); ++k) index.emplace(compared(b.groups[k].key), k);
    std::set<std::string> seen;  // keys of this list
    for (std::size_t k = 0; k < list.size(); ++k) {
      const json& item = list[k];
      const std::string at = where(record) + path + "[" + std::to_string(k) + "]";
      std::string key = item.is_object() && item.contains("key") && item["key"].is_string()
                            ? plain_name(item["key"].get<std::string>())
                            : std::string();
      if (key.find_first_not_of(" \t") == std::string::npos || !item.contains("doc_count")) {
        warn(fill_message(translate("{0} has no \"key\" and \"doc_count\"; left out"), {at}));
        continue;
      }
      const std::optional<double> v = shares ? share_of(item["doc_count"]) : count_of(item["doc_count"]);
      if (!v) {
        warn(fill_message(shares ? translate("{0}.doc_count of '{1}' is {2}, not a percentage from 0 to 100; left out")
                                 : translate("{0}.doc_count of '{1}' is {2}, not a whole number of people written as a "
                                             "number; left out"),
                          {at, key, text_of(item["doc_count"])}));
        continue;
      }
      if (!seen.insert(compared(key)).second) {
        warn(fill_message(translate("{0}: the group '{1}' is given twice in this list; the first is used"), {at, key}));
        continue;
      }
      auto [found, added] = index.emplace(compared(key), b.groups.size());
      if (added) b.groups.push_back(Group{key, {}});
      b.groups[found->second].values[population] = Cell{*v, Provenance{file_, record, 0, at + ".doc_count"}};
    }
  }

 private:
  static std::string compared(const std::string& key) {
    const std::string k = data::column_key(key);
    return k.empty() ? key : k;
  }
  static std::string where(std::size_t record) {
    return record > 0 ? "list_data[" + std::to_string(record - 1) + "]." : std::string();
  }
  static constexpr std::size_t kMaxWarnings = 20;
  std::string file_;
  std::vector<Warning>& out_;
  std::size_t kept_ = 0, dropped_ = 0;
};

// How a breakdown's shares read, from the figures (see Breakdown::reading):
// "within" when each population's shares add up to 100, "split" when each
// group's outcome shares add up to its cases' share. A group missing from an
// outcome's list counts as none in the sums (the API leaves out groups of no
// cases: data.json of 8 May 2020 has no "GANGGUAN IMUN" among the treated,
// whose recovered and dead make up all of its cases); its cell stays empty.
// Every group must have the cases' share. Rounding in the API's figures is
// far below the margins.
std::string reading_of(const Breakdown& b) {
  if (b.populations.size() < 2) return "";
  auto value = [](const Group& g, const std::string& p) {
    auto it = g.values.find(p);
    return it == g.values.end() ? 0.0 : it->second.value;
  };
  bool within = true, split = true;
  for (const std::string& p : b.populations) {
    double sum = 0;
    for (const Group& g : b.groups) sum += value(g, p);
    if (std::fabs(sum - 100) > 0.5) within = false;
  }
  for (const Group& g : b.groups) {
    if (!g.values.count("confirmed")) return "";
    double sum = 0;
    for (std::size_t k = 1; k < b.populations.size(); ++k) sum += value(g, b.populations[k]);
    if (std::fabs(sum - value(g, "confirmed")) > 0.05) split = false;
  }
  return within ? "within" : split ? "split" : "";
}

}  // namespace

bool is_prov_json(const json& j) {
  if (!j.is_object() || !j.contains("last_date") || !j.contains("list_data") || !j["list_data"].is_array()) return false;
  const json& list = j["list_data"];
  return std::any_of(list.begin(), list.end(),
                     [](const json& p) { return p.is_object() && p.contains("key") && p.contains("jumlah_kasus"); });
}

void read_prov_json(const json& j, const std::string& file, const std::map<std::string, std::string>& columns,
                    Statistics& out) {
  const std::string date = j["last_date"].is_string() ? statistics_date(j["last_date"].get<std::string>()) : "";
  if (date.empty())
    throw Error(ErrorCode::InvalidData,
                fill_message(translate("prov.json's last_date is {0}, not a date (YYYY-MM-DD); every figure of the file is "
                                       "of that day"),
                             {text_of(j["last_date"])}),
                {file, 0, std::nullopt});
  // Each province as a record of the day, so that its figures are read and
  // checked as every other file's; the day's increments ("penambahan", in
  // later versions of the API) as "penambahan.positif" etc.
  const json& list = j["list_data"];
  json records = json::array();
  {
    Reader file_reader(file, out.warnings);
    for (std::size_t k = 0; k < list.size(); ++k) {
      const json& p = list[k];
      if (!p.is_object()) {
        file_reader.warn(fill_message(translate("list_data[{0}] is {1}, not a province; left out"), {std::to_string(k), text_of(p)}));
        records.push_back(json::object());  // counted as a record, holds nothing
        continue;
      }
      json r = json::object();
      if (p.contains("key")) r["provinsi"] = p["key"];
      r["last_date"] = date;
      for (const char* field : {"jumlah_kasus", "jumlah_sembuh", "jumlah_meninggal", "jumlah_dirawat"})
        if (p.contains(field)) r[field] = p[field];
      if (p.contains("penambahan") && p["penambahan"].is_object())
        for (auto it = p["penambahan"].begin(); it != p["penambahan"].end(); ++it) r["penambahan." + it.key()] = it.value();
      records.push_back(std::move(r));
    }
  }
  read_records(records, "", file, columns, out);
  // Each province's counts by sex and age group, on the day its figures were
  // read into, with the warnings about them.
  for (Series& s : out.series)
    for (Day& d : s.days) {
      if (d.values.empty()) continue;
      const std::size_t record = d.values.begin()->second.source.record;
      if (record == 0 || record > list.size() || !list[record - 1].is_object()) continue;
      const json& p = list[record - 1];
      for (const auto& [field, dimension] : kDimensions) {
        if (!p.contains(field) || !p[field].is_array()) continue;
        Breakdown b;
        b.dimension = dimension;
        b.populations = {"confirmed"};
        {
          Reader reader(file, b.warnings);
          reader.add_groups(p[field], field, record, "confirmed", false, b);
          // The groups are the cases whose sex or age is recorded: never more than all cases.
          double sum = 0;
          for (const Group& g : b.groups) sum += g.values.at("confirmed").value;
          if (auto total = d.values.find("confirmed_total"); total != d.values.end() && sum > total->second.value)
            reader.warn(fill_message(translate("list_data[{0}].{1}: the groups add up to {2} people, more than all cases "
                                               "({3}, {4}); check the file"),
                                     {std::to_string(record - 1), field, std::to_string(static_cast<long long>(sum)),
                                      total->second.source.field,
                                      std::to_string(static_cast<long long>(total->second.value))}));
        }
        if (!b.groups.empty() || !b.warnings.empty()) d.breakdowns.push_back(std::move(b));
      }
    }
}

bool is_data_json(const json& j) {
  return j.is_object() && j.contains("last_update") && j.contains("kasus") && j["kasus"].is_object();
}

void read_data_json(const json& j, const std::string& file, Statistics& out) {
  const std::string date = j["last_update"].is_string() ? statistics_date(j["last_update"].get<std::string>()) : "";
  if (date.empty())
    throw Error(ErrorCode::InvalidData,
                fill_message(translate("data.json's last_update is {0}, not a date (YYYY-MM-DD); every percentage of the "
                                       "file is of that day"),
                             {text_of(j["last_update"])}),
                {file, 0, std::nullopt});
  Day day;
  day.date = date;
  for (const auto& [field, dimension] : kDimensions) {
    Breakdown b;
    b.dimension = dimension;
    b.shares = true;
    {
      Reader reader(file, b.warnings);
      for (const auto& [name, population] : kPopulations) {
        if (!j.contains(name) || !j[name].is_object() || !j[name].contains(field)) continue;
        const json& d = j[name][field];
        const std::string path = std::string(name) + "." + field;
        if (!d.is_object() || !d.contains("list_data") || !d["list_data"].is_array()) {
          reader.warn(fill_message(translate("{0} is {1} without a list_data of groups; left out"), {path, text_of(d)}));
          continue;
        }
        b.populations.push_back(population);
        reader.add_groups(d["list_data"], path + ".list_data", 0, population, true, b);
        if (std::string(population) != "confirmed") continue;
        if (d.contains("current_data")) {
          if (const std::optional<double> v = count_of(d["current_data"]))
            b.known = Cell{*v, Provenance{file, 0, 0, path + ".current_data"}};
          else
            reader.warn(fill_message(translate("{0}.current_data is {1}, not a whole number of cases; the number of cases "
                                               "with this data is not given"),
                                     {path, text_of(d["current_data"])}));
        }
        if (d.contains("missing_data")) {
          if (const std::optional<double> v = share_of(d["missing_data"]))
            b.missing = Cell{*v, Provenance{file, 0, 0, path + ".missing_data"}};
          else
            reader.warn(fill_message(translate("{0}.missing_data is {1}, not a percentage from 0 to 100; the share of "
                                               "cases without this data is not given"),
                                     {path, text_of(d["missing_data"])}));
        }
      }
      // Every group needs the cases' share: a group only some outcomes name
      // has no row to stand in.
      std::vector<Group> kept;
      for (Group& g : b.groups) {
        if (g.values.count("confirmed")) kept.push_back(std::move(g));
        else
          reader.warn(fill_message(translate("the group '{0}' of {1} has no share among all cases (kasus); left out"),
                                   {g.key, field}));
      }
      b.groups = std::move(kept);
      if (b.groups.empty()) {
        if (!b.populations.empty())
          reader.warn(fill_message(translate("kasus.{0}.list_data holds no group that can be read; {0} is left out"), {field}));
      } else {
        b.reading = reading_of(b);
        if (b.reading.empty() && b.populations.size() > 1) {
          reader.warn(fill_message(translate("the percentages of {0} by outcome (sembuh, meninggal, perawatan) add up "
                                             "neither to 100 in each outcome nor to the cases' percentage in each group; only "
                                             "the cases' are given"),
                                   {field}));
          b.populations.resize(1);
        }
      }
    }
    if (!b.groups.empty()) day.breakdowns.push_back(std::move(b));
    else out.warnings.insert(out.warnings.end(), b.warnings.begin(), b.warnings.end());
  }
  if (day.breakdowns.empty())
    throw Error(ErrorCode::InvalidData,
                out.warnings.empty()
                    ? std::string(translate("data.json holds no groups that can be read: expected "
                                            "kasus.jenis_kelamin.list_data (or kelompok_umur, kondisi_penyerta, gejala) "
                                            "with key and doc_count"))
                    : fill_message(translate("data.json holds no groups that can be read: expected "
                                             "kasus.jenis_kelamin.list_data (or kelompok_umur, kondisi_penyerta, gejala) "
                                             "with key and doc_count ({0})"),
                                   {out.warnings.front().message}),
                {file, 0, std::nullopt});
  out.series.push_back(Series{"Indonesia", {std::move(day)}, ""});
}

}  // namespace aksesibel::readers
