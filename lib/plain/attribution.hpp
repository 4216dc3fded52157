// "… kata juru bicara Pusdatina, Haris Kariming" → "… kata Haris Kariming,
// juru bicara Pusdatina": who said it first, then their role (rule
// "attribution" of docs/plain-language.md; the example).
#pragma once

#include "aksesibel/plain.hpp"
#include "plain/plain_data.hpp"

namespace aksesibel::plain {

/// Put the name before the role after a word of saying, in place. Returns
/// whether it did.
bool name_before_role(Inlines& sentence, const PlainData& data);

}  // namespace aksesibel::plain
