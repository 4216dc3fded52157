// Fuzz target: the text reader (aksesibel::read with InputFormat::Text):
// decoding, lines to blocks, front matter, boilerplate, recognition, facts.
// Header byte: bit 0 lenient (control characters dropped with a warning),
// bit 1 the input is windows-1252 rather than UTF-8.
#include <aksesibel/read.hpp>

#include "fuzz.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return fuzz::read_as(data, size, aksesibel::InputFormat::Text, "fuzz.txt");
}
