#include "aksesibel/convert.hpp"

namespace aksesibel {

const char* version() noexcept { return AKSESIBEL_VERSION; }

Conversion convert(std::string_view bytes, const ConvertOptions& options) {
  for (const std::string& f : options.formats) output_format(f);  // fail before any work
  Conversion c;
  c.document = read(bytes, options.read);
  for (const std::string& f : options.formats) {
    const FormatInfo& info = output_format(f);
    c.outputs.push_back({info.name, info.extension, render(c.document, f, options)});
  }
  return c;
}

}  // namespace aksesibel
