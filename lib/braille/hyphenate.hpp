// Syllable boundaries of Indonesian words for breaking long words at the end
// of a braille line (hyphenation patterns of Debian's hyphen-id, read with
// libhyphen).
#pragma once

#include <string_view>
#include <vector>

namespace aksesibel::braille {

/// Byte offsets inside `word` (ASCII letters) after which it may be broken,
/// leaving at least two letters on each side. Empty when the patterns are
/// not installed or the word is not plain ASCII letters.
std::vector<std::size_t> syllable_breaks(std::string_view word);

}  // namespace aksesibel::braille
