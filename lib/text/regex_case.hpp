// Compiling a case-insensitive ICU pattern closes every character class over
// case. For a class of letters (\p{L}, [\p{L}.'-]) that closure walks the
// whole of Unicode and costs ICU about 0.3–0.7 ms a class: 15 ms of the
// command line's start-up for the boilerplate patterns alone, paid by every
// single-bulletin run. A class whose members have no case, or whose case
// partners are already members (\p{L}, \p{N}, \d, punctuation, digits), is
// its own closure, so it can be compiled case-sensitively without changing
// what the pattern matches.
#pragma once

#include <string>
#include <string_view>

namespace aksesibel::text {

/// The pattern with each class that is its own case closure wrapped in
/// (?-i:…), so that ICU does not compute the closure. Classes that could
/// change under case (\p{Lu}, [a-z], a literal letter) are left as they are,
/// as is the whole pattern when it holds a construct this scanner does not
/// follow (\Q…\E, a character class it cannot bound). Matching is the same
/// as the input's, case-sensitive or not.
std::string without_case_closure(std::string_view pattern);

}  // namespace aksesibel::text
