// Recognising numbers, percentages, amounts of money, dates, times and
// abbreviations in running text, once, for every renderer (see
// docs/recognition.md for the rules and the choices made).
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "aksesibel/document.hpp"
#include "data/language_data.hpp"
#include "recognise/abbreviations.hpp"
#include "text/regex.hpp"

namespace aksesibel::text {

class Recogniser {
 public:
  explicit Recogniser(const data::LanguageData& data);

  /// Split plain text into Text, Number, Date, Time and Abbreviation inlines.
  /// Ambiguous spellings are reported in `warnings` at `where`.
  /// A numeral that reads either way ("1.234", "178,883") is read in
  /// `ambiguous_as` (Indonesian or English) and warned about.
  Inlines recognise(std::string_view text, std::vector<Warning>& warnings, const SourceLocation& where,
                    NumberStyle ambiguous_as = NumberStyle::Indonesian) const;

  /// Recognise inside every Text inline of `inlines` (recursively).
  void recognise_in(Inlines& inlines, std::vector<Warning>& warnings, const SourceLocation& where,
                    NumberStyle ambiguous_as = NumberStyle::Indonesian) const;

  /// Recognise in the title and every block of the document, deciding the
  /// style of ambiguous numerals by the document's other numbers.
  void recognise_document(Document& doc) const;

  /// What a numeral's spelling shows of its style.
  enum class Spelling { None, Plain, Indonesian, English, Ambiguous };
  static Spelling spelling_of(std::string_view numeral);

  /// The value of a numeral read in `style` (Plain reads as Indonesian); false if it is not one.
  static bool read_numeral(std::string_view numeral, NumberStyle style, double& value);

  /// Parse a numeral ("14.054", "95,5", "87.81"): an ambiguous one the
  /// Indonesian way; `ambiguous` when it is English or a comma before three
  /// digits ("178,883"; "14.054" is taken as Indonesian). False if it is not
  /// a numeral.
  static bool parse_number(std::string_view spelling, double& value, bool& ambiguous);

 private:
  struct Span;
  void find_dates(std::string_view text, std::vector<Span>& spans) const;
  void find_times(std::string_view text, std::vector<Span>& spans) const;
  void find_numbers(std::string_view text, std::vector<Span>& spans,
                    std::vector<std::pair<std::pair<std::size_t, std::size_t>, Warning>>& warnings, const SourceLocation& where,
                    NumberStyle ambiguous_as) const;

  const data::Calendar& calendar_;
  AbbreviationFinder abbreviations_;
  Regex date_day_month_year_, date_parenthesised_, date_slashed_, date_day_month_, date_month_year_;
  Regex date_dashed_, date_dotted_, date_iso_;  ///< "17-08-2021", "17.08.2021", "2021-08-17"
  Regex time_, money_, percent_, scaled_, number_;
  Regex verbatim_;     ///< web and e-mail addresses, bare domains
  Regex numbered_code_;  ///< "Nomor 443.1/123": the code after a code word
  Regex slash_chain_;  ///< words joined by slashes, codes among them
};

/// The recogniser for a data set (built once, shared, thread-safe).
const Recogniser& recogniser_for(const data::LanguageData& data);

}  // namespace aksesibel::text
