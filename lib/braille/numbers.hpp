// An independent check of the numbers in braille: the values written in the
// cells are read with a decoder of the number sign, the digits a-j, the
// thousands separator and the decimal sign written from
// ../shared/spec/indonesian-braille.md (§1.4, N1-N8), not from the braille
// table, and compared, in order, with the numbers of the print the cells
// were made from. A fault of the table that its own back-translation cannot
// see (two digits swapped in both directions) is caught here.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace aksesibel::braille {

/// A number as it reads: its digits before and after the decimal sign
/// ("1234", "5"); compared as text, so 0,50 and 0,5 differ as they do on paper.
struct ReadNumber {
  std::string whole;
  std::string decimals;
  bool operator==(const ReadNumber&) const = default;
};

/// The text of a number for messages ("1.234,5").
std::string describe(const ReadNumber& n);

/// The numbers of print text in the Indonesian spelling the braille is made
/// from: digits; a point followed by exactly three digits groups thousands
/// (any other point ends the number: a time "10.30" is two numbers, as the
/// table writes it); a comma between digits is the decimal sign.
std::vector<ReadNumber> numbers_in_print(std::string_view print);

/// The numbers written in Unicode braille cells: ⠼ then digits ⠁…⠚, with
/// ⠂ (dot 2) between digits grouping thousands and ⠨ (dots 4-6) before
/// digits as the decimal sign (spec N1-N3). `lines` are the lines of one
/// laid-out unit: a number broken at a line end with ⠤ and taken up with
/// ⠤ on the next line (spec N8) is read as one.
std::vector<ReadNumber> numbers_in_braille(const std::vector<std::u32string>& lines);

}  // namespace aksesibel::braille
