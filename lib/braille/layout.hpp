// Page layout on braille cells: units of translated text → lines → pages.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "aksesibel/braille.hpp"
#include "recognise/recognise.hpp"

namespace aksesibel::braille {

constexpr char32_t kBlank = U'\u2800';
constexpr char32_t kHyphen = U'\u2824';  // dots 3-6
constexpr char32_t kContinuation = U'\u2810';  // dot 5 at the end of a line: an address goes on (UEB 10.13)
constexpr char32_t kGuideDot = U'\u2810';  // dot 5: guide dots between the columns of a table

/// Translated print: cells with, per cell, the byte offset in `print` it
/// came from (-1 for cells the layout adds).
struct Run {
  std::u32string cells;
  std::vector<long> src;
  std::string print;
  std::size_t line = 0;  ///< source line of the block, for messages
};

/// Something laid out as a whole: a paragraph, a heading, a list item, a
/// table row, or lines already formed (a table in columns).
struct Unit {
  Run run;
  int first_indent = 0;
  int runover_indent = 0;
  bool center = false;
  bool keep_with_next = false;  ///< headings and captions: never the last text line of a page
  bool blank_before = false;
  bool page_break_after = false;    ///< what follows starts a new page (the "Tanda khusus" page)
  std::vector<BrailleLine> formed;  ///< used instead of `run` when not empty
  std::size_t repeat_lines = 0;     ///< `formed`: its first lines (a table's header) start each page it continues on
};

/// Break a run into lines of at most `width` cells: at blank cells, and a
/// word longer than a line at a syllable boundary with the hyphen 3-6
/// (a number: 3-6 at the end of the line and again at the start of the
/// next, Indonesian rule N8; a web or e-mail address after "/", "." or "-"
/// with the continuation sign, dot 5). A number inside a longer word is not
/// parted when the word can be broken before it.
std::vector<BrailleLine> wrap(const Run& run, int width, int first_indent, int runover_indent, bool center);

/// Back-translate every run and check that each number, date, time and
/// percentage of its print is read back with the same value. Only the
/// stretches of braille that may hold one are read back: the words whose
/// print has a digit or whose braille has the table's number sign, with the
/// word on each side ("14 Juli 2021"); when a stretch loses a value, the
/// whole run decides. Throws Error(BrailleFidelity) naming what was lost.
void verify(const std::vector<Run>& runs, const std::string& table_list, const text::Recogniser& recogniser,
            const std::string& source_name);

/// Break every unit into lines (`formed`), as paginate() lays them out.
void lay_out(std::vector<Unit>& units, const BrailleOptions& options);

/// Read the numbers back from each unit's laid-out cells with the spec's
/// number rules (braille/numbers.hpp) and compare them, in order, with the
/// numbers of its print. Throws Error(BrailleFidelity) at the first difference.
void verify_numbers(const std::vector<Unit>& units, const std::string& source_name);

/// Lines → pages with page numbers (`number_cells(n)` gives the braille of n).
std::vector<BraillePage> paginate(const std::vector<Unit>& units, const BrailleOptions& options,
                                  const std::function<std::u32string(int)>& number_cells);

}  // namespace aksesibel::braille
