// Fuzz target: the large-print PDF (Pango layout, Cairo's PDF surface,
// tables, pages, outline). Slow per input, so the input is capped at 4 KiB.
// Header byte: bits 0–1 font size, bit 2 Letter paper, bit 3 no Ringkasan.
// Checks: the output begins "%PDF-" and ends with an end-of-file marker.
#include <aksesibel/large_print.hpp>
#include <aksesibel/read.hpp>

#include "fuzz.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 4 * 1024) return 0;
  fuzz::Input in(data, size, 1);
  aksesibel::ReadOptions ro;
  ro.lenient = true;
  aksesibel::LargePrintOptions lo;
  static const int sizes[] = {18, 24, 32, 18};
  lo.font_size = sizes[in.byte(0) & 3];
  lo.paper = in.bit(2) ? aksesibel::LargePrintOptions::Paper::Letter : aksesibel::LargePrintOptions::Paper::A4;
  lo.summary = !in.bit(3);
  fuzz::guarded([&] {
    aksesibel::Document doc = aksesibel::read(in.rest, ro);
    std::string pdf = aksesibel::render_large_print_pdf(doc, lo);
    fuzz::require(pdf.rfind("%PDF-", 0) == 0, "a PDF that does not begin with %PDF-");
    fuzz::require(pdf.find("%%EOF", pdf.size() > 16 ? pdf.size() - 16 : 0) != std::string::npos,
                  "a PDF without an end-of-file marker");
  });
  return 0;
}
