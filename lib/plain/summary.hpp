// The "Ringkasan" put first by simplify(): place, date and the key figures
// (rule "summary" of docs/plain-language.md).
#pragma once

#include <optional>

#include "aksesibel/document.hpp"
#include "plain/plain_data.hpp"
#include "plain/rewrite.hpp"

namespace aksesibel::plain {

/// The list items of the Ringkasan of `doc` (nothing when the document gives
/// neither place, date nor figures).
std::vector<Inlines> summary_items(const Document& doc, const PlainData& data, Rewriter& rewriter);

}  // namespace aksesibel::plain
