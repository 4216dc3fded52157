#include "read/data/records.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <set>

#include "aksesibel/error.hpp"
#include "aksesibel/messages.hpp"
#include "data/stats_data.hpp"
#include "read/data/aggregates.hpp"
#include "read/data/csv.hpp"
#include "text/utf8.hpp"

namespace aksesibel::readers {

namespace {

using json = nlohmann::json;

bool real_day(int y, int m, int d) {
  using namespace std::chrono;
  return y >= 1900 && y <= 2100 && year_month_day{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}}.ok();
}

std::string iso(int y, int m, int d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A count as a cell holds it: "1234", "-5", "1.234" or "1,234" (groups of
// three), "12.0". Nothing for anything else.
std::optional<double> count_of(std::string s, bool decimal_comma) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.pop_back();
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.erase(0, 1);
  bool negative = false;
  if (!s.empty() && s[0] == '-') {
    negative = true;
    s.erase(0, 1);
  }
  if (s.empty()) return std::nullopt;
  std::string digits;
  if (all_digits(s)) {
    digits = s;
  } else if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0 && all_digits(s.substr(0, s.size() - 2))) {
    digits = s.substr(0, s.size() - 2);
  } else {
    // Thousands grouped by one separator, every group after the first of three
    // digits, the first without a leading zero ("0.123" is a decimal). Where a
    // comma is the decimal sign (a semicolon file), "2,500" is no count.
    const char sep = s.find('.') != std::string::npos ? '.' : ',';
    if (sep == ',' && decimal_comma) return std::nullopt;
    if (s[0] == '0') return std::nullopt;
    std::size_t start = 0;
    bool first = true;
    while (start <= s.size()) {
      std::size_t end = s.find(sep, start);
      if (end == std::string::npos) end = s.size();
      const std::string group = s.substr(start, end - start);
      if (!all_digits(group) || (first ? group.size() > 3 : group.size() != 3)) return std::nullopt;
      digits += group;
      first = false;
      start = end + 1;
    }
  }
  if (digits.size() > 15) return std::nullopt;
  const double v = std::stod(digits);
  return negative ? -v : v;
}

// The kinds of the fields of a record, by the mapping.
struct Mapping {
  std::map<std::string, std::string> kind_of;  // field name as in the file → kind
  std::vector<std::string> date_fields;        // every column of dates (they must agree)
  std::string date_field, region_field, province_field;
  std::size_t figures = 0;
};

Mapping map_fields(const std::vector<std::string>& names, const std::map<std::string, std::string>& columns,
                   const std::string& file) {
  Mapping m;
  // The kinds named without doubt first; a bare name ("SEMBUH") is then read
  // as its first kind unless one of those holds it already.
  std::map<std::string, std::string> held;     // kind → field
  std::map<std::string, std::string> bare_of;  // first kind of a bare name → its field
  auto hold = [&](const std::string& kind, const std::string& field) {
    if (auto it = held.find(kind); it != held.end())
      throw Error(ErrorCode::InvalidData,
                  fill_message(translate("the columns {0} and {1} both hold {2}; map one of them otherwise in a file of "
                                         "your own given with the option columns (docs/data-input.md)"),
                               {it->second, field, kind}),
                  {file, 1, std::nullopt});
    held[kind] = field;
    m.kind_of[field] = kind;
    ++m.figures;
  };
  for (bool bare : {false, true})
    for (const std::string& n : names) {
      auto it = columns.find(data::column_key(n));
      if (it == columns.end()) continue;
      const std::string& kind = it->second;
      const std::size_t slash = kind.find('/');
      if ((slash != std::string::npos) != bare) continue;
      if (kind == "date") {
        if (m.date_field.empty()) m.date_field = n;
        m.date_fields.push_back(n);
      } else if (kind == "region" || kind == "province") {
        std::string& field = kind == "region" ? m.region_field : m.province_field;
        if (!field.empty())
          throw Error(ErrorCode::InvalidData,
                      fill_message(translate("the columns {0} and {1} both name the {2}; map one of them otherwise in a "
                                             "file of your own given with the option columns (docs/data-input.md)"),
                                   {field, n, kind}),
                      {file, 1, std::nullopt});
        field = n;
      } else if (slash == std::string::npos) {
        hold(kind, n);
      } else {
        // Two bare names of one pair ("jumlah_positif" and "positif") cannot be
        // told apart by their names: refused, never decided by their order.
        const std::string first = kind.substr(0, slash), otherwise = kind.substr(slash + 1);
        if (auto it = bare_of.find(first); it != bare_of.end())
          throw Error(ErrorCode::InvalidData,
                      fill_message(translate("the columns {0} and {1} could each hold {2} or {3}; say which is which in a "
                                             "file of your own given with the option columns (docs/data-input.md)"),
                                   {it->second, n, first, otherwise}),
                      {file, 1, std::nullopt});
        bare_of[first] = n;
        hold(held.count(first) ? otherwise : first, n);
      }
    }
  return m;
}

void check_mapping(const Mapping& m, const std::vector<std::string>& names, const std::string& file, std::size_t line) {
  std::string list;
  for (const std::string& n : names) list += (list.empty() ? "" : ", ") + n;
  if (m.date_field.empty())
    throw Error(ErrorCode::InvalidData,
                fill_message(translate("no column holds the date (columns: {0}); name it in a file of your own and give it "
                                       "with the option columns (docs/data-input.md)"),
                             {list}),
                {file, line, std::nullopt});
  if (m.figures == 0)
    throw Error(ErrorCode::InvalidData,
                fill_message(translate("no column holds a known figure (columns: {0}); map them in a file of your own and "
                                       "give it with the option columns (docs/data-input.md)"),
                             {list}),
                {file, line, std::nullopt});
}

// The rows as (region, day) after reading: one Series per region, a
// region's spellings ("Kota Palu", "KOTA PALU") as one.
class Collector {
 public:
  Collector(Statistics& out, const std::string& file, bool decimal_comma)
      : out_(out), file_(file), decimal_comma_(decimal_comma) {}

