#include "read/data/aggregates.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <map>
#include <optional>

#include "aksesibel/error.hpp"
#include "read/data/records.hpp"

namespace aksesibel::readers {

namespace {

using json = nlohmann::json;

// The API's names of dimensions and populations, and ours.
constexpr std::pair<const char*, const char*> kDimensions[] = {
    {"jenis_kelamin", "sex"}, {"kelompok_umur", "age"}, {"kondisi_penyerta", "comorbidity"}, {"gejala", "symptom"}};
constexpr std::pair<const char*, const char*> kPopulations[] = {
    {"kasus", "confirmed"}, {"sembuh", "recovered"}, {"meninggal", "deaths"}, {"perawatan", "treated"}};

// A number as the parser kept it: an integer, or the text of a number with a
// fraction (records.cpp keeps those as written). Nothing for anything else.
std::optional<double> number_of(const json& v) {
  if (v.is_number_unsigned()) return static_cast<double>(v.get<unsigned long long>());
  if (v.is_number_integer()) return static_cast<double>(v.get<long long>());
  if (!v.is_string()) return std::nullopt;
  const std::string s = v.get<std::string>();
  if (s.empty() || s.find_first_not_of("0123456789.eE+-") != std::string::npos) return std::nullopt;
  errno = 0;
  char* end = nullptr;
  const double d = std::strtod(s.c_str(), &end);
  if (errno != 0 || end != s.c_str() + s.size() || !std::isfinite(d)) return std::nullopt;
  return d;
}

std::string text_of(const json& v) { return v.is_string() ? v.get<std::string>() : v.dump(); }

class Reader {
 public:
  Reader(const std::string& file, Statistics& out) : file_(file), out_(out) {}

  // At most kMaxWarnings; the rest are counted (finish()), so that a file of
  // a million bad groups does not hold a million messages.
  void warn(const std::string& message, bool important = false) {
    if (kept_ == kMaxWarnings) {
      ++dropped_;
      return;
    }
    ++kept_;
    out_.warnings.push_back(Warning{message, {file_, 0, std::nullopt}, important});
  }
  void finish() {
    if (dropped_ > 0)
      out_.warnings.push_back(Warning{std::to_string(dropped_) + " more warnings about the groups of this file",
                                      {file_, 0, std::nullopt}, true});
  }

  // The groups of one "list_data" as cells of `population`: counts must be
  // whole and not negative, shares between 0 and 100; others are left out
  // with a warning naming the field.
  void add_groups(const json& list, const std::string& path, std::size_t record, const std::string& population,
                  bool shares, Breakdown& b) {
    std::map<std::string, std::size_t> index;  // key → its group (a linear search made long lists quadratic)
    for (std::size_t k = 0; k < b.groups.size(); ++k) index.emplace(b.groups[k].key, k);
    for (std::size_t k = 0; k < list.size(); ++k) {
      const json& item = list[k];
      const std::string at = path + "[" + std::to_string(k) + "]";
      if (!item.is_object() || !item.contains("key") || !item["key"].is_string() || !item.contains("doc_count")) {
        warn(where(record) + at + " has no \"key\" and \"doc_count\"; left out", true);
        continue;
      }
      const std::string key = item["key"].get<std::string>();
      const std::optional<double> v = number_of(item["doc_count"]);
      const bool good = v && *v >= 0 && (shares ? *v <= 100 : *v == std::floor(*v));
      if (!good) {
        warn(where(record) + at + ".doc_count of '" + key + "' is " + text_of(item["doc_count"]) + ", not " +
                 (shares ? "a percentage from 0 to 100" : "a whole number of people") + "; left out",
             true);
        continue;
      }
      auto [at_index, added] = index.emplace(key, b.groups.size());
      if (added) b.groups.push_back(Group{key, {}});
      Group* g = &b.groups[at_index->second];
      if (g->values.count(population)) {
        warn(where(record) + at + ": the group '" + key + "' is given twice; the first is used");
        continue;
      }
      g->values[population] = Cell{*v, Provenance{file_, record, 0, at + ".doc_count"}};
    }
  }

