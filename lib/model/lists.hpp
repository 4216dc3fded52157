// How the items of a list are marked, for every renderer that writes the
// markers itself (text, braille, large-print PDF; HTML uses <ol start>).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "aksesibel/document.hpp"

namespace aksesibel::model {

/// One marker per item of `list`: "3." for an ordered list, counting from
/// its start, or the medium's `bullet` ("-", "•") for an unordered one.
std::vector<std::string> list_markers(const Block& list, std::string_view bullet);

}  // namespace aksesibel::model