  void add(const std::map<std::string, std::string>& raw, const Mapping& m, std::size_t record, std::size_t line) {
    auto value = [&](const std::string& field) {
      auto it = raw.find(field);
      return it == raw.end() ? std::string() : it->second;
    };
    const std::string date_text = value(m.date_field);
    const std::string date = statistics_date(date_text);
    if (date.empty()) {
      if (month_first(date_text)) month_first_ = true;
      warn(fill_message(translate("record {0}: the date '{1}' ({2}) is no date (YYYY-MM-DD, DD/MM/YYYY or milliseconds); "
                                  "the record is left out"),
                        {std::to_string(record), date_text, m.date_field}),
           line);
      return;
    }
    for (const std::string& other : m.date_fields)
      if (other != m.date_field && !value(other).empty() && statistics_date(value(other)) != date) {
        warn(fill_message(translate("record {0}: {1} and {2} give different dates; the record is left out"),
                          {std::to_string(record), m.date_field, other}),
             line);
        return;
      }
    std::string region = plain_name(m.region_field.empty() ? "" : value(m.region_field));
    // The level the column gives: a regency column beside a province column is local.
    std::string level = !m.region_field.empty() && !m.province_field.empty() ? "local" : "";
    if (region.find_first_not_of(" \t") == std::string::npos) {
      region = plain_name(m.province_field.empty() ? "" : value(m.province_field));
      level = "province";
    }
    if ((!m.region_field.empty() || !m.province_field.empty()) && region.find_first_not_of(" \t") == std::string::npos) {
      warn(fill_message(translate("record {0} ({1}): no region named; the record is left out"), {std::to_string(record), date}),
           line);
      return;
    }
    Day day;
    day.date = date;
    for (const auto& [field, kind] : m.kind_of) {
      const std::string cell = value(field);
      if (cell.empty()) {
        warn(fill_message(translate("record {0} ({1}): no value in {2}"), {std::to_string(record), date, field}), line);
        continue;
      }
      const auto v = count_of(cell, decimal_comma_);
      if (!v) {
        warn(fill_message(translate("record {0} ({1}): '{2}' in {3} is no count (write whole numbers: 1234 or 1.234); "
                                    "left out"),
                          {std::to_string(record), date, cell, field}),
             line);
        continue;
      }
      // Only a change may be below zero: a count or a total never is (a
      // correction the file writes as a negative day is no count of people).
      if (*v < 0 && kind != "active_change") {
        warn(fill_message(translate("record {0} ({1}), {2}: a count below zero ({3}); left out"),
                          {std::to_string(record), date, field, cell}),
             line, true);
        continue;
      }
      day.values[kind] = Cell{*v, Provenance{file_, record, line, field}};
    }
    series_for(region, level).days.push_back(std::move(day));
  }

  /// After the last record: dates written month first cannot be read safely.
  void finish() {
    if (month_first_)
      throw Error(ErrorCode::InvalidData,
                  translate("dates are written month first (MM/DD/YYYY); aksesibel reads DD/MM/YYYY as Indonesian files "
                            "write them, and cannot tell which other dates are month first: write the dates as YYYY-MM-DD"),
                  {file_, 0, std::nullopt});
    if (dropped_ > 0)
      out_.warnings.push_back({fill_message(translate("{0} more warnings about records of this file"), {std::to_string(dropped_)}),
                               {file_, 0, std::nullopt},
                               false});
  }

