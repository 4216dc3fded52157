// The readability measures (include/aksesibel/plain.hpp, docs/plain-language.md).
#pragma once

#include <string>
#include <vector>

#include "aksesibel/plain.hpp"
#include "plain/plain_data.hpp"

namespace aksesibel::plain {

/// The sentences of a block as the measures count them: the sentences of a
/// heading, paragraph or note; each list item (its blocks' sentences, a
/// table row counting as one); a table's caption and each of its rows.
std::vector<std::string> block_sentences(const Block& block, const PlainData& data);

/// A table row as one sentence: its cells' text, one space apart. With
/// `reading`, abbreviations count as their full forms (as the measures read).
std::string row_text(const Block::Row& row, bool reading);

/// The measures of a sequence of sentences.
Readability measure_sentences(const std::vector<std::string>& sentences, const PlainData& data);

}  // namespace aksesibel::plain
