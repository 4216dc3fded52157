// Text for large print: no blocks of capitals. A word in capitals that is
// not an acronym (an Abbreviation inline) is shown in normal case.
#pragma once

#include <string>

#include "aksesibel/document.hpp"

namespace aksesibel::render {

/// "DINASI KIPS PROVINSI SOSIALISASI" → "Dinasi KIPS Provinsi Sosialisasi":
/// each word of two or more capitals in Text inlines (never in Abbreviation,
/// Number, Date or Time inlines) keeps its first capital; the rest is lower
/// case (ICU, Indonesian locale).
Inlines without_capital_blocks(const Inlines& inlines);

/// The same for a plain string (no recognised inlines: every word of
/// capitals except those listed as abbreviations is changed).
std::string normal_case_words(const std::string& text);

}  // namespace aksesibel::render