 private:
  static bool month_first(const std::string& s) {
    return s.size() == 10 && (s[2] == '/' || s[2] == '-') && s[5] == s[2] && all_digits(s.substr(0, 2)) &&
           all_digits(s.substr(3, 2)) && std::stoi(s.substr(0, 2)) <= 12 && std::stoi(s.substr(3, 2)) > 12;
  }
  Series& series_for(const std::string& region, const std::string& level) {
    std::string key = data::column_key(region);
    key.erase(std::remove(key.begin(), key.end(), '_'), key.end());
    auto [it, added] = index_.emplace(level + ":" + key, out_.series.size());
    if (added) out_.series.push_back(Series{region, {}, level});
    return out_.series[it->second];
  }
  void warn(std::string message, std::size_t line, bool important = false) {
    if (out_.warnings.size() >= kMaxWarnings && !important) {
      ++dropped_;
      return;
    }
    out_.warnings.push_back(Warning{std::move(message), {file_, line, std::nullopt}, important});
  }
  static constexpr std::size_t kMaxWarnings = 100;  // per file; the rest are counted
  Statistics& out_;
  std::string file_;
  bool decimal_comma_;
  bool month_first_ = false;
  std::size_t dropped_ = 0;
  std::map<std::string, std::size_t> index_;
};

// nlohmann's DOM builder, except for numbers that a double would change: a
// number with a fraction or exponent, or an integer beyond 64 bits, is kept
// as the text the file wrote ("9007199254740993.0", "12.5") unless it is a
// whole number a double holds exactly, so that a figure is taken, or named
// in a warning, exactly as written.
//
// Strings are held to raw input's rule (text::is_refused_character): a
// "\uFFFF" or "\u001B" escape is refused, or dropped under lenient, as the
// same character written raw would be (a PEF title had held U+FFFF).
class ExactNumbers : public nlohmann::detail::json_sax_dom_parser<json> {
 public:
  ExactNumbers(json& result, bool lenient) : json_sax_dom_parser(result, true), lenient_(lenient) {}
  bool string(json::string_t& value) { return checked(value) && json_sax_dom_parser::string(value); }
  bool key(json::string_t& value) { return checked(value) && json_sax_dom_parser::key(value); }
  char32_t refused = 0;        // the first refused character, when not lenient
  std::string refused_in;      // the string that held it, shortened
  std::size_t dropped = 0;     // characters dropped under lenient
  bool number_float(json::number_float_t value, const json::string_t& lexeme) {
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
      return number_integer(static_cast<json::number_integer_t>(value));
    json::string_t text = lexeme;
    return string(text);
  }
  // Where the parser stopped (1-based byte), for errors other than syntax
  // ("1e400": a number no double holds).
  template <class Exception>
  bool parse_error(std::size_t position, const std::string& token, const Exception& e) {
    stopped_at = position;
    return json_sax_dom_parser::parse_error(position, token, e);
  }
  std::size_t stopped_at = 0;

 private:
  bool checked(json::string_t& value) {
    std::string kept;
    bool changed = false;
    for (std::size_t i = 0; i < value.size();) {
      const std::size_t at = i;
      const char32_t cp = text::next_code_point(value, i);
      if (!text::is_refused_character(cp)) {
        kept.append(value, at, i - at);
        continue;
      }
      if (!lenient_) {
        refused = cp;
        refused_in = value.substr(0, 60);
        return false;  // stops the parser
      }
      ++dropped;
      changed = true;
    }
    if (changed) value = std::move(kept);
    return true;
  }
  bool lenient_;
};

// A field's value as text: a string, a number, or the API's {"value": N}
// (one level only; anything deeper is no value).
std::string scalar_text(const json& field) {
  const json& v = field.is_object() && field.contains("value") ? field["value"] : field;
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_unsigned()) return std::to_string(v.get<unsigned long long>());
  if (v.is_number_integer()) return std::to_string(v.get<long long>());
  return "";  // floats were kept as their text by ExactNumbers
}

}  // namespace

