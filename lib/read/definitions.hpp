// Abbreviations the bulletin defines itself.
#pragma once

#include "aksesibel/document.hpp"
#include "data/language_data.hpp"

namespace aksesibel::readers {

/// An abbreviation written next to words whose initials spell it ("PDP,
/// Provinsi Dalam Pengawasan", "Provinsi Dalam Pengawasan (PDP)") means what
/// the bulletin says, not what data/abbreviations-id.tsv says ("pasien dalam
/// pengawasan"): every use of it in the document takes the bulletin's words
/// as its expansion. The words that may stand between ("atau") are the
/// "alternative" words of data/facts-id.tsv.
void apply_own_definitions(Document& doc, const data::LanguageData& data);

}  // namespace aksesibel::readers
