// The fact layer: the figures a bulletin states, each with a kind, a scope,
// a date and its place in the source, found once after reading (see
// docs/facts.md). Every variant's Ringkasan is made from them.
#pragma once

#include <string_view>

#include "aksesibel/document.hpp"
#include "data/language_data.hpp"

namespace aksesibel::facts {

/// Find the facts of a read and recognised document: fills doc.facts and
/// doc.metadata.main_place, marks the facts of the Ringkasan and adds a
/// warning for every figure the source gives twice with different values.
/// `source` is the decoded input text that block line numbers refer to; it
/// gives each fact its byte offsets.
void find_facts(Document& doc, const data::LanguageData& data, std::string_view source);

}  // namespace aksesibel::facts
