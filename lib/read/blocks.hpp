// Operations on blocks that only the readers need (those on inlines are in
// model/inlines.hpp).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "aksesibel/document.hpp"

namespace aksesibel::readers {

/// Join lists that a blank line or a table split: a "Label: value" table
/// right after a list item belongs to that item, and a list whose numbering
/// continues the previous one is the same list.
void merge_lists(std::vector<Block>& blocks);

/// A line "Label: value" ("Sembuh: 3.711 orang"): its label and value, or
/// nothing when the line is text (a long or punctuated "label", a value that
/// ends with ':').
std::optional<std::pair<std::string, std::string>> label_and_value(const std::string& line);

/// A paragraph whose lines (line breaks, a web page's <br>) hold two or more
/// "Label: value" lines in a row: those lines become a table of label and value,
/// as in a text bulletin, and the paragraph's other lines stay paragraphs
/// around it. Only a paragraph of plain text (no link, no abbreviation) is split.
void tables_of_label_lines(std::vector<Block>& blocks);

}  // namespace aksesibel::readers
