// Small operations on blocks and inlines shared by the readers.
#pragma once

#include <cstddef>
#include <vector>

#include "aksesibel/document.hpp"

namespace aksesibel::readers {

/// Join lists that a blank line or a table split: a "Label: value" table
/// right after a list item belongs to that item, and a list whose numbering
/// continues the previous one is the same list.
void merge_lists(std::vector<Block>& blocks);

/// Remove the first `bytes` bytes of the text of `inlines` (as plain_text()
/// counts them), dropping inlines left empty.
void drop_prefix(Inlines& inlines, std::size_t bytes);

/// Remove trailing white space of the last text inline.
void trim_end(Inlines& inlines);

/// Number of words (runs of non-space characters).
std::size_t word_count(std::string_view s);

}  // namespace aksesibel::readers
