// Making a text writable with a braille table: characters the table has no
// sign for never reach liblouis (which would write them as "\x…" escapes).
// Accented and other-script letters are transliterated by ICU
// ("Any-Latin; Latin-ASCII"); what remains (emoji, symbols) is replaced by
// its Indonesian name from data/symbols-id.tsv, or by "(simbol)", with a
// warning. See docs/braille-id.md.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "aksesibel/error.hpp"

namespace aksesibel::braille {

struct Prepared {
  std::u32string text;                 ///< only characters the table defines
  std::vector<std::size_t> origin;     ///< per character: byte offset in the print text it stands for
  std::vector<unsigned short> typeform;
};

/// `emphasis[i]` is the liblouis typeform of print byte i (may be empty).
/// Replacements are reported once per character in `warnings`.
Prepared prepare_for_table(const std::string& print, const std::vector<unsigned short>& emphasis,
                           const std::string& table_list, const std::map<char32_t, std::string>& symbol_names,
                           std::vector<Warning>& warnings, const SourceLocation& where);

/// The direction of each straight double quote of `print`, in order: U+201C
/// (opening) or U+201D (closing). A quote after a blank or an opening
/// bracket opens and one before a blank or punctuation closes; one glued to
/// words on both sides (`tema"Pemberdayaan`), or free on both, opens when no
/// quotation is open and closes the open one otherwise.
std::vector<char32_t> quote_directions(const std::string& print);

/// data/symbols-id.tsv: code point → Indonesian name (read once a process per file).
const std::map<char32_t, std::string>& load_symbol_names(const std::string& data_dir);

}  // namespace aksesibel::braille
