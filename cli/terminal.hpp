// Text for the terminal: a bulletin, a file name or a warning quoting either
// may hold control characters or bidirectional overrides that would move the
// cursor, recolour the terminal or reorder what a volunteer reads. They are
// written as U+XXXX; bytes that are not UTF-8 as \xNN.
#pragma once

#include <string>
#include <string_view>

namespace aksesibel::cli {

std::string for_terminal(std::string_view s);

}  // namespace aksesibel::cli
