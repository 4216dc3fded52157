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

/// How far the letters of a word reach in deciding its syllable boundaries:
/// more than the longest hyphenation pattern, with the end of the word.
constexpr std::size_t kSyllableReach = 32;

/// The offsets of syllable_breaks(word) up to head.size() - kSyllableReach,
/// for a word of ASCII letters only that begins with `head` and goes on
/// after it: the letters after the head cannot change them. (A word of
/// thousands of letters is broken over many lines; each line needs only the
/// boundaries near its end.)
std::vector<std::size_t> syllable_breaks_in_head(std::string_view head);

}  // namespace aksesibel::braille
