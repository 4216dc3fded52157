// Fuzz target: the HTML reader (aksesibel::read with InputFormat::Html):
// libxml2's parser, the article's blocks, tables (rowspan, colspan), links,
// boilerplate, recognition, facts.
// Header byte: bit 0 lenient, bit 1 the input is windows-1252. Every pattern
// is also checked against ICU alone (pattern_check.hpp).
#include <aksesibel/read.hpp>

#include "fuzz.hpp"
#include "pattern_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::read_as(data, size, aksesibel::InputFormat::Html, "fuzz.html");
  fuzz::require_same_matches();
  return 0;
}
