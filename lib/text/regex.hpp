// A small wrapper around ICU regular expressions that works directly on
// UTF-8 and reports byte offsets. Patterns use ICU syntax (Unicode classes
// such as \p{L}, named groups (?<name>…), (?i) for case-insensitivity).
// A compiled Regex may be shared between threads; matching is const.
//
// Each pattern also gets, where it can, an RE2 pre-test that matches a
// superset (text/regex_filter.hpp): RE2 answers in linear time where ICU
// would fail at every position, and ICU only runs from where a match can
// start. The results are ICU's, unchanged. The pre-test is compiled at a
// pattern's 64th use, so that a single short bulletin does not pay for
// compiling what it hardly uses.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class RegexPattern;
U_NAMESPACE_END

namespace aksesibel::text {

struct Match {
  std::size_t begin = 0;
  std::size_t end = 0;
  /// Byte ranges of the groups; index 0 is the whole match. An unmatched
  /// group has begin == end == npos.
  std::vector<std::pair<std::size_t, std::size_t>> groups;

  bool matched(std::size_t group) const { return group < groups.size() && groups[group].first != std::string::npos; }
  std::string_view group(std::string_view subject, std::size_t g) const {
    if (!matched(g)) return {};
    return subject.substr(groups[g].first, groups[g].second - groups[g].first);
  }
};

class Regex {
 public:
  /// Throws std::invalid_argument with ICU's error on a bad pattern (the
  /// message in the language of messages, aksesibel/messages.hpp).
  explicit Regex(std::string_view pattern, bool case_insensitive = false);
  ~Regex();
  Regex(Regex&&) noexcept;
  Regex& operator=(Regex&&) noexcept;

  /// The first match starting at or after `from`.
  std::optional<Match> search(std::string_view subject, std::size_t from = 0) const;
  /// All non-overlapping matches, left to right.
  std::vector<Match> find_all(std::string_view subject) const;
  /// Whether the whole subject matches.
  std::optional<Match> full_match(std::string_view subject) const;
  /// Number of a named group, or -1.
  int group_number(std::string_view name) const;
  const std::string& pattern() const { return source_; }
  bool case_insensitive() const { return case_insensitive_; }
  /// The RE2 pre-test's pattern, empty when there is none.
  std::string filter_pattern() const;

  /// For tests and fuzzing: when on, every match is also computed by ICU
  /// alone, and a difference counted in filter_mismatches().
  static void set_verify_filter(bool on);
  static std::size_t filter_mismatches();

 private:
  std::optional<Match> run(std::string_view subject, std::size_t from, bool whole) const;
  std::optional<Match> run_icu(std::string_view subject, std::size_t from, bool whole) const;
  friend class RegexSet;
  std::vector<Match> find_all_icu(std::string_view subject) const;
  class Scan;
  std::string source_;
  bool case_insensitive_ = false;
  std::vector<std::pair<std::string, int>> group_numbers_;  ///< named groups, looked up once
  std::unique_ptr<icu::RegexPattern> pattern_;
  struct Filter;
  std::unique_ptr<Filter> filter_;  ///< null when the pattern has no pre-test
};

/// Several patterns tried on the same subjects, one after the other (the
/// rules of a data file): one pass of an RE2 set of their pre-tests tells
/// which of them can match a subject, and the others need not be tried.
/// Compiled at first use; may be shared between threads.
class RegexSet {
 public:
  enum class Mode { Whole, Anywhere };  ///< as full_match(), as search()
  /// The patterns must outlive the set.
  RegexSet(std::vector<const Regex*> patterns, Mode mode);
  ~RegexSet();
  RegexSet(RegexSet&&) noexcept;
  RegexSet& operator=(RegexSet&&) noexcept;

  const std::vector<const Regex*>& patterns() const { return patterns_; }

  /// For each pattern, in order: false when it certainly does not match
  /// `subject` (in the set's mode); true when it may.
  std::vector<bool> candidates(std::string_view subject) const;

 private:
  struct Compiled;
  std::vector<const Regex*> patterns_;
  Mode mode_;
  std::unique_ptr<Compiled> compiled_;
};

/// Quote text so that it matches literally inside an ICU pattern.
std::string regex_quote(std::string_view literal);

}  // namespace aksesibel::text
