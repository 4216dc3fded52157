// Operations on blocks that only the readers need (those on inlines are in
// model/inlines.hpp).
#pragma once

#include <cstddef>
#include <vector>

#include "aksesibel/document.hpp"

namespace aksesibel::readers {

/// Join lists that a blank line or a table split: a "Label: value" table
/// right after a list item belongs to that item, and a list whose numbering
/// continues the previous one is the same list.
void merge_lists(std::vector<Block>& blocks);

}  // namespace aksesibel::readers
