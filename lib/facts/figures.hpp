// Reading the figures of a document's units: what each counts (measure and
// qualifier), where (scope), when (date), for whom (population), and
// whether it is a part, history or a rounded figure (internal to lib/facts).
#pragma once

#include <string>
#include <vector>

#include "aksesibel/document.hpp"
#include "data/language_data.hpp"
#include "facts/place.hpp"

namespace aksesibel::facts {

struct Figure {
  std::size_t unit = 0, token = 0;
  std::string text;          ///< as printed
  NumberStyle style = NumberStyle::Plain;  ///< how its numeral was read (the recogniser's)
  double value = 0;
  std::string sign;          ///< "" or "%"
  bool ambiguous = false;    ///< the spelling may mean another value
  std::string measure;       ///< "confirmed", … or ""
  bool measure_weak = false;
  bool several_measures = false;  ///< several things named before it and none next to it: a sum, or unclear
  std::string qualifier;     ///< "new", "total", "week" or ""
  bool qualifier_weak = false;
  bool of_amount = false;         ///< "jumlah pasien sembuh 43.000": an amount named before it
  bool connector_before = false;  ///< joined to the figure before by "sehingga", "menjadi"…
  bool increase_after = false;    ///< "988 orang setelah … penambahan dua kasus": the increase of the figure before
  bool adds_to_total = false;     ///< its clause says it "menambah" (adds to) a total
  bool same_figure = false;       ///< "183 atau 58,6%": the same figure as a share
  bool coordinated = false;       ///< its clause is joined to the one before by "dan", ",", "sementara"…
  bool anaphoric = false;
  bool of_figure_before = false;  ///< "41 di antaranya …": a part of the figure before it in its sentence
  bool on_a_day = false;          ///< "27 pasien sembuh pada Selasa (13/10)": that day's count         ///< its sentence opens with "Dari jumlah itu": parts of the figure before
  std::size_t spread_of = 0;      ///< "38 kasus … tersebar di Kota Palu 21 orang": 1 + index of the figure it is a part of, 0 if none
  bool in_parentheses = false;    ///< "30 orang (bertambah satu dari kemarin)": its clause opens with "("
  bool value_before = false;      ///< "naik dari 45 menjadi 60": 45, the value before the change
  bool not_a_count = false;       ///< "turun 210", "selisih 233", "ditargetkan": a difference or a plan, whatever is next to it
  Scope scope;
  bool scope_stated = false;  ///< the scope is named in its sentence (not the main place by default)
  bool part = false;          ///< "tertinggi", "terbanyak": the figure of a part
  bool history = false;       ///< dated before the bulletin ("kemarin", "data sebelumnya")
  std::string date;           ///< ISO, or "" when not certain
  std::string population;
  bool test_method = false;    ///< the population is a test method ("positivity rate PCR"): shown with it
  bool group_unclear = false;  ///< may be of a group named before it, may be of all
  std::string kind, label;    ///< from data/facts-id.tsv, "" when the kind is not certain
};

/// Every figure of the units with what can be read of it. `main` is the
/// bulletin's main place; `date` and `data_date` the bulletin's dates.
std::vector<Figure> read_figures(const std::vector<Unit>& units, const std::vector<std::vector<PlaceMention>>& places,
                                 const MainPlace& main, const Document& doc, const data::LanguageData& data);

}  // namespace aksesibel::facts
