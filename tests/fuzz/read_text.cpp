// Fuzz target: the text reader (aksesibel::read with InputFormat::Text):
// decoding, lines to blocks, front matter, boilerplate, recognition, facts.
// Header byte: bit 0 lenient (control characters dropped with a warning),
// bit 1 the input is windows-1252 rather than UTF-8.
#include <aksesibel/read.hpp>

#include "fuzz.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 64 * 1024) return 0;
  fuzz::Input in(data, size, 1);
  aksesibel::ReadOptions o;
  o.format = aksesibel::InputFormat::Text;
  o.source_name = "fuzz.txt";
  o.lenient = in.bit(0);
  if (in.bit(1)) o.encoding = "windows-1252";
  fuzz::guarded([&] { fuzz::check_document(aksesibel::read(in.rest, o)); });
  return 0;
}
