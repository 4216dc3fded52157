// Fuzz target: the renderers of print formats through aksesibel::render:
// text, json, html (with its SVG charts), plain, plain-html, large-print
// (HTML), and the talking bulletin's script (audio-script: what the speech
// says, made from the model; the speech itself takes seconds per bulletin
// and is not fuzzed). The braille formats and the PDF have their own targets. The
// input is read by its content (text or HTML).
// Header bytes: [0] bit 0 no headline in text, bits 1–4 JSON indent
// (-1–8), bit 5 no Ringkasan, bits 6–7 font size; [1] bit 0 Letter paper.
// Checks: every output is UTF-8; the JSON and the script parse.
#include <aksesibel/convert.hpp>
#include <aksesibel/read.hpp>

#include <nlohmann/json.hpp>

#include "fuzz.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 32 * 1024) return 0;
  fuzz::Input in(data, size, 2);
  aksesibel::ConvertOptions o;
  o.read.lenient = true;
  o.text.headline = !in.bit(0);
  o.json.indent = ((in.byte(0) >> 1) & 15) % 10 - 1;
  o.html.summary = o.large_print.summary = !in.bit(5);
  static const int sizes[] = {18, 24, 32, 18};
  o.large_print.font_size = sizes[(in.byte(0) >> 6) & 3];
  o.large_print.paper = in.bit(8) ? aksesibel::LargePrintOptions::Paper::Letter : aksesibel::LargePrintOptions::Paper::A4;
  fuzz::guarded([&] {
    aksesibel::Document doc = aksesibel::read(in.rest, o.read);
    for (const char* format : {"text", "json", "html", "plain", "plain-html", "large-print", "audio-script"}) {
      std::string out;
      try {
        out = aksesibel::render(doc, format, o);
      } catch (const aksesibel::Error& e) {
        // Only the script has a limit of its own (kMaxSpokenCharacters).
        fuzz::require(std::string_view(format) == "audio-script" && e.code() == aksesibel::ErrorCode::InputTooLarge,
                      "a renderer refused a document it had read");
        continue;
      }
      fuzz::require_utf8(out, format);
      if (std::string_view(format) == "json" || std::string_view(format) == "audio-script")
        fuzz::require(nlohmann::json::accept(out), "json output that does not parse");
    }
  });
  return 0;
}
