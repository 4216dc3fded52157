// Cutting long sentences at safe points and turning enumerations into lists
// (rules "split-sentence", "list" and "split-comma" of docs/plain-language.md).
#pragma once

#include <vector>

#include "aksesibel/plain.hpp"
#include "plain/plain_data.hpp"

namespace aksesibel::plain {

/// A piece of output: a sentence, or a sentence introducing a list.
struct Piece {
  Inlines sentence;
  std::vector<Inlines> items;  ///< non-empty: the list that follows `sentence`
};

/// Cut `sentence` while it has more than `limit` words: enumerations become
/// lists, then connecting words (data/plain-rules-id.txt "split") open new
/// sentences; a sentence still over `hard_limit` words is cut at a comma.
/// Changes are appended to `changes` with the given sentence and line.
std::vector<Piece> split_sentence(const Inlines& sentence, const PlainData& data, std::size_t limit,
                                  std::size_t hard_limit, std::vector<PlainChange>& changes, std::size_t source_sentence,
                                  std::size_t line);

}  // namespace aksesibel::plain
