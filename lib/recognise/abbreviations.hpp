// Looking up abbreviations of data/abbreviations-id.tsv in running text.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "data/language_data.hpp"
#include "text/regex.hpp"

namespace aksesibel::text {

struct AbbreviationHit {
  std::size_t begin, end;
  std::string expansion;  ///< empty for an all-capital word that is not in the list
};

class AbbreviationFinder {
 public:
  explicit AbbreviationFinder(const std::vector<data::Abbreviation>& entries);
  // It points into its own entries: not to be copied.
  AbbreviationFinder(const AbbreviationFinder&) = delete;
  AbbreviationFinder& operator=(const AbbreviationFinder&) = delete;

  /// Known abbreviations in `text`, and all-capital words that are not in
  /// the list unless the text itself is mostly capitals (a headline in caps).
  std::vector<AbbreviationHit> find(std::string_view text) const;

  /// The expansion of a token as spelled in a text, by the matching rules of
  /// docs/recognition.md, or nothing.
  std::optional<std::string> lookup(std::string_view token) const;

 private:
  std::unordered_map<std::string, std::vector<data::Abbreviation>> by_folded_;
  /// Keys by their first word (letters and digits, lower case), longest key first.
  std::unordered_map<std::string, std::vector<const data::Abbreviation*>> by_first_word_;
  std::vector<data::Abbreviation> entries_;
  Regex all_caps_;
};

/// Whether most letters of `text` are capitals.
bool mostly_capitals(std::string_view text);

}  // namespace aksesibel::text
