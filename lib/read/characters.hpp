// Print characters whose value a reader would lose: superscripts, fractions
// and decorative separators (data/characters-id.tsv). They are rewritten in
// the document model, before numbers are recognised, so that braille, plain
// language, large print and the screen-reader page all give the same value:
// "10³" is "10 pangkat 3", "2½" is "2 setengah", a decorative "·" goes.
#pragma once

#include "aksesibel/document.hpp"
#include "data/language_data.hpp"

namespace aksesibel::readers {

/// Rewrite the characters of `data.characters` in every text of `doc` (the
/// headline, blocks, list items, table cells and captions), with one located
/// warning per kind of character.
void spell_out_characters(Document& doc, const data::LanguageData& data);

}  // namespace aksesibel::readers
