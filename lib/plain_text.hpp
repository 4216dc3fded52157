// The one walk that turns inlines into plain text (plain_text(),
// reader_plain_text()), for code that also needs to know where each inline
// landed in that text (the fact layer's offsets of numbers and dates).
#pragma once

#include <cstddef>
#include <functional>
#include <string>

#include "aksesibel/document.hpp"

namespace aksesibel {

/// Append the plain text of `inlines` to `out`, exactly as plain_text()
/// (or, with `reader`, reader_plain_text()) gives it. After each leaf inline
/// is appended, `leaf(inline, begin)` is called with the offset in `out`
/// where its text begins (its end is out.size()).
void append_plain_text(const Inlines& inlines, std::string& out, bool reader,
                       const std::function<void(const Inline&, std::size_t)>& leaf = {});

}  // namespace aksesibel
