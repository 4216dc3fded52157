// Words of running text for matching phrases of the language data: split at
// white space and punctuation (a hyphen too: "Toli-toli" is two words),
// lower-cased, with their byte offsets. The fact layer matches its phrases
// and the names of regions on these words.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace aksesibel::text {

struct Word {
  std::string lower;         ///< the word in lower case ("sulteng")
  std::size_t begin = 0;     ///< byte offset in the text
  std::size_t end = 0;       ///< byte offset after it
  bool capital = false;      ///< its first letter is a capital (or it is a numeral)
  bool hyphen_before = false; ///< joined by a hyphen to the word before ("una" in "Una-Una")
};

/// The words of `text`: runs of letters and digits (an apostrophe inside a
/// word is kept: "Jum'at").
std::vector<Word> words(std::string_view text);

/// The lower-case words of a phrase, as `words` splits them.
std::vector<std::string> phrase_words(std::string_view phrase);

/// Whether a byte belongs to a word when phrases are matched as whole words
/// in UTF-8 text: an ASCII letter or digit, a hyphen ("Toli-toli"), or any
/// byte of a non-ASCII character.
inline bool is_word_byte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80 || c == '-';
}

/// ASCII lower case (Indonesian words are ASCII; other bytes are kept).
std::string lower_ascii(std::string_view s);

/// The words of a text as printed and counted: runs without white space that
/// hold a letter or a digit, with the punctuation around them removed
/// ("(20/9/2021)," → "20/9/2021"). A lone dash is no word.
std::vector<std::string_view> printed_words(std::string_view text);

/// Number of printed words (the one measure of length in words: readability,
/// titles, captions, labels).
std::size_t word_count(std::string_view text);

/// Whether a word is a numeral (digits with . , / - : separators, % allowed).
bool is_numeral(std::string_view word);

}  // namespace aksesibel::text
