#include "data/stats_data.hpp"

#include "aksesibel/messages.hpp"
#include "data/language_data.hpp"

namespace aksesibel::data {

namespace {

constexpr const char* kKinds[] = {"date", "region", "province",          "confirmed_new", "confirmed_total",
                                  "recovered_new", "recovered_total", "deaths_new",    "deaths_total",
                                  "active_change", "active",          "odp",           "pdp"};

// Every text a bulletin asks for.
constexpr const char* kTexts[] = {"headline", "source", "new", "new-recovered-deaths", "totals", "totals-recovered-deaths",
                                  "active", "day-up", "day-down", "day-same", "week", "recovery-share", "table-heading",
                                  "table-caption", "column-date", "column-confirmed_new", "column-recovered_new",
                                  "column-deaths_new", "column-confirmed_total", "column-recovered_total",
                                  "column-deaths_total", "column-region", "regions-heading", "regions-caption",
                                  "headline-groups", "groups-intro", "breakdown-heading", "breakdown-known",
                                  "caption-count", "caption-within", "caption-split", "caption-several", "caption-cases",
                                  "dimension-sex", "dimension-age", "dimension-comorbidity", "dimension-symptom",
                                  "column-dimension-sex", "column-dimension-age", "column-dimension-comorbidity",
                                  "column-dimension-symptom", "column-population-confirmed", "column-population-recovered",
                                  "column-population-deaths", "column-population-treated", "population-confirmed",
                                  "population-recovered", "population-deaths", "population-treated", "and", "age-range",
                                  "age-from", "column-within-confirmed", "column-within-recovered", "column-within-deaths",
                                  "column-within-treated", "column-split-confirmed", "column-split-recovered",
                                  "column-split-deaths", "column-split-treated", "outcome-recovered", "outcome-deaths",
                                  "outcome-treated"};

}  // namespace

std::string column_key(std::string_view name) {
  std::string out;
  bool gap = false;
  for (char c : name) {
    const bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!alnum) {
      gap = true;
      continue;
    }
    if (gap && !out.empty()) out += '_';
    gap = false;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

bool is_column_kind(std::string_view kind) {
  for (const char* k : kKinds)
    if (kind == k) return true;
  return false;
}

void load_columns(const std::filesystem::path& file, std::map<std::string, std::string>& columns) {
  for (const DataLine& l : read_data_file(file, false)) {
    if ((l.fields.size() != 3 && l.fields.size() != 4) || l.fields[0] != "column")
      malformed(file, l.number, translate("expected column<TAB>NAME<TAB>KIND[<TAB>OTHERWISE]"));
    for (std::size_t k = 2; k < l.fields.size(); ++k)
      if (!is_column_kind(l.fields[k]) || (l.fields.size() == 4 && (l.fields[k] == "date" || l.fields[k] == "region" || l.fields[k] == "province")))
        malformed(file, l.number,
                  fill_message(translate("unknown kind '{0}' (date, region, province, confirmed_new, confirmed_total, "
                                         "recovered_new, recovered_total, deaths_new, deaths_total, active_change, active, "
                                         "odp, pdp; OTHERWISE only with figures)"),
                               {l.fields[k]}));
    const std::string key = column_key(l.fields[1]);
    if (key.empty()) malformed(file, l.number, translate("a column name needs a letter or a digit"));
    columns[key] = l.fields.size() == 4 ? l.fields[2] + "/" + l.fields[3] : l.fields[2];
  }
}

StatsData load_stats_data(const std::filesystem::path& directory) {
  StatsData d;
  load_columns(directory / "data-columns-id.tsv", d.columns);
  const std::filesystem::path texts = directory / "data-bulletin-id.tsv";
  for (const DataLine& l : read_data_file(texts, false)) {
    if (l.fields.size() != 3 || l.fields[0] != "text")
      malformed(texts, l.number, translate("expected text<TAB>KEY<TAB>TEMPLATE"));
    d.texts[l.fields[1]] = l.fields[2];
  }
  for (const char* key : kTexts)
    if (!d.texts.count(key)) malformed(texts, 0, fill_message(translate("the text '{0}' is missing"), {key}));
  return d;
}

}  // namespace aksesibel::data
