// The RE2 pre-test of the library's patterns (lib/text/regex_filter.hpp)
// promises that results are ICU's own. The targets that read text include
// this header: it makes every pattern compute each result twice, with and
// without the pre-test, from the first input on, and a difference is a
// finding. (An internal header: the one place a target looks past the
// public API.)
#pragma once

#include <string>

#include "fuzz.hpp"
#include "text/regex.hpp"

namespace fuzz {

struct PatternCheck {
  PatternCheck() { aksesibel::text::Regex::set_verify_filter(true); }
};
inline const PatternCheck pattern_check_on;

inline void require_same_matches() {
  const std::size_t n = aksesibel::text::Regex::filter_mismatches();
  if (n) finding("the RE2 pre-test changed a pattern's result", std::to_string(n) + " differences");
}

}  // namespace fuzz
