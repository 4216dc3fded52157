// The Ringkasan: the key figures of a bulletin, made from its facts
// (Document::facts whose `summary` is set) by this one piece of code for every
// variant, so that braille, large print, HTML and plain language say the same.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "aksesibel/document.hpp"
#include "data/language_data.hpp"

namespace aksesibel::render {

/// One line per fact of the Ringkasan, in the order of data/facts-id.tsv:
/// "Kasus positif baru di Sulawesi Tengah: 49 (data Sabtu, 20 Februari 2021).",
/// the figure a Number inline and the date a Date inline. A figure the source
/// gives twice with different values has no line (the fact layer warns).
std::vector<Inlines> summary_items(const Document& doc, const data::LanguageData& data);

/// The Ringkasan as blocks: a level-2 heading ("Ringkasan") and a list of the
/// items; nothing when the bulletin has no fact for it.
std::vector<Block> summary_blocks(const Document& doc, const data::LanguageData& data);

/// The data of the default lookup (data::data_directory("")), for renderers
/// whose options name no data folder.
const data::LanguageData& default_language_data();

/// A date for readers: "Sabtu, 20 Februari 2021"; "19 April" without a year.
std::string long_date(const std::string& iso, const data::Calendar& calendar);

}  // namespace aksesibel::render