// A region's name without the characters no name needs and that would
// reorder or hide what follows it in every output: bidi controls (U+202E
// turned the date and figures after the name around), control characters,
// line and paragraph separators and the zero-width space.
std::string plain_name(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x20 || b == 0x7F) {
      ++i;
      continue;
    }
    if (b == 0xE2 && i + 2 < s.size()) {
      const auto b1 = static_cast<unsigned char>(s[i + 1]), b2 = static_cast<unsigned char>(s[i + 2]);
      const bool bidi = (b1 == 0x80 && (b2 == 0x8B || b2 == 0x8E || b2 == 0x8F || (b2 >= 0xA8 && b2 <= 0xAE))) ||  // U+200B, U+200E/F, U+2028–2E
                        (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9);                                                 // U+2066–9
      if (bidi) {
        i += 3;
        continue;
      }
    }
    if (b == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
        static_cast<unsigned char>(s[i + 1]) <= 0x9F) {  // C1 controls
      i += 2;
      continue;
    }
    if (b == 0xD8 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x9C) {  // U+061C
      i += 2;
      continue;
    }
    out += s[i++];
  }
  return out;
}

void read_records(const json& array, const std::string& region, const std::string& file,
                  const std::map<std::string, std::string>& columns, Statistics& out) {
  std::vector<std::string> names;
  std::set<std::string> seen;
  for (const json& r : array)
    if (r.is_object())
      for (auto it = r.begin(); it != r.end(); ++it)
        if (seen.insert(it.key()).second) names.push_back(it.key());
  if (array.empty()) throw Error(ErrorCode::InvalidData, translate("the series holds no records"), {file, 0, std::nullopt});
  Mapping m = map_fields(names, columns, file);
  check_mapping(m, names, file, 0);
  // The file's own region (covid19.go.id's "provinsi") when its records name none.
  const bool own_region = m.region_field.empty() && m.province_field.empty() && !region.empty();
  if (own_region) m.region_field = "\x01region";
  Collector c(out, file, false);
  std::size_t record = 0;
  for (const json& r : array) {
    ++record;
    if (!r.is_object()) continue;
    std::map<std::string, std::string> raw;
    for (auto it = r.begin(); it != r.end(); ++it) raw[it.key()] = scalar_text(it.value());
    if (own_region) raw["\x01region"] = region;
    c.add(raw, m, record, 0);
  }
  c.finish();
}

namespace {

Statistics read_json(std::string_view text, const std::string& file, const std::map<std::string, std::string>& columns,
                     bool lenient) {
  json j;
  ExactNumbers builder(j, lenient);
  auto line_at = [&](std::size_t byte) {
    std::size_t line = 1;
    const std::size_t at = std::min<std::size_t>(byte > 0 ? byte - 1 : 0, text.size());
    for (std::size_t k = 0; k < at; ++k) line += text[k] == '\n';
    return std::pair{line, at};
  };
  try {
    json::sax_parse(text.begin(), text.end(), &builder);
    if (builder.refused) {
      std::string shown;
      for (std::size_t i = 0; i < builder.refused_in.size();) {
        const char32_t cp = text::next_code_point(builder.refused_in, i);
        if (text::is_refused_character(cp)) break;
        text::append_utf8(shown, cp);
      }
      throw Error(ErrorCode::ControlCharacter,
                  fill_message(translate("{0} (written as a \\u escape) in the JSON string '{1}…'; remove it, or set the "
                                         "option lenient to drop such characters with a warning"),
                               {text::refused_character_name(builder.refused), shown}),
                  {file, 0, std::nullopt});
    }
  } catch (const json::parse_error& e) {
    const auto [line, at] = line_at(e.byte);
    throw Error(ErrorCode::InvalidData, fill_message(translate("the JSON is malformed: {0}"), {e.what()}), {file, line, at});
  } catch (const json::exception& e) {
    const auto [line, at] = line_at(builder.stopped_at);
    throw Error(ErrorCode::InvalidData,
                fill_message(translate("the JSON holds a number too large for any program ({0}); write figures as whole "
                                       "numbers"),
                             {e.what()}),
                {file, line, at});
  }
  Statistics out;
  if (builder.dropped > 0)
    out.warnings.push_back({fill_message(builder.dropped == 1
                                             ? translate("{0} control character or noncharacter written as \\u escapes "
                                                         "removed (the option lenient)")
                                             : translate("{0} control characters or noncharacters written as \\u escapes "
                                                         "removed (the option lenient)"),
                                         {std::to_string(builder.dropped)}),
                            {file, 0, std::nullopt}});
  if (j.is_object() && j.contains("update") && j["update"].is_object() && j["update"].contains("harian") &&
      j["update"]["harian"].is_array()) {
    out.shape = "covid19.go.id update.json";
    read_records(j["update"]["harian"], "Indonesia", file, columns, out);
  } else if (j.is_object() && j.contains("list_perkembangan") && j["list_perkembangan"].is_array()) {
    out.shape = "covid19.go.id prov_detail";
    const std::string region = j.contains("provinsi") && j["provinsi"].is_string() ? j["provinsi"].get<std::string>() : "";
    read_records(j["list_perkembangan"], region, file, columns, out);
  } else if (is_prov_json(j)) {
    out.shape = "covid19.go.id prov.json";
    read_prov_json(j, file, columns, out);
  } else if (is_data_json(j)) {
    out.shape = "covid19.go.id data.json";
    read_data_json(j, file, out);
  } else if (j.is_array()) {
    out.shape = "records";
    read_records(j, "", file, columns, out);
  } else {
    throw Error(ErrorCode::InvalidData,
                translate("no statistics found: expected covid19.go.id's update.json (update.harian), a prov_detail "
                          "file (list_perkembangan), prov.json (last_date, list_data of provinces), data.json "
                          "(last_update, kasus) or an array of records with a date column"),
                {file, 1, std::nullopt});
  }
  return out;
}

Statistics read_csv(std::string_view text, const std::string& file, const std::map<std::string, std::string>& columns) {
  const Csv csv = parse_csv(text, file);
  const Mapping m = map_fields(csv.header, columns, file);
  check_mapping(m, csv.header, file, 1);
  Statistics out;
  out.shape = "csv";
  Collector c(out, file, csv.delimiter == ';');
  std::size_t record = 0;
  for (const CsvRow& row : csv.rows) {
    ++record;
    std::map<std::string, std::string> raw;
    for (std::size_t k = 0; k < csv.header.size(); ++k) raw[csv.header[k]] = k < row.fields.size() ? row.fields[k] : "";
    c.add(raw, m, record, row.line);
  }
  c.finish();
  return out;
}

}  // namespace