 private:
  static std::string where(std::size_t record) {
    return record > 0 ? "list_data[" + std::to_string(record - 1) + "]." : std::string();
  }
  static constexpr std::size_t kMaxWarnings = 100;
  std::string file_;
  Statistics& out_;
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
                "prov.json's last_date is " + text_of(j["last_date"]) + ", not a date (YYYY-MM-DD); every figure of "
                "the file is of that day",
                {file, 0, std::nullopt});
  // Each province as a record of the day, so that its figures are read and
  // checked as every other file's; the day's increments ("penambahan", in
  // later versions of the API) as "penambahan.positif" etc.
  const json& list = j["list_data"];
  json records = json::array();
  for (const json& p : list) {
    if (!p.is_object()) {
      records.push_back(p);  // counted as a record, skipped
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
  read_records(records, "", file, columns, out);
  // Each province's counts by sex and age group, on the day its figures were read into.
  Reader reader(file, out);
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
        reader.add_groups(p[field], field, record, "confirmed", false, b);
        if (!b.groups.empty()) d.breakdowns.push_back(std::move(b));
      }
    }
  reader.finish();
}

bool is_data_json(const json& j) {
  return j.is_object() && j.contains("last_update") && j.contains("kasus") && j["kasus"].is_object();
}

void read_data_json(const json& j, const std::string& file, Statistics& out) {
  const std::string date = j["last_update"].is_string() ? statistics_date(j["last_update"].get<std::string>()) : "";
  if (date.empty())
    throw Error(ErrorCode::InvalidData,
                "data.json's last_update is " + text_of(j["last_update"]) + ", not a date (YYYY-MM-DD); every "
                "percentage of the file is of that day",
                {file, 0, std::nullopt});
  Reader reader(file, out);
  Day day;
  day.date = date;
  for (const auto& [field, dimension] : kDimensions) {
    Breakdown b;
    b.dimension = dimension;
    b.shares = true;
    for (const auto& [name, population] : kPopulations) {
      if (!j.contains(name) || !j[name].is_object() || !j[name].contains(field)) continue;
      const json& d = j[name][field];
      if (!d.is_object() || !d.contains("list_data") || !d["list_data"].is_array()) continue;
      b.populations.push_back(population);
      reader.add_groups(d["list_data"], std::string(name) + "." + field + ".list_data", 0, population, true, b);
      if (std::string(population) != "confirmed") continue;
      if (d.contains("current_data")) {
        const std::optional<double> v = number_of(d["current_data"]);
        if (v && *v >= 0 && *v == std::floor(*v)) b.known = Cell{*v, Provenance{file, 0, 0, std::string(name) + "." + field + ".current_data"}};
      }
      if (d.contains("missing_data")) {
        const std::optional<double> v = number_of(d["missing_data"]);
        if (v && *v >= 0 && *v <= 100) b.missing = Cell{*v, Provenance{file, 0, 0, std::string(name) + "." + field + ".missing_data"}};
      }
    }
    if (b.groups.empty()) continue;
    if (b.populations.empty() || b.populations.front() != "confirmed") {
      reader.warn(std::string("data.json gives the groups of ") + field + " without those of all cases (kasus); left out", true);
      continue;
    }
    b.reading = reading_of(b);
    if (b.reading.empty() && b.populations.size() > 1) {
      reader.warn(std::string("the percentages of ") + field + " by outcome (sembuh, meninggal, perawatan) add up "
                  "neither to 100 in each outcome nor to the cases' percentage in each group; only the cases' are given",
                  true);
      b.populations.resize(1);
    }
    day.breakdowns.push_back(std::move(b));
  }
  reader.finish();
  if (day.breakdowns.empty())
    throw Error(ErrorCode::InvalidData,
                "data.json holds no groups that can be read: expected kasus.jenis_kelamin.list_data (or "
                "kelompok_umur, kondisi_penyerta, gejala) with key and doc_count",
                {file, 0, std::nullopt});
  out.series.push_back(Series{"Indonesia", {std::move(day)}, ""});
}

}  // namespace aksesibel::readers
