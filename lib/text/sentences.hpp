// Sentence boundaries (ICU's sentence break iterator, Indonesian locale).
#pragma once

#include <string_view>
#include <utility>
#include <vector>

namespace aksesibel::text {

/// Byte ranges [begin, end) of the sentences of `text` (trailing spaces included).
std::vector<std::pair<std::size_t, std::size_t>> sentences(std::string_view text);

}  // namespace aksesibel::text