std::string statistics_date(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  int y = 0, m = 0, d = 0;
  if (s.size() >= 10 && s[4] == '-' && s[7] == '-' && all_digits(s.substr(0, 4)) && all_digits(s.substr(5, 2)) &&
      all_digits(s.substr(8, 2)) && (s.size() == 10 || s[10] == 'T' || s[10] == ' ')) {
    y = std::stoi(std::string(s.substr(0, 4)));
    m = std::stoi(std::string(s.substr(5, 2)));
    d = std::stoi(std::string(s.substr(8, 2)));
  } else if (s.size() == 10 && (s[2] == '/' || s[2] == '-') && s[5] == s[2] && all_digits(s.substr(0, 2)) &&
             all_digits(s.substr(3, 2)) && all_digits(s.substr(6, 4))) {
    d = std::stoi(std::string(s.substr(0, 2)));
    m = std::stoi(std::string(s.substr(3, 2)));
    y = std::stoi(std::string(s.substr(6, 4)));
  } else if (s.size() >= 12 && s.size() <= 13 && all_digits(s)) {
    using namespace std::chrono;
    const sys_days day = floor<days>(sys_time<milliseconds>{milliseconds{std::stoll(std::string(s))}});
    const year_month_day ymd{day};
    y = static_cast<int>(ymd.year());
    m = static_cast<int>(static_cast<unsigned>(ymd.month()));
    d = static_cast<int>(static_cast<unsigned>(ymd.day()));
  } else {
    return "";
  }
  return real_day(y, m, d) ? iso(y, m, d) : "";
}

Statistics read_statistics(std::string_view text, const std::string& source_name,
                           const std::map<std::string, std::string>& columns, bool lenient) {
  std::size_t k = text.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
  while (k < text.size() && (text[k] == ' ' || text[k] == '\n' || text[k] == '\r' || text[k] == '\t')) ++k;
  Statistics out = k < text.size() && (text[k] == '{' || text[k] == '[') ? read_json(text, source_name, columns, lenient)
                                                                        : read_csv(text, source_name, columns);
  if (out.series.empty() || std::all_of(out.series.begin(), out.series.end(), [](const Series& s) { return s.days.empty(); }))
    throw Error(ErrorCode::InvalidData,
                out.warnings.empty()
                    ? std::string(translate("the file holds no record with a date it can read; dates are read as "
                                            "YYYY-MM-DD, DD/MM/YYYY, DD-MM-YYYY or milliseconds since 1970"))
                    : fill_message(translate("the file holds no record with a date it can read ({0}); dates are read as "
                                             "YYYY-MM-DD, DD/MM/YYYY, DD-MM-YYYY or milliseconds since 1970"),
                                   {out.warnings.front().message}),
                out.warnings.empty() ? SourceLocation{source_name, 0, std::nullopt} : out.warnings.front().where);
  return out;
}

}  // namespace aksesibel::readers
