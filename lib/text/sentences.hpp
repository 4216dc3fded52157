// Sentence boundaries (ICU's sentence break iterator, Indonesian locale):
// the one splitter of the reader, the fact layer and the plain-language rules.
#pragma once

#include <string_view>
#include <string>
#include <utility>
#include <vector>

namespace aksesibel::text {

/// Byte ranges [begin, end) of the sentences of `text`, with no break after
/// any of `no_break_after` ("Dr.", "Kab.": data/sentences-id.txt). Ranges are
/// trimmed of white space; empty ones are dropped.
std::vector<std::pair<std::size_t, std::size_t>> sentences(std::string_view text,
                                                            const std::vector<std::string>& no_break_after);

}  // namespace aksesibel::text
