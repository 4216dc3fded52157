// A fast, linear-time pre-test for an ICU pattern (docs/performance.md
// "Patterns").
//
// The library's patterns use ICU's syntax, with look-arounds and Unicode
// word boundaries that RE2 cannot express. ICU tries them by backtracking
// from every position of the subject, which is most of the time the
// library spends, and nearly every try fails. relax_for_re2() rewrites an
// ICU pattern into an RE2 pattern that matches a superset: every ICU match
// starting at position p is also a match of the relaxed pattern starting at
// p (look-arounds, \b, \B and \G are dropped; possessive and atomic forms
// become ordinary ones; "$" also consumes a final line terminator; classes
// are spelt exactly as ICU defines them). So:
//   - no relaxed match from `from` on: no ICU match from `from` on;
//   - the relaxed pattern's leftmost match starts at q: ICU's leftmost
//     match starts at q or later, and ICU can start searching there
//     (unless the pattern holds \G, whose meaning depends on that start).
// Anything the rewriting does not understand gives no filter: the pattern
// then runs on ICU alone, exactly as before.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace aksesibel::text {

struct RelaxedPattern {
  std::string re2;           ///< RE2 syntax
  bool uses_g = false;       ///< the ICU pattern holds \G: never move its start
  bool folds_case = false;   ///< (?i) somewhere: see needs_full_case_folding()
};

/// The RE2 pattern matching a superset of `icu_pattern`, or nullopt when the
/// pattern uses something the rewriting does not handle.
std::optional<RelaxedPattern> relax_for_re2(std::string_view icu_pattern, bool case_insensitive);

/// Whether `s` holds a character whose full case folding is not one
/// character ("ß" → "ss"): ICU's case-insensitive matching uses full
/// folding, RE2's simple folding, so the filter is not used for such text.
bool needs_full_case_folding(std::string_view s);

}  // namespace aksesibel::text
