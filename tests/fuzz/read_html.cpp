// Fuzz target: the HTML reader (aksesibel::read with InputFormat::Html):
// libxml2's parser, the article's blocks, tables (rowspan, colspan), links,
// boilerplate, recognition, facts.
// Header byte: bit 0 lenient, bit 1 the input is windows-1252.
#include <aksesibel/read.hpp>

#include "fuzz.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return fuzz::read_as(data, size, aksesibel::InputFormat::Html, "fuzz.html");
}
