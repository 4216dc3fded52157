// Fuzz target: the text reader (aksesibel::read with InputFormat::Text):
// decoding, lines to blocks, front matter, boilerplate, recognition, facts.
// Header byte: bit 0 lenient (control characters dropped with a warning),
// bit 1 the input is windows-1252 rather than UTF-8. Every pattern is also
// checked against ICU alone (pattern_check.hpp).
#include <aksesibel/read.hpp>

#include "fuzz.hpp"
#include "pattern_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::read_as(data, size, aksesibel::InputFormat::Text, "fuzz.txt");
  fuzz::require_same_matches();
  return 0;
}
