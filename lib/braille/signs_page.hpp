// The special-symbols page ("Tanda khusus") at the front of a braille
// bulletin: every sign its braille uses that a reader taught Indonesian
// school braille may not know, with its meaning (data/braille-signs-id.tsv).
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace aksesibel::braille {

struct SignsPage {
  std::string heading;                                    ///< "Tanda khusus"
  std::vector<std::pair<char32_t, std::string>> signs;    ///< in the order of the data file
  std::string continuation;  ///< what dot 5 at the end of a line means (a broken address)
};

/// Load data/braille-signs-id.tsv of `data_dir` (empty: the default data
/// folder). Throws Error(DataFile) naming the line of anything malformed.
const SignsPage& load_signs_page(const std::string& data_dir);

}  // namespace aksesibel::braille
