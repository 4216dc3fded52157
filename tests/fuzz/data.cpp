// Fuzz target: the statistics reader (lib/read/data: CSV, covid19.go.id
// JSON, arrays of records) through aksesibel::read with InputFormat::Data
// and aksesibel::statistics_regions, then the written bulletin as text.
// Header byte: bit 0 the name ends in .json rather than .csv; bit 1 asks
// for the region "Sulawesi Tengah"; bit 2 for the day 2020-06-25.
#include <aksesibel/read.hpp>
#include <aksesibel/render_text.hpp>

#include "fuzz.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 64 * 1024) return 0;
  fuzz::Input in(data, size, 1);
  aksesibel::ReadOptions o;
  o.format = aksesibel::InputFormat::Data;
  o.source_name = in.bit(0) ? "fuzz.json" : "fuzz.csv";
  if (in.bit(1)) o.region = "Sulawesi Tengah";
  if (in.bit(2)) o.date = "2020-06-25";
  fuzz::guarded([&] {
    for (const auto& r : aksesibel::statistics_regions(in.rest, o)) {
      fuzz::require_utf8(r.name, "region name");
      fuzz::require_utf8(r.official, "region's official name");
    }
  });
  fuzz::guarded([&] {
    aksesibel::Document d = aksesibel::read(in.rest, o);
    fuzz::check_document(d);
    fuzz::require_utf8(aksesibel::render_text(d), "render_text");
  });
  return 0;
}
