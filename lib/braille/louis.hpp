// A thread-safe wrapper around liblouis. liblouis keeps global state (table
// cache, log callback) and is not safe to call from several threads at
// once: every call goes through one mutex, which costs an uncontended lock
// (tens of nanoseconds) when only one thread translates.
#pragma once

#include <string>
#include <vector>

namespace aksesibel::braille {

/// Braille of a text, with for every cell the index of the input character
/// it came from.
struct Translation {
  std::u32string cells;         ///< Unicode braille, the blank cell is U+2800
  std::vector<int> input_pos;   ///< per cell: index into the input
};

/// Forward translation. `typeform` is empty or one entry per input
/// character (liblouis emphasis bits). Throws Error(DataFile) when the table
/// cannot be compiled, with liblouis' own message.
Translation translate(const std::string& table_list, const std::u32string& text,
                      const std::vector<unsigned short>& typeform = {});

/// Back-translation of Unicode braille to print.
std::u32string back_translate_cells(const std::string& table_list, const std::u32string& cells);

/// Whether the table gives `c` a braille sign of its own (cached per table).
bool defines(const std::string& table_list, char32_t c);

/// The table list to use: `table` (a name in the tables folder, a stock
/// liblouis table, or a list) resolved against the tables folder; empty:
/// chosen by the document language. A name with a '/' (a path) is refused
/// with Error(InvalidOption) unless `paths` allows it. Throws Error(DataFile)
/// for a table that cannot be loaded, with liblouis' messages summarised
/// (files and lines, never their text: it may quote any file).
std::string resolve_table(const std::string& table, const std::string& language, const std::string& tables_dir,
                          bool paths = false);

}  // namespace aksesibel::braille
