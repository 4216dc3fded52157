// Sentences and words for the plain-language rewriter and its measures.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace aksesibel::plain {

/// Byte ranges [begin, end) of the sentences of `text` (text::sentences), with no break after any of `no_break_after`
/// ("Dr.", "No.", …). Ranges are trimmed of white space; empty ones dropped.
std::vector<std::pair<std::size_t, std::size_t>> sentence_ranges(std::string_view text,
                                                                  const std::vector<std::string>& no_break_after);

/// The words of a text: runs without white space that hold a letter or a
/// digit, with the punctuation around them removed ("(20/9/2021)," → "20/9/2021").
std::vector<std::string_view> words_of(std::string_view text);

/// Whether a word is a numeral (digits with . , / - : separators, % allowed).
bool is_numeral(std::string_view word);

}  // namespace aksesibel::plain
