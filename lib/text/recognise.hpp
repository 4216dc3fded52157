// Recognising numbers, percentages, amounts of money, dates, times and
// abbreviations in running text, once, for every renderer (see
// docs/recognition.md for the rules and the choices made).
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "aksesibel/document.hpp"
#include "data/language_data.hpp"
#include "text/abbreviations.hpp"
#include "text/regex.hpp"

namespace aksesibel::text {

class Recogniser {
 public:
  explicit Recogniser(const data::LanguageData& data);

  /// Split plain text into Text, Number, Date, Time and Abbreviation inlines.
  /// Ambiguous spellings are reported in `warnings` at `where`.
  Inlines recognise(std::string_view text, std::vector<Warning>& warnings, const SourceLocation& where) const;

  /// Recognise inside every Text inline of `inlines` (recursively).
  void recognise_in(Inlines& inlines, std::vector<Warning>& warnings, const SourceLocation& where) const;

  /// Recognise in the title and every block of the document.
  void recognise_document(Document& doc) const;

  /// Parse an Indonesian numeral ("14.054", "95,5"); false if it is not one.
  static bool parse_number(std::string_view spelling, double& value, bool& ambiguous);

 private:
  struct Span;
  void find_dates(std::string_view text, std::vector<Span>& spans) const;
  void find_times(std::string_view text, std::vector<Span>& spans) const;
  void find_numbers(std::string_view text, std::vector<Span>& spans, std::vector<Warning>& warnings,
                    const SourceLocation& where) const;

  const data::Calendar& calendar_;
  AbbreviationFinder abbreviations_;
  Regex date_day_month_year_, date_parenthesised_, date_slashed_, date_day_month_, date_month_year_;
  Regex time_, money_, percent_, scaled_, number_;
};

/// The recogniser for a data set (built once, shared, thread-safe).
const Recogniser& recogniser_for(const data::LanguageData& data);

}  // namespace aksesibel::text
